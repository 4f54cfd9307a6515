#include <gtest/gtest.h>

#include "graph/knowledge_graph.hpp"

namespace {

using kg::Entity;
using kg::EntityType;
using kg::KnowledgeGraph;
using kg::Provenance;
using kg::Relation;

Entity person(const std::string& label, const std::string& qid = "") {
  Entity e;
  e.label = label;
  e.type = EntityType::kPerson;
  e.wikidata = qid;
  e.key = kg::make_entity_key(e.type, label, qid);
  return e;
}

Provenance at(std::size_t doc, std::size_t begin) {
  Provenance p;
  p.document = doc;
  p.begin = begin;
  p.end = begin + 10;
  p.confidence = 0.5;
  return p;
}

TEST(EntityKey, QidWinsOverLabel) {
  EXPECT_EQ(kg::make_entity_key(EntityType::kPerson, "Vladimir Putin", "Q7747"), "Q7747");
  EXPECT_EQ(kg::make_entity_key(EntityType::kPerson, "Lai Ching-te", ""), "person/lai-ching-te");
  EXPECT_EQ(kg::make_entity_key(EntityType::kCountry, "Côte d'Ivoire", ""), "country/côte-d-ivoire");
}

TEST(KnowledgeGraph, EntitiesMergeByKey) {
  KnowledgeGraph g;
  Entity a = person("Donald Trump", "Q22686");
  a.aliases = {"Trump"};
  Entity b = person("Donald Trump", "Q22686");
  b.aliases = {"Donald J. Trump"};
  b.title = "President";
  auto va = g.add_entity(a);
  auto vb = g.add_entity(b);
  EXPECT_EQ(va, vb);
  EXPECT_EQ(g.entity_count(), 1u);
  EXPECT_EQ(g.entity(va).aliases, (std::vector<std::string>{"Donald J. Trump", "Trump"}));
  EXPECT_EQ(g.entity(va).title, "President");
}

TEST(KnowledgeGraph, OneEdgePerFactWithAllItsStatements) {
  KnowledgeGraph g;
  auto d0 = g.add_document({"a-1", "a.txt", "", "", "sha256:00"});
  auto d1 = g.add_document({"b-2", "b.txt", "", "", "sha256:01"});
  auto s = g.add_entity(person("A"));
  auto o = g.add_entity(person("B"));
  g.add_fact(s, Relation::kDoubts, o, false, at(d0, 0));
  g.add_fact(s, Relation::kDoubts, o, false, at(d1, 5));
  g.add_fact(s, Relation::kDoubts, o, false, at(d1, 5));  // same statement twice: once
  g.add_fact(s, Relation::kDoubts, o, true, at(d1, 50));  // denied: a separate edge
  ASSERT_EQ(g.fact_count(), 2u);
  auto facts = g.facts();
  EXPECT_FALSE(g.fact(facts[0]).negated);
  EXPECT_EQ(g.fact(facts[0]).support.size(), 2u);
  EXPECT_TRUE(g.fact(facts[1]).negated);
}

TEST(KnowledgeGraph, SymmetricRelationsAreOneEdge) {
  KnowledgeGraph g;
  g.add_document({"a-1", "a.txt", "", "", ""});
  auto a = g.add_entity(person("A"));
  auto b = g.add_entity(person("B"));
  g.add_fact(b, Relation::kMeetsWith, a, false, at(0, 0));
  g.add_fact(a, Relation::kMeetsWith, b, false, at(0, 20));
  ASSERT_EQ(g.fact_count(), 1u);
  auto e = g.facts().front();
  EXPECT_EQ(g.entity(g.subject(e)).label, "A");
  // Not symmetric: two directions, two edges.
  g.add_fact(b, Relation::kWarns, a, false, at(0, 0));
  g.add_fact(a, Relation::kWarns, b, false, at(0, 0));
  EXPECT_EQ(g.fact_count(), 3u);
}

TEST(KnowledgeGraph, MergeUnitesEntitiesAndDocuments) {
  KnowledgeGraph g1, g2;
  g1.add_document({"a-1", "a.txt", "", "", ""});
  g2.add_document({"b-2", "b.txt", "", "", ""});
  auto p1 = g1.add_entity(person("Vladimir Putin", "Q7747"));
  auto t1 = g1.add_entity(person("Donald Trump", "Q22686"));
  g1.add_fact(p1, Relation::kCongratulates, t1, false, at(0, 0));
  auto p2 = g2.add_entity(person("Vladimir Putin", "Q7747"));
  auto t2 = g2.add_entity(person("Donald Trump", "Q22686"));
  g2.add_fact(p2, Relation::kCongratulates, t2, false, at(0, 3));
  g1.merge(g2);
  EXPECT_EQ(g1.entity_count(), 2u);
  EXPECT_EQ(g1.documents().size(), 2u);
  ASSERT_EQ(g1.fact_count(), 1u);
  const auto& support = g1.fact(g1.facts().front()).support;
  ASSERT_EQ(support.size(), 2u);
  EXPECT_EQ(support[1].document, 1u);
}

TEST(KnowledgeGraph, OrderIsIndependentOfInsertion) {
  KnowledgeGraph g1, g2;
  for (const char* n : {"C", "A", "B"}) g1.add_entity(person(n));
  for (const char* n : {"B", "C", "A"}) g2.add_entity(person(n));
  std::vector<std::string> l1, l2;
  for (auto v : g1.entities()) l1.push_back(g1.entity(v).label);
  for (auto v : g2.entities()) l2.push_back(g2.entity(v).label);
  EXPECT_EQ(l1, (std::vector<std::string>{"A", "B", "C"}));
  EXPECT_EQ(l1, l2);
}

TEST(Slug, LowerCaseAndDashes) {
  EXPECT_EQ(kg::slug("The Hague"), "the-hague");
  EXPECT_EQ(kg::slug("  U.S.  "), "u-s");
  EXPECT_EQ(kg::slug("Zaporizhzhia"), "zaporizhzhia");
}

}  // namespace
