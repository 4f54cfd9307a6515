// The IRI scheme of kgbuild's exports (documented in docs/iri-scheme.md):
//   entity    BASE entity/<key>      key = QID, or <type>/<slug>  (graph/make_entity_key)
//   document  BASE doc/<document id>
//   fact      BASE fact/<document id>/<begin>-<end>/<relation>/<subject key>/<object key>
// Every IRI is percent-encoded here, once, in one form (RFC 3987 ucschar kept out: every byte
// outside the unreserved set and '/' is %XX-encoded with upper-case hex).
#pragma once

#include <string>
#include <string_view>

#include "graph/knowledge_graph.hpp"

namespace kg::exporters {

std::string percent_encode(std::string_view text);
// Whether `base` can prefix kgbuild's IRIs: an absolute IRI (scheme ":" ...) of printable ASCII
// or UTF-8 without space, control characters or any of <>"{}|\^` and ending in '/' or '#'.
bool valid_base_iri(std::string_view base);
std::string entity_iri(std::string_view base, const Entity& e);
std::string document_iri(std::string_view base, const DocumentInfo& d);
std::string fact_iri(std::string_view base, const KnowledgeGraph& g, KnowledgeGraph::Edge e,
                     const Provenance& p);
std::string relation_iri(Relation r);
// The IRI of a relation's family (kg:disapprove for kg:accuses).
std::string family_iri(Relation r);
std::string type_iri(EntityType t);

}  // namespace kg::exporters
