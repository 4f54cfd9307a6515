// Exporters on a small hand-built graph, each output read back by an independent reader.
#include <gtest/gtest.h>

#include <cstdio>
#include <map>
#include <memory>

#include <graphviz/cgraph.h>
#include <nlohmann/json.hpp>

#include "export/exporters.hpp"
#include "export/iri.hpp"
#include "export/reader.hpp"
#include "rdf_reader.hpp"
#include "svg_check.hpp"

namespace {

using namespace kg;

KnowledgeGraph sample() {
  KnowledgeGraph g;
  std::size_t d = g.add_document({"note-0a1b2c3d", "note.txt", "", "", "sha256:abc"});
  auto mk = [&](const char* label, EntityType t, const char* qid) {
    Entity e;
    e.label = label;
    e.type = t;
    e.wikidata = qid;
    e.wikidata_certain = qid[0] != 0;
    e.key = make_entity_key(t, label, qid);
    return g.add_entity(e);
  };
  auto putin = mk("Vladimir Putin", EntityType::kPerson, "Q7747");
  auto trump = mk("Donald Trump", EntityType::kPerson, "Q22686");
  auto cote = mk("Côte d'Ivoire", EntityType::kCountry, "");
  Provenance p;
  p.document = d;
  p.sentence = 0;
  p.begin = 0;
  p.end = 42;
  p.evidence = "Putin congratulated Trump on \"his\" win.";
  p.confidence = 0.9;
  g.add_fact(putin, Relation::kCongratulates, trump, false, p);
  p.begin = 43;
  p.end = 80;
  p.evidence = "Putin did not praise Côte d'Ivoire.";
  g.add_fact(putin, Relation::kPraises, cote, true, p);
  p.modality = Modality::kHedged;
  g.add_fact(trump, Relation::kThreatens, cote, false, p);
  return g;
}

std::string render(const char* format, const KnowledgeGraph& g = sample()) {
  const exporters::Format* f = exporters::format_by_name(format);
  EXPECT_NE(f, nullptr) << format;
  char* buf = nullptr;
  std::size_t len = 0;
  std::FILE* mem = open_memstream(&buf, &len);
  Status s = f->write(g, exporters::ExportOptions(), mem);
  std::fclose(mem);
  EXPECT_TRUE(s.is_ok()) << s.message();
  std::string out(buf, len);
  std::free(buf);
  return out;
}

TEST(Formats, RegistryByNameAndExtension) {
  for (const char* ext : {"ttl", "nt", "nq", "rdf", "jsonld", "json", "dot", "svg", "png", "pdf", "TTL"})
    EXPECT_NE(exporters::format_by_extension(ext), nullptr) << ext;
  EXPECT_EQ(exporters::format_by_extension("docx"), nullptr);
  EXPECT_EQ(exporters::format_by_extension("ttl")->name, "turtle");
  EXPECT_EQ(exporters::format_by_name("nquads")->extensions.front(), "nq");
}

TEST(Iri, PercentEncodingIsOneConsistentForm) {
  EXPECT_EQ(exporters::percent_encode("country/côte-d-ivoire"), "country/c%C3%B4te-d-ivoire");
  EXPECT_EQ(exporters::percent_encode("a b<c>\"{}|^`\\"), "a%20b%3Cc%3E%22%7B%7D%7C%5E%60%5C");
}

TEST(Rdf, TurtleNTriplesAndRdfXmlGiveTheSameTriples) {
  std::string e1, e2, e3;
  auto ttl = kg::testing::parse_rdf(render("turtle"), "turtle", &e1);
  auto nt = kg::testing::parse_rdf(render("ntriples"), "ntriples", &e2);
  auto xml = kg::testing::parse_rdf(render("rdfxml"), "rdfxml", &e3);
  EXPECT_EQ(e1 + e2 + e3, "");
  EXPECT_GT(nt.size(), 20u);
  EXPECT_EQ(ttl, nt);
  EXPECT_EQ(xml, nt);
}

TEST(Rdf, DirectTriplesOnlyForFactsTheTextAsserts) {
  auto nt = kg::testing::parse_rdf(render("ntriples"), "ntriples");
  const std::string kg = std::string(kOntologyNs);
  const std::string base = std::string(kDefaultBase) + "entity/";
  EXPECT_TRUE(nt.count("<" + base + "Q7747> <" + kg + "congratulates> <" + base + "Q22686>"));
  EXPECT_FALSE(nt.count("<" + base + "Q7747> <" + kg + "praises> <" + base + "country/c%C3%B4te-d-ivoire>"));
  // The denied fact is still there as a record with negated true.
  std::size_t negated_true = 0;
  for (const auto& t : nt)
    if (t.find(kg + "negated>") != std::string::npos && t.find("\"true\"") != std::string::npos) ++negated_true;
  EXPECT_EQ(negated_true, 1u);
  EXPECT_TRUE(nt.count("<" + base + "Q7747> <http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q7747>"));
}

// A fact the gazetteer supplies carries kg:basis "gazetteer" in every format that has provenance;
// facts the text states carry none.
TEST(Rdf, GazetteerBasisIsRecorded) {
  KnowledgeGraph g = sample();
  Entity us;
  us.label = "United States";
  us.type = EntityType::kCountry;
  us.wikidata = "Q30";
  us.key = make_entity_key(us.type, us.label, us.wikidata);
  Entity trump;
  trump.label = "Donald Trump";
  trump.type = EntityType::kPerson;
  trump.wikidata = "Q22686";
  trump.key = make_entity_key(trump.type, trump.label, trump.wikidata);
  Provenance p;
  p.evidence = "President Donald Trump spoke.";
  p.confidence = 0.7;
  p.basis = "gazetteer";
  g.add_fact(g.add_entity(trump), Relation::kAffiliatedWith, g.add_entity(us), false, p);
  auto nt = kg::testing::parse_rdf(render("ntriples", g), "ntriples");
  const std::string kg = std::string(kOntologyNs);
  std::size_t basis = 0;
  for (const auto& t : nt)
    if (t.find(kg + "basis> \"gazetteer\"") != std::string::npos) ++basis;
  EXPECT_EQ(basis, 1u);
  auto json = nlohmann::json::parse(render("json", g));
  std::size_t in_json = 0;
  for (const auto& e : json["edges"])
    for (const auto& s : e["support"]) in_json += s.value("basis", "") == "gazetteer";
  EXPECT_EQ(in_json, 1u);
  EXPECT_NE(render("jsonld", g).find("\"basis\": \"gazetteer\""), std::string::npos);
}

TEST(Rdf, NQuadsPutFactsInTheDocumentGraph) {
  std::string nq = render("nquads");
  std::string doc = "<" + std::string(kDefaultBase) + "doc/note-0a1b2c3d> .";
  EXPECT_NE(nq.find(doc), std::string::npos);
  std::string error;
  auto triples = kg::testing::parse_rdf(nq, "nquads", &error);
  EXPECT_EQ(error, "");
  EXPECT_EQ(triples, kg::testing::parse_rdf(render("ntriples"), "ntriples"));
}

TEST(Rdf, NoUnicodeEscapesInIris) {
  std::string nt = render("ntriples");
  for (std::size_t at = nt.find('<'); at != std::string::npos; at = nt.find('<', at + 1)) {
    std::size_t end = nt.find('>', at);
    EXPECT_EQ(nt.substr(at, end - at).find("\\u"), std::string::npos);
  }
}

TEST(Json, NodeLinkDocument) {
  auto j = nlohmann::json::parse(render("json"));
  ASSERT_EQ(j["nodes"].size(), 3u);
  std::map<std::string, std::string> types;
  for (const auto& n : j["nodes"]) types[n["label"]] = n["type"];
  EXPECT_EQ(types["Vladimir Putin"], "Person");
  EXPECT_EQ(types["Côte d'Ivoire"], "Country");
  ASSERT_EQ(j["edges"].size(), 3u);
  bool found = false;
  for (const auto& e : j["edges"])
    if (e["relation"] == "congratulates") {
      found = true;
      EXPECT_EQ(e["evidence"], "Putin congratulated Trump on \"his\" win.");
      EXPECT_EQ(e["negated"], false);
      EXPECT_EQ(e["source"], std::string(kDefaultBase) + "entity/Q7747");
    }
  EXPECT_TRUE(found);
}

TEST(Graphviz, DotReadsBackThroughCgraph) {
  std::string dot = render("dot");
  Agraph_t* g = agmemread(dot.c_str());
  ASSERT_NE(g, nullptr) << dot;
  EXPECT_EQ(agnnodes(g), 4);  // three entities and the legend
  EXPECT_NE(agnode(g, const_cast<char*>("legend"), 0), nullptr);
  EXPECT_EQ(agnedges(g), 2);  // the denied fact is not drawn
  Agnode_t* n = agnode(g, const_cast<char*>("Q7747"), 0);
  ASSERT_NE(n, nullptr);
  EXPECT_STREQ(agget(n, const_cast<char*>("label")), "Vladimir Putin");
  agclose(g);
}

TEST(Graphviz, SvgIsWellFormedWithOneNodePerEntity) {
  std::string svg = render("svg");
  EXPECT_EQ(kg::testing::svg_node_count(svg), 4);  // three entities and the legend
  EXPECT_NE(svg.find("Ivoire"), std::string::npos);
}

TEST(Graphviz, PngAndPdfHaveMagicBytes) {
  std::string png = render("png");
  std::string pdf = render("pdf");
  EXPECT_EQ(png.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
  EXPECT_EQ(pdf.substr(0, 5), "%PDF-");
  EXPECT_GT(png.size(), 1000u);
  EXPECT_GT(pdf.size(), 1000u);
}

TEST(Determinism, SameGraphSameBytes) {
  for (const char* f : {"turtle", "ntriples", "json", "dot", "svg"}) EXPECT_EQ(render(f), render(f)) << f;
}

}  // namespace

// A saved graph of the wrong shape is refused with the file, the line of the offending value,
// its JSON path and the problem.
TEST(Reader, JsonShapeErrorsNameTheLine) {
  const std::string node_link =
      "{\n  \"nodes\": [\n    {\"id\": \"a\", \"type\": \"Person\", \"label\": \"A\"}\n  ],\n"
      "  \"edges\": [\n    {\"source\": \"a\", \"target\": \"a\",\n     \"relation\": \"praises\"},\n"
      "    {\"source\": \"a\",\n     \"target\": \"a\",\n     \"relation\": 5}\n  ]\n}\n";
  kg::KnowledgeGraph g;
  kg::Status s = kg::exporters::read_graph_text(node_link, "json", "week.json", g);
  ASSERT_FALSE(s);
  EXPECT_NE(s.message().find("week.json:10: "), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("edges[1].relation"), std::string::npos) << s.message();
  const std::string jsonld = "{\"@graph\": [\n  {\"@id\": \"x\"},\n  {\"@id\": \"y\",\n   \"label\": {\"a\": 1}}\n]}\n";
  kg::KnowledgeGraph g2;
  s = kg::exporters::read_graph_text(jsonld, "jsonld", "week.jsonld", g2);
  ASSERT_FALSE(s);
  EXPECT_NE(s.message().find("week.jsonld:4: "), std::string::npos) << s.message();
}

// A number too large for a double is nlohmann's out_of_range, not a parse error: refused with a
// message, never an abort (found by fuzz_read_graph).
TEST(Reader, JsonNumberOutOfRangeIsAnError) {
  kg::KnowledgeGraph g;
  kg::Status s = kg::exporters::read_graph_text("{\"nodes\": [2e" + std::string(300, '1') + "], \"edges\": []}", "json",
                                                "big.json", g);
  ASSERT_FALSE(s);
  EXPECT_NE(s.message().find("big.json"), std::string::npos) << s.message();
}

