#include <algorithm>
#include <cctype>

#include "export/exporters.hpp"

namespace kg::exporters {

const std::vector<Format>& formats() {
  static const std::vector<Format> kFormats = {
      {"turtle", {"ttl"}, "RDF Turtle with prefixes", &write_turtle},
      {"ntriples", {"nt"}, "RDF N-Triples", &write_ntriples},
      {"nquads", {"nq"}, "RDF N-Quads, one named graph per document", &write_nquads},
      {"rdfxml", {"rdf", "owl", "xml"}, "RDF/XML", &write_rdfxml},
      {"jsonld", {"jsonld"}, "JSON-LD (compacted, context inlined)", &write_jsonld},
      {"json", {"json"}, "node-link JSON with evidence", &write_json},
      {"dot", {"dot", "gv"}, "Graphviz DOT source", &write_dot},
      {"svg", {"svg"}, "SVG diagram", &write_svg},
      {"png", {"png"}, "PNG diagram", &write_png},
      {"pdf", {"pdf"}, "PDF diagram", &write_pdf},
      {"html", {"html", "htm"}, "self-contained HTML report: diagram, facts with evidence, entities", &write_html},
  };
  return kFormats;
}

const Format* format_by_name(std::string_view name) {
  for (const Format& f : formats())
    if (f.name == name) return &f;
  return nullptr;
}

const Format* format_by_extension(std::string_view ext) {
  std::string lower(ext);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  for (const Format& f : formats())
    for (std::string_view e : f.extensions)
      if (e == lower) return &f;
  return nullptr;
}

}  // namespace kg::exporters
