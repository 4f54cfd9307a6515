// Reads a graph back from the files kgbuild writes (Turtle, N-Triples, N-Quads, RDF/XML through
// raptor; kgbuild's JSON-LD and node-link JSON through nlohmann_json), so a saved graph can be
// drawn or analysed again without re-extracting. RDF from elsewhere is read too: entities are the
// subjects typed with a kgbuild class, facts its relation triples and kg:Fact records.
// Lives in export/ because raptor and nlohmann_json belong to this module.
#pragma once

#include <string>

#include "graph/knowledge_graph.hpp"
#include "graph/status.hpp"

namespace kg::exporters {

// Adds the graph in `path` to `g` (entities merge by key, facts by triple). The format follows
// the extension: .ttl .nt .nq .rdf/.owl/.xml .jsonld .json.
Status read_graph(const std::string& path, KnowledgeGraph& g);
// The same for bytes already in memory; `extension` ("ttl", "json", ...) names the format and
// `path` is only used in messages.
Status read_graph_text(const std::string& text, const std::string& extension, const std::string& path,
                       KnowledgeGraph& g);

}  // namespace kg::exporters
