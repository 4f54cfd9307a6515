// Analytics and filters on small graphs whose answers are known by hand.
#include <gtest/gtest.h>

#include <numeric>

#include "graph/analytics.hpp"

namespace {

using namespace kg;

// A -> B -> C -> D (a chain), A -> E; F alone with G (second component); a denied A -x-> D.
struct Fixture {
  KnowledgeGraph g;
  std::map<std::string, KnowledgeGraph::Vertex> v;
  Fixture() {
    g.add_document({"d-1", "d.txt", "", "", ""});
    for (const char* n : {"A", "B", "C", "D", "E", "F", "G"}) {
      Entity e;
      e.label = n;
      e.type = EntityType::kCountry;
      e.key = make_entity_key(e.type, n, "");
      v[n] = g.add_entity(e);
    }
    fact("A", Relation::kPraises, "B", 0.9);
    fact("B", Relation::kDemands, "C", 0.5);
    fact("C", Relation::kAttacks, "D", 0.8);
    fact("A", Relation::kWarns, "E", 0.7);
    fact("F", Relation::kMeetsWith, "G", 0.9);
    fact("A", Relation::kCriticizes, "D", 0.9, true);
  }
  void fact(const char* s, Relation r, const char* o, double conf, bool negated = false) {
    Provenance p;
    p.confidence = conf;
    p.begin = static_cast<std::size_t>(r) * 100;
    p.evidence = std::string(s) + " " + std::string(name(r)) + " " + o;
    g.add_fact(v[s], r, v[o], negated, p);
  }
  std::set<std::string> labels(const KnowledgeGraph& h) const {
    std::set<std::string> out;
    for (auto x : h.entities()) out.insert(h.entity(x).label);
    return out;
  }
};

TEST(Analytics, DegreeBetweennessPageRankComponents) {
  Fixture f;
  Centrality c = compute_centrality(f.g);
  EXPECT_EQ(c.degree[f.v["A"]], 2u);  // the denied fact does not count
  EXPECT_EQ(c.degree[f.v["B"]], 2u);
  EXPECT_EQ(c.degree[f.v["E"]], 1u);
  // B lies on the paths E-C, E-D, A-C, A-D: the most between of the chain.
  EXPECT_GT(c.betweenness[f.v["B"]], c.betweenness[f.v["C"]]);
  EXPECT_DOUBLE_EQ(c.betweenness[f.v["E"]], 0.0);
  EXPECT_NEAR(std::accumulate(c.pagerank.begin(), c.pagerank.end(), 0.0), 1.0, 1e-9);
  EXPECT_GT(c.pagerank[f.v["D"]], c.pagerank[f.v["A"]]);  // D is pointed at, A points
  EXPECT_EQ(c.component[f.v["A"]], c.component[f.v["D"]]);
  EXPECT_NE(c.component[f.v["A"]], c.component[f.v["F"]]);
  EXPECT_EQ(c.component[f.v["A"]], 0u);  // numbered by smallest key: country/a
}

// The estimate above kExactBetweennessLimit entities is Brandes' own accumulation from pivots:
// with every entity a pivot (a graph this small), it must equal Boost's exact values.
TEST(Analytics, EstimatedBetweennessEqualsExactWithEveryPivot) {
  Fixture f;
  Centrality exact = compute_centrality(f.g);
  Centrality est = compute_centrality(f.g, 0);
  EXPECT_FALSE(exact.betweenness_estimated);
  EXPECT_TRUE(est.betweenness_estimated);
  ASSERT_EQ(exact.betweenness.size(), est.betweenness.size());
  double total = 0;
  for (std::size_t i = 0; i < exact.betweenness.size(); ++i) {
    EXPECT_NEAR(exact.betweenness[i], est.betweenness[i], 1e-9) << f.g.entity(i).label;
    total += exact.betweenness[i];
  }
  EXPECT_GT(total, 0.0);  // the chain has brokers: the comparison is not of zeros
}

TEST(Analytics, ShortestPathFollowsFactsEitherWay) {
  Fixture f;
  auto path = shortest_path(f.g, f.v["E"], f.v["D"]);
  ASSERT_EQ(path.size(), 4u);  // E <- A -> B -> C -> D; the denied A -> D is no shortcut
  EXPECT_EQ(f.g.entity(f.g.subject(path[0])).label, "A");
  EXPECT_EQ(f.g.entity(f.g.object(path[3])).label, "D");
  EXPECT_TRUE(shortest_path(f.g, f.v["A"], f.v["G"]).empty());
}

TEST(Analytics, FindEntityByLabelKeyOrSurname) {
  Fixture f;
  EXPECT_EQ(find_entity(f.g, "a"), f.v["A"]);
  EXPECT_EQ(find_entity(f.g, "country/b"), f.v["B"]);
  EXPECT_FALSE(find_entity(f.g, "Z").has_value());
}

TEST(Filters, EgoNetworkByDepth) {
  Fixture f;
  GraphFilter filter;
  filter.focus = f.v["B"];
  filter.depth = 1;
  EXPECT_EQ(f.labels(filter_graph(f.g, filter)), (std::set<std::string>{"A", "B", "C"}));
  filter.depth = 2;
  EXPECT_EQ(f.labels(filter_graph(f.g, filter)), (std::set<std::string>{"A", "B", "C", "D", "E"}));
}

TEST(Filters, RelationsFamiliesConfidenceNegation) {
  Fixture f;
  GraphFilter by_relation;
  by_relation.relations = {Relation::kDemands};
  EXPECT_EQ(f.labels(filter_graph(f.g, by_relation)), (std::set<std::string>{"B", "C"}));
  GraphFilter by_family;
  by_family.families = {Family::kDisapprove};
  EXPECT_EQ(f.labels(filter_graph(f.g, by_family)), (std::set<std::string>{"A", "E"}));
  by_family.include_negated = true;
  EXPECT_EQ(f.labels(filter_graph(f.g, by_family)), (std::set<std::string>{"A", "D", "E"}));
  GraphFilter confident;
  confident.min_confidence = 0.85;
  EXPECT_EQ(f.labels(filter_graph(f.g, confident)), (std::set<std::string>{"A", "B", "F", "G"}));
}

TEST(Filters, MaxNodesKeepsTheMostCentral) {
  Fixture f;
  GraphFilter top;
  top.max_nodes = 3;
  KnowledgeGraph h = filter_graph(f.g, top);
  EXPECT_LE(h.entity_count(), 3u);
  Centrality c = compute_centrality(f.g);
  // D has the highest PageRank of all: it must survive.
  EXPECT_TRUE(f.labels(h).count("D")) << ::testing::PrintToString(f.labels(h));
  for (auto x : h.entities()) EXPECT_GT(h.entity(x).centrality, 0.0);
}

}  // namespace
