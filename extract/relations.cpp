// Relations from trigger words (lexicon/triggers.tsv) in every form news uses: active verbs
// with coordinated subjects and objects, passives ("annexed by Russia") and reduced relatives
// ("regions claimed by Russia (A, B and C)"), nominalisations ("Putin's opposition to NATO"),
// light verbs ("expressed skepticism about"), label frames and hyphenated actors. Subjects come
// from the clause layer through find_subject (sentence_view.hpp).
#include <algorithm>
#include <cctype>
#include <set>

#include "extract/dates.hpp"
#include "extract/pipeline.hpp"
#include "extract/sentence_view.hpp"

namespace kg::extract {
namespace {
using namespace detail;

// A trigger matched in the text.
struct Match {
  const TriggerForm* form;
  std::size_t begin, end;  // tokens [begin, end)
  std::size_t slot = kNone;  // mention in the '*' slot of a frame ("hold * responsible")
  std::size_t slot_phrase = kNone;  // first token of an act noun phrase in the slot ("gave the deal a welcome")
  std::size_t slot_end = kNone;     // and its end
  bool passive = false;  // a passive frame whose slot is its subject ("was declared persona non grata")
};

// Whether token k is a number ("48", "two"): the '#' of a frame ("gave him 48 hours to leave").
bool number_at(const SentenceView& v, std::size_t k) {
  return std::isdigit(static_cast<unsigned char>(v.tok(k).text[0])) || v.lex().count_of(v.low(k)) > 0;
}

// Whether frame word `word` matches token k ('#' matches a number).
bool frame_word_at(const SentenceView& v, std::size_t k, const std::string& word) {
  return word == "#" ? number_at(v, k) : v.low(k) == word;
}

// Whether the verb at i is a participle after a form of "be" ("was declared", "were taken").
bool passive_verb_at(const SentenceView& v, const Sentence& s, std::size_t i) {
  if (!(v.lex().verb_form(v.low(i)) & kParticipleForm)) return false;
  std::size_t p = i;
  while (p > s.first && (v.adverb(p - 1) || v.has("negation", p - 1))) --p;
  return p > s.first && v.has("be", p - 1);
}

// Matches trigger forms starting at token i; all forms of the longest span are returned.
std::vector<Match> match_triggers(const SentenceView& v, const Sentence& s, std::size_t i) {
  std::vector<Match> out;
  const auto* forms = v.lex().triggers(v.low(i));
  if (!forms) return out;
  std::size_t best_end = 0;
  for (const TriggerForm& f : *forms) {
    std::size_t k = i + 1;
    bool ok = true;
    std::size_t slot = kNone, slot_phrase = kNone, slot_end = kNone;
    bool passive = false;
    for (std::size_t w = 1; w < f.words.size() && ok; ++w) {
      bool last = w + 1 == f.words.size();
      // Quotes inside an expression are free: stood "shoulder to shoulder" with.
      while (k < s.last && v.tok(k).text == "\"") ++k;
      if (f.words[w] == "#") {  // a number: "gave the envoy 48 hours to leave"
        ok = k < s.last && number_at(v, k);
        ++k;
        continue;
      }
      if (f.words[w] == "*") {
        // "The ambassador was declared persona non grata", "were taken into custody": in a
        // passive the slot is empty; its filler is the subject.
        if (f.kind == TriggerKind::kLight && w == 1 && w + 1 < f.words.size() && k < s.last &&
            frame_word_at(v, k, f.words[w + 1]) && passive_verb_at(v, s, i)) {
          passive = true;
          continue;
        }
        // The object fills the slot: "held the United States responsible".
        if (k < s.last && v.lowv(k) == "the" && v.mention_at(k) == kNone) ++k;
        // "took two Israeli soldiers hostage": a number or an article before people.
        const std::size_t before_count = k;
        if (k < s.last && v.mention_at(k) == kNone && (v.has("determiner", k) || std::isdigit(static_cast<unsigned char>(v.tok(k).text[0])) ||
                                                       v.lex().count_of(v.low(k)) > 0))
          ++k;
        std::size_t m = k < s.last ? v.mention_at(k) : kNone;
        const bool nationals = m != kNone && v.mention(m).first == k && nationals_object(v, s, m, f);
        ok = m != kNone && v.mention(m).first == k && (!v.mention(m).modifier || nationals) &&
             (nationals || v.mention(m).kind != MentionKind::kDemonym);
        if (!ok) k = before_count;
        if (ok) {
          slot = m;
          // "hold Russia and Iran responsible", "called for Peru and Bolivia to": the whole list.
          k = nationals ? nationals_end(v, s, m) : v.mention(coordinate(v, m, s, false).back()).last;
        } else if (k < s.last && m == kNone && w + 1 < f.words.size()) {
          // "gave the agreement a guarded welcome": a short noun phrase fills the slot; the fact
          // is then aimed at the actor of the act it names (event bridging).
          std::size_t q = k, words = 0;
          while (q < s.last && words < 3 && v.mention_at(q) == kNone && v.tok(q).word && !v.tok(q).upper_initial &&
                 !v.has("preposition", q) && !v.has("determiner", q) && v.low(q) != f.words[w + 1])
            ++q, ++words;
          // the next frame word may be preceded by an article ("a guarded welcome")
          if (words > 0 && q < s.last) {
            slot_phrase = k;
            slot_end = q;
            k = q;
            ok = true;
          }
        }
        continue;
      }
      // "held a phone call with": an article before the first noun of a longer expression.
      // ("threw its weight behind": a possessive pronoun too)
      if (!last && w == 1 && f.kind == TriggerKind::kLight && k < s.last && v.low(k) != f.words[w] &&
          ((v.has("determiner", k) && v.mention_at(k) == kNone) ||
           (v.has("possessive_pronoun", k) && v.mention_at(k) != kNone && v.mention(v.mention_at(k)).kind == MentionKind::kPronoun)))
        ++k;
      if (last && f.kind == TriggerKind::kLight) {
        // Up to three modifiers before the light verb's noun ("imposed fresh sanctions").
        std::size_t gap = 0;
        while (k < s.last && gap < 3 && v.low(k) != f.words[w] &&
               (v.mention_at(k) == kNone || v.mention(v.mention_at(k)).kind == MentionKind::kPronoun) &&
               (modifier_word(v, k) || v.has("approximator", k) ||
                (v.has("quantity_noun", k) && k + 1 < s.last && v.lowv(k + 1) == "of"))) {
          // ("exchanged a total of 70 prisoners", "freed dozens of prisoners": a quantity and its "of")
          if (v.has("quantity_noun", k) && k + 1 < s.last && v.lowv(k + 1) == "of") ++k;
          if (v.tok(k).word) ++gap;  // quotes around '"warm congratulations"' are free
          ++k;
        }
      }
      ok = k < s.last && frame_word_at(v, k, f.words[w]);
      ++k;
    }
    if (!ok) continue;
    if (k > best_end) {
      out.clear();
      best_end = k;
    }
    if (k == best_end) out.push_back({&f, i, k, slot, slot_phrase, slot_end, passive});
  }
  return out;
}

// Whether an event noun of the text ("annexation", "strikes", "launch") names the act recorded
// under `lemma` ("annex", "strike", "launch").
// Relations a single word triggers as a noun or a verb ("strike", "attack": attacks).
std::set<Relation> word_relations(const Lexicon& lex, const std::string& word) {
  std::set<Relation> out;
  if (const auto* forms = lex.triggers(word))
    for (const TriggerForm& f : *forms)
      if (f.words.size() == 1 && f.kind != TriggerKind::kAgent) out.insert(f.relation);
  return out;
}

bool event_matches(const Lexicon& lex, const std::string& noun, const std::string& lemma) {
  if (noun == lemma || noun == lemma + "s" || noun == lemma + "es" || noun + "s" == lemma) return true;
  // "the tests" after "test-fired": the first part of a compound verb.
  if (const std::size_t dash = lemma.find('-'); dash != std::string::npos && dash >= 3) {
    const std::string head = lemma.substr(0, dash);
    if (noun == head || noun == head + "s") return true;
  }
  // Synonyms through the trigger lexicon: "the attack" is the "air strike" of before.
  std::set<Relation> a = word_relations(lex, noun), b = word_relations(lex, lemma);
  for (Relation r : a)
    if (b.count(r) && family(r) != Family::kStructure) return true;
  // In disapproval and fighting the family is enough: "the criticism" after "accused", "the
  // assault" after "shelled".
  for (Relation r : a)
    for (Relation q : b)
      if (family(r) == family(q) && (family(r) == Family::kDisapprove || family(r) == Family::kFight)) return true;
  // "that ruling" after "ruled": the noun is the verb's own -ing form.
  std::string noun_lemma;
  if ((lex.verb_form(noun, &noun_lemma) & kGerundForm) && noun_lemma == lemma) return true;
  std::string stem = !lemma.empty() && lemma.back() == 'e' ? lemma.substr(0, lemma.size() - 1) : lemma;
  if (stem.size() < 4 || noun.size() <= stem.size() || noun.compare(0, stem.size(), stem) != 0) return false;
  return lex.has("event_suffix", std::string_view(noun).substr(stem.size()));
}

// A lower-case word that can head a noun phrase (not a function word or a finite verb here).
bool lower_noun(const SentenceView& v, std::size_t k) {
  const Token& t = v.tok(k);
  return t.word && !t.upper_initial && !v.has("preposition", k) && !v.has("determiner", k) && !v.has("clause_break", k) &&
         !v.has("auxiliary", k) && !v.has("modal", k) && (v.doc().clause_of.size() <= k || v.doc().clause_of[k] == kNone);
}

// The parties of "between A and B" from the token after "between": named actors joined by
// "and" or commas, each after an optional article and up to two lower-case modifiers ("between
// the army (SAF) and the paramilitary RSF"); a parenthesised abbreviation after a name is skipped.
std::vector<std::size_t> between_parties(const SentenceView& v, const Sentence& s, std::size_t k) {
  std::vector<std::size_t> out;
  bool closed = false;
  while (k < s.last && out.size() < 6) {
    std::size_t q = k, gap = 0;
    if (q < s.last && v.lowv(q) == "the") ++q;
    while (q < s.last && gap < 2 && v.mention_at(q) == kNone && v.tok(q).word && !v.tok(q).upper_initial &&
           !v.has("preposition", q) && !v.has("clause_break", q) && v.lowv(q) != "and")
      ++q, ++gap;
    std::size_t m = q < s.last ? v.mention_at(q) : kNone;
    if (m == kNone || v.mention(m).first != q || !named(v.mention(m)) || !actor_type(v.type(m))) break;
    out.push_back(m);
    k = v.mention(m).last;
    if (k < s.last && v.tok(k).text == "(") {
      std::size_t c = k + 1;
      while (c < s.last && c < k + 5 && v.tok(c).text != ")") ++c;
      if (c < s.last && v.tok(c).text == ")") k = c + 1;
    }
    if (closed) break;  // "A and B, and the AU said": the list ended at "and"
    bool conj = false;
    while (k < s.last && (v.tok(k).text == "," || v.lowv(k) == "and")) {
      conj = true;
      closed = closed || v.lowv(k) == "and";
      ++k;
    }
    if (!conj) break;
  }
  return out;
}

// Whether an act that became no fact may still be what "the move" names: a clause head that is no
// speech or belief verb, done by states or bodies only.
bool stated_act(const SentenceView& v, const EventMention& ev) {
  if (ev.agents.empty() || v.has("speech", ev.head) || v.has("belief_verb", ev.head) || v.has("be", ev.head) ||
      v.has("auxiliary", ev.head))
    return false;
  if (ev.head >= v.doc().clause_of.size() || v.doc().clause_of[ev.head] == kNone) return false;
  // (a finite main or coordinated clause: not "Hungary included", not "we have to see")
  const Clause& c = v.doc().clauses[v.doc().clause_of[ev.head]];
  if (!c.verb.finite || (c.kind != ClauseKind::kMain && c.kind != ClauseKind::kCoordinated) || c.verb.head != ev.head)
    return false;
  // (with something after the verb: "Hungary included," is an aside)
  if (ev.head + 1 >= v.doc().tokens.size() || !v.doc().tokens[ev.head + 1].word) return false;
  for (std::size_t a : ev.agents) {
    const EntityType t = v.doc().entities[a].type;
    if (t != EntityType::kCountry && t != EntityType::kOrganization) return false;
  }
  return true;
}

// Whether entity e is one of the subjects' entities.
bool self_of(const SentenceView& v, const std::vector<std::size_t>& subjects, std::size_t e) {
  for (std::size_t sm : subjects)
    for (std::size_t se : v.mention(sm).entities)
      if (se == e) return true;
  return false;
}

// The agents of the latest act that became a fact in this or the previous sentence before `pos`,
// other than `subjects` ("it" and "the move" name it); empty when that act is the subjects' own.
std::vector<std::size_t> latest_act_agents(const SentenceView& v, std::size_t si, std::size_t pos,
                                           const std::vector<std::size_t>& subjects) {
  const Document& doc = v.doc();
  std::set<std::size_t> self;
  for (std::size_t sm : subjects)
    for (std::size_t e : v.mention(sm).entities) self.insert(e);
  const std::size_t from = doc.sentences[si >= 1 ? si - 1 : 0].first;
  for (std::size_t t = pos; t-- > from;) {
    if (t >= doc.event_at.size() || doc.event_at[t] == kNone) continue;
    const EventMention& ev = doc.events[doc.event_at[t]];
    if (!ev.from_fact) continue;
    std::vector<std::size_t> out;
    for (std::size_t a : ev.agents)
      if (!self.count(a)) out.push_back(a);
    if (!out.empty() || !ev.agents.empty()) return out;
  }
  return {};
}

// Event bridging: the object noun phrase of a disapproval, support or praise verb ("condemned
// the annexation", "welcomed the rapprochement", "denounced the Israeli strike") names an act;
// the fact is aimed at the act's actor, a demonym inside the phrase or the latest matching act
// in this or the two previous sentences. Returns the actors (DocEntity indices).
std::vector<std::size_t> bridge_object(const SentenceView& v, const Sentence& s, std::size_t si, std::size_t pos,
                                       const std::vector<std::size_t>& subjects,
                                       std::vector<std::size_t>* heads = nullptr, std::size_t end = kNone,
                                       bool cooperative_act = false) {
  const Document& doc = v.doc();
  // "Britain called it illegal", "said it was a provocation": "it" names the latest act, as "the
  // move" does (an act of someone else, in this or the previous sentence).
  if (const std::size_t pm = v.mention_at(pos); pm != kNone && v.mention(pm).kind == MentionKind::kPronoun &&
                                                  v.mention(pm).first == pos && v.mention(pm).last == pos + 1 &&
                                                  v.lowv(pos) == "it") {
    // "Britain said it was ready": the speaker itself (an object, "Uganda called it a lie", is
    // never its own verb's subject).
    const bool object_position = pos > s.first && v.has("label_verb", pos - 1);
    for (std::size_t sm : subjects)
      for (std::size_t e : v.mention(sm).entities)
        for (std::size_t pe : v.mention(pm).entities)
          if (e == pe && !object_position) return {};
    return latest_act_agents(v, si, pos, subjects);
  }
  std::size_t q = pos, head = kNone, demonym = kNone;
  std::vector<std::size_t> nouns;  // "criticism and sanctions": every head of a noun coordination
  const std::size_t limit = std::min(end == kNone ? pos + 8 : end, s.last);
  while (q < limit) {
    std::size_t m = v.mention_at(q);
    if (m != kNone) {
      // "the Yemen strikes": a place's name before the act noun is a modifier.
      bool modifier_place = v.mention(m).last < s.last && (v.type(m) == EntityType::kPlace || v.type(m) == EntityType::kCountry) &&
                            v.tok(v.mention(m).last).word && !v.tok(v.mention(m).last).upper_initial &&
                            v.lex().triggers(v.low(v.mention(m).last)) != nullptr;
      // "condemned his arrest": the possessor of a patient noun is not its actor; read on.
      if (possessor_of_patient_noun(v, s, m)) {
        q = v.mention(m).last;
        if (q < s.last && (v.tok(q).text == "'s" || v.tok(q).text == "'")) ++q;
        continue;
      }
      if (v.mention(m).kind != MentionKind::kDemonym && !modifier_place) break;
      if (v.mention(m).kind == MentionKind::kDemonym) demonym = m;
      q = v.mention(m).last;
      continue;
    }
    const Token& t = v.tok(q);
    if (t.text == "\"") { ++q; continue; }
    if (v.lowv(q) == "and" && head != kNone && q + 1 < s.last && v.mention_at(q + 1) == kNone && lower_noun(v, q + 1)) {
      nouns.push_back(head);
      ++q;
      continue;
    }
    // "that ruling": before the head a demonstrative is a determiner, not a clause break.
    const bool demonstrative = head == kNone && v.has("determiner", q) && q + 1 < limit && v.mention_at(q + 1) == kNone &&
                               lower_noun(v, q + 1);
    if (!t.word || t.upper_initial || v.has("preposition", q) || (v.has("clause_break", q) && !demonstrative) ||
        v.lowv(q) == "and" || v.lowv(q) == "or" || v.lowv(q) == "to")
      break;
    if (!v.has("determiner", q)) head = q;
    ++q;
  }
  if (head == kNone) return {};
  nouns.push_back(head);
  const std::string& noun = v.low(head);
  // "the attack on its embassy by Iranian militias": past the act's own object to its agent.
  bool past_object = false;
  if (head + 1 == q && q < s.last && v.lowv(q) != "by" && v.lowv(q) != "from" && v.has("preposition", q)) {
    for (std::size_t k = q + 1; k + 1 < s.last && k < q + 8; ++k) {
      if (v.lowv(k) == "by") {
        q = k;
        past_object = true;
        break;
      }
      if (is_punct_stop(v.tok(k)) || v.tok(k).text == "," || v.has("clause_break", k) ||
          (v.tok(k).word && v.lex().verb_form(v.low(k)) & (kPastForm | kThirdForm) && v.mention_at(k) == kNone &&
           !lower_noun(v, k)))
        break;
    }
  }
  // "criticised the deployment of British destroyer HMS Dauntless", "the expansion of NATO": after
  // an act noun that does not take "of" for its object (and names no one it happens to), "of"
  // and a state or body name the act's actor.
  if (head + 1 == q && q + 1 < s.last && v.lowv(q) == "of" && !v.has("patient_noun", head)) {
    bool of_object = false;
    if (const auto* forms = v.lex().triggers(noun))
      for (const TriggerForm& tf : *forms)
        of_object = of_object || std::find(tf.preps.begin(), tf.preps.end(), "of") != tf.preps.end();
    std::size_t ak = q + 1;
    if (v.lowv(ak) == "the" && ak + 1 < s.last && v.mention_at(ak) == kNone) ++ak;
    const std::size_t am = v.mention_at(ak);
    const bool eventive_head = v.lex().triggers(noun) != nullptr || v.lex().has("event_anaphor", noun) ||
                               (v.lex().verb_form(noun) & (kBaseForm | kGerundForm));
    if (!of_object && eventive_head && am != kNone && v.mention(am).first == ak &&
        (v.mention(am).kind == MentionKind::kDemonym || v.mention(am).kind == MentionKind::kActorPhrase ||
         (named(v.mention(am)) && (v.type(am) == EntityType::kCountry || v.type(am) == EntityType::kOrganization))) &&
        !v.mention(am).modifier) {
      if (heads) *heads = nouns;
      std::vector<std::size_t> out;
      for (std::size_t e : v.mention(am).entities)
        if (!self_of(v, subjects, e)) out.push_back(e);
      return out;
    }
  }
  // "the offer from China", "the proposal by Iran": the phrase names its actor.
  if (q + 1 < s.last && (((v.lowv(q) == "from" || v.lowv(q) == "by") && head + 1 == q) || past_object)) {
    if (heads) *heads = nouns;
    std::size_t ak = q + 1;
    if (v.lowv(ak) == "the" && ak + 1 < s.last && v.mention_at(ak) == kNone) ++ak;
    std::size_t am = v.mention_at(ak);
    // "remarks by Argentine President Javier Milei": past the title's country to its holder.
    if (am != kNone && v.mention(am).modifier)
      for (std::size_t t = v.mention(am).last; t < s.last && t < v.mention(am).last + 5; ++t)
        if (std::size_t nm = v.mention_at(t); nm != kNone) {
          am = v.type(nm) == EntityType::kPerson ? nm : kNone;
          break;
        }
    if (am != kNone && named(v.mention(am)) && actor_type(v.type(am))) {
      // "backed the effort by Qatar and Egypt": every agent of the phrase.
      std::vector<std::size_t> out;
      for (std::size_t m : coordinate(v, am, s, false))
        for (std::size_t e : v.mention(m).entities) out.push_back(e);
      return out;
    }
  }
  std::string lemma;
  std::uint8_t form = v.lex().verb_form(noun, &lemma);
  bool eventive = v.lex().triggers(noun) != nullptr || (form & (kBaseForm | kThirdForm | kGerundForm)) ||
                  v.lex().has("event_anaphor", noun);
  if (!eventive) return {};
  if (demonym != kNone) return v.mention(demonym).entities;
  std::set<std::size_t> self;
  for (std::size_t sm : subjects)
    for (std::size_t e : v.mention(sm).entities) self.insert(e);
  const EventMention* best = nullptr;
  // Back from the phrase to the start of the sentence four before (the latest act first); an
  // anaphor ("the move") only this and the previous sentence (checked below).
  const std::size_t from = doc.sentences[si >= 4 ? si - 4 : 0].first;
  for (std::size_t t = pos; t-- > from && !best;) {
    if (t >= doc.event_at.size() || doc.event_at[t] == kNone) continue;
    const EventMention& ev = doc.events[doc.event_at[t]];
    // (an anaphor may name an act that became no fact, "China declared an air defence zone. Japan
    // criticised the move", when a state or body did it and it is no speech)
    bool ok = v.lex().has("event_anaphor", noun)
                  ? ev.sentence + 1 >= si && ev.sentence <= si && (ev.from_fact || stated_act(v, ev))
                  : event_matches(v.lex(), noun, ev.lemma);
    if (!ok) continue;
    bool mine = false;
    for (std::size_t e : ev.agents) mine = mine || self.count(e) > 0;
    if (mine) continue;
    best = &ev;
  }
  if (!best) return {};
  // "welcomed the agreement" that two envoys signed: praise and support of a deal go to the
  // states the signers speak for (the text's own affiliations).
  std::vector<std::size_t> out;
  for (std::size_t a : best->agents) {
    std::vector<std::size_t> states;
    if (doc.entities[a].type == EntityType::kPerson && cooperative_act)
      for (const ExtractedFact& f : doc.facts)
        if (f.relation == Relation::kAffiliatedWith && f.subject == a && f.basis.empty() &&
            doc.entities[f.object].type == EntityType::kCountry &&
            std::find(states.begin(), states.end(), f.object) == states.end())
          states.push_back(f.object);
    if (states.empty()) states = {a};
    for (std::size_t st : states)
      if (std::find(out.begin(), out.end(), st) == out.end() && !self.count(st)) out.push_back(st);
  }
  return out;
}

// "expelled 14 Cuban diplomats for allegedly spying", "sanctioned Iran for its nuclear
// programme's violations", "arrested him for espionage": a punitive act for a wrong done is an
// accusation of the one punished (relations in *punitive_relation*; the reason a gerund or a
// *charge_noun*).
void punished_for(SentenceView& v, const Sentence& s, std::size_t si, Relation r, const std::vector<std::size_t>& subjects,
                  const std::vector<std::size_t>& objects, double confidence, const Attributes& a, std::size_t b) {
  if (objects.empty() || a.negated || !v.lex().has("punitive_relation", kg::name(r))) return;
  std::size_t q = v.mention(objects.back()).last;
  // Past the rest of a nationals phrase ("14 Cuban diplomats").
  while (q < s.last && q < v.mention(objects.back()).last + 3 && v.tok(q).word && !v.tok(q).upper_initial &&
         v.lowv(q) != "for" && v.mention_at(q) == kNone && (v.has("national_noun", q) || v.has("member_noun", q)))
    ++q;
  if (q + 1 >= s.last || v.lowv(q) != "for") return;
  ++q;
  while (q < s.last && (v.adverb(q) || v.lowv(q) == "alleged" || v.lowv(q) == "suspected" || v.has("possessive_pronoun", q)))
    ++q;
  if (q >= s.last || v.mention_at(q) != kNone) return;
  std::string lemma;
  const bool gerund = (v.lex().verb_form(v.low(q), &lemma) & kGerundForm) && v.low(q).size() > 4;
  if (!gerund && !v.has("charge_noun", q) && !v.has("blame_word", q)) return;
  emit(v, s, si, Relation::kAccuses, subjects, objects, confidence * 0.75, a, b);
}

class RelationStage final : public Stage {
 public:
  explicit RelationStage(const Lexicon& lex) : lex_(lex) {}
  std::string_view name() const override { return "relations"; }
  unsigned needs() const override { return kMentions | kEntities | kCoreference | kModifiers | kClauses; }
  unsigned provides() const override { return kFacts; }
  void process(Document& doc) const override;

