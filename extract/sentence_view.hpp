// Internal to extract/: the shared view of one document that the clause, structure and
// relation stages read (tokens, mentions by token, word categories), and the argument helpers
// they share: coordination, word-order subjects and objects, attributes, time, and emit(), the
// one place a fact is added to the Document. Not installed; not thread-safe (one per Document).
#pragma once

#include <cctype>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "extract/categories.hpp"
#include "extract/document.hpp"
#include "extract/lexicon.hpp"

namespace kg::extract::detail {

// Shared view of one document for the relation stages.
class SentenceView {
 public:
  SentenceView(Document& doc, const Lexicon& lex)
      : doc_(doc), lex_(lex), at_(doc.tokens.size(), kNone), range_(doc.sentences.size() + 1, 0) {
    for (std::size_t m = 0; m < doc.mentions.size(); ++m)
      for (std::size_t k = doc.mentions[m].first; k < doc.mentions[m].last; ++k) at_[k] = m;
    // range_[si] .. range_[si + 1]: the mentions of sentence si (mentions are sorted).
    std::size_t m = 0;
    for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
      range_[si] = m;
      while (m < doc.mentions.size() && doc.mentions[m].first < doc.sentences[si].last) ++m;
    }
    range_[doc.sentences.size()] = doc.mentions.size();
  }
  std::size_t first_mention(std::size_t si) const { return range_[si]; }
  // Time expressions of a sentence, computed once (times_in).
  const std::vector<std::pair<std::size_t, std::string>>& times(const Sentence& s) const;
  std::size_t end_mention(std::size_t si) const { return range_[si + 1]; }
  // Token accessors are safe past the end: index i >= the token count (a rule looking one token
  // beyond a text without a final full stop) reads an empty token with no categories, and no
  // mention, instead of memory after the array.
  const Token& tok(std::size_t i) const { return i < doc_.tokens.size() ? doc_.tokens[i] : kNoToken; }
  const std::string& low(std::size_t i) const { return tok(i).lower; }
  // The same as a view, for comparisons with literals (length first, no strlen).
  std::string_view lowv(std::size_t i) const { return tok(i).lower; }
  std::size_t mention_at(std::size_t i) const { return i < at_.size() ? at_[i] : kNone; }
  const Mention& mention(std::size_t m) const { return doc_.mentions[m]; }
  EntityType type(std::size_t m) const { return doc_.entities[doc_.mentions[m].entities.front()].type; }
  bool has(Cat cat, std::size_t i) const { return tok(i).cats.test(cat.id); }
  // Adjective-like premodifier: WordNet adjective, number or hyphenated compound.
  bool adjective(std::size_t i) const {
    const std::string& w = low(i);
    return lex_.is_adjective(w) || std::isdigit(static_cast<unsigned char>(w[0])) ||
           (w.find('-') != std::string::npos && w.size() > 3);
  }
  bool adverb(std::size_t i) const {
    const std::string& w = low(i);
    return tok(i).word && !tok(i).upper_initial && w.size() > 3 && w.compare(w.size() - 2, 2, "ly") == 0;
  }
  // A mention is oblique when a preposition governs it ("in Japan", "of Russia's ...").
  bool oblique(std::size_t m, std::size_t sentence_first) const {
    std::size_t f = mention(m).first;
    if (f > sentence_first && low(f - 1) == "the") --f;
    // ("A spokeswoman for David Cameron rejected": who speaks for someone is that one's voice)
    if (f > sentence_first + 1 && (low(f - 1) == "for" || low(f - 1) == "of") && has("spokes_noun", f - 2)) return false;
    return f > sentence_first && has("preposition", f - 1);
  }
  Document& doc() { return doc_; }
  const Document& doc() const { return doc_; }
  const Lexicon& lex() const { return lex_; }

 private:
  static inline const Token kNoToken{};
  Document& doc_;
  const Lexicon& lex_;
  std::vector<std::size_t> at_;
  std::vector<std::size_t> range_;
  mutable std::map<std::size_t, std::vector<std::pair<std::size_t, std::string>>> times_;
};

std::vector<std::pair<std::size_t, std::string>> times_in(const SentenceView& v, const Sentence& s);

