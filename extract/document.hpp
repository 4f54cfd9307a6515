// The Document that flows through the extraction pipeline: it owns the text, and every stage
// adds to it (tokens and sentences, then mentions and entities, then facts). Spans are
// offsets into the text, never copies of it. One Document per thread.
#pragma once

#include <cstddef>
#include <limits>
#include <string>
#include <vector>

#include "graph/knowledge_graph.hpp"

namespace kg::extract {

inline constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();

struct Token {
  std::size_t begin = 0, end = 0;  // byte offsets into Document::text
  std::string text;                // normalised: straight quotes, '-' for dashes, NFC
  std::string lower;
  bool upper_initial = false;  // first letter is upper case
  bool word = false;           // letters or digits
  bool space_before = false;
  bool paragraph_before = false;  // a blank line or line break precedes the token
  std::size_t sentence = 0;
};

struct Sentence {
  std::size_t first = 0, last = 0;  // tokens [first, last)
  std::size_t begin = 0, end = 0;   // bytes
  std::size_t cp_begin = 0, cp_end = 0;  // the same span in Unicode code points
};

enum class MentionKind : std::uint8_t {
  kName,         // a name ("Vladimir Putin", "NATO")
  kMetonym,      // a capital or seat standing for the government ("the Kremlin")
  kActorPhrase,  // demonym or possessor + institution ("Russian forces", "China's embassy")
  kPronoun,      // he, its, they ...
  kDescription,  // "the president", "the bloc"
  kDemonym,      // "Israeli" in "an Israeli strike on ...": an actor of a noun only
};

struct Mention {
  std::size_t first = 0, last = 0;   // tokens [first, last)
  MentionKind kind = MentionKind::kName;
  std::vector<std::size_t> entities;  // indices into Document::entities; empty: unresolved
  bool modifier = false;  // a country before a title ("US Secretary of State ..."): not an actor
  double confidence = 1.0;
};

// An entity as seen in one document; becomes a graph vertex.
struct DocEntity {
  std::string label;
  EntityType type = EntityType::kPerson;
  std::string qid;
  bool qid_certain = false;
  std::vector<std::string> aliases;  // surface names seen in this document
  std::string title;
  std::size_t gazetteer = kNone;     // gazetteer entry, or kNone for a name found in text
};

struct ExtractedFact {
  std::size_t subject = 0, object = 0;  // DocEntity indices
  Relation relation = Relation::kCongratulates;
  bool negated = false;
  Modality modality = Modality::kAsserted;
  double confidence = 0.0;
  std::size_t sentence = 0;
  std::size_t trigger = kNone;  // token index of the trigger, for debugging
  std::string time;
  std::string date;  // ISO date the time resolves to, or empty
};

struct Document {
  std::string id;      // content-derived ("seed-3f2a9c1b")
  std::string source;  // path, URL or "-"
  std::string text;    // UTF-8, as read
  std::string date;    // ISO publication date when known (given by the caller), else empty
  std::string title;   // the headline when the text starts with one, else empty
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<Mention> mentions;  // sorted by first token
  std::vector<DocEntity> entities;
  std::vector<ExtractedFact> facts;

  std::string_view span(std::size_t first_token, std::size_t last_token) const;
};

}  // namespace kg::extract
