// Every reader of saved graphs on arbitrary bytes: the first byte picks the format.
#include <cstddef>
#include <cstdint>
#include <string>

#include "export/reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  static const char* kExtensions[] = {"json", "jsonld", "ttl", "nt", "nq", "rdf"};
  const std::string ext = kExtensions[data[0] % 6];
  kg::KnowledgeGraph g;
  (void)kg::exporters::read_graph_text(std::string(reinterpret_cast<const char*>(data) + 1, size - 1), ext,
                                       "fuzz." + ext, g);
  return 0;
}