bool actor_type(EntityType t);
// Mentions that can be a verb's subject or object: not a title modifier, not a bare demonym.
bool argument(const Mention& m);
// Names (not pronouns or descriptions): the only mentions coordination joins.
bool named(const Mention& m);
bool is_punct_stop(const Token& t);
// Mentions coordinated with mention m to its left ("A, B and m") or right ("m, B and C").
std::vector<std::size_t> coordinate(const SentenceView& v, std::size_t m, const Sentence& s, bool leftwards);
// A mention right after a verb the lexicon knows (determiners aside) is that verb's object.
bool object_of_verb(const SentenceView& v, const Sentence& s, std::size_t m);
// The word-order subject of a predicate starting at `pos` (see arguments.cpp).
std::vector<std::size_t> find_subject_by_order(const SentenceView& v, const Sentence& s, std::size_t pos,
                                               bool any_type = false);
// Subjects through the clause layer (Document::clauses), else by word order: the one entry
// point the relation rules use.
std::vector<std::size_t> find_subject(const SentenceView& v, const Sentence& s, std::size_t pos,
                                      bool any_type = false);
bool modifier_word(const SentenceView& v, std::size_t k);
// "the Iraq strikes": a place's name right before an act noun modifies it (it is no object).
bool act_noun_modifier(const SentenceView& v, const Sentence& s, std::size_t m);
// People named by nationality who count as their country for the trigger's relation
// ("expelled two Russian diplomats", "freed eight Russians", "the Pakistani ambassador").
bool nationals_object(const SentenceView& v, const Sentence& s, std::size_t m, const TriggerForm& f);
// "freed Al Jazeera journalist X": the person named after the body and the occupation, for a
// nationals relation; kNone otherwise.
std::size_t occupation_person(const SentenceView& v, const Sentence& s, std::size_t m, const TriggerForm& f);
// "his arrest", "Navalny's detention": the mention is the possessor of a patient noun (words.tsv),
// the one the act happened to, not its actor.
bool possessor_of_patient_noun(const SentenceView& v, const Sentence& s, std::size_t m);
// The end of such a phrase: past the nouns and titles after the demonym ("Iranian ambassador").
std::size_t nationals_end(const SentenceView& v, const Sentence& s, std::size_t m);
std::vector<std::size_t> find_object(const SentenceView& v, const Sentence& s, std::size_t pos,
                                     const TriggerForm& f, bool allow_direct);

struct Attributes {
  bool negated = false;
  Modality modality = Modality::kAsserted;
};
Attributes attributes(const SentenceView& v, const Sentence& s, std::size_t from, std::size_t trigger);
std::vector<std::pair<std::size_t, std::string>> times_in(const SentenceView& v, const Sentence& s);
std::string time_of(const SentenceView& v, const Sentence& s, std::size_t trigger);
bool object_fits(Relation r, EntityType t);
bool subject_fits(Relation r, EntityType t);
std::size_t city_reading(SentenceView& v, std::size_t m);
// The document entity of a gazetteer entry, added (without aliases) if the text has not named it.
std::size_t entity_for_entry(Document& doc, const Lexicon& lex, std::size_t entry);
bool push_fact(SentenceView& v, const Sentence& s, std::size_t sentence_index, Relation r, std::size_t se,
               std::size_t oe, double confidence, Attributes a, std::size_t trigger);
void emit(SentenceView& v, const Sentence& s, std::size_t sentence_index, Relation r,
          const std::vector<std::size_t>& subjects, const std::vector<std::size_t>& objects,
          double confidence, Attributes a, std::size_t trigger);
// Emit with objects given as entities (event bridging: the object is an earlier act's actor).
void emit_to_entities(SentenceView& v, const Sentence& s, std::size_t sentence_index, Relation r,
                      const std::vector<std::size_t>& subjects, const std::vector<std::size_t>& object_entities,
                      double confidence, Attributes a, std::size_t trigger);
// One fact between two entities (reciprocal relations: "accused one another").
void emit_entity_pair(SentenceView& v, const Sentence& s, std::size_t sentence_index, Relation r, std::size_t se,
                      std::size_t oe, double confidence, Attributes a, std::size_t trigger);
// Records an act at token `head` by `agents` (DocEntity indices) in Document::events.
void record_event(SentenceView& v, std::size_t head, std::size_t sentence, const std::vector<std::size_t>& agents,
                  bool from_fact);
void attack_places(SentenceView& v, const Sentence& s, std::size_t si, Relation r,
                   const std::vector<std::size_t>& subjects, const std::vector<std::size_t>& objects,
                   double confidence, Attributes a, std::size_t trigger);

}  // namespace kg::extract::detail
