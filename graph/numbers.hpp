// Strict number parsing for options and literals: the whole text must be the number ("12",
// "0.75"); "abc", "12x", "-1" for a count, and out-of-range values are nullopt, never 0.
#pragma once

#include <charconv>
#include <cstddef>
#include <optional>
#include <string_view>
#include <system_error>

namespace kg {

inline std::optional<std::size_t> parse_count(std::string_view s) {
  std::size_t v = 0;
  if (s.empty()) return std::nullopt;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return v;
}

inline std::optional<double> parse_real(std::string_view s) {
  double v = 0;
  if (s.empty()) return std::nullopt;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size() || v != v) return std::nullopt;  // v != v: NaN
  return v;
}

}  // namespace kg
