// Private to export/: one RAII owner per raptor C handle. Non-copyable, movable.
// Ownership notes: raptor_new_statement_from_nodes takes its terms; raptor_new_term_from_uri
// adds its own reference to the URI. One World per thread: Debian's raptor has no thread
// support, so a world must never be shared between threads.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <raptor2.h>

namespace kg::exporters::detail {

struct WorldDeleter {
  void operator()(raptor_world* w) const { raptor_free_world(w); }
};
struct SerializerDeleter {
  void operator()(raptor_serializer* s) const { raptor_free_serializer(s); }
};
struct UriDeleter {
  void operator()(raptor_uri* u) const { raptor_free_uri(u); }
};
struct TermDeleter {
  void operator()(raptor_term* t) const { raptor_free_term(t); }
};

using SerializerPtr = std::unique_ptr<raptor_serializer, SerializerDeleter>;
using UriPtr = std::unique_ptr<raptor_uri, UriDeleter>;
using TermPtr = std::unique_ptr<raptor_term, TermDeleter>;

// A raptor world that collects the messages raptor logs, so they can become Status text.
class World {
 public:
  World();
  World(const World&) = delete;
  World& operator=(const World&) = delete;
  raptor_world* get() const { return world_.get(); }
  // Messages logged at warning level or above since construction.
  const std::vector<std::string>& messages() const { return messages_; }

 private:
  static void on_log(void* user, raptor_log_message* msg);
  std::unique_ptr<raptor_world, WorldDeleter> world_;
  std::vector<std::string> messages_;
};

}  // namespace kg::exporters::detail
