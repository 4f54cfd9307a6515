// The word categories of ontology/lexicon/words.tsv, interned: each has a bit, every token gets
// the mask of its categories once (Token::cats, set by the tokenizer stage), and the stages test
// a bit instead of looking words up in the hot loop. A category name in the code is checked at
// compile time (Cat is consteval); a category in words.tsv that is not listed here is a load
// error, so the list and the data cannot drift apart.
#pragma once

#include <bitset>
#include <cstdint>
#include <string_view>

namespace kg::extract {

inline constexpr std::string_view kCategoryNames[] = {
    "abbreviation",
    "acceptance_verb",
    "adjunct_preposition",
    "agentless_relation",
    "approximator",
    "auxiliary",
    "be",
    "belief_verb",
    "blame_word",
    "border_noun",
    "bridge",
    "bridge_relation",
    "cancel_verb",
    "clause_break",
    "condition_word",
    "control_verb",
    "comparison",
    "compass",
    "coordinator",
    "country_head",
    "custody_noun",
    "denial",
    "determiner",
    "event_anaphor",
    "event_suffix",
    "future",
    "generic_office",
    "group_noun",
    "group_people",
    "harm_verb",
    "hedge",
    "institution",
    "instrument",
    "label_verb",
    "list_verb",
    "locator_adjective",
    "local_institution",
    "locative",
    "member_modifier",
    "member_noun",
    "modal",
    "name_month",
    "negation",
    "not_name",
    "not_person",
    "obligation",
    "org_head",
    "national_noun",
    "nationals_relation",
    "own_body",
    "patient_noun",
    "possessive_pronoun",
    "particle",
    "person_government",
    "place_head",
    "place_noun",
    "praise_word",
    "preposition",
    "promise_verb",
    "punitive_relation",
    "reaction_verb",
    "quantity_noun",
    "reciprocal_verb",
    "pronoun_first",
    "protest_adjunct",
    "pronoun_person",
    "pronoun_plural",
    "pronoun_thing",
    "relative",
    "revenge_noun",
    "sentence_starter",
    "speech",
    "state_act_verb",
    "statement_noun",
    "subordinator",
    "support",
    "target_noun",
    "territorial_description",
    "verb_group_adverb",
    "copula",
    "culpability_word",
    "name_particle",
    "capital_noun",
    "case_noun",
    "charge_noun",
    "time_period",
    "relative_day",
    "state_institution",
    "object_gerund_preposition",
    "unrealized_gerund_preposition",
    "military_noun",
    "troop_motion_verb",
    "frontier_noun",
    "envoy_noun",
    "inclusion_word",
    "custody_verb",
    "calendar_name",
    "spokes_noun",
};
inline constexpr std::size_t kCategoryCount = sizeof(kCategoryNames) / sizeof(kCategoryNames[0]);
inline constexpr std::size_t kMaxCategories = 128;
static_assert(kCategoryCount <= kMaxCategories, "Token::cats holds 128 categories");
using CategoryMask = std::bitset<kMaxCategories>;

constexpr int category_index(std::string_view name) {
  for (std::size_t i = 0; i < kCategoryCount; ++i)
    if (kCategoryNames[i] == name) return static_cast<int>(i);
  return -1;
}

// A category named in the code; an unknown name does not compile.
struct Cat {
  std::uint8_t id;
  consteval Cat(const char* name) : id(check(category_index(name))) {}

 private:
  static consteval std::uint8_t check(int i) {
    if (i < 0) throw "unknown word category (add it to extract/categories.hpp and words.tsv)";
    return static_cast<std::uint8_t>(i);
  }
};

}  // namespace kg::extract
