// End to end: the kgbuild binary on the bundled example (a copy of the seed article), every
// output read back by an independent reader.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <graphviz/cgraph.h>
#include <nlohmann/json.hpp>

#include "rdf_reader.hpp"
#include "svg_check.hpp"

namespace {

namespace fs = std::filesystem;

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

class EndToEnd : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = fs::temp_directory_path() / ("kgbuild-e2e-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    std::string cmd = std::string(KG_BINARY) + " extract " + KG_SOURCE_DIR + "/examples/seed.txt";
    for (const char* ext : {"ttl", "nt", "nq", "rdf", "json", "dot", "svg", "png", "pdf"})
      cmd += " -o " + (dir_ / (std::string("seed.") + ext)).string();
    status_ = std::system(cmd.c_str());
  }
  static void TearDownTestSuite() { fs::remove_all(dir_); }
  static std::string out(const char* ext) { return slurp(dir_ / (std::string("seed.") + ext)); }
  static inline fs::path dir_;
  static inline int status_ = -1;
};

const std::string kNs = "https://w3id.org/kgbuild/ns#";
const std::string kEnt = "https://w3id.org/kgbuild/id/entity/";

TEST_F(EndToEnd, RunsCleanly) { EXPECT_EQ(status_, 0); }

TEST_F(EndToEnd, TurtleAndNTriplesReadBackToTheSameTriples) {
  std::string e1, e2, e3;
  auto ttl = kg::testing::parse_rdf(out("ttl"), "turtle", &e1);
  auto nt = kg::testing::parse_rdf(out("nt"), "ntriples", &e2);
  auto xml = kg::testing::parse_rdf(out("rdf"), "rdfxml", &e3);
  EXPECT_EQ(e1 + e2 + e3, "");
  EXPECT_GT(nt.size(), 100u);
  EXPECT_EQ(ttl, nt);
  EXPECT_EQ(xml, nt);
  EXPECT_EQ(kg::testing::parse_rdf(out("nq"), "nquads"), nt);
  EXPECT_NE(out("ttl").find("@prefix kg: <" + kNs + ">"), std::string::npos);
}

TEST_F(EndToEnd, SeedFacts) {
  auto nt = kg::testing::parse_rdf(out("nt"), "ntriples");
  auto has = [&](const std::string& s, const std::string& p, const std::string& o) {
    return nt.count("<" + kEnt + s + "> <" + kNs + p + "> <" + kEnt + o + ">") > 0;
  };
  EXPECT_TRUE(has("Q7747", "congratulates", "Q22686"));  // Putin -> Trump
  EXPECT_TRUE(has("Q159", "annexes", "place/crimea") || has("Q159", "annexes", "Q7835"));
  EXPECT_TRUE(has("Q7747", "affiliatedWith", "Q159"));
  std::size_t putin_labels = 0;
  for (const auto& t : nt)
    if (t.find("http://www.w3.org/2000/01/rdf-schema#label> \"Vladimir Putin\"") != std::string::npos) ++putin_labels;
  EXPECT_EQ(putin_labels, 1u);  // one node for all the ways the article names him
}

TEST_F(EndToEnd, JsonHasTheNodesAndEdges) {
  auto j = nlohmann::json::parse(out("json"));
  std::set<std::string> labels;
  for (const auto& n : j["nodes"]) labels.insert(n["label"].get<std::string>());
  for (const char* want : {"Vladimir Putin", "Donald Trump", "Russia", "Ukraine", "Crimea", "NATO"})
    EXPECT_TRUE(labels.count(want)) << want;
  EXPECT_FALSE(labels.count("Putin"));
  EXPECT_FALSE(labels.count("Moscow"));
  EXPECT_FALSE(labels.count("Kremlin"));
  bool congratulates = false;
  for (const auto& e : j["edges"])
    if (e["relation"] == "congratulates" && e["source"] == kEnt + "Q7747" && e["target"] == kEnt + "Q22686") {
      congratulates = true;
      EXPECT_NE(e["evidence"].get<std::string>().find("congratulated Donald Trump"), std::string::npos);
    }
  EXPECT_TRUE(congratulates);
}

TEST_F(EndToEnd, DotReadsBackThroughCgraph) {
  std::string dot = out("dot");
  Agraph_t* g = agmemread(dot.c_str());
  ASSERT_NE(g, nullptr);
  EXPECT_GT(agnnodes(g), 5);
  Agnode_t* putin = agnode(g, const_cast<char*>("Q7747"), 0);
  ASSERT_NE(putin, nullptr);
  EXPECT_STREQ(agget(putin, const_cast<char*>("label")), "Vladimir Putin");
  agclose(g);
}

TEST_F(EndToEnd, SvgIsWellFormedWithOneNodePerDrawnEntity) {
  Agraph_t* g = agmemread(out("dot").c_str());
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(kg::testing::svg_node_count(out("svg")), agnnodes(g));  // entities and the legend
  agclose(g);
}

TEST_F(EndToEnd, PngAndPdf) {
  EXPECT_EQ(out("png").substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
  EXPECT_EQ(out("pdf").substr(0, 5), "%PDF-");
}

TEST_F(EndToEnd, SameInputSameBytes) {
  fs::path again = dir_ / "again.ttl";
  std::string cmd = std::string(KG_BINARY) + " extract " + KG_SOURCE_DIR + "/examples/seed.txt -o " + again.string();
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  EXPECT_EQ(slurp(again), out("ttl"));
}

TEST_F(EndToEnd, StandardInputAndStandardOutput) {
  fs::path o = dir_ / "stdout.nt";
  std::string cmd = "echo 'Chile praised Peru.' | " + std::string(KG_BINARY) + " extract - --format ntriples > " + o.string();
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  auto nt = kg::testing::parse_rdf(slurp(o), "ntriples");
  EXPECT_TRUE(nt.count("<" + kEnt + "Q298> <" + kNs + "praises> <" + kEnt + "Q419>")) << slurp(o);
}

}  // namespace
