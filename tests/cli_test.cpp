// The command line on bad input and bad usage: the exit status, a message that names the file
// and says what to do, and no output file left behind.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/commands.hpp"

namespace {

namespace fs = std::filesystem;

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("kgbuild-cli-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string path(const std::string& name) const { return (dir_ / name).string(); }
  void write(const std::string& name, const std::string& bytes) const {
    std::ofstream(path(name), std::ios::binary) << bytes;
  }
  int run(std::vector<std::string> args) {
    err_.str("");
    return kg::cli::run(args, err_);
  }
  // Files in the folder other than the inputs the test wrote.
  std::vector<std::string> leftovers(const std::set<std::string>& inputs) const {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(dir_))
      if (!inputs.count(e.path().filename().string())) out.push_back(e.path().filename().string());
    return out;
  }
  fs::path dir_;
  std::ostringstream err_;
};

TEST_F(CliTest, MissingFile) {
  EXPECT_EQ(run({"extract", path("nope.txt"), "-o", path("out.ttl")}), kg::cli::kExitError);
  EXPECT_NE(err_.str().find("nope.txt: no such file"), std::string::npos) << err_.str();
  EXPECT_TRUE(leftovers({}).empty());
}

TEST_F(CliTest, Directory) {
  fs::create_directories(path("articles"));
  EXPECT_EQ(run({"extract", path("articles"), "-o", path("out.ttl")}), kg::cli::kExitError);
  EXPECT_NE(err_.str().find("is a directory"), std::string::npos) << err_.str();
  EXPECT_EQ(leftovers({"articles"}), std::vector<std::string>{});
}

TEST_F(CliTest, EmptyFile) {
  write("empty.txt", "");
  EXPECT_EQ(run({"extract", path("empty.txt"), "-o", path("out.ttl")}), kg::cli::kExitError);
  EXPECT_NE(err_.str().find("empty.txt: the file is empty"), std::string::npos) << err_.str();
  EXPECT_TRUE(leftovers({"empty.txt"}).empty());
}

TEST_F(CliTest, NotUtf8) {
  write("latin1.txt", "Caf\xe9 au lait in Montr\xe9" "al.");
  EXPECT_EQ(run({"extract", path("latin1.txt"), "-o", path("out.ttl"), "-o", path("out.json")}),
            kg::cli::kExitError);
  EXPECT_NE(err_.str().find("latin1.txt: the input is not valid UTF-8"), std::string::npos) << err_.str();
  EXPECT_NE(err_.str().find("iconv"), std::string::npos) << err_.str();
  EXPECT_TRUE(leftovers({"latin1.txt"}).empty());
}

TEST_F(CliTest, UnknownExtensionIsAUsageError) {
  write("a.txt", "Chile praised Peru.");
  EXPECT_EQ(run({"extract", path("a.txt"), "-o", path("out.docx")}), kg::cli::kExitUsage);
  EXPECT_NE(err_.str().find("cannot tell the format of"), std::string::npos) << err_.str();
  EXPECT_NE(err_.str().find("--format"), std::string::npos) << err_.str();
  EXPECT_TRUE(leftovers({"a.txt"}).empty());
}

TEST_F(CliTest, UnknownFormatAndOptionAreUsageErrors) {
  write("a.txt", "Chile praised Peru.");
  EXPECT_EQ(run({"extract", path("a.txt"), "--format", "yaml"}), kg::cli::kExitUsage);
  EXPECT_NE(err_.str().find("unknown format 'yaml'"), std::string::npos);
  EXPECT_EQ(run({"extract", path("a.txt"), "--frobnicate"}), kg::cli::kExitUsage);
  EXPECT_EQ(run({"extract"}), kg::cli::kExitUsage);
  EXPECT_EQ(run({"frobnicate"}), kg::cli::kExitUsage);
  EXPECT_EQ(run({}), kg::cli::kExitUsage);
  EXPECT_EQ(run({"extract", path("a.txt"), "--base", "not-an-iri"}), kg::cli::kExitUsage);
}

TEST_F(CliTest, UnwritableOutputLeavesNothing) {
  write("a.txt", "Chile praised Peru.");
  EXPECT_EQ(run({"extract", path("a.txt"), "-o", path("no/such/folder/out.ttl")}), kg::cli::kExitError);
  EXPECT_NE(err_.str().find("out.ttl"), std::string::npos) << err_.str();
}

