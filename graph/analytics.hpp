// Graph analytics over the knowledge graph, with Boost.Graph: degree, betweenness centrality,
// PageRank, connected components, shortest paths, and the filters the diagrams use (ego network,
// relations, families, confidence, negation, the most central entities). Pure functions of a
// const graph; results are indexed by vertex and deterministic.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "graph/knowledge_graph.hpp"

namespace kg {

struct Centrality {
  std::vector<std::size_t> degree;       // asserted facts touching the entity, either direction
  std::vector<double> betweenness;       // normalised to [0, 1], undirected view
  // Exact (Brandes) up to kExactBetweennessLimit entities; above it, estimated from
  // kBetweennessPivots source entities spread evenly over the entities in key order
  // (Brandes & Pich 2007), so the cost is O(pivots * E) instead of O(V * E).
  bool betweenness_estimated = false;
  std::vector<double> pagerank;          // sums to 1 over the graph
  std::vector<std::size_t> component;    // weakly connected component id, by smallest entity key
};

inline constexpr std::size_t kExactBetweennessLimit = 2000;
inline constexpr std::size_t kBetweennessPivots = 256;

// Asserted (not negated) facts only, so a denial does not make an entity central.
// `exact_limit` is for tests (0 forces the estimate; on up to kBetweennessPivots entities the
// estimate uses every entity and equals the exact value).
Centrality compute_centrality(const KnowledgeGraph& g, std::size_t exact_limit = kExactBetweennessLimit);

// Entity whose label, alias or key equals `name` (case-insensitive), or nullopt.
std::optional<KnowledgeGraph::Vertex> find_entity(const KnowledgeGraph& g, std::string_view name);

// The chain of asserted facts linking `from` to `to` (fewest facts, either direction; ties broken
// by entity key), or empty when they are not connected.
std::vector<KnowledgeGraph::Edge> shortest_path(const KnowledgeGraph& g, KnowledgeGraph::Vertex from,
                                                KnowledgeGraph::Vertex to);

struct GraphFilter {
  std::optional<KnowledgeGraph::Vertex> focus;  // ego network around this entity
  std::size_t depth = 1;
  std::set<Relation> relations;  // empty: all
  std::set<Family> families;     // empty: all
  double min_confidence = 0.0;
  bool include_negated = false;
  std::size_t max_nodes = 0;     // 0: no limit; else keep the most central entities
};

// A new graph with the facts and entities that pass the filter (entities without a fact left are
// dropped). Documents are kept; centrality is recomputed and stored in Entity::centrality.
KnowledgeGraph filter_graph(const KnowledgeGraph& g, const GraphFilter& f);

// Writes PageRank into Entity::centrality of every entity.
void annotate_centrality(KnowledgeGraph& g);

}  // namespace kg