 private:
  bool apply(SentenceView& v, const Sentence& s, std::size_t si, const Match& m) const;
  bool agentless_passive(SentenceView& v, const Sentence& s, std::size_t si, const TriggerForm& f, std::size_t p,
                         std::size_t b, std::size_t e) const;
  const Lexicon& lex_;
};

// The other state of a bilateral act whose object the text leaves out ("Turkey withdrew its
// ambassador", "a build-up of Bangladeshi troops along the border"): the country that shares a
// fact with the actor in this or the two previous sentences (the latest), else the one other
// country this sentence names; kNone when there is none.
std::size_t counterpart(const SentenceView& v, const Sentence& s, std::size_t si, const std::vector<std::size_t>& subjects) {
  const Document& doc = v.doc();
  std::vector<std::size_t> own;
  for (std::size_t m : subjects) own.insert(own.end(), v.mention(m).entities.begin(), v.mention(m).entities.end());
  if (own.empty()) return kNone;
  auto mine = [&](std::size_t e) { return std::find(own.begin(), own.end(), e) != own.end(); };
  auto country = [&](std::size_t e) { return doc.entities[e].type == EntityType::kCountry && !mine(e); };
  for (auto it = doc.facts.rbegin(); it != doc.facts.rend(); ++it) {
    if (it->sentence + 2 < si) break;
    if (it->sentence > si || it->negated || family(it->relation) == Family::kStructure) continue;
    if (mine(it->subject) && country(it->object)) return it->object;
    if (mine(it->object) && country(it->subject)) return it->subject;
  }
  std::size_t only = kNone;
  for (std::size_t k = s.first; k < s.last; ++k) {
    const std::size_t m = v.mention_at(k);
    if (m == kNone || v.mention(m).first != k) continue;
    for (std::size_t e : v.mention(m).entities) {
      if (!country(e) || e == only) continue;
      if (only != kNone) return kNone;
      only = e;
    }
  }
  return only;
}

// Whether a locative phrase at [q, ...) names a border without saying whose ("along the border",
// "near its northern frontier"; not "the border with India", whose object find_object reads).
bool unnamed_border_at(const SentenceView& v, const Sentence& s, std::size_t q) {
  if (q + 2 >= s.last || !v.has("preposition", q)) return false;
  std::size_t k = q + 1;
  if (!(v.has("determiner", k) || v.has("possessive_pronoun", k)) || v.mention_at(k) != kNone) return false;
  ++k;
  for (std::size_t gap = 0; k < s.last && gap < 2 && v.mention_at(k) == kNone && !v.has("frontier_noun", k) &&
                            (v.adjective(k) || v.has("compass", k));
       ++k, ++gap) {
  }
  if (k >= s.last || !v.has("frontier_noun", k) || v.mention_at(k) != kNone) return false;
  return !(k + 1 < s.last && (v.lowv(k + 1) == "with" || v.lowv(k + 1) == "of" || v.lowv(k + 1) == "between"));
}

// Whether a withdrawal at [b, e) recalls the subject's own envoy without saying from where
// ("withdrew its ambassador", "is recalling their envoys"; not "... from its embassy in X").
bool own_envoy_recalled(const SentenceView& v, const Sentence& s, std::size_t b, std::size_t e, const TriggerForm& f) {
  std::size_t q = e;
  if (f.kind == TriggerKind::kLight) {
    if (!v.has("envoy_noun", e - 1)) return false;
    // the possessive before the envoy ("withdrew its ambassador")
    bool own = false;
    for (std::size_t k = b + 1; k + 1 < e; ++k) own = own || v.has("possessive_pronoun", k);
    if (!own) return false;
  } else {
    if (q + 1 >= s.last || !v.has("possessive_pronoun", q)) return false;
    ++q;
    if (q + 1 < s.last && v.adjective(q) && !v.has("envoy_noun", q)) ++q;
    if (!v.has("envoy_noun", q) || v.mention_at(q) != kNone) return false;
    q += 1;
  }
  for (; q < s.last && q < e + 8; ++q) {
    if (is_punct_stop(v.tok(q)) || v.tok(q).text == "," || v.has("clause_break", q)) break;
    if (v.lowv(q) == "from" || v.lowv(q) == "to" || v.mention_at(q) != kNone) return false;
  }
  return true;
}

// "condemned several countries, including Iran and Belarus", "met with a group of leaders,
// including presidents X and Y": an object phrase that names no one, then its members after an
// inclusion word (*inclusion_word*); empty when there is none.
std::vector<std::size_t> included_members(const SentenceView& v, const Sentence& s, std::size_t pos) {
  for (std::size_t q = pos; q + 1 < s.last && q < pos + 10; ++q) {
    if (v.mention_at(q) != kNone || is_punct_stop(v.tok(q)) || v.has("clause_break", q)) return {};
    if (v.has("inclusion_word", q)) {
      if (q == pos) return {};
      std::size_t k = q + 1;
      // past a plural title ("including presidents X and Y")
      for (std::size_t gap = 0; k < s.last && gap < 2 && v.mention_at(k) == kNone && v.tok(k).word &&
                                !v.tok(k).upper_initial && !v.has("preposition", k);
           ++k, ++gap) {
      }
      const std::size_t m = k < s.last ? v.mention_at(k) : kNone;
      if (m == kNone || v.mention(m).first != k || !argument(v.mention(m))) return {};
      return coordinate(v, m, s, false);
    }
    const Token& t = v.tok(q);
    if (t.word ? ((t.upper_initial && !v.has("calendar_name", q)) ||
                  (v.lex().verb_form(v.low(q)) & (kPastForm | kThirdForm) && !lower_noun(v, q)))
               : t.text != ",")
      return {};
  }
  return {};
}

// The start of the common noun phrase that ends at `end` ("The annexation| has been", "a
// claim| rejected by"), past its article; `end` when there is none.
std::size_t noun_phrase_before(const SentenceView& v, const Sentence& s, std::size_t end) {
  std::size_t start = end;
  while (start > s.first && start + 5 > end && v.mention_at(start - 1) == kNone && v.tok(start - 1).word &&
         !v.has("clause_break", start - 1) && !v.has("preposition", start - 1) && !v.has("auxiliary", start - 1))
    --start;
  if (start < end && v.has("determiner", start)) ++start;
  return start;
}

// The state an entity stands for as a place: a country itself, or the country the gazetteer puts
// a known place in ("Minsk": Belarus); kNone otherwise.
std::size_t state_of(SentenceView& v, std::size_t e) {
  const DocEntity& de = v.doc().entities[e];
  if (de.type == EntityType::kCountry) return e;
  if (de.type != EntityType::kPlace || de.gazetteer == kNone) return kNone;
  const std::size_t c = v.lex().entries()[de.gazetteer].located_in;
  if (c == kNoEntry || v.lex().entries()[c].type != EntityType::kCountry) return kNone;
  return entity_for_entry(v.doc(), v.lex(), c);
}

// The state of the one place a sentence names after "in" ("... landed in Minsk": Belarus; "in
// Iran": Iran), or kNone when it names none or several.
std::size_t state_of_place_named(SentenceView& v, const Sentence& s) {
  std::size_t state = kNone;
  for (std::size_t k = s.first + 1; k < s.last; ++k) {
    const std::size_t m = v.mention_at(k);
    if (m == kNone || v.mention(m).first != k || v.mention(m).entities.size() != 1) continue;
    std::size_t in = k - 1;
    if (in > s.first && v.lowv(in) == "the" && v.mention_at(in) == kNone) --in;
    if (v.lowv(in) != "in") continue;
    const std::size_t here = state_of(v, v.mention(m).entities.front());
    if (here == kNone) continue;
    if (state != kNone && state != here) return kNone;
    state = here;
  }
  return state;
}

// The end of a time expression that starts at k ("last year", "on Monday", "in 2014",
// "yesterday"), or k when none does: passed over between a participle and its "by".
std::size_t past_time(const SentenceView& v, const Sentence& s, std::size_t k) {
  if (k >= s.last) return k;
  if (v.has("relative_day", k)) return k + 1;
  if (k + 1 >= s.last) return k;
  const std::string_view w = v.lowv(k);
  if ((w == "last" || w == "this" || w == "next" || w == "past") && (v.has("time_period", k + 1) || v.has("calendar_name", k + 1)))
    return k + 2;
  if ((w == "on" || w == "in") && v.has("calendar_name", k + 1)) return k + 2;
  const std::string& y = v.tok(k + 1).text;
  if (w == "in" && y.size() == 4 && std::all_of(y.begin(), y.end(), ::isdigit)) return k + 2;
  return k;
}

// People named by nationality whose phrase ends right at `end` ("Three Americans| were arrested",
// "Nine Lebanese pilgrims| kidnapped"), or kNone.
std::size_t nationals_before(const SentenceView& v, const Sentence& s, const TriggerForm& f, std::size_t end) {
  for (std::size_t r = end; r > s.first && r + 4 > end; --r) {
    std::size_t pm = v.mention_at(r - 1);
    if (pm != kNone) return nationals_object(v, s, pm, f) && nationals_end(v, s, pm) == end ? pm : kNone;
  }
  return kNone;
}

// The subject of a passive whose "be" is at p - 1 ("Kovrig was detained"), or the people named by
// nationality right before it, who count as their country.
std::vector<std::size_t> passive_subject(const SentenceView& v, const Sentence& s, const TriggerForm& f,
                                         std::size_t p) {
  std::vector<std::size_t> out = find_subject(v, s, p - 1, true);
  if (out.empty())
    if (std::size_t nm = nationals_before(v, s, f, p - 1); nm != kNone) out = {nm};
  return out;
}

// A passive without a by-phrase ("X was arrested"), its "be" at p - 1 and the participle at [b, e).
// Three readings, else no fact.
bool RelationStage::agentless_passive(SentenceView& v, const Sentence& s, std::size_t si, const TriggerForm& f,
                                      std::size_t p, std::size_t b, std::size_t e) const {
  // "All Spanish troops will be withdrawn from Iraq", "Indian troops were deployed along the
  // border": troops, forces or diplomats of a state moved by an agentless passive were moved by
  // that state.
  if (f.relation == Relation::kWithdrawsFrom || f.relation == Relation::kMobilizes) {
    std::vector<std::size_t> moved = find_subject(v, s, p - 1, true);
    std::string lemma;
    lex_.verb_form(v.low(b), &lemma);
    // ("Australian troops were sent to Tonga": a verb of motion moves troops only)
    const bool motion = lex_.has("troop_motion_verb", lemma);
    if (moved.size() == 1 && v.mention(moved[0]).kind == MentionKind::kActorPhrase &&
        (!motion || v.has("military_noun", v.mention(moved[0]).last - 1))) {
      std::vector<std::size_t> to = find_object(v, s, e, f, false);
      if (!to.empty()) {
        emit(v, s, si, f.relation, moved, to, f.confidence * 0.85, attributes(v, s, s.first, b), b);
        return true;
      }
    }
  }
  const Attributes a = attributes(v, s, s.first, b);
  // "The tests have been condemned in Japan and the US": a judgement "in" countries is theirs; it
  // is aimed at the subject, or at the actor of the act the subject names.
  if ((family(f.relation) == Family::kDisapprove || f.relation == Relation::kPraises) && e + 1 < s.last) {
    std::size_t q = e;
    while (q < s.last && v.adverb(q)) ++q;
    std::size_t k = q + 1;
    if (k < s.last && v.lowv(k) == "the" && v.mention_at(k) == kNone) ++k;
    const std::size_t cm = q + 1 < s.last && v.lowv(q) == "in" ? v.mention_at(k) : kNone;
    if (cm != kNone && v.mention(cm).first == k && v.type(cm) == EntityType::kCountry && argument(v.mention(cm))) {
      const std::vector<std::size_t> judges = coordinate(v, cm, s, false);
      const std::vector<std::size_t> patients = passive_subject(v, s, f, p);
      if (!patients.empty()) {
        if (named(v.mention(patients.front()))) emit(v, s, si, f.relation, judges, patients, f.confidence * 0.7, a, b);
        return true;
      }
      // The subject's noun phrase: back from "be" past auxiliaries to its words.
      std::size_t end = p - 1;
      while (end > s.first && (v.has("auxiliary", end - 1) || v.has("be", end - 1) || v.adverb(end - 1) ||
                               v.has("modal", end - 1)))
        --end;
      const std::size_t start = noun_phrase_before(v, s, end);
      if (start < end) {
        const std::vector<std::size_t> actors = bridge_object(v, s, si, start, judges, nullptr, end);
        if (!actors.empty()) {
          emit_to_entities(v, s, si, f.relation, judges, actors, f.confidence * 0.6, a, b);
          return true;
        }
      }
    }
  }
  // "Evan Gershkovich was arrested in Yekaterinburg", "Two Americans were detained in Iran",
  // "was expelled from Russia": a state's act (arrest, jail, expulsion; not a kidnapping)
  // without an agent is the act of the state where it happened.
  std::string lemma;
  lex_.verb_form(v.low(b), &lemma);
  // "Two Britons were freed from an Iranian prison", "were released in Iran": a release by the
  // state whose prison it was, or where it happened.
  const bool release = f.relation == Relation::kReleases;
  const char* where = f.relation == Relation::kArrests ? "in" : f.relation == Relation::kExpels ? "from" : nullptr;
  if ((where || release) && lex_.has("state_act_verb", lemma)) {
    std::size_t state = kNone;
    for (std::size_t q = e; q + 1 < s.last && q < e + 8; ++q) {
      if (is_punct_stop(v.tok(q)) || v.tok(q).text == "," || v.has("clause_break", q)) break;
      const bool from = release && v.lowv(q) == "from";
      // ("held overnight on Iran's Farsi Island": "on" and "at" a place of the state too)
      const bool on_place = f.relation == Relation::kArrests && (v.lowv(q) == "on" || v.lowv(q) == "at");
      if (!from && !on_place && !(where ? v.lowv(q) == where : v.lowv(q) == "in")) continue;
      std::size_t k = q + 1;
      if (v.has("determiner", k) && k + 1 < s.last) ++k;
      std::size_t pm = v.mention_at(k);
      if (pm == kNone || v.mention(pm).entities.size() != 1) break;
      // ("from an Iranian prison": the demonym's state holds the prison; "from" a country alone
      // is where they leave, not who frees them.)
      const Mention& held = v.mention(pm);
      if (from && !(held.kind == MentionKind::kDemonym && held.last < s.last && v.has("custody_noun", held.last)))
        break;
      const std::size_t pe = held.entities[0];
      if (on_place && v.doc().entities[pe].type == EntityType::kCountry &&
          !(held.last < s.last && v.tok(held.last).text == "'s"))
        break;
      state = state_of(v, pe);
      break;
    }
    if (state != kNone) {
      bool any = false;
      for (std::size_t pm : passive_subject(v, s, f, p))
        for (std::size_t pe : v.mention(pm).entities)
          any = push_fact(v, s, si, f.relation, state, pe, f.confidence * 0.7, a, b) || any;
      if (any) return true;
    }
  }
  // "Police arrested Joshua Wong ... Agnes Chow was arrested at her home": an agentless arrest,
  // release or expulsion continues the latest act of its kind in this or the two previous
  // sentences, whose actor did it again.
  if (!lex_.has("agentless_relation", kg::name(f.relation))) return false;
  std::size_t prior = kNone;
  for (auto it = v.doc().facts.rbegin(); it != v.doc().facts.rend() && prior == kNone; ++it)
    if (it->relation == f.relation && !it->negated && it->sentence + 2 >= si && it->sentence <= si) prior = it->subject;
  if (prior == kNone) return false;
  bool any = false;
  for (std::size_t pm : passive_subject(v, s, f, p))
    for (std::size_t pe : v.mention(pm).entities)
      any = push_fact(v, s, si, f.relation, prior, pe, f.confidence * 0.7, a, b) || any;
  return any;
}

bool RelationStage::apply(SentenceView& v, const Sentence& s, std::size_t si, const Match& m) const {
  const TriggerForm& f = *m.form;
  const std::size_t b = m.begin, e = m.end;
  // "denied that Pakistan backed the group", "dismissed that Iran was involved": a rejection of
  // a clause is aimed at its claim, not at the clause's subject (who warns or urges "that X
  // ..." does address X).
  if (f.relation == Relation::kRejects && e + 1 < s.last && v.lowv(e) == "that" && v.mention_at(e + 1) != kNone)
    return true;
  // "recalled its envoy in protest": the manner of the clause's act (a criticism, read with the
  // clause), not a demonstration.
  if (f.relation == Relation::kProtests && b > s.first && v.has("protest_adjunct", b - 1))
    return false;
  // A passive frame: "The envoy was declared persona non grata by Ghana", "Two Britons were
  // taken into custody": the subject is the slot's filler; the agent follows "by", else the
  // readings of an agentless passive.
  if (m.passive) {
    std::size_t p = b;
    while (p > s.first && (v.adverb(p - 1) || v.has("negation", p - 1))) --p;
    std::size_t by = e;
    while (by < s.last && v.adverb(by)) ++by;
    if (by + 1 < s.last && v.lowv(by) == "by") {
      std::size_t ak = by + 1;
      if (v.lowv(ak) == "the" && ak + 1 < s.last && v.mention_at(ak) == kNone) ++ak;
      const std::size_t am = v.mention_at(ak);
      if (am == kNone || v.mention(am).first != ak || !argument(v.mention(am))) return true;
      const std::vector<std::size_t> patients = passive_subject(v, s, f, p);
      if (!patients.empty())
        emit(v, s, si, f.relation, coordinate(v, am, s, false), patients, f.confidence, attributes(v, s, s.first, b), b);
      return true;
    }
    agentless_passive(v, s, si, f, p, b, e);
    return true;
  }
  // Passive: "was annexed by Russia", reduced relative "Crimea, annexed by Russia".
  if (f.kind != TriggerKind::kNoun && f.participle) {
    std::size_t p = b;
    while (p > s.first && (v.adverb(p - 1) || v.has("negation", p - 1))) --p;
    bool be = p > s.first && v.has("be", p - 1);
    bool has_aux = p > s.first && (v.lowv(p - 1) == "has" || v.lowv(p - 1) == "have" || v.lowv(p - 1) == "had");
    std::size_t by = e;
    // ("the sailors captured last year by Russia": past a time expression too)
    for (std::size_t prev = kNone; by != prev;) {
      prev = by;
      while (by < s.last && v.adverb(by)) ++by;
      by = past_time(v, s, by);
    }
    // "was accused of several crimes by the security services": past the charge to the agent.
    if (be && by < s.last && v.lowv(by) != "by" && f.relation == Relation::kAccuses && v.lowv(by) == "of")
      for (std::size_t q = by + 1; q + 1 < s.last && q < by + 7; ++q) {
        if (v.lowv(q) == "by") {
          by = q;
          break;
        }
        if (is_punct_stop(v.tok(q)) || v.tok(q).text == "," || v.has("clause_break", q) || v.mention_at(q) != kNone) break;
      }
    bool by_phrase = by < s.last && v.lowv(by) == "by" && by + 1 < s.last;
    if ((be || (by_phrase && !has_aux)) && f.kind == TriggerKind::kVerb) {
      if (!by_phrase) {  // an agentless passive has no other reading
        if (be) agentless_passive(v, s, si, f, p, b, e);
        return true;
      }
      std::size_t ak = by + 1;
      if (v.lowv(ak) == "the" && ak + 1 < s.last) ++ak;
      // "killed by agents of the North Korean regime", "detained by officials from Iran".
      if (v.mention_at(ak) == kNone && ak + 2 < s.last && v.has("member_noun", ak) &&
          (v.lowv(ak + 1) == "of" || v.lowv(ak + 1) == "from")) {
        ak += 2;
        if (v.lowv(ak) == "the" && ak + 1 < s.last) ++ak;
      }
      std::size_t am = v.mention_at(ak);
      if (am == kNone) return true;
      std::vector<std::size_t> agents = coordinate(v, am, s, false);
      std::vector<std::size_t> patients;
      Attributes a = attributes(v, s, s.first, b);
      if (be) {
        patients = passive_subject(v, s, f, p);
      } else {
        // Reduced relative: the noun right before the participle.
        std::size_t q = b;
        while (q > s.first && (v.tok(q - 1).text == "," || v.adverb(q - 1))) --q;
        // "Nine Lebanese pilgrims kidnapped by rebels": nationals before the participle.
        const std::size_t nm = nationals_before(v, s, f, q);
        if (nm != kNone) {
          patients = {nm};
        } else if (q > s.first && v.mention_at(q - 1) != kNone) {
          patients = {v.mention_at(q - 1)};
        } else {
          // "regions claimed by Russia (Donetsk, Luhansk and Kherson)": the list in parentheses.
          std::size_t after = v.mention(agents.back()).last;
          if (after < s.last && v.tok(after).text == "(") {
            for (std::size_t k = after + 1; k < s.last && v.tok(k).text != ")"; ++k) {
              std::size_t pm = v.mention_at(k);
              if (pm != kNone && v.mention(pm).first == k) patients.push_back(pm);
            }
          }
        }
      }
      Relation rel = f.relation;
      if (patients.empty() && f.relation == Relation::kOccupies) {
        // "the 24 Ukrainian sailors captured by Russia": people seized are taken, not occupied.
        TriggerForm taken = f;
        taken.relation = Relation::kArrests;
        std::size_t q = b;
        while (q > s.first && (v.tok(q - 1).text == "," || v.adverb(q - 1))) --q;
        std::size_t nm = kNone;
        if (!be) nm = nationals_before(v, s, taken, q);
        else if (const std::vector<std::size_t> held = passive_subject(v, s, taken, p); !held.empty()) nm = held.front();
        if (nm != kNone && nationals_object(v, s, nm, taken)) {
          patients = {nm};
          rel = Relation::kArrests;
        }
      }
      if (patients.empty() && lex_.has("bridge_relation", kg::name(f.relation))) {
        // "The claim was rejected by Vietnam", "a plan rejected by Manila": the act the subject
        // names, aimed at its actor.
        std::size_t end = be ? p - 1 : b;
        while (end > s.first && (v.has("auxiliary", end - 1) || v.adverb(end - 1) || v.has("modal", end - 1) ||
                                 v.tok(end - 1).text == ","))
          --end;
        const std::size_t start = noun_phrase_before(v, s, end);
        if (start < end) {
          std::vector<std::size_t> actors = bridge_object(v, s, si, start, agents, nullptr, end);
          if (!actors.empty()) emit_to_entities(v, s, si, f.relation, agents, actors, f.confidence * 0.7, a, b);
        }
        return true;
      }
      if (patients.empty()) return true;
      emit(v, s, si, rel, agents, patients, f.confidence, a, b);
      return true;
    }
  }
  if (f.kind == TriggerKind::kAgent) {
    // "Milei, a vocal supporter of Bolsonaro", "the US, Israel's main backer,", "Iran is the
    // main backer of Hezbollah": the noun names its actor; the object is the possessor or
    // follows a preposition.
    std::vector<std::size_t> objects;
    std::size_t q = b, gap = 0;
    while (q > s.first && gap < 4 && v.mention_at(q - 1) == kNone &&
           (v.adjective(q - 1) || v.adverb(q - 1) || v.tok(q - 1).text == "\"" ||
            (v.tok(q - 1).word && !v.tok(q - 1).upper_initial && lex_.verb_form(v.low(q - 1)) == 0 &&
             !v.has("determiner", q - 1) && !v.has("preposition", q - 1) && !v.has("be", q - 1) &&
             !v.has("clause_break", q - 1))))
      --q, ++gap;
    if (q >= s.first + 2 && (v.lowv(q - 1) == "'s" || v.lowv(q - 1) == "'") && v.mention_at(q - 2) != kNone &&
        argument(v.mention(v.mention_at(q - 2)))) {
      objects = {v.mention_at(q - 2)};
      q = v.mention(v.mention_at(q - 2)).first;
    } else if (q > s.first && v.has("determiner", q - 1) && v.mention_at(q - 1) == kNone) {
      --q;
    }
    if (objects.empty()) objects = find_object(v, s, e, f, false);
    if (objects.empty()) return false;
    if (q > s.first && v.lowv(q - 1) == "the" && v.mention_at(q - 1) == kNone) --q;
    std::vector<std::size_t> actors;
    // "described Washington as Israel's principal backer", "which he described as ...": the
    // labelled one is the actor.
    if (q >= s.first + 2 && v.lowv(q - 1) == "as") {
      std::size_t lv = q - 2;
      std::size_t labelled = kNone;
      if (lv > s.first && v.mention_at(lv) != kNone && named(v.mention(v.mention_at(lv)))) {
        labelled = v.mention_at(lv);
        lv = v.mention(labelled).first - 1;
      }
      if (v.has("label_verb", lv) && labelled == kNone && lv >= s.first + 3) {
        // "which he described as": the antecedent of the relative before the subject.
        std::size_t subj = v.mention_at(lv - 1);
        if (subj != kNone) {
          std::size_t rel = v.mention(subj).first - 1;
          if (rel > s.first && v.has("relative", rel)) {
            std::size_t c0 = rel;
            while (c0 > s.first && v.tok(c0 - 1).text == ",") --c0;
            if (c0 > s.first && v.mention_at(c0 - 1) != kNone && named(v.mention(v.mention_at(c0 - 1))))
              labelled = v.mention_at(c0 - 1);
          }
        }
      }
      if (labelled != kNone && v.has("label_verb", lv)) actors = {labelled};
    }
    if (!actors.empty()) {
    } else if (q >= s.first + 2 && v.tok(q - 1).text == "," && v.mention_at(q - 2) != kNone &&
        argument(v.mention(v.mention_at(q - 2))))
      actors = {v.mention_at(q - 2)};
    else if (q > s.first && (v.has("be", q - 1) || v.has("copula", q - 1)))
      actors = find_subject(v, s, q - 1);
    if (actors.empty()) return false;
    Attributes a = attributes(v, s, v.mention(actors.back()).last, b);
    emit(v, s, si, f.relation, actors, objects, f.confidence, a, b);
    return true;
  }
  if (f.kind == TriggerKind::kNoun && e + 1 < s.last && v.lowv(e) == "between" &&
      std::find(f.preps.begin(), f.preps.end(), "between") != f.preps.end()) {
    // "talks between Armenia and Azerbaijan": the parties, each with the other; an act that
    // is not symmetric goes both ways ("clashes between India and China"). A possessor
    // ("Sudan's war between ...") is where it happens, not a party.
    const std::vector<std::size_t> parties = between_parties(v, s, e + 1);
    if (parties.size() >= 2) {
      for (std::size_t x = 0; x < parties.size(); ++x)
        for (std::size_t y = x + 1; y < parties.size(); ++y) {
          emit(v, s, si, f.relation, {parties[x]}, {parties[y]}, f.confidence * 0.9, Attributes(), b);
          if (!is_symmetric(f.relation))
            emit(v, s, si, f.relation, {parties[y]}, {parties[x]}, f.confidence * 0.9, Attributes(), b);
        }
      return true;
    }
  }
  if (f.kind == TriggerKind::kNoun) {
    // Actor: the possessor ("Putin's vocal opposition"), else a by-phrase after the object.
    std::vector<std::size_t> actors;
    std::size_t k = b, gap = 0;
    // Adjectives, numbers, quotes and noun modifiers between ("a US air raid on").
    while (k > s.first && gap < 3 && v.mention_at(k - 1) == kNone &&
           (v.tok(k - 1).text == "\"" || (v.tok(k - 1).word && !v.tok(k - 1).upper_initial && !v.has("determiner", k - 1) &&
                                          !v.has("preposition", k - 1) && (v.adjective(k - 1) || lower_noun(v, k - 1)))))
      --k, ++gap;
    if (k >= s.first + 2 && v.lowv(k - 1) == "'s" && v.mention_at(k - 2) != kNone)
      actors = {v.mention_at(k - 2)};
    else if (k > s.first && v.mention_at(k - 1) != kNone) {
      // "his opposition to ...", "US sanctions on ...", "an Israeli strike on ..."
      const Mention& pm = v.mention(v.mention_at(k - 1));
      if ((pm.kind == MentionKind::kPronoun || pm.kind == MentionKind::kDemonym || named(pm)) &&
          actor_type(v.type(v.mention_at(k - 1))))
        actors = {v.mention_at(k - 1)};
    }
    // "the expulsion of the Swedish ambassador from Iraq" (Iraq expels Sweden), "the withdrawal of
    // the Iraqi charge d'affaires from Sweden" (Iraq withdraws from Sweden): a state's people
    // after "of", and the state they leave after "from".
    if (actors.empty() && (f.relation == Relation::kExpels || f.relation == Relation::kWithdrawsFrom) && e + 2 < s.last &&
        v.lowv(e) == "of") {
      std::size_t q = e + 1;
      if (v.has("determiner", q) && v.mention_at(q) == kNone && q + 1 < s.last) ++q;
      const std::size_t people = v.mention_at(q);
      std::size_t state = kNone;
      if (people != kNone && v.mention(people).first == q && v.type(people) == EntityType::kCountry &&
          (v.mention(people).kind == MentionKind::kActorPhrase || v.mention(people).kind == MentionKind::kDemonym))
        for (std::size_t r = v.mention(people).last; r + 1 < s.last && r < v.mention(people).last + 5; ++r) {
          if (is_punct_stop(v.tok(r)) || v.tok(r).text == "," || v.has("clause_break", r)) break;
          if (v.lowv(r) == "from" && v.mention_at(r + 1) != kNone && v.type(v.mention_at(r + 1)) == EntityType::kCountry &&
              argument(v.mention(v.mention_at(r + 1)))) {
            state = v.mention_at(r + 1);
            break;
          }
        }
      // ("demanded the expulsion of the Danish ambassador from Iran": asked for, not done)
      for (std::size_t q = b > s.first + 4 ? b - 4 : s.first; q < b && state != kNone; ++q)
        if (const auto* forms = lex_.triggers(v.low(q)))
          for (const TriggerForm& tf : *forms)
            if (family(tf.relation) == Family::kDemand || tf.relation == Relation::kThreatens) state = kNone;
      if (state != kNone) {
        const Attributes a = attributes(v, s, s.first, b);
        if (f.relation == Relation::kExpels)
          emit_to_entities(v, s, si, f.relation, {state}, v.mention(people).entities, f.confidence * 0.8, a, b);
        else
          emit_to_entities(v, s, si, f.relation, {people}, v.mention(state).entities, f.confidence * 0.8, a, b);
        return true;
      }
    }
    std::vector<std::size_t> objects;
    // "a build-up of Bangladeshi troops along the border with India": for a noun that does not
    // take "of" itself, an actor phrase of troops or officials after "of" is its actor.
    if (actors.empty() && e + 1 < s.last && v.lowv(e) == "of" &&
        std::find(f.preps.begin(), f.preps.end(), "of") == f.preps.end() && v.mention_at(e + 1) != kNone &&
        v.mention(v.mention_at(e + 1)).kind == MentionKind::kActorPhrase && v.mention(v.mention_at(e + 1)).first == e + 1) {
      actors = {v.mention_at(e + 1)};
      objects = find_object(v, s, v.mention(actors.front()).last, f, false);
      // ("a build-up of Bangladeshi troops along the border": the state across it)
      if (objects.empty() && f.relation == Relation::kMobilizes && unnamed_border_at(v, s, v.mention(actors.front()).last)) {
        const std::size_t other = counterpart(v, s, si, actors);
        if (other == kNone) return false;
        emit_to_entities(v, s, si, f.relation, actors, {other}, f.confidence * 0.7, attributes(v, s, s.first, b), b);
        return true;
      }
    } else {
      objects = find_object(v, s, e, f, false);
    }
    // "Berlusconi, on a visit to London, said", "said during a trip to Kyiv", "left Pyongyang
    // after talks with Kim": the visitor or the party is the subject of the clause the phrase
    // belongs to.
    std::size_t adjunct = k;
    if (adjunct > s.first && v.has("determiner", adjunct - 1) && v.mention_at(adjunct - 1) == kNone) --adjunct;
    const bool supports_of = f.relation == Relation::kSupports && e < s.last && v.lowv(e) == "of";
    if (actors.empty() && !objects.empty() &&
        (f.relation == Relation::kVisits || f.relation == Relation::kMeetsWith || f.relation == Relation::kNegotiatesWith ||
         f.relation == Relation::kSupports) &&
        adjunct > s.first + 1 && v.has("adjunct_preposition", adjunct - 1) &&
        (f.relation != Relation::kSupports || v.lowv(adjunct - 1) == "in")) {
      std::size_t q = adjunct - 1;
      if (q > s.first && v.tok(q - 1).text == ",") {
        std::size_t pm = q - 1 > s.first ? v.mention_at(q - 2) : kNone;
        if (pm != kNone && named(v.mention(pm)) && actor_type(v.type(pm))) actors = {pm};
      } else {
        // The subject of the clause the adjunct follows, not the nearest name before it
        // ("left Pyongyang after talks with Kim": Clinton, not Pyongyang).
        const Document& doc = v.doc();
        for (std::size_t c = doc.clauses.size(); c-- > 0 && actors.empty();)
          if (doc.clauses[c].sentence == si && doc.clauses[c].verb.last <= q && doc.clauses[c].kind != ClauseKind::kRelative)
            actors = find_subject(v, s, doc.clauses[c].verb.head);
        if (actors.empty()) actors = find_subject(v, s, q);
      }
    }
    // "On a visit to Berlin, Macron said", "Speaking during a trip to Kyiv, Sunak said": a phrase
    // that opens the sentence belongs to the subject after its comma.
    if (actors.empty() && !objects.empty() &&
        (f.relation == Relation::kVisits || f.relation == Relation::kMeetsWith || f.relation == Relation::kNegotiatesWith) &&
        adjunct > s.first && v.has("adjunct_preposition", adjunct - 1) &&
        (adjunct - 1 == s.first || (adjunct - 2 == s.first && v.lex().verb_form(v.low(s.first)) & kGerundForm))) {
      std::size_t comma = v.mention(objects.back()).last;
      while (comma < s.last && comma < e + 12 && v.tok(comma).text != "," && !is_punct_stop(v.tok(comma))) ++comma;
      if (comma + 1 < s.last && v.tok(comma).text == ",") {
        std::size_t k2 = comma + 1;
        if (v.has("determiner", k2) && v.mention_at(k2) == kNone && k2 + 1 < s.last) ++k2;
        const std::size_t pm = v.mention_at(k2);
        if (pm != kNone && named(v.mention(pm)) && actor_type(v.type(pm))) actors = {pm};
      }
    }
    // "won the support of Germany": without the adjunct reading, "of" names the supporter.
    if (supports_of && actors.empty()) return false;
    // "his arrest", "Navalny's detention", "their expulsion": the possessor of a patient noun
    // is who it happened to; the actor is a by-phrase ("her arrest by Iranian police") or unknown.
    // ("his extradition to Sweden": he is sent there; who sends him is not said here.)
    if (!actors.empty() && !objects.empty() && v.has("patient_noun", b) && k > s.first &&
        v.mention_at(k - 1) != kNone && v.mention(v.mention_at(k - 1)).kind == MentionKind::kPronoun &&
        v.type(v.mention_at(k - 1)) == EntityType::kPerson)
      return false;
    if (!actors.empty() && objects.empty() && v.has("patient_noun", b)) {
      objects = actors;
      actors.clear();
      std::size_t ak = e;
      if (ak + 1 < s.last && v.lowv(ak) == "by") {
        ++ak;
        if (v.lowv(ak) == "the" && ak + 1 < s.last && v.mention_at(ak) == kNone) ++ak;
        std::size_t am = v.mention_at(ak);
        if (am != kNone && named(v.mention(am)) && actor_type(v.type(am))) actors = coordinate(v, am, s, false);
      }
      if (actors.empty()) return false;
      emit(v, s, si, f.relation, actors, objects, f.confidence * 0.9, Attributes(), b);
      return true;
    }
    if (objects.empty() && e + 2 < s.last && v.lowv(e) == "to" && !v.has("determiner", e + 1) &&
        v.mention_at(e + 1) == kNone) {
      // "Venezuela's refusal to recognise the court", "its pledge to defend Estonia": the
      // object of the infinitive.
      for (std::size_t q = e + 2; q < s.last && q < e + 7; ++q) {
        if (is_punct_stop(v.tok(q)) || v.tok(q).text == "," || v.has("clause_break", q)) break;
        std::size_t om = v.mention_at(q);
        if (om != kNone) {
          if (argument(v.mention(om))) objects = coordinate(v, om, s, false);
          break;
        }
      }
    }
    // "These demands include Ukraine's renunciation of ...": the list after "include" names
    // who the acts are demanded of.
    if (objects.empty() && e < s.last && v.has("list_verb", e)) {
      std::size_t q = e + 1;
      while (q < s.last && v.mention_at(q) == kNone && modifier_word(v, q) && q < e + 4) ++q;
      if (q < s.last && v.mention_at(q) != kNone && argument(v.mention(v.mention_at(q))))
        objects = {v.mention_at(q)};
      if (actors.empty() && b > s.first && v.has("determiner", b - 1) && si > 0) {
        // The demands were stated in the previous sentence: its subject is their author.
        const Sentence& prev = v.doc().sentences[si - 1];
        std::vector<std::size_t> subj = find_subject(v, prev, prev.last);
        for (std::size_t q2 = prev.first; q2 < prev.last && subj.empty(); ++q2) {
          std::size_t pm = v.mention_at(q2);
          if (pm != kNone && named(v.mention(pm)) && !v.oblique(pm, prev.first) && actor_type(v.type(pm))) subj = {pm};
        }
        actors = subj;
      }
    }
    if (actors.empty() && objects.empty() && e + 1 < s.last && v.lowv(e) == "by") {
      // "the attack by Iran on Iraq": the agent first, then the object.
      std::size_t ak = e + 1;
      if (v.lowv(ak) == "the" && ak + 1 < s.last && v.mention_at(ak) == kNone) ++ak;
      std::size_t am = v.mention_at(ak);
      // "a visit by UN envoy Kofi Annan to Syria": past the modifier and the title to the name.
      if (am != kNone && v.mention(am).modifier) {
        std::vector<std::string> words;
        for (std::size_t q = v.mention(am).last; q < s.last && q < v.mention(am).last + 4; ++q) words.push_back(v.low(q));
        std::size_t n = lex_.match_title(words, 0);
        if (n > 0) am = v.mention_at(v.mention(am).last + n);
      }
      if (am != kNone && named(v.mention(am)) && actor_type(v.type(am))) {
        std::vector<std::size_t> agents = coordinate(v, am, s, false);
        std::vector<std::size_t> objs = find_object(v, s, v.mention(agents.back()).last, f, false);
        if (!objs.empty()) {
          actors = agents;
          objects = objs;
        }
      }
    }
    if (!actors.empty() && objects.empty() && e + 1 < s.last && v.lowv(e) == "of" &&
        std::find(f.preps.begin(), f.preps.end(), "of") == f.preps.end()) {
      // "Russia's deployment of troops to Belarus": past the "of" phrase of what is moved.
      std::size_t q = e + 1;
      while (q < s.last && q < e + 5 && v.mention_at(q) == kNone && modifier_word(v, q)) ++q;
      if (q > e + 1) objects = find_object(v, s, q, f, false);
    }
    if (actors.empty() && objects.empty() && e + 1 < s.last && v.lowv(e) == "of" &&
        std::find(f.preps.begin(), f.preps.end(), "of") == f.preps.end()) {
      // "the withdrawal of Russian troops from Syria", "the deployment of US forces to Poland",
      // "the visit of Xi Jinping to Paris": for a noun whose object follows another preposition,
      // the "of" phrase names the actor.
      std::size_t ak = e + 1;
      if (v.lowv(ak) == "the" && ak + 1 < s.last && v.mention_at(ak) == kNone) ++ak;
      std::size_t am = v.mention_at(ak);
      if (am != kNone && (named(v.mention(am)) || v.mention(am).kind == MentionKind::kPronoun) &&
          actor_type(v.type(am))) {
        std::vector<std::size_t> agents = coordinate(v, am, s, false);
        std::vector<std::size_t> objs = find_object(v, s, v.mention(agents.back()).last, f, false);
        if (!objs.empty()) {
          actors = agents;
          objects = objs;
        }
      }
    }
    if (objects.empty() && family(f.relation) == Family::kDisapprove && e + 1 < s.last &&
        std::find(f.preps.begin(), f.preps.end(), v.low(e)) != f.preps.end()) {
      // "in protest at remarks by Argentine President Javier Milei": the act's actor.
      std::vector<std::size_t> none;
      std::vector<std::size_t> agents = bridge_object(v, s, si, e + 1, none);
      if (!agents.empty() && e + 1 < s.last) {
        std::size_t q = e + 1;
        bool by = false;
        for (; q < s.last && q < e + 8 && !by; ++q) by = v.lowv(q) == "by" || v.lowv(q) == "from";
        if (by) {
          std::vector<std::size_t> subj = actors.empty() ? find_subject(v, s, b) : actors;
          if (!subj.empty()) {
            emit_to_entities(v, s, si, f.relation, subj, agents, f.confidence * 0.8, Attributes(), b);
            return true;
          }
        }
      }
    }
    if (actors.empty() && !objects.empty()) {
      std::size_t after = v.mention(objects.back()).last;
      if (nationals_object(v, s, objects.back(), f)) after = nationals_end(v, s, objects.back());
      if (after + 1 < s.last && v.lowv(after) == "by" && v.mention_at(after + 1) != kNone)
        actors = coordinate(v, v.mention_at(after + 1), s, false);
    }
    if (actors.empty() && !objects.empty()) {
      // "X ... contained a warning for the West": after a support verb the clause subject owns
      // the noun; elsewhere ("following the annexation of ...") the actor is unknown.
      std::size_t q = k;
      while (q > s.first && (v.has("determiner", q - 1) || v.adverb(q - 1))) --q;
      if (q == s.first || !v.has("support", q - 1)) return false;
      actors = find_subject(v, s, q - 1);
      if (actors.empty()) return false;
      Attributes a = attributes(v, s, s.first, b);
      emit(v, s, si, f.relation, actors, objects, f.confidence * 0.8, a, b);
      return true;
    }
    if (actors.empty() || objects.empty()) return false;
    Attributes a;
    if (b > s.first && v.lowv(b - 1) == "no") a.negated = true;
    // "ruled out talks with Pakistan", "called off the summit with Iran": the act is denied.
    {
      std::size_t q = b, gap = 0;
      while (q > s.first && gap < 4 && v.mention_at(q - 1) == kNone && v.doc().clause_of[q - 1] == kNone &&
             v.tok(q - 1).word && !v.tok(q - 1).upper_initial && !v.has("preposition", q - 1))
        --q, ++gap;
      std::size_t c = q > s.first ? v.doc().clause_of[q - 1] : kNone;
      if (c == kNone && q >= s.first + 2 && v.has("particle", q - 1)) c = v.doc().clause_of[q - 2];
      if (c != kNone) {
        std::string lemma;
        lex_.verb_form(v.low(v.doc().clauses[c].verb.head), &lemma);
        if (lex_.has("cancel_verb", lemma)) a.negated = true;
      }
    }
    emit(v, s, si, f.relation, actors, objects, f.confidence, a, b);
    attack_places(v, s, si, f.relation, actors, objects, f.confidence, a, b);
    return true;
  }
  // "an air strike", "the attack": a verb form after a determiner is a noun.
  const bool clause_head = b < v.doc().clause_of.size() && v.doc().clause_of[b] != kNone &&
                           v.doc().clauses[v.doc().clause_of[b]].verb.head == b;
  // ("a statement condemning Israel": the clause layer knows a gerund here is a verb.)
  const bool gerund_head = clause_head && v.low(b).size() > 4 && v.low(b).compare(v.low(b).size() - 3, 3, "ing") == 0 &&
                           b > s.first && v.has("statement_noun", b - 1);
  // (When the clause layer says it heads a verb group — "that condemned", "each accused" — it is one.)
  const bool layer_verb = clause_head && (v.has("relative", b - 1) || v.has("verb_group_adverb", b - 1));
  if (f.kind == TriggerKind::kVerb && b > s.first && !layer_verb && !gerund_head &&
      (v.has("determiner", b - 1) ||
       (b > s.first + 1 && v.has("determiner", b - 2) && v.tok(b - 1).word && !v.tok(b - 1).upper_initial &&
        v.mention_at(b - 1) == kNone)))
    return false;
  // Active verb or light verb.
  // The direct objects the clause layer found for this verb, else the trigger's own object rule.
  std::vector<std::size_t> objects;
  if (m.slot != kNone) objects = coordinate(v, m.slot, s, false);
  else if (m.slot_phrase == kNone && clause_head && f.kind == TriggerKind::kVerb && f.direct_object && e == b + 1 &&
           !v.doc().clauses[v.doc().clause_of[b]].objects.empty())
    objects = v.doc().clauses[v.doc().clause_of[b]].objects;
  else if (m.slot_phrase == kNone) objects = find_object(v, s, e, f, true);
  for (std::size_t& om : objects)
    if (std::size_t pm = occupation_person(v, s, om, f); pm != kNone) om = pm;
  // "condemned his arrest": not aimed at the one arrested (the act is bridged below).
  objects.erase(std::remove_if(objects.begin(), objects.end(),
                               [&](std::size_t om) { return possessor_of_patient_noun(v, s, om); }),
                objects.end());
  if (objects.empty() && m.slot == kNone && m.slot_phrase == kNone && (f.direct_object || !f.preps.empty())) {
    std::size_t q = e;
    if (!f.direct_object && q < s.last && std::find(f.preps.begin(), f.preps.end(), v.low(q)) != f.preps.end()) ++q;
    if (f.direct_object || q > e) objects = included_members(v, s, q);
  }
  if (m.slot_phrase != kNone) {
    std::vector<std::size_t> subjects = find_subject(v, s, b);
    std::vector<std::size_t> actors = subjects.empty() ? std::vector<std::size_t>{} : bridge_object(v, s, si, m.slot_phrase, subjects, nullptr, m.slot_end,
                                                         family(f.relation) == Family::kCooperate);
    if (actors.empty()) return false;
    Attributes a = attributes(v, s, v.mention(subjects.back()).last, b);
    emit_to_entities(v, s, si, f.relation, subjects, actors, f.confidence * 0.8, a, b);
    return true;
  }
  double confidence = f.confidence;
  std::vector<std::size_t> agent_acts;  // act nouns by the object, aimed at the subject (rejects)
  if (objects.empty() && f.kind == TriggerKind::kVerb && e + 1 < s.last && v.lowv(e) == "to" &&
      !v.has("preposition", e + 1) && v.mention_at(e + 1) == kNone && !v.has("determiner", e + 1)) {
    // "offered to work with Washington", "vowed to retaliate against Iran": the object is in
    // the infinitive clause, after a preposition.
    // "threatened to topple the South Sudan government", "threatened to kill the three Japanese":
    // a threat's object is the infinitive's direct object.
    if (f.relation == Relation::kThreatens) {
      std::size_t q = e + 2;
      while (q < s.last && q < e + 5 && v.mention_at(q) == kNone && (v.has("determiner", q) || modifier_word(v, q)) &&
             !v.has("preposition", q))
        ++q;
      if (q < s.last && v.mention_at(q) != kNone &&
          (argument(v.mention(v.mention_at(q))) || v.mention(v.mention_at(q)).kind == MentionKind::kDemonym) &&
          actor_type(v.type(v.mention_at(q)))) {
        objects = coordinate(v, v.mention_at(q), s, false);
        confidence *= 0.8;
        // ("threatened to pull Argentina out of Mercosur": whom it is aimed at comes after "of")
        for (std::size_t r = v.mention(objects.back()).last; r + 1 < s.last && r < q + 8; ++r) {
          if (is_punct_stop(v.tok(r)) || v.tok(r).text == "," || v.has("clause_break", r)) break;
          if ((v.lowv(r) == "of" || v.lowv(r) == "from") && v.mention_at(r + 1) != kNone &&
              argument(v.mention(v.mention_at(r + 1))) && actor_type(v.type(v.mention_at(r + 1)))) {
            objects = coordinate(v, v.mention_at(r + 1), s, false);
            break;
          }
        }
      }
    }
    for (std::size_t q = e + 2; objects.empty() && q + 1 < s.last && q < e + 8; ++q) {
      if (is_punct_stop(v.tok(q)) || v.tok(q).text == "," || v.has("clause_break", q)) break;
      if ((v.lowv(q) == "with" || v.lowv(q) == "against" || v.lowv(q) == "on" || v.lowv(q) == "to") &&
          v.mention_at(q + 1) != kNone && argument(v.mention(v.mention_at(q + 1)))) {
        objects = coordinate(v, v.mention_at(q + 1), s, false);
        confidence *= 0.8;
        break;
      }
    }
  }
  if (objects.empty() && e + 1 < s.last && v.lowv(e) == "that" &&
      (f.relation == Relation::kDemands || f.relation == Relation::kUrges)) {
    // "demanded that the EU hand over ...": the subject of the clause is asked to act.
    std::size_t q = e + 1;
    if (v.lowv(q) == "the" && v.mention_at(q) == kNone) ++q;
    if (q < s.last && v.mention_at(q) != kNone && v.mention(v.mention_at(q)).first == q &&
        argument(v.mention(v.mention_at(q))))
      objects = coordinate(v, v.mention_at(q), s, false);
  }
  // "insisted that the court is independent", "insists Britain was neutral": a finite "be" after
  // the object states a fact; nobody is asked to act ("insisted that troops be withdrawn" is a
  // demand: the subjunctive "be").
  if ((f.relation == Relation::kDemands || f.relation == Relation::kUrges) && !objects.empty()) {
    const std::size_t after = v.mention(objects.back()).last;
    if (after < s.last && v.has("be", after) && v.tok(after).text != "'s" && v.lowv(after) != "be" &&
        !(after + 1 < s.last && (v.lex().verb_form(v.low(after + 1)) & kParticipleForm)))
      return false;
  }
  bool gerund_form = v.low(b).size() > 4 && v.low(b).compare(v.low(b).size() - 3, 3, "ing") == 0;
  if (objects.empty() && f.direct_object && f.kind == TriggerKind::kVerb && !gerund_form &&
      (family(f.relation) == Family::kDisapprove || f.relation == Relation::kRejects)) {
    // "condemned the attack by Israel", "denounced the \"manoeuvres\" by the coast guard": the
    // agent inside the object names whom the act is aimed at.
    if (f.relation != Relation::kRejects) agent_acts.clear();
    bool quoted = false;
    for (std::size_t q = e; q + 1 < s.last && q < e + 16; ++q) {
      const Token& t = v.tok(q);
      if (t.text == "\"") quoted = !quoted;
      if (is_punct_stop(t) || (t.text == "," && !quoted) || v.has("clause_break", q)) break;
      if (v.mention_at(q) != kNone) break;
      if (v.lowv(q) == "by") {
        std::size_t k = q + 1;
        if (k + 1 < s.last && v.lowv(k) == "the" && v.mention_at(k) == kNone) ++k;
        std::size_t am = v.mention_at(k);
        if (am != kNone && named(v.mention(am))) {
          objects = coordinate(v, am, s, false);
          confidence *= 0.8;
          // "brushed off stern warnings by China": the acts rejected were aimed at the subject.
          for (std::size_t t = e; t < q; ++t)
            if (v.mention_at(t) == kNone) agent_acts.push_back(t);
        }
        break;
      }
    }
  }
  if (objects.empty() && e + 2 < s.last && v.lowv(e) == "to" && v.has("promise_verb", b)) {
    // "vowed to keep funding Kyiv": what is promised is aimed at the infinitive's object.
    for (std::size_t q = e + 1; q < s.last && q < e + 6; ++q) {
      if (is_punct_stop(v.tok(q)) || v.tok(q).text == ",") break;
      std::size_t om = v.mention_at(q);
      if (om != kNone) {
        if (named(v.mention(om))) objects = coordinate(v, om, s, false);
        break;
      }
    }
    confidence *= 0.8;
  }
  if (objects.empty() && f.kind == TriggerKind::kLight && f.relation == Relation::kThreatens && e > b &&
      v.has("revenge_noun", e - 1)) {
    // "Iran vowed harsh revenge after the US killed Soleimani": the act's actor, in an after/for
    // clause of the sentence, else the latest attack of this or the previous sentence.
    std::vector<std::size_t> subjects = find_subject(v, s, b);
    std::vector<std::size_t> targets;
    for (std::size_t q = e; q < s.last && q < e + 4 && targets.empty(); ++q) {
      if (v.lowv(q) != "after" && v.lowv(q) != "for" && v.lowv(q) != "over") continue;
      std::size_t c = kNone;
      for (std::size_t t = q + 1; t < s.last && t < q + 8 && c == kNone; ++t)
        if (v.doc().clause_of[t] != kNone) c = v.doc().clause_of[t];
      if (c != kNone && v.doc().clauses[c].verb.first > q)
        for (std::size_t m : v.doc().clauses[c].subjects)
          for (std::size_t en : v.mention(m).entities) targets.push_back(en);
    }
    if (targets.empty()) {
      const Document& doc = v.doc();
      const std::size_t from = doc.sentences[si >= 1 ? si - 1 : 0].first;
      for (std::size_t t = b; t-- > from && targets.empty();) {
        if (t >= doc.event_at.size() || doc.event_at[t] == kNone) continue;
        const EventMention& ev = doc.events[doc.event_at[t]];
        if (!ev.from_fact) continue;
        bool fight = false;
        for (Relation r : word_relations(lex_, ev.lemma)) fight = fight || family(r) == Family::kFight;
        if (fight) targets = ev.agents;
      }
    }
    if (!subjects.empty() && !targets.empty()) {
      Attributes a = attributes(v, s, v.mention(subjects.back()).last, b);
      emit_to_entities(v, s, si, f.relation, subjects, targets, confidence * 0.8, a, b);
      return true;
    }
  }
  if (objects.empty() && f.relation == Relation::kThreatens) {
    // "threatened to double the levies if it retaliated", "should either country strike back":
    // a threat is aimed at whoever its condition names.
    for (std::size_t q = e; q + 1 < s.last && q < e + 14 && objects.empty(); ++q) {
      if (is_punct_stop(v.tok(q))) break;
      if (!v.has("condition_word", q)) continue;
      std::size_t k2 = q + 1;
      if (k2 < s.last && v.lowv(k2) == "the" && v.mention_at(k2) == kNone) ++k2;
      std::size_t cm = v.mention_at(k2);
      if (cm != kNone && argument(v.mention(cm)) && v.mention(cm).first == k2) objects = coordinate(v, cm, s, false);
    }
  }
  if (objects.empty() && clause_head && f.direct_object) {
    // "Belarus, which the bloc accuses of ...": in an object relative the antecedent is the object.
    const Clause& c = v.doc().clauses[v.doc().clause_of[b]];
    if (c.kind == ClauseKind::kRelative && !c.inherited && !c.subjects.empty()) {
      std::size_t f0 = v.mention(c.subjects.front()).first;
      std::size_t a = f0 > s.first ? f0 - 1 : f0;  // the relative pronoun
      if (a > s.first && v.has("relative", a) && v.lowv(a) != "that") {
        std::size_t q = a;
        while (q > s.first && v.tok(q - 1).text == ",") --q;
        std::size_t am = q > s.first ? v.mention_at(q - 1) : kNone;
        if (am != kNone && named(v.mention(am)) && v.mention(am).last == q) objects = {am};
      }
    }
  }
  if (objects.empty() && (f.relation == Relation::kRejects || f.relation == Relation::kOpposes) && e + 2 < s.last &&
      v.lowv(e) == "to" && lex_.has("acceptance_verb", v.low(e + 1))) {
    // "refused to recognise the new government", "declined to accept that ruling": the
    // infinitive's object, named or an act.
    std::size_t q = e + 2;
    while (q < s.last && v.mention_at(q) == kNone && v.has("determiner", q)) ++q;
    std::vector<std::size_t> subjects = find_subject(v, s, b);
    if (!subjects.empty()) {
      Attributes a = attributes(v, s, v.mention(subjects.back()).last, b);
      if (q < s.last && v.mention_at(q) != kNone && v.mention(v.mention_at(q)).first == q &&
          argument(v.mention(v.mention_at(q)))) {
        emit(v, s, si, f.relation, subjects, coordinate(v, v.mention_at(q), s, false), confidence * 0.9, a, b);
        return true;
      }
      std::vector<std::size_t> actors = bridge_object(v, s, si, e + 2, subjects);
      if (!actors.empty()) {
        emit_to_entities(v, s, si, f.relation, subjects, actors, confidence * 0.8, a, b);
        return true;
      }
    }
  }
  if (objects.empty() && f.relation == Relation::kDemands && f.direct_object && e + 1 < s.last) {
    // "China demands Indian withdrawal", "demanded Israel's withdrawal": the state whose act is
    // demanded, named by a demonym or a possessor right before the act noun.
    std::size_t q = e;
    if (v.has("determiner", q) && v.mention_at(q) == kNone) ++q;
    const std::size_t dm = q < s.last ? v.mention_at(q) : kNone;
    if (dm != kNone && v.mention(dm).first == q && v.type(dm) == EntityType::kCountry) {
      std::size_t n = v.mention(dm).last;
      const bool possessor = v.mention(dm).kind != MentionKind::kDemonym && n < s.last && v.tok(n).text == "'s";
      if (possessor) ++n;
      if ((possessor || v.mention(dm).kind == MentionKind::kDemonym) && n < s.last && v.mention_at(n) == kNone &&
          lower_noun(v, n) && (lex_.triggers(v.low(n)) != nullptr || lex_.has("event_anaphor", v.low(n))))
        objects = {dm};
    }
  }
  if (objects.empty() && (f.direct_object || f.kind == TriggerKind::kLight) && !gerund_form &&
      lex_.has("bridge_relation", kg::name(f.relation))) {
    std::vector<std::size_t> subjects = find_subject(v, s, b);
    std::vector<std::size_t> heads;
    std::vector<std::size_t> actors =
        subjects.empty() ? std::vector<std::size_t>{}
                         : bridge_object(v, s, si, e, subjects, &heads, kNone, family(f.relation) == Family::kCooperate);
    if (!actors.empty()) {
      Attributes a = attributes(v, s, v.mention(subjects.back()).last, b);
      emit_to_entities(v, s, si, f.relation, subjects, actors, confidence * 0.8, a, b);
      // "shrugged off criticism and sanctions from the UN and France", "welcomed support from
      // Japan": each act noun is the agents' act toward the subject.
      if (f.relation != Relation::kRejects && f.relation != Relation::kPraises) heads.clear();
      for (std::size_t h : heads) {
        const auto* forms = lex_.triggers(v.low(h));
        if (!forms) continue;
        for (const TriggerForm& nf : *forms) {
          if (nf.kind != TriggerKind::kNoun || nf.words.size() != 1 || family(nf.relation) == Family::kStructure) continue;
          // Releases, expulsions, visits and the like name their own patient, not the speaker.
          if (kRelations[static_cast<std::size_t>(nf.relation)].extended) continue;
          for (std::size_t ae : actors)
            for (std::size_t sm : subjects)
              for (std::size_t se : v.mention(sm).entities) {
                if (ae == se) continue;
                ExtractedFact fact;
                fact.subject = ae;
                fact.object = se;
                fact.relation = nf.relation;
                fact.confidence = nf.confidence * 0.8;
                fact.sentence = si;
                fact.trigger = h;
                fact.time = time_of(v, s, h);
                fact.date = resolve_date(fact.time, v.doc().date);
                v.doc().facts.push_back(fact);
              }
          break;
        }
      }
      return true;
    }
  }
  if (objects.empty()) {
    // "accused each other", "committed to refrain from threatening each other": a coordinated
    // subject, each party toward the other.
    std::size_t recip = kNone;
    for (std::size_t q = e; q + 1 < s.last && q < e + 10; ++q) {
      if (is_punct_stop(v.tok(q)) || v.tok(q).text == "," || v.mention_at(q) != kNone) break;
      if ((v.lowv(q) == "each" && v.lowv(q + 1) == "other") || (v.lowv(q) == "one" && v.lowv(q + 1) == "another")) {
        recip = q;
        break;
      }
      if (q > e && !(v.has("promise_verb", b) || family(f.relation) == Family::kCooperate)) break;
    }
    // "India and Pakistan traded accusations", "exchanged fire": each toward the other.
    if (recip == kNone && f.kind == TriggerKind::kLight && v.has("reciprocal_verb", b)) recip = e;
    // "South Korea and the United States held joint drills": cooperation without a named partner
    // is between the parties of the subject.
    if (recip == kNone && f.relation == Relation::kCooperatesWith) recip = e;
    if (recip != kNone) {
      std::vector<std::size_t> group = find_subject(v, s, b);
      std::size_t parties = 0;
      for (std::size_t m : group) parties += v.mention(m).entities.size();
      if (parties >= 2) {
        Attributes a = attributes(v, s, v.mention(group.back()).last, b);
        // Every party toward every other, a plural mention ("the countries") counting as its parts.
        std::vector<std::size_t> ents;
        for (std::size_t m : group)
          for (std::size_t en : v.mention(m).entities)
            if (std::find(ents.begin(), ents.end(), en) == ents.end()) ents.push_back(en);
        for (std::size_t xe : ents)
          for (std::size_t ye : ents)
            if (xe != ye) emit_entity_pair(v, s, si, f.relation, xe, ye, confidence * (recip == e ? 0.85 : 0.7), a, b);
        return true;
      }
    }
  }
  if (objects.empty() && is_symmetric(f.relation)) {
    // "Iran and Saudi Arabia agreed to ...", "Putin and Xi held talks": each with the other.
    std::vector<std::size_t> group = find_subject(v, s, b);
    if (group.size() < 2) return false;
    for (std::size_t q = v.mention(group.back()).last; q < b; ++q)
      if (!(v.has("auxiliary", q) || v.adverb(q) || v.has("hedge", q) || v.has("future", q) ||
            v.lowv(q) == "also" || v.lowv(q) == "finally"))
        return false;
    Attributes a = attributes(v, s, v.mention(group.back()).last, b);
    for (std::size_t x = 0; x < group.size(); ++x)
      for (std::size_t y = x + 1; y < group.size(); ++y)
        emit(v, s, si, f.relation, {group[x]}, {group[y]}, confidence * 0.8, a, b);
    return true;
  }
  // "Turkey withdrew its ambassador", "Armenia massed troops along the border": the object is
  // the other state of the affair.
  if (objects.empty() && ((f.relation == Relation::kMobilizes && e < s.last && unnamed_border_at(v, s, e)) ||
                          (f.relation == Relation::kWithdrawsFrom && own_envoy_recalled(v, s, b, e, f)))) {
    const std::vector<std::size_t> subjects = find_subject(v, s, b);
    const std::size_t other = subjects.empty() ? kNone : counterpart(v, s, si, subjects);
    if (other == kNone) return false;
    emit_to_entities(v, s, si, f.relation, subjects, {other}, confidence * 0.7,
                     attributes(v, s, v.mention(subjects.back()).last, b), b);
    return true;
  }
  if (objects.empty()) return false;
  if (family(f.relation) == Family::kStructure && b > s.first && v.lowv(b - 1) == "to") return true;
  std::vector<std::size_t> subjects = find_subject(v, s, b);
  if (subjects.empty() && f.relation == Relation::kProtests) {
    // "Thousands of Turks protested against Israel": the people protest, as a group of their
    // own, not their state (whose protest would be diplomatic).
    std::size_t q = b;
    while (q > s.first && (v.adverb(q - 1) || v.has("auxiliary", q - 1) || v.has("modal", q - 1))) --q;
    std::size_t dm = q > s.first ? v.mention_at(q - 1) : kNone;
    if (dm != kNone && v.mention(dm).kind == MentionKind::kDemonym && v.mention(dm).last == q) {
      const std::string_view word = v.lowv(q - 1);
      if (word.size() > 2 && word.back() == 's' && word[word.size() - 2] != 's') {
        Document& doc = v.doc();
        const std::string label(doc.span(v.mention(dm).first, v.mention(dm).last));
        std::size_t ge = kNone;
        for (std::size_t x = 0; x < doc.entities.size() && ge == kNone; ++x)
          if (doc.entities[x].label == label && doc.entities[x].type == EntityType::kGroup) ge = x;
        if (ge == kNone) {
          DocEntity g;
          g.label = label;
          g.type = EntityType::kGroup;
          g.aliases = {label};
          doc.entities.push_back(g);
          ge = doc.entities.size() - 1;
        }
        Attributes a = attributes(v, s, q, b);
        for (std::size_t om : objects)
          for (std::size_t oe : v.mention(om).entities) push_fact(v, s, si, f.relation, ge, oe, f.confidence * 0.9, a, b);
        return true;
      }
    }
  }
  if (subjects.empty() && lex_.has("agentless_relation", kg::name(f.relation))) {
    // "Police arrested Roman Protasevich after the plane landed in Minsk": police or authorities
    // that name no country act for the state of the one place the sentence puts them in.
    std::size_t q = b;
    while (q > s.first && (v.adverb(q - 1) || v.has("auxiliary", q - 1) || v.has("modal", q - 1))) --q;
    const std::size_t inst = q > s.first ? q - 1 : kNone;
    if (inst != kNone && v.has("local_institution", inst) && v.mention_at(inst) == kNone &&
        (inst == s.first || v.has("determiner", inst - 1) || v.tok(inst - 1).text == "," || !v.tok(inst - 1).word)) {
      const std::size_t state = state_of_place_named(v, s);
      if (state == kNone) return false;
      const Attributes a = attributes(v, s, q, b);
      bool any = false;
      for (std::size_t om : objects)
        for (std::size_t oe : v.mention(om).entities) any = push_fact(v, s, si, f.relation, state, oe, confidence * 0.7, a, b) || any;
      return any;
    }
  }
  if (subjects.empty()) return false;
  // "The league suspended Syria. Syria, Lebanon and Yemen voted against it": an object "it" that
  // coreference gave to one of the subjects names the latest act instead (an object pronoun is
  // never its own verb's subject).
  if (objects.size() == 1 && v.mention(objects[0]).kind == MentionKind::kPronoun && v.lowv(v.mention(objects[0]).first) == "it" &&
      lex_.has("bridge_relation", kg::name(f.relation))) {
    bool own = false;
    for (std::size_t sm : subjects)
      for (std::size_t se : v.mention(sm).entities)
        for (std::size_t oe : v.mention(objects[0]).entities) own = own || se == oe;
    if (own) {
      const std::vector<std::size_t> actors = latest_act_agents(v, si, v.mention(objects[0]).first, subjects);
      if (!actors.empty())
        emit_to_entities(v, s, si, f.relation, subjects, actors, confidence * 0.7,
                         attributes(v, s, v.mention(subjects.back()).last, b), b);
      return true;
    }
  }
  // "Spanish troops landed on the island", "Russian forces massed near X": a verb of motion is a
  // mobilisation when troops move, and only then ("Blinken landed in Beijing" is a visit).
  if (std::string lemma; f.kind == TriggerKind::kVerb && (lex_.verb_form(v.low(b), &lemma), lex_.has("troop_motion_verb", lemma))) {
    bool military = true;
    for (std::size_t m : subjects)
      military = military && v.mention(m).kind == MentionKind::kActorPhrase && v.has("military_noun", v.mention(m).last - 1);
    if (military != (f.relation == Relation::kMobilizes)) return false;
  }
  Attributes a = attributes(v, s, v.mention(subjects.back()).last, b);
  // "posed no threat to", "had no objection to": a negation inside a light verb.
  // (Not a negation the expression itself contains: "called the envoy no longer welcome".)
  if (f.kind == TriggerKind::kLight)
    for (std::size_t q = b + 1; q < e; ++q)
      if (v.has("negation", q) && std::find(f.words.begin(), f.words.end(), v.low(q)) == f.words.end()) a.negated = true;
  Relation r = f.relation;
  // "hit back at the United States with tariffs": the instrument makes it a sanction.
  for (std::size_t q = v.mention(objects.back()).last; q + 1 < s.last && q < v.mention(objects.back()).last + 4; ++q) {
    if (v.lowv(q) != "with") continue;
    for (std::size_t t = q + 1; t < s.last && t < q + 4; ++t)
      if (v.has("instrument", t)) r = Relation::kSanctions;
    break;
  }
  emit(v, s, si, r, subjects, objects, confidence, a, b);
  punished_for(v, s, si, r, subjects, objects, confidence, a, b);
  attack_places(v, s, si, r, subjects, objects, confidence, a, b);
  for (std::size_t t : agent_acts) {
    const auto* forms = lex_.triggers(v.low(t));
    if (!forms) continue;
    for (const TriggerForm& nf : *forms)
      if (nf.kind == TriggerKind::kNoun && nf.words.size() == 1 && family(nf.relation) != Family::kStructure &&
          !kRelations[static_cast<std::size_t>(nf.relation)].extended) {
        emit(v, s, si, nf.relation, objects, subjects, nf.confidence * 0.8, Attributes(), t);
        break;
      }
  }
  return true;
}

// "the Iran-backed Houthi movement", "Russian-occupied Crimea": an actor joined by a hyphen
// to a participle trigger, before the object.
void compound(SentenceView& v, const Sentence& s, std::size_t si, std::size_t m) {
  const Mention& cm = v.mention(m);
  if (cm.kind != MentionKind::kDemonym || cm.last != cm.first + 1) return;
  const std::string& w = v.low(cm.first);
  std::size_t dash = w.rfind('-');
  if (dash == std::string::npos) return;
  const auto* forms = v.lex().triggers(w.substr(dash + 1));
  if (!forms) return;
  for (const TriggerForm& f : *forms) {
    if (f.kind != TriggerKind::kVerb || !f.participle || f.words.size() != 1) continue;
    std::size_t k = cm.last;
    while (k < s.last && k < cm.last + 3 && v.mention_at(k) == kNone && modifier_word(v, k)) ++k;
    if (k >= s.last || v.mention_at(k) == kNone || !named(v.mention(v.mention_at(k)))) return;
    emit(v, s, si, f.relation, {m}, {v.mention_at(k)}, f.confidence * 0.9, Attributes(), cm.first);
    return;
  }
}

// "called Taiwan an important friend", "branded Kamikawa's statement a serious interference",
// "describing the vote as a testament to Taiwan's democracy": the tone of the label gives
// praises or criticizes; the object is the labelled name, or the name inside the label.
void label_frame(SentenceView& v, const Sentence& s, std::size_t si, std::size_t b) {
  if (!v.has("label_verb", b) || b + 2 >= s.last) return;
  std::size_t k = b + 1;
  // "called in", "called on", "called for" are other verbs; "called it" is a label only when a
  // label follows ("called it a provocation", not "called it quits").
  if (v.has("preposition", k) || v.lowv(k) == "up" || v.lowv(k) == "off") return;
  if (v.lowv(k) == "it" && !(k + 1 < s.last && (v.tok(k + 1).text == "\"" || v.has("determiner", k + 1) ||
                                                v.has("blame_word", k + 1) || v.has("praise_word", k + 1) || v.adverb(k + 1))))
    return;
  // "what he called an important message": the label is about "what", not a name.
  for (std::size_t q = b; q > s.first && q + 3 > b; --q)
    if (v.lowv(q - 1) == "what" || v.lowv(q - 1) == "which") return;
  std::size_t slot = kNone;
  std::size_t end = std::min(s.last, b + 14);
  int tone = 0;
  bool quoted = false;
  std::size_t inner = kNone;
  for (std::size_t q = k; q < end; ++q) {
    const Token& t = v.tok(q);
    if (t.text == "\"") quoted = !quoted;
    // "called his counterpart, Lula, a corrupt communist": an apposition's commas are no stop.
    bool apposition = t.text == "," && q + 1 < end && v.mention_at(q + 1) != kNone &&
                      v.mention(v.mention_at(q + 1)).first == q + 1 && v.type(v.mention_at(q + 1)) == EntityType::kPerson;
    bool closing = t.text == "," && q > k && v.mention_at(q - 1) != kNone && slot == v.mention_at(q - 1);
    if (!apposition && !closing &&
        (is_punct_stop(t) || (!quoted && t.text == "," && q > k + 1) || v.has("clause_break", q))) {
      if (v.lowv(q) != "as") break;
    }
    std::size_t m = v.mention_at(q);
    if (m != kNone) {
      if (slot == kNone && tone == 0 && named(v.mention(m)) && inner == kNone) slot = m;
      else if (inner == kNone && named(v.mention(m))) inner = m;
      q = v.mention(m).last - 1;
      continue;
    }
    if (v.has("praise_word", q)) tone = tone == 0 ? 1 : tone;
    if (v.has("blame_word", q)) tone = -1;
  }
  if (tone == 0) return;
  std::size_t object = slot != kNone ? slot : inner;
  std::vector<std::size_t> subjects = find_subject(v, s, b);
  if (subjects.empty()) return;
  if (object == kNone) {
    // "calling the strike a cowardly crime": the label is aimed at the act's actor; the act's
    // phrase ends where the label begins (a quote or a second article).
    std::size_t label = k + 1;
    while (label < end && v.tok(label).text != "\"" && !v.has("determiner", label) && !v.has("blame_word", label) &&
           !v.has("praise_word", label))
      ++label;
    std::vector<std::size_t> actors = bridge_object(v, s, si, k, subjects, nullptr, label);
    if (actors.empty()) return;
    Attributes a = attributes(v, s, v.mention(subjects.back()).last, b);
    emit_to_entities(v, s, si, tone > 0 ? Relation::kPraises : Relation::kCriticizes, subjects, actors, 0.5, a, b);
    return;
  }
  Attributes a = attributes(v, s, v.mention(subjects.back()).last, b);
  emit(v, s, si, tone > 0 ? Relation::kPraises : Relation::kCriticizes, subjects, {object}, 0.6, a, b);
}

// "Morocco said Algeria's decision was 'completely unjustified'", "Kenya said the Ugandan move
// was regrettable": a reported judgement of an actor (or of its act) is the speaker's praise or
// criticism of that actor. Reads: speech verb, optional "that", a short noun phrase, a form of
// "be", then within a few words a praise or blame word.
void evaluation_frame(SentenceView& v, const Sentence& s, std::size_t si, std::size_t b) {
  if (!(v.has("speech", b) || v.has("belief_verb", b)) || b + 3 >= s.last) return;
  std::size_t k = b + 1;
  if (v.lowv(k) == "that") ++k;
  // "told a news conference that", "told reporters that": past the hearer to the clause.
  else
    for (std::size_t q = k; q + 1 < s.last && q < k + 5; ++q) {
      if (is_punct_stop(v.tok(q)) || v.tok(q).text == "," || v.has("be", q)) break;
      if (v.lowv(q) == "that" && q > k) {
        k = q + 1;
        break;
      }
    }
  // "said it was highly likely that Russia was behind the attack": past the hedge to its clause.
  bool hedged = false;
  if (k + 3 < s.last && v.lowv(k) == "it" && v.has("be", k + 1)) {
    std::size_t q = k + 2;
    while (q < s.last && q < k + 6 && v.lowv(q) != "that") ++q;
    if (q + 1 < s.last && v.lowv(q) == "that") {
      k = q + 1;
      hedged = true;
    }
  }
  const std::size_t np = k;
  std::size_t object = kNone, be = kNone;
  for (std::size_t q = k; q < s.last && q < k + 10; ++q) {
    if (v.has("be", q) && v.tok(q).text != "'s") {  // ("Y's decision" is a possessive)
      be = q;
      break;
    }
    const std::size_t m = v.mention_at(q);
    if (m != kNone) {
      if (object == kNone && (named(v.mention(m)) || v.mention(m).kind == MentionKind::kDemonym ||
                              v.mention(m).kind == MentionKind::kDescription))
        object = m;
      q = v.mention(m).last - 1;
      continue;
    }
    const Token& t = v.tok(q);
    if (!t.word && t.text != "'s" && t.text != "'") return;
    if (v.has("clause_break", q) || v.has("preposition", q) || (v.lex().verb_form(v.low(q)) & (kPastForm | kThirdForm) && !lower_noun(v, q))) return;
  }
  if (be == kNone || be == np) return;
  int tone = 0;
  for (std::size_t q = be + 1; q < s.last && q < be + 6; ++q) {
    if (is_punct_stop(v.tok(q)) || (v.tok(q).text == "," && q > be + 1)) break;
    if (v.has("negation", q)) return;
    // "Russia was behind the attack", "X is responsible for the deaths": an accusation.
    if (v.has("culpability_word", q)) { tone = -2; break; }
    if (v.has("blame_word", q)) { tone = -1; break; }
    if (v.has("praise_word", q)) { tone = 1; break; }
    // "was threatened by terrorist aggression": a judgement after a preposition is of someone else.
    if (v.has("preposition", q)) break;
  }
  if (tone == 0) return;
  std::vector<std::size_t> subjects = find_subject(v, s, b);
  if (subjects.empty()) return;
  const Relation r = tone > 0 ? Relation::kPraises : tone == -2 ? Relation::kAccuses : Relation::kCriticizes;
  Attributes a = attributes(v, s, v.mention(subjects.back()).last, b);
  if (hedged && a.modality == Modality::kAsserted) a.modality = Modality::kHedged;
  if (object != kNone && v.mention(object).kind != MentionKind::kDemonym) {
    emit(v, s, si, r, subjects, named(v.mention(object)) ? coordinate(v, object, s, false) : std::vector<std::size_t>{object},
         0.55, a, b);
  } else if (object != kNone) {
    emit_to_entities(v, s, si, r, subjects, v.mention(object).entities, 0.5, a, b);
  } else {
    std::vector<std::size_t> actors = bridge_object(v, s, si, np, subjects, nullptr, be);
    if (!actors.empty()) emit_to_entities(v, s, si, r, subjects, actors, 0.45, a, b);
  }
}

// "Gershkovich, who was in a Russian prison for 16 months", "remains in Iranian custody",
// "spent five years in a Chinese jail": being held in a state's prison (a demonym and a
// *custody_noun* after "in") is that state's arrest of the clause's subject, when the verb is
// one of being there (*custody_verb*), not of visiting it.
void custody_frame(SentenceView& v, const Sentence& s, std::size_t si, std::size_t k) {
  if (!v.has("custody_noun", k) || k < s.first + 2) return;
  std::size_t state = kNone, in = kNone;
  const std::size_t dm = v.mention_at(k - 1);
  if (dm != kNone && v.mention(dm).kind == MentionKind::kDemonym && v.mention(dm).last == k &&
      v.mention(dm).entities.size() == 1 && v.type(dm) == EntityType::kCountry) {
    state = v.mention(dm).entities.front();
    in = v.mention(dm).first - 1;
    if (in > s.first && v.has("determiner", in) && v.mention_at(in) == kNone) --in;
    if (in < s.first || v.lowv(in) != "in") return;
  } else if (v.lowv(k - 1) == "under" || v.lowv(k - 1) == "in") {
    // "were under arrest in Equatorial Guinea", "remains in custody in Iran": the place after it.
    in = k - 1;
    for (std::size_t q = k + 1; q + 1 < s.last && q < k + 8 && state == kNone; ++q) {
      if (is_punct_stop(v.tok(q)) || v.tok(q).text == "," || v.has("clause_break", q)) break;
      if (v.lowv(q) != "in") continue;
      std::size_t pk = q + 1;
      if (v.lowv(pk) == "the" && pk + 1 < s.last && v.mention_at(pk) == kNone) ++pk;
      const std::size_t pm = v.mention_at(pk);
      if (pm == kNone || v.mention(pm).entities.size() != 1) break;
      state = state_of(v, v.mention(pm).entities.front());
      break;
    }
  }
  if (state == kNone || in == kNone) return;
  const Document& doc = v.doc();
  std::size_t c = kNone;
  for (std::size_t q = in; q-- > s.first && q + 8 > in;) {
    if (doc.clause_of[q] != kNone) {
      c = doc.clause_of[q];
      break;
    }
    if (v.tok(q).text == "," || v.has("clause_break", q) || is_punct_stop(v.tok(q))) return;
  }
  if (c == kNone || doc.clauses[c].verb.negated) return;
  std::string lemma;
  v.lex().verb_form(v.low(doc.clauses[c].verb.head), &lemma);
  const std::size_t vh = doc.clauses[c].verb.head;
  if (!v.has("be", vh) && !v.has("auxiliary", vh) && !v.lex().has("custody_verb", lemma)) return;
  std::vector<std::size_t> held;
  for (std::size_t m : doc.clauses[c].subjects)
    if (v.type(m) == EntityType::kPerson) held.push_back(m);
  if (held.empty()) return;
  const Attributes a = attributes(v, s, s.first, doc.clauses[c].verb.head);
  for (std::size_t m : held)
    for (std::size_t pe : v.mention(m).entities)
      push_fact(v, s, si, Relation::kArrests, state, pe, 0.6, a, k);
}

// "seized the town, drawing condemnation from the UN and Britain", "The move drew sharp criticism
// from Washington", "sparked protests from students": a reaction noun's "from" phrase names who
// reacts, and the reaction is aimed at the subject of the clause (or at the actor of the act
// its subject names).
void reaction_frame(SentenceView& v, const Sentence& s, std::size_t si, std::size_t b) {
  if (!v.has("reaction_verb", b)) return;
  std::size_t k = b + 1;
  for (std::size_t gap = 0; k < s.last && gap < 3 && v.mention_at(k) == kNone && !v.lex().triggers(v.low(k)) &&
                            v.tok(k).word && !v.tok(k).upper_initial && !v.has("preposition", k);
       ++k, ++gap) {
  }
  if (k + 2 >= s.last || v.mention_at(k) != kNone) return;
  const auto* forms = v.lex().triggers(v.low(k));
  if (!forms) return;
  std::optional<Relation> r;
  for (const TriggerForm& f : *forms)
    if (f.kind == TriggerKind::kNoun && f.words.size() == 1 &&
        (family(f.relation) == Family::kDisapprove || f.relation == Relation::kPraises))
      r = f.relation;
  if (!r || v.lowv(k + 1) != "from") return;
  std::size_t ak = k + 2;
  if (v.lowv(ak) == "the" && ak + 1 < s.last && v.mention_at(ak) == kNone) ++ak;
  const std::size_t am = v.mention_at(ak);
  if (am == kNone || !named(v.mention(am)) || !actor_type(v.type(am))) return;
  const std::vector<std::size_t> reacting = coordinate(v, am, s, false);
  const Document& doc = v.doc();
  std::vector<std::size_t> targets;
  if (b < doc.clause_of.size() && doc.clause_of[b] != kNone) targets = doc.clauses[doc.clause_of[b]].subjects;
  const Attributes a = attributes(v, s, s.first, b);
  if (!targets.empty()) {
    emit(v, s, si, *r, reacting, targets, 0.6, a, k);
    return;
  }
  // "The move drew ...": the act the subject names.
  std::size_t from = b;
  while (from > s.first && from + 4 > b && v.mention_at(from - 1) == kNone && v.tok(from - 1).word &&
         !v.has("clause_break", from - 1) && !v.has("preposition", from - 1))
    --from;
  if (from < b && v.has("determiner", from)) ++from;  // ("The move": the article opens the sentence)
  std::vector<std::size_t> actors = bridge_object(v, s, si, from, reacting, nullptr, b);
  if (!actors.empty()) emit_to_entities(v, s, si, *r, reacting, actors, 0.5, a, k);
}

void RelationStage::process(Document& doc) const {
  SentenceView v(doc, lex_);
  doc.events.clear();
  doc.event_at.assign(doc.tokens.size(), kNone);
  // Acts that later sentences may refer to: every clause with a subject ("North Korea launched
  // a missile"), and possessor or demonym + act noun ("North Korea's missile launch").
  for (const Clause& c : doc.clauses) {
    std::vector<std::size_t> agents;
    for (std::size_t m : c.subjects)
      for (std::size_t e : doc.mentions[m].entities) agents.push_back(e);
    if (c.verb.voice == Voice::kActive && !c.verb.negated) record_event(v, c.verb.head, c.sentence, agents, false);
  }
  for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    for (std::size_t k = s.first + 1; k < s.last; ++k) {
      if (v.mention_at(k) != kNone || !v.tok(k).word || v.tok(k).upper_initial || doc.clause_of[k] != kNone) continue;
      if (!lex_.triggers(v.low(k)) && !(lex_.verb_form(v.low(k)) & (kBaseForm | kThirdForm))) continue;
      std::size_t q = k, gap = 0;
      while (q > s.first && gap < 2 && v.mention_at(q - 1) == kNone && v.tok(q - 1).word && !v.tok(q - 1).upper_initial &&
             !v.has("determiner", q - 1) && !v.has("preposition", q - 1) && !v.has("clause_break", q - 1))
        --q, ++gap;
      std::size_t am = kNone;
      if (q >= s.first + 2 && v.lowv(q - 1) == "'s" && v.mention_at(q - 2) != kNone) am = v.mention_at(q - 2);
      else if (q > s.first && v.mention_at(q - 1) != kNone && v.mention(v.mention_at(q - 1)).kind == MentionKind::kDemonym)
        am = v.mention_at(q - 1);
      if (am == kNone || v.mention(am).modifier || !actor_type(v.type(am))) continue;
      record_event(v, k, si, v.mention(am).entities, false);
    }
  }
  for (std::size_t m = 0; m < doc.mentions.size(); ++m) {
    std::size_t si = doc.tokens[doc.mentions[m].first].sentence;
    compound(v, doc.sentences[si], si, m);
  }
  for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    std::size_t i = s.first;
    for (std::size_t k = s.first; k < s.last; ++k)
      if (v.mention_at(k) == kNone) {
        label_frame(v, s, si, k);
        evaluation_frame(v, s, si, k);
        reaction_frame(v, s, si, k);
        custody_frame(v, s, si, k);
      }
    while (i < s.last) {
      if (v.mention_at(i) != kNone) {
        ++i;
        continue;
      }
      std::vector<Match> ms = match_triggers(v, s, i);
      bool used = false;
      for (const Match& m : ms)
        if (apply(v, s, si, m)) {
          used = true;
          break;
        }
      i = used && !ms.empty() ? ms.front().end : i + 1;
    }
  }
  // "Russia was behind the attack on X", "Iran is behind the attacks": the subject did the act;
  // reported ("May said it was likely that Russia was behind ..."), the speaker accuses it.
  for (const Clause& c : doc.clauses) {
    if (c.subjects.empty() || c.verb.negated || !v.has("be", c.verb.head)) continue;
    const Sentence& s = doc.sentences[c.sentence];
    std::size_t q = c.verb.last;
    if (q + 2 >= s.last || v.lowv(q) != "behind") continue;
    ++q;
    while (q < s.last && v.mention_at(q) == kNone && (v.has("determiner", q) || v.adjective(q))) ++q;
    if (q >= s.last || v.mention_at(q) != kNone) continue;
    const auto* forms = lex_.triggers(v.low(q));
    if (!forms) continue;
    const TriggerForm* act = nullptr;
    for (const TriggerForm& tf : *forms)
      if (tf.kind == TriggerKind::kNoun && tf.words.size() == 1 && family(tf.relation) == Family::kFight) act = &tf;
    if (!act) continue;
    std::vector<std::size_t> targets = find_object(v, s, q + 1, *act, false);
    if (targets.empty()) {
      // "the attack, which targeted X"
      std::size_t r = q + 1;
      if (r + 2 < s.last && v.tok(r).text == "," && v.has("relative", r + 1)) {
        for (std::size_t t = r + 2; t < s.last && t < r + 8 && targets.empty(); ++t)
          if (v.mention_at(t) != kNone && argument(v.mention(v.mention_at(t)))) targets = coordinate(v, v.mention_at(t), s, false);
      }
    }
    Attributes a;
    a.modality = c.verb.modality;
    if (!targets.empty()) emit(v, s, c.sentence, act->relation, c.subjects, targets, act->confidence * 0.8, a, q);
    // The speaker of a reported clause, the nearest speech verb before it in the sentence.
    for (std::size_t p = 0; p < doc.clauses.size(); ++p) {
      const Clause& sp = doc.clauses[p];
      if (sp.sentence != c.sentence || sp.verb.head >= c.verb.first || !v.has("speech", sp.verb.head) ||
          sp.subjects.empty())
        continue;
      emit(v, s, c.sentence, Relation::kAccuses, sp.subjects, c.subjects, 0.6, Attributes(), sp.verb.head);
    }
  }
  // "cut diplomatic ties with Sweden in protest over ...", "recalled its envoy from Iran in
  // protest": an act done in protest criticises whom it was aimed at.
  for (const Clause& c : doc.clauses) {
    if (c.subjects.empty() || c.verb.negated || c.verb.voice != Voice::kActive) continue;
    const Sentence& s = doc.sentences[c.sentence];
    std::size_t at = kNone;
    for (std::size_t q = c.verb.last; q + 1 < s.last && q < c.verb.last + 14; ++q) {
      if (is_punct_stop(v.tok(q)) || v.has("clause_break", q)) break;
      if (v.has("protest_adjunct", q) && v.lowv(q + 1) == "protest") {
        at = q;
        break;
      }
    }
    if (at == kNone) continue;
    // ("in protest at X" the "protest" trigger itself has read)
    bool read = false;
    for (const ExtractedFact& f : doc.facts) read = read || f.trigger == at + 1;
    if (read) continue;
    Attributes a;
    a.modality = c.verb.modality;
    // "in protest at remarks by Milei", "in protest over Israel's raid": the phrase names whom.
    if (at + 3 < s.last && v.has("preposition", at + 2)) {
      std::size_t np = at + 3;
      if (v.mention_at(np) == kNone && v.has("determiner", np) && np + 1 < s.last) ++np;
      std::vector<std::size_t> named_target;
      if (v.mention_at(np) != kNone && argument(v.mention(v.mention_at(np))) && actor_type(v.type(v.mention_at(np))))
        named_target = {v.mention_at(np)};
      if (!named_target.empty()) {
        emit(v, s, c.sentence, Relation::kCriticizes, c.subjects, named_target, 0.6, a, at + 1);
        continue;
      }
      std::vector<std::size_t> actors = bridge_object(v, s, c.sentence, at + 3, c.subjects);
      if (!actors.empty()) {
        emit_to_entities(v, s, c.sentence, Relation::kCriticizes, c.subjects, actors, 0.55, a, at + 1);
        continue;
      }
    }
    std::vector<std::size_t> targets;
    // ("recalled the U.S. ambassador from New Delhi in protest": the envoy is the subject's own)
    for (std::size_t om : c.objects)
      if (v.doc().mentions[om].first < at && !v.has("envoy_noun", v.doc().mentions[om].last)) targets.push_back(om);
    for (const Attachment& pa : c.attachments)
      if (pa.preposition < at && (v.lowv(pa.preposition) == "with" || v.lowv(pa.preposition) == "from" ||
                                  v.lowv(pa.preposition) == "to"))
        targets.push_back(pa.mention);
    std::vector<std::size_t> actors;
    for (std::size_t om : targets)
      if ((argument(v.mention(om)) || v.mention(om).kind == MentionKind::kDemonym) && actor_type(v.type(om)))
        actors.push_back(om);
    if (actors.empty()) continue;
    emit(v, s, c.sentence, Relation::kCriticizes, c.subjects, actors, 0.6, a, at + 1);
  }
  // Reported obligation: "Egypt said Ethiopia must stop ...", "X insisted Y should withdraw":
  // the speaker demands it of the complement's subject.
  for (const Clause& c : doc.clauses) {
    if (c.kind != ClauseKind::kComplement || c.parent == kNone || c.subjects.empty()) continue;
    bool obliged = false;
    for (std::size_t q = c.verb.first; q < c.verb.head; ++q) obliged = obliged || v.has("obligation", q);
    // "said Israel would be punished", "warned that the US would pay": a reported harm to come is
    // a threat against the complement's subject.
    std::string lemma;
    lex_.verb_form(v.low(c.verb.head), &lemma);
    bool harm = c.verb.modality != Modality::kAsserted && lex_.has("harm_verb", lemma) && !c.verb.negated;
    if ((!obliged && !harm) || c.verb.negated) continue;
    const Clause& p = doc.clauses[c.parent];
    if (p.subjects.empty() || p.verb.negated) continue;
    const Sentence& s = doc.sentences[c.sentence];
    Attributes a;
    a.modality = p.verb.modality;
    emit(v, s, c.sentence, obliged ? Relation::kDemands : Relation::kThreatens, p.subjects, c.subjects, 0.6, a,
         p.verb.head);
  }
}


}  // namespace

std::unique_ptr<Stage> make_relation_stage(const Lexicon& lex) { return std::make_unique<RelationStage>(lex); }

}  // namespace kg::extract
