#include "svg_check.hpp"

#include <libxml/parser.h>

namespace kg::testing {

int svg_node_count(const std::string& svg) {
  xmlDocPtr doc = xmlReadMemory(svg.data(), static_cast<int>(svg.size()), "out.svg", nullptr, XML_PARSE_NONET);
  if (!doc) return -1;
  xmlFreeDoc(doc);
  int nodes = 0;
  for (std::size_t at = svg.find("class=\"node\""); at != std::string::npos; at = svg.find("class=\"node\"", at + 1))
    ++nodes;
  return nodes;
}

}  // namespace kg::testing
