#include <gtest/gtest.h>

#include <memory>

#include "extract/lexicon.hpp"
#include "extract/pipeline.hpp"
#include "extract/tokenizer.hpp"

namespace {

using namespace kg::extract;

const Lexicon& lexicon() {
  static std::unique_ptr<Lexicon> lex = [] {
    std::unique_ptr<Lexicon> l;
    kg::Status s = Lexicon::load(l);
    EXPECT_TRUE(s.is_ok()) << s.message();
    return l;
  }();
  return *lex;
}

std::vector<std::string> sentences(const std::string& text) {
  Document doc;
  doc.text = text;
  split_sentences(doc, lexicon());
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences) out.emplace_back(doc.text.substr(s.begin, s.end - s.begin));
  return out;
}

std::vector<std::string> tokens(const std::string& text) {
  std::vector<std::string> out;
  for (const Token& t : tokenize(text, lexicon())) out.push_back(t.text);
  return out;
}

TEST(Sentences, AbbreviationsDoNotSplit) {
  struct Case {
    const char* text;
    std::size_t count;
  } cases[] = {
      {"The U.S. President spoke. Then he left.", 2},
      {"Gen. Ivanov arrived on Jan. 5 in the capital. He met officials.", 2},
      {"Talks with the U.K. team ended. Nothing was agreed.", 2},
      {"He said \"No.\" Then the talks ended.", 2},
      {"Sanctions hit the U.S. The next day markets fell.", 2},
      {"It rose (by 5%). Analysts were surprised!", 2},
      {"First paragraph without a period\nSecond paragraph.", 2},
  };
  for (const Case& c : cases) {
    auto s = sentences(c.text);
    EXPECT_EQ(s.size(), c.count) << c.text << "\n got: " << ::testing::PrintToString(s);
  }
}

TEST(Tokens, PossessivesAndCliticsAreSeparate) {
  EXPECT_EQ(tokens("Putin\u2019s remarks"), (std::vector<std::string>{"Putin", "'s", "remarks"}));
  EXPECT_EQ(tokens("Putin's"), (std::vector<std::string>{"Putin", "'s"}));
  EXPECT_EQ(tokens("did not, didn't"), (std::vector<std::string>{"did", "not", ",", "did", "n't"}));
  EXPECT_EQ(tokens("the allies' plan"), (std::vector<std::string>{"the", "allies", "'", "plan"}));
  EXPECT_EQ(tokens("C\u00f4te d'Ivoire"), (std::vector<std::string>{"C\u00f4te", "d'Ivoire"}));
}

TEST(Tokens, UnicodeIsNormalised) {
  EXPECT_EQ(tokens("\u201cdangerous line\u201d"), (std::vector<std::string>{"\"", "dangerous", "line", "\""}));
  EXPECT_EQ(tokens("Trump\u2019s team\u2014ranging"), (std::vector<std::string>{"Trump", "'s", "team", "-", "ranging"}));
  EXPECT_EQ(tokens("Vladimir\u00a0Putin"), (std::vector<std::string>{"Vladimir", "Putin"}));
  // NFD "e" + combining acute becomes the NFC letter.
  EXPECT_EQ(tokens("Macro\u006e Elys\u0065\u0301e"), (std::vector<std::string>{"Macron", "Elys\u00e9e"}));
}

TEST(Tokens, NumbersAcronymsAndHyphens) {
  EXPECT_EQ(tokens("600,000 soldiers in U.S.-led Ching-te 3.5%"),
            (std::vector<std::string>{"600,000", "soldiers", "in", "U.S.-led", "Ching-te", "3.5", "%"}));
}

TEST(Tokens, OffsetsPointAtTheOriginalBytes) {
  std::string text = "\u201cPutin\u2019s\u201d";
  auto toks = tokenize(text, lexicon());
  ASSERT_EQ(toks.size(), 4u);
  EXPECT_EQ(text.substr(toks[1].begin, toks[1].end - toks[1].begin), "Putin");
  EXPECT_EQ(text.substr(toks[2].begin, toks[2].end - toks[2].begin), "\u2019s");
}

TEST(Utf8, InvalidBytesAreRejectedWithTheirOffset) {
  kg::Status s = validate_utf8(std::string("ok \xff bad"));
  ASSERT_FALSE(s.is_ok());
  EXPECT_NE(s.message().find("byte offset 3"), std::string::npos) << s.message();
  EXPECT_TRUE(validate_utf8("caf\u00e9").is_ok());
}

TEST(Sha256, KnownVectors) {
  EXPECT_EQ(sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(sha256_hex(std::string(1000, 'a')),
            "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3");
}

}  // namespace

// A long text is decoded a piece at a time (cut after line feeds); the tokens must be exactly
// those of one pass, whatever the piece size: offsets, text, and the space and line-break flags.
TEST(Tokens, DecodingInPiecesGivesTheSameTokens) {
  const std::string text =
      "Germany's chancellor didn't meet the U.S.\nenvoy on Monday.\n\n\"We won't,\" he said.\r\n"
      "  Talks in Caf\xC3\xA9 Odessa \xE2\x80\x94 and in Kyiv\n(Ukraine) ended.\nThe E.U.\n-led talks; 3,000 troops.\n"
      "\n\nNATO's chief, O'Brien, urged calm\n";
  const auto whole = tokenize(text, lexicon(), text.size() + 1);
  ASSERT_GT(whole.size(), 40u);
  for (std::size_t chunk : {1u, 2u, 7u, 16u, 40u}) {
    const auto pieces = tokenize(text, lexicon(), chunk);
    ASSERT_EQ(pieces.size(), whole.size()) << "chunk " << chunk;
    for (std::size_t i = 0; i < whole.size(); ++i) {
      EXPECT_EQ(pieces[i].text, whole[i].text) << "chunk " << chunk << ", token " << i;
      EXPECT_EQ(pieces[i].begin, whole[i].begin) << "chunk " << chunk << ", token " << i;
      EXPECT_EQ(pieces[i].end, whole[i].end) << "chunk " << chunk << ", token " << i;
      EXPECT_EQ(pieces[i].space_before, whole[i].space_before) << "chunk " << chunk << ", token " << i;
      EXPECT_EQ(pieces[i].paragraph_before, whole[i].paragraph_before) << "chunk " << chunk << ", token " << i;
    }
  }
}