TEST_F(CliTest, ExistingOutputIsKeptWhenAnotherInputFails) {
  write("a.txt", "Chile praised Peru.");
  write("out.ttl", "previous");
  EXPECT_EQ(run({"extract", path("a.txt"), path("missing.txt"), "-o", path("out.ttl")}), kg::cli::kExitError);
  std::ifstream in(path("out.ttl"));
  std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(content, "previous");
}

TEST_F(CliTest, SeveralOutputsEachInTheirFormat) {
  write("a.txt", "Chile praised Peru.");
  ASSERT_EQ(run({"extract", path("a.txt"), "-o", path("g.ttl"), "-o", path("g.json"), "-o", path("g.dot")}),
            kg::cli::kExitOk)
      << err_.str();
  auto head = [&](const char* name) {
    std::ifstream f(path(name));
    std::string line;
    std::getline(f, line);
    return line;
  };
  EXPECT_EQ(head("g.ttl").rfind("@prefix", 0), 0u) << head("g.ttl");
  EXPECT_EQ(head("g.json"), "{");
  EXPECT_EQ(head("g.dot").rfind("digraph", 0), 0u) << head("g.dot");
  ASSERT_EQ(run({"extract", path("a.txt"), "--format", "ntriples", "-o", path("g.txt")}), kg::cli::kExitOk);
  std::ifstream in(path("g.txt"));
  std::string first;
  std::getline(in, first);
  EXPECT_EQ(first.substr(0, 1), "<");  // N-Triples, not Turtle's @prefix
}

}  // namespace

// The README's exit statuses, command by command: 0 success, 1 input or output error, 2 usage.
TEST_F(CliTest, ExitStatusesAsDocumented) {
  write("a.txt", "Russia accused Ukraine of shelling Donetsk.\n");
  write("bad.txt", "Russia \xff accused Ukraine.\n");
  write("e.json", "{}");
  ASSERT_EQ(run({"extract", path("a.txt"), "-o", path("g.ttl")}), 0) << err_.str();
  struct Case {
    std::vector<std::string> args;
    int status;
  } cases[] = {
      {{"extract", path("a.txt"), "-o", path("g2.nt")}, 0},
      {{"extract", path("bad.txt"), "-o", path("x.nt")}, 1},
      {{"extract", path("missing.txt")}, 1},
      {{"extract", path("a.txt"), "--bogus"}, 2},
      {{"extract", path("a.txt"), "--base", "not an iri/"}, 2},
      {{"extract", path("a.txt"), "--date", "yesterday"}, 2},
      {{"extract"}, 2},
      {{"render", path("g.ttl"), "-o", path("r.svg")}, 0},
      {{"render", path("g.ttl"), "--depth", "x", "-o", path("r.svg")}, 2},
      {{"render", path("e.json"), "-o", path("r.svg")}, 1},
      {{"stats", path("g.ttl")}, 0},
      {{"stats", path("g.ttl"), "--top", "-3"}, 2},
      {{"stats", path("e.json")}, 1},
      {{"query", path("g.ttl"), "-q", "ASK { ?s ?p ?o }"}, 0},
      {{"query", path("g.ttl"), "-q", "SELECT * WHERE { ?s ?p ?o } MINUS { ?s ?p ?o }"}, 1},
      {{"query", path("g.ttl"), "-q", "SELECT * WHERE {"}, 1},
      {{"query", path("g.ttl"), "--row-cap", "many", "-q", "ASK { ?s ?p ?o }"}, 2},
      {{"query", "-q", "ASK { ?s ?p ?o }"}, 2},
      {{"load", path("g.ttl"), "--store", path("st")}, 0},
      {{"load", "--check", "--store", path("st")}, 0},
      {{"load", "--check", "--store", path("nostore")}, 1},
      {{"ontology", "-o", path("kg.ttl")}, 0},
      {{"nosuchcommand"}, 2},
  };
  for (const Case& c : cases) {
    std::string cmd;
    for (const auto& a : c.args) cmd += " " + a;
    EXPECT_EQ(run(c.args), c.status) << "kgbuild" << cmd << "\n" << err_.str();
    if (c.status != 0) EXPECT_FALSE(err_.str().empty()) << "kgbuild" << cmd << ": no message";
  }
}
