// Test helper: checks that an SVG is well-formed XML (libxml2) and counts Graphviz's node groups.
#pragma once

#include <string>

namespace kg::testing {

// Number of <g class="node"> elements, or -1 when the SVG is not well-formed XML.
int svg_node_count(const std::string& svg);

}  // namespace kg::testing
