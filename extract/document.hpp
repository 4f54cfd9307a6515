// The Document that flows through the extraction pipeline: it owns the text, and every stage
// adds to it (tokens and sentences, then mentions and entities, then facts). Spans are
// offsets into the text, never copies of it. One Document per thread.
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "extract/categories.hpp"
#include "graph/knowledge_graph.hpp"

namespace kg::extract {

inline constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();

struct Token {
  std::size_t begin = 0, end = 0;  // byte offsets into Document::text
  std::string text;                // normalised: straight quotes, '-' for dashes, NFC
  std::string lower;
  // The lower case as a view: comparing it with a literal checks the length first.
  std::string_view lower_view() const { return lower; }
  bool upper_initial = false;  // first letter is upper case
  bool word = false;           // letters or digits
  bool space_before = false;
  bool paragraph_before = false;  // a blank line or line break precedes the token
  std::size_t sentence = 0;
  CategoryMask cats;  // bit i: `lower` is a word of category kCategoryNames[i] (categories.hpp)
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
  // For an actor phrase of a demonym and a title that name no one ("the French foreign
  // minister said"): the number of title tokens at its end; coreference may give it a person.
  std::uint8_t office_title = 0;
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
  std::string basis;  // empty (stated by the text) or "gazetteer" (Provenance::basis)
};

// The clause layer, written by the clause stage (clauses.cpp) after coreference and read by the
// relation stage. A verb group is the auxiliaries, modals, negation and adverbs before a verb
// and the verb itself; a clause is a verb group with its subject, which may be inherited
// ("X vowed ..., and accused Y": the second clause's subject is X), and the clause it hangs on.
enum VerbForm : std::uint8_t {
  kBaseForm = 1u << 0,   // attack
  kThirdForm = 1u << 1,  // attacks
  kPastForm = 1u << 2,   // attacked, seized
  kParticipleForm = 1u << 3,  // attacked, seized, taken
  kGerundForm = 1u << 4,      // attacking
};

enum class Voice : std::uint8_t { kActive, kPassive };
enum class Tense : std::uint8_t { kPresent, kPast, kFuture };

enum class ClauseKind : std::uint8_t {
  kMain,         // a finite verb with its own subject
  kCoordinated,  // "..., and accused Y", "... but praised Z": the subject is the previous clause's
  kRelative,     // "X, which accused Y", "the states that condemned Y": the subject is the antecedent
  kComplement,   // "X said Y must ...": a reported clause; `parent` is the speech clause
  kInfinitive,   // "vowed to keep ...", "urged Y to ...": the subject is the controller
  kParticipial,  // "..., accusing Y of ...": the subject is the governing clause's
};

struct VerbGroup {
  std::size_t first = 0, last = 0;  // tokens [first, last): auxiliaries ... verb
  std::size_t head = 0;             // the main verb
  std::uint8_t form = 0;            // VerbForm bits of the head
  Voice voice = Voice::kActive;
  Tense tense = Tense::kPresent;
  bool finite = true;  // not an infinitive or a bare gerund or participle
  bool negated = false;
  Modality modality = Modality::kAsserted;
};

// A prepositional phrase attached to a clause's verb: "met Putin in Moscow" has (in, Moscow).
struct Attachment {
  std::size_t preposition = 0;  // token
  std::size_t mention = 0;      // the mention it governs
};

// A noun phrase: every mention, and phrases around a common noun ("the annexation", "a
// fresh round of duties"); `head` is the noun.
struct NounPhrase {
  std::size_t first = 0, last = 0, head = 0;  // tokens
  std::size_t mention = kNone;                 // the mention it is, or kNone
};

// "Wang Yi, China's top diplomat, said": a name and the verbless phrase set off by commas after it.
struct Apposition {
  std::size_t mention = 0;         // the name
  std::size_t first = 0, last = 0;  // the apposition's tokens, without its commas
};

struct Clause {
  std::size_t sentence = 0;
  VerbGroup verb;
  ClauseKind kind = ClauseKind::kMain;
  std::size_t parent = kNone;          // clause index this one hangs on
  std::vector<std::size_t> subjects;   // mention indices; empty when none is known
  bool inherited = false;              // subjects come from another clause or an antecedent
  std::vector<std::size_t> objects;    // mentions right after the verb (direct objects)
  std::vector<Attachment> attachments;  // prepositional phrases after the verb, in the clause
};

// A noun phrase outside mentions that names an act or an event ("the annexation", "Monday's
// attack"), and who did it: the clause and relation stages record them so that a later
// "condemned the attack" can be aimed at the attacker (event bridging).
struct EventMention {
  std::size_t head = 0;       // the event noun's or verb's token
  std::size_t sentence = 0;
  std::string lemma;          // lower case: the noun ("attack") or the verb's lemma ("launch")
  std::vector<std::size_t> agents;  // DocEntity indices
  bool from_fact = false;           // a relation was extracted from it
};

struct Document {
  std::string id;      // content-derived ("seed-3f2a9c1b")
  std::string source;  // path, URL or "-"
  std::string text;    // UTF-8, as read
  std::string date;    // ISO publication date when known (given by the caller), else empty
  std::string title;   // the headline when the text starts with one, else empty
  std::vector<std::string> warnings;  // what the pipeline left out, for the user (cut sentences)
  std::size_t max_sentence_tokens = 400;  // longer sentences are cut (Extractor::set_max_sentence_tokens)
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<Mention> mentions;  // sorted by first token
  std::vector<DocEntity> entities;
  std::vector<ExtractedFact> facts;
  std::vector<Clause> clauses;          // in text order
  std::vector<NounPhrase> phrases;      // in text order
  std::vector<Apposition> appositions;  // in text order
  std::vector<std::size_t> clause_of;   // token -> the clause whose verb group holds it, or kNone
  std::vector<EventMention> events;     // acts, in the order they were recorded
  std::vector<std::size_t> event_at;    // token -> index into events, or kNone

  std::string_view span(std::size_t first_token, std::size_t last_token) const;
};

}  // namespace kg::extract
