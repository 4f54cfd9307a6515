// Private: layout of the table that cmake/embed.cmake generates. Use ontology/data.hpp.
#pragma once
#include <cstddef>

namespace kg::ontology::detail {
struct EmbeddedFile {
  const char* path;
  const char* bytes;
  std::size_t size;
};
extern const EmbeddedFile kEmbedded[];
extern const std::size_t kEmbeddedCount;
}  // namespace kg::ontology::detail
