// Exporters: sinks that turn a KnowledgeGraph into bytes on a FILE*. Each output format is one
// registered entry (name, file extensions, writer); callers pick it by name or by extension and
// never branch on format names themselves. All writers are deterministic: same graph, same bytes.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.hpp"
#include "graph/status.hpp"

namespace kg::exporters {

struct ExportOptions {
  std::string base = std::string(kDefaultBase);  // namespace of entity/doc/fact IRIs
  std::string layout;  // Graphviz engine; empty picks one by graph size
  bool include_negated = false;  // draw denied facts (dotted, "not ...") in diagrams
  // RDF and JSON-LD: beside each direct triple `S kg:accuses O`, its family triple
  // `S kg:disapprove O` (once per subject, family and object), so that family queries work in
  // stores that apply no rdfs:subPropertyOf reasoning. extract --no-family-triples leaves them out.
  bool family_triples = true;
  // JSON centralities: exact betweenness up to this many entities, estimated above (analytics.hpp).
  std::size_t exact_betweenness_limit = 2000;
};

using WriteFn = Status (*)(const KnowledgeGraph&, const ExportOptions&, std::FILE*);

struct Format {
  std::string_view name;                     // "turtle", "ntriples", ...
  std::vector<std::string_view> extensions;  // "ttl", ...
  std::string_view description;
  WriteFn write;
};

// Every format kgbuild writes, in a fixed order.
const std::vector<Format>& formats();
const Format* format_by_name(std::string_view name);
// Extension without the dot, compared case-insensitively.
const Format* format_by_extension(std::string_view ext);

// Individual writers (also reachable through formats()).
Status write_turtle(const KnowledgeGraph&, const ExportOptions&, std::FILE*);
Status write_ntriples(const KnowledgeGraph&, const ExportOptions&, std::FILE*);
Status write_nquads(const KnowledgeGraph&, const ExportOptions&, std::FILE*);
Status write_rdfxml(const KnowledgeGraph&, const ExportOptions&, std::FILE*);
Status write_json(const KnowledgeGraph&, const ExportOptions&, std::FILE*);
Status write_jsonld(const KnowledgeGraph&, const ExportOptions&, std::FILE*);
Status write_dot(const KnowledgeGraph&, const ExportOptions&, std::FILE*);
Status write_svg(const KnowledgeGraph&, const ExportOptions&, std::FILE*);
Status write_png(const KnowledgeGraph&, const ExportOptions&, std::FILE*);
Status write_pdf(const KnowledgeGraph&, const ExportOptions&, std::FILE*);
Status write_html(const KnowledgeGraph&, const ExportOptions&, std::FILE*);

// The diagram as SVG text (for the HTML report).
Status render_svg(const KnowledgeGraph& g, const ExportOptions& opt, std::string& svg);

}  // namespace kg::exporters
