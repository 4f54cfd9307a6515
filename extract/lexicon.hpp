// Lexicon: everything the extractor knows about words and names, loaded once from the data
// files compiled in from ontology/ (gazetteer/*.tsv, lexicon/*.tsv). Immutable after load,
// so one Lexicon may be shared by any number of threads.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>
#include <string>
#include <string_view>
#include <vector>

#include "extract/categories.hpp"
#include "graph/status.hpp"
#include "ontology/vocabulary.hpp"

namespace kg::extract {

inline constexpr std::size_t kNoEntry = static_cast<std::size_t>(-1);

// Hash for string keys that also looks up string_views without building a std::string.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
template <class V>
using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;
using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;

struct GazetteerEntry {
  std::string label;
  EntityType type = EntityType::kPerson;
  std::string qid;
  std::size_t country = kNoEntry;     // the country a person or body belongs to
  std::size_t located_in = kNoEntry;  // the country or place a place lies in
  std::string title;                  // a person's best-known office (not asserted by itself)
};

enum class HitKind : std::uint8_t { kName, kMetonym, kDemonym };

struct GazetteerHit {
  std::size_t entry;
  HitKind kind;
};

// kAgent: a noun for the actor itself ("a supporter of", "Israel's main backer"), predicated of
// the actor by an apposition or a copula.
enum class TriggerKind : std::uint8_t { kVerb, kNoun, kLight, kAgent };

// One surface form of a trigger: the words to match, in lower case.
struct TriggerForm {
  Relation relation;
  TriggerKind kind;
  std::vector<std::string> words;  // first word inflected for verbs and light verbs
  bool participle = false;         // first word is a past participle (passive possible)
  std::vector<std::string> preps;  // prepositions introducing the object
  bool direct_object = false;      // '-' in the lexicon: the object may follow directly
  double confidence = 0.5;
};

class Lexicon {
 public:
  // Loads every data file; fails with a message naming the file and line of a bad row.
  static Status load(std::unique_ptr<Lexicon>& out);

  // Words
  bool is_abbreviation(std::string_view token) const { return has("abbreviation", token); }
  bool is_sentence_starter(std::string_view token) const { return has("sentence_starter", token); }
  // Membership of a word (lower case unless the list is case-sensitive) in a category of words.tsv.
  bool has(std::string_view category, std::string_view word) const;
  // The mask of the categories a lower-case word belongs to (bits of categories.hpp).
  CategoryMask categories(std::string_view word) const;
  // WordNet knows the word (lower case) as an adjective.
  // Comparatives and superlatives count as their base ("strongest" -> "strong").
  bool is_adjective(const std::string& word) const;
  // The VerbForm bits (document.hpp) of a lower-case word as a form of a WordNet verb, and its
  // lemma ("seized" -> past|participle, "seize"); 0 and empty for a word that is no verb form.
  std::uint8_t verb_form(std::string_view word, std::string* lemma = nullptr) const;
  // Link Grammar lists the verb (a lemma) only as intransitive ("arrive", "retaliate").
  bool intransitive(std::string_view lemma) const { return intransitive_.find(lemma) != intransitive_.end(); }
  // The number a count word stands for ("three" -> 3), or 0.
  std::size_t count_of(std::string_view word) const;
  // Type a definite description ("the president") refers to, or nullopt.
  std::optional<EntityType> description_type(std::string_view noun) const;
  // Type a plural description ("the two countries", "both men") refers to, or nullopt.
  std::optional<EntityType> group_description_type(std::string_view noun) const;

  // Titles: length in tokens of the longest title starting at words[0..], 0 if none.
  std::size_t match_title(const std::vector<std::string>& lower_words, std::size_t from,
                          std::string* kind = nullptr) const;

  // Gazetteer
  const std::vector<GazetteerEntry>& entries() const { return entries_; }
  // Hits for an exact token sequence joined by single spaces ("Vladimir Putin", "U.S.").
  const std::vector<GazetteerHit>* lookup(const std::string& joined) const;
  // Whether some alias starts with this token sequence and goes on ("Vladimir" for "Vladimir
  // Putin"): lets matchers stop extending early.
  bool alias_prefix(const std::string& joined) const { return alias_prefixes_.count(joined) > 0; }
  std::size_t max_alias_tokens() const { return max_alias_tokens_; }

  // Triggers whose first word (lower case) is `first`.
  const std::vector<TriggerForm>* triggers(const std::string& first) const;

 private:
  Status load_words();
  Status load_titles();
  Status load_gazetteer();
  Status load_triggers();
  void add_alias(std::string_view alias, GazetteerHit hit);
  void add_alias_exact(std::string_view alias, GazetteerHit hit);
  std::size_t find_entry(std::string_view label, EntityType type) const;

  // Lookup tables: never iterated in an output path, so hash order cannot leak into output.
  StringMap<StringSet> words_;
  StringMap<CategoryMask> word_categories_;
  std::map<std::string, EntityType, std::less<>> descriptions_;
  std::map<std::string, EntityType, std::less<>> group_descriptions_;
  StringSet adjectives_;
  StringSet intransitive_;
  std::map<std::string, std::size_t, std::less<>> counts_;
  struct VerbEntry {
    std::uint8_t form = 0;
    std::uint32_t lemma = 0;  // index into verb_lemmas_ + 1; 0: none yet
  };
  StringMap<VerbEntry> verb_forms_;
  std::vector<std::string> verb_lemmas_;
  StringMap<std::string> titles_;  // "foreign minister" -> kind
  StringSet title_prefixes_;       // "foreign" for "foreign minister": lets match_title stop early
  std::size_t max_title_tokens_ = 0;
  std::vector<GazetteerEntry> entries_;
  StringMap<std::vector<GazetteerHit>> aliases_;
  StringSet alias_prefixes_;
  std::size_t max_alias_tokens_ = 1;
  StringMap<std::vector<TriggerForm>> triggers_;
};

}  // namespace kg::extract
