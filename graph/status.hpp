// Errors as values: a Status is ok or carries a message written for the user (what failed,
// which file, what to do). Expected failures (bad input, unknown format) return a Status;
// exceptions are kept for programmer errors.
#pragma once

#include <string>
#include <utility>

namespace kg {

class [[nodiscard]] Status {
 public:
  static Status ok() { return Status(); }
  static Status error(std::string message) { return Status(std::move(message)); }
  bool is_ok() const { return !failed_; }
  explicit operator bool() const { return is_ok(); }
  const std::string& message() const { return message_; }

 private:
  Status() = default;
  explicit Status(std::string m) : failed_(true), message_(std::move(m)) {}
  bool failed_ = false;
  std::string message_;
};

}  // namespace kg
