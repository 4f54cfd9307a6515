// The knowledge-graph model: entities (vertices) and facts (edges) over a Boost.Graph
// adjacency_list, plus the documents the facts come from. No text processing and no I/O:
// extract/ fills it, export/ reads it. Not thread-safe for writes; const use is safe.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "ontology/vocabulary.hpp"

namespace kg {

// One real-world entity. `key` is derived from content (Wikidata QID when known, else type and
// normalised label, see make_entity_key) and is what the IRI is built from; two entities with the
// same key are the same entity, within and across documents.
struct Entity {
  std::string key;
  std::string label;  // canonical name, e.g. "Vladimir Putin"
  EntityType type = EntityType::kPerson;
  std::string wikidata;              // QID ("Q7747") or empty
  bool wikidata_certain = false;     // owl:sameAs when true, skos:exactMatch otherwise
  std::vector<std::string> aliases;  // other names seen in text or gazetteer, sorted, unique
  std::string title;                 // "President" for a person when stated, else empty
  double centrality = 0.0;           // filled by analytics; 0 when not computed
};

enum class Modality : std::uint8_t { kAsserted, kHedged, kFuture, kReported };
std::string_view name(Modality m);

// Where and how one document states a fact.
struct Provenance {
  std::size_t document = 0;  // index into KnowledgeGraph::documents()
  std::size_t sentence = 0;  // 0-based sentence index in the document
  std::size_t begin = 0;     // evidence span, Unicode code points into the document text,
  std::size_t end = 0;       //   [begin, end)
  std::string evidence;      // the evidence sentence
  double confidence = 0.0;   // in [0, 1]
  Modality modality = Modality::kAsserted;
  std::string time;          // time expression as stated ("in 2014"), or empty
  std::string date;          // ISO date the time resolves to, or empty
  std::string basis;         // empty: the text states it; "gazetteer": the text gives a title and
                             //   the gazetteer supplies the rest (an officeholder's country)
};

// One edge: subject -relation-> object, either asserted or denied by the text, with every
// statement of it. A fact stated in several places is one edge with several provenances.
struct Fact {
  Relation relation = Relation::kCongratulates;
  bool negated = false;
  std::vector<Provenance> support;
  double confidence() const;  // highest confidence among the supporting statements
};

struct DocumentInfo {
  std::string id;            // content-derived, e.g. "seed-3f2a9c1b"
  std::string source;        // path or URL as given, "-" for standard input
  std::string title;         // empty when unknown
  std::string date;          // ISO date when known
  std::string content_hash;  // "sha256:<hex>"
};

class KnowledgeGraph {
 public:
  using Topology = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                         Entity, Fact>;
  using Vertex = Topology::vertex_descriptor;
  using Edge = Topology::edge_descriptor;

  // Adds an entity, or merges it into the one with the same key (aliases unioned, missing
  // title/QID filled in). Returns its vertex.
  Vertex add_entity(Entity e);
  std::optional<Vertex> find(std::string_view key) const;

  std::size_t add_document(DocumentInfo doc);
  const std::vector<DocumentInfo>& documents() const { return documents_; }

  // Adds one statement of a fact. Symmetric relations are stored with the smaller key first,
  // so "A meets B" and "B meets A" are one edge.
  Edge add_fact(Vertex subject, Relation relation, Vertex object, bool negated, Provenance p);

  // Adds every entity, document and fact of `other` (entities merge by key).
  void merge(const KnowledgeGraph& other);

  // Deterministic orders: entities by key, facts by (subject key, relation, object key, negated).
  std::vector<Vertex> entities() const;
  std::vector<Edge> facts() const;

  const Entity& entity(Vertex v) const { return g_[v]; }
  Entity& entity(Vertex v) { return g_[v]; }
  const Fact& fact(Edge e) const { return g_[e]; }
  Vertex subject(Edge e) const { return boost::source(e, g_); }
  Vertex object(Edge e) const { return boost::target(e, g_); }
  std::size_t entity_count() const { return boost::num_vertices(g_); }
  std::size_t fact_count() const { return boost::num_edges(g_); }

  // Read-only view for Boost.Graph algorithms.
  const Topology& topology() const { return g_; }

 private:
  Topology g_;
  std::map<std::string, Vertex, std::less<>> by_key_;
  std::map<std::tuple<Vertex, Vertex, Relation, bool>, Edge> by_triple_;
  std::vector<DocumentInfo> documents_;
};

// "Q7747" when a QID is known, else "<type>/<slug of label>", e.g. "person/lai-ching-te".
std::string make_entity_key(EntityType type, std::string_view label, std::string_view qid);

// Lower-case ASCII letters and digits joined by '-'; other UTF-8 characters are kept as they
// are (IRI writers percent-encode them). "Côte d'Ivoire" -> "côte-d-ivoire".
std::string slug(std::string_view text);

}  // namespace kg
