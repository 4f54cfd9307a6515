// The C++ vocabulary (ontology/vocabulary.hpp) and ontology/kg.ttl must agree: same relations,
// same families, same symmetric properties, same classes.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "ontology/data.hpp"
#include "ontology/vocabulary.hpp"
#include "rdf_reader.hpp"

namespace {

const std::string kNs(kg::kOntologyNs);
const std::string kRdfType = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";
const std::string kSubProp = "<http://www.w3.org/2000/01/rdf-schema#subPropertyOf>";

std::set<std::string> ontology_triples() {
  auto ttl = kg::ontology::data_file("kg.ttl");
  EXPECT_TRUE(ttl.has_value());
  std::string error;
  auto t = kg::testing::parse_rdf(std::string(*ttl), "turtle", &error);
  EXPECT_EQ(error, "");
  return t;
}

std::string iri(const std::string& local) { return "<" + kNs + local + ">"; }

TEST(Ontology, ParsesWithoutErrors) { EXPECT_GT(ontology_triples().size(), 100u); }

TEST(Ontology, EveryRelationIsAnObjectPropertyUnderItsFamily) {
  auto t = ontology_triples();
  for (const auto& r : kg::kRelations) {
    std::string p = iri(std::string(r.name));
    EXPECT_TRUE(t.count(p + " " + kRdfType + " <http://www.w3.org/2002/07/owl#ObjectProperty>"))
        << r.name << " is not an owl:ObjectProperty in kg.ttl";
    EXPECT_TRUE(t.count(p + " " + kSubProp + " " + iri(std::string(kg::name(r.family)))))
        << r.name << " is not a direct sub-property of " << kg::name(r.family);
    bool sym = t.count(p + " " + kRdfType + " <http://www.w3.org/2002/07/owl#SymmetricProperty>") > 0;
    EXPECT_EQ(sym, r.symmetric) << r.name;
  }
}

// The extended vocabulary: each of the nine has its CAMEO code and PLOVER category, and
// kg:extendedVocabulary in kg.ttl agrees with the C++ table.
TEST(Ontology, ExtendedRelationsCarryCameoPloverAndTheirMark) {
  auto t = ontology_triples();
  const std::string mark = iri("extendedVocabulary") + " \"true\"^^<http://www.w3.org/2001/XMLSchema#boolean>";
  std::size_t extended = 0;
  for (const auto& r : kg::kRelations) {
    const std::string p = iri(std::string(r.name));
    EXPECT_EQ(t.count(p + " " + mark) > 0, r.extended) << r.name;
    if (!r.extended) continue;
    ++extended;
    bool cameo = false, plover = false;
    for (const std::string& line : t) {
      cameo = cameo || line.rfind(p + " " + iri("cameoCode") + " ", 0) == 0;
      plover = plover || line.rfind(p + " " + iri("ploverCategory") + " ", 0) == 0;
    }
    EXPECT_TRUE(cameo) << r.name << " has no kg:cameoCode";
    EXPECT_TRUE(plover) << r.name << " has no kg:ploverCategory";
  }
  EXPECT_EQ(extended, 9u);
  EXPECT_EQ(kg::kRelations.size(), 35u);
}

TEST(Ontology, NoRelationInKgTtlIsMissingFromCpp) {
  auto t = ontology_triples();
  std::set<std::string> families;
  for (auto f : kg::kAllFamilies) families.insert(iri(std::string(kg::name(f))));
  for (const std::string& line : t) {
    // "<p> rdfs:subPropertyOf <family>" for every family: p must be a known relation.
    for (const std::string& fam : families) {
      std::string suffix = " " + kSubProp + " " + fam;
      if (line.size() > suffix.size() && line.compare(line.size() - suffix.size(), suffix.size(), suffix) == 0) {
        std::string p = line.substr(0, line.size() - suffix.size());
        std::string local = p.substr(1 + kNs.size(), p.size() - 2 - kNs.size());
        EXPECT_TRUE(kg::relation_from_name(local).has_value()) << local << " is in kg.ttl but not in C++";
      }
    }
  }
}

TEST(Ontology, EveryEntityTypeIsAClass) {
  auto t = ontology_triples();
  for (auto type : kg::kAllEntityTypes)
    EXPECT_TRUE(t.count(iri(std::string(kg::name(type))) + " " + kRdfType +
                        " <http://www.w3.org/2002/07/owl#Class>"))
        << kg::name(type);
}

TEST(Vocabulary, NamesRoundTrip) {
  for (const auto& r : kg::kRelations) EXPECT_EQ(kg::relation_from_name(r.name), r.relation);
  EXPECT_FALSE(kg::relation_from_name("likes").has_value());
  EXPECT_EQ(kg::entity_type_from_name("Country"), kg::EntityType::kCountry);
  EXPECT_EQ(kg::family(kg::Relation::kDoubts), kg::Family::kDisapprove);
}

TEST(OntologyData, TsvReaderSkipsCommentsAndSplitsLists) {
  auto rows = kg::ontology::parse_tsv("# header\nA\tb|c\n\nD\t\n");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].line, 2u);
  EXPECT_EQ(rows[0].fields[1], "b|c");
  EXPECT_EQ(kg::ontology::split_list(rows[0].fields[1]).size(), 2u);
  EXPECT_EQ(rows[1].fields.size(), 2u);
  EXPECT_TRUE(kg::ontology::split_list(rows[1].fields[1]).empty());
}

}  // namespace
