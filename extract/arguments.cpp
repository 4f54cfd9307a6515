// Argument helpers shared by the structure, clause and relation stages: coordination,
// word-order subjects ("the nearest mention to the left that no preposition governs") and
// objects (direct, or after one of the trigger's prepositions).
#include <algorithm>

#include "extract/sentence_view.hpp"

namespace kg::extract::detail {

const std::vector<std::pair<std::size_t, std::string>>& SentenceView::times(const Sentence& s) const {
  auto it = times_.find(s.first);
  if (it == times_.end()) it = times_.emplace(s.first, times_in(*this, s)).first;
  return it->second;
}

bool actor_type(EntityType t) { return t != EntityType::kPlace; }
// Mentions that can be a verb's subject or object: not a title modifier, not a bare demonym.
bool argument(const Mention& m) { return !m.modifier && m.kind != MentionKind::kDemonym; }
// Names (not pronouns or descriptions): the only mentions coordination joins.
bool named(const Mention& m) {
  return argument(m) && (m.kind == MentionKind::kName || m.kind == MentionKind::kMetonym ||
                         m.kind == MentionKind::kActorPhrase);
}
bool is_punct_stop(const Token& t) {
  return t.text == "." || t.text == ";" || t.text == ":" || t.text == "!" || t.text == "?";
}

// Mentions coordinated with mention m to its left ("A, B and m") or right ("m, B and C").
std::vector<std::size_t> coordinate(const SentenceView& v, std::size_t m, const Sentence& s, bool leftwards) {
  std::vector<std::size_t> out = {m};
  std::size_t cur = m;
  bool closed = false;
  while (true) {
    if (leftwards) {
      std::size_t k = v.mention(cur).first;
      if (k == s.first) break;
      --k;
      // "..., Bahrain and the United Arab Emirates": an article before the last name.
      if (v.lowv(k) == "the" && v.mention_at(k) == kNone && k > s.first) --k;
      bool conj = false, word = false, comma = false;
      if (v.lowv(k) == "and" || v.lowv(k) == "or") { conj = word = true; if (k == s.first) break; --k; }
      if (v.tok(k).text == ",") { conj = comma = true; if (k == s.first) break; --k; }
      if (!conj) break;
      if (v.lowv(k) == "the" && k > s.first) --k;
      // "On a visit to Berlin, Macron praised ...": a comma alone before the last name ends a
      // fronted phrase; a list ends with "and" ("A, B and m"), except a headline's list of names
      // from the sentence start ("Ethiopia, Eritrea sign peace agreement").
      if (comma && !word && out.size() == 1) {
        std::size_t n0 = v.mention_at(k);
        std::size_t f0 = n0 == kNone ? kNone : v.mention(n0).first;
        if (f0 != kNone && f0 > s.first && v.lowv(f0 - 1) == "the") --f0;
        if (f0 == kNone || (f0 != s.first && v.tok(f0 - 1).text != ",")) break;
      }
      std::size_t n = v.mention_at(k);
      if (n == kNone || v.mention(n).last != k + 1 || !named(v.mention(n)) || !named(v.mention(cur))) break;
      // ", and" joins a list of three or more ("A, B, and C"), not two clauses.
      if (word && comma) {
        std::size_t f = v.mention(n).first;
        if (f > s.first && v.lowv(f - 1) == "the") --f;
        if (f == s.first || v.tok(f - 1).text != ",") break;
      }
      out.insert(out.begin(), n);
      cur = n;
    } else {
      std::size_t k = v.mention(cur).last;
      // "met Daniel Ortega of Nicaragua and Evo Morales of Bolivia": past a person's country.
      if (k + 1 < s.last && v.lowv(k) == "of" && v.type(cur) == EntityType::kPerson && v.mention_at(k + 1) != kNone &&
          v.mention(v.mention_at(k + 1)).first == k + 1 && v.type(v.mention_at(k + 1)) == EntityType::kCountry)
        k = v.mention(v.mention_at(k + 1)).last;
      bool conj = false, word = false, comma = false;
      // "Qatar and Egypt, and Steve Witkoff ...": a list closed by "and" takes nothing more.
      if (closed) break;
      while (k < s.last && (v.tok(k).text == "," || v.lowv(k) == "and" || v.lowv(k) == "or")) {
        conj = true;
        (v.tok(k).text == "," ? comma : word) = true;
        ++k;
      }
      // "a probe into Israel as well as Hamas"
      if (!conj && k + 3 < s.last && v.lowv(k) == "as" && v.lowv(k + 1) == "well" && v.lowv(k + 2) == "as") {
        conj = word = true;
        k += 3;
      }
      if (!conj || k >= s.last) break;
      if (word && comma && out.size() < 2) break;  // ", and" after one item starts a clause
      if (v.lowv(k) == "the" && k + 1 < s.last) ++k;
      std::size_t n = v.mention_at(k);
      if (n == kNone || v.mention(n).first != k || !named(v.mention(n)) || !named(v.mention(cur))) break;
      // "Should they attack Estonia, NATO would respond": a name that a verb group follows opens
      // a clause of its own.
      const Document& doc = v.doc();
      std::size_t after = v.mention(n).last;
      if (comma && !word && after < doc.clause_of.size() && doc.clause_of[after] != kNone &&
          doc.clauses[doc.clause_of[after]].verb.first == after)
        break;
      out.push_back(n);
      cur = n;
      closed = word;
    }
  }
  return out;
}

// A mention right after a verb the lexicon knows (determiners aside) is that verb's object.
bool object_of_verb(const SentenceView& v, const Sentence& s, std::size_t m) {
  std::size_t k = v.mention(m).first;
  while (k > s.first && v.has("determiner", k - 1) && v.mention_at(k - 1) == kNone) --k;
  if (k == s.first || v.mention_at(k - 1) != kNone) return false;
  // "Qatar and Egypt presented Israel and Hamas with ...": after a past-tense verb, not after
  // a form of "be" (a passive: "was denounced X" does not occur, "were presented" does).
  const std::string& prev = v.low(k - 1);
  if (prev.size() > 4 && prev.compare(prev.size() - 2, 2, "ed") == 0 && !v.tok(k - 1).upper_initial &&
      !v.lex().is_adjective(prev) && !(k >= s.first + 2 && v.has("be", k - 2)))
    return true;
  const auto* forms = v.lex().triggers(prev);
  if (!forms) return false;
  for (const TriggerForm& f : *forms)
    if (f.kind != TriggerKind::kNoun && f.kind != TriggerKind::kAgent && f.words.size() >= 1 && f.direct_object)
      return true;
  return false;
}

// The grammatical subject of a predicate starting at token `pos`: the nearest mention to the
// left that is not governed by a preposition and not a title modifier, within the clause.
std::vector<std::size_t> find_subject_by_order(const SentenceView& v, const Sentence& s, std::size_t pos,
                                               bool any_type) {
  // A gerund clause ("..., while calling on Tehran to") has the main clause's subject.
  bool gerund = pos < s.last && v.low(pos).size() > 4 &&
                v.low(pos).compare(v.low(pos).size() - 3, 3, "ing") == 0;
  std::size_t k = pos;
  std::size_t steps = 0;
  while (k > s.first && steps++ < 40) {
    --k;
    const Token& t = v.tok(k);
    if (t.text == ";" || t.text == ":") return {};
    std::size_t m = v.mention_at(k);
    if (m != kNone) {
      const Mention& mm = v.mention(m);
      k = mm.first;
      if (!argument(mm) || (!any_type && !actor_type(v.type(m)))) continue;
      if (object_of_verb(v, s, m)) continue;  // "... regards the island as ... and had denounced"
      if (v.oblique(m, s.first)) {
        // "Vessels of the China Coast Guard fired ...": the body acts through its members.
        std::size_t f = mm.first;
        if (f > s.first && v.lowv(f - 1) == "the") --f;
        // "Lawmakers from Italy condemned ...": people of an actor act for it.
        bool body = f >= s.first + 2 && ((v.lowv(f - 1) == "of" && v.has("institution", f - 2)) ||
                                         ((v.lowv(f - 1) == "of" || v.lowv(f - 1) == "from") && v.has("member_noun", f - 2)));
        if (!body) continue;
      }
      // "X's remarks" is fine: the possessor is the actor of its own noun phrase. A coordination
      // that a verb governs ("presented Peru and Bolivia with") is an object, not the subject.
      std::vector<std::size_t> group = coordinate(v, m, s, true);
      if (group.size() > 1 && object_of_verb(v, s, group.front())) {
        k = v.mention(group.front()).first;
        continue;
      }
      return group;
    }
    if (t.text == "," && k > s.first) {
      // "Lai, who disputes Beijing's claim, has offered ...": skip the relative clause.
      std::size_t j = k;
      while (j > s.first && j + 25 > k && v.tok(j - 1).text != "," && !is_punct_stop(v.tok(j - 1))) --j;
      if (j > s.first && j < k && (v.lowv(j) == "who" || v.lowv(j) == "which") && v.tok(j - 1).text == ",") {
        k = j - 1;
        continue;
      }
    }
    if (v.lowv(k) == "who" || v.lowv(k) == "which") {
      std::size_t j = k;
      while (j > s.first && v.tok(j - 1).text == ",") --j;
      for (int hops = 0; hops < 2 && j > s.first; ++hops) {
        std::size_t a = v.mention_at(j - 1);
        if (a != kNone && !v.mention(a).modifier) return actor_type(v.type(a)) ? std::vector<std::size_t>{a}
                                                                               : std::vector<std::size_t>{};
        // "Wang Yi, China's top diplomat, who ...": back over the apposition.
        std::size_t c = j - 1;
        while (c > s.first && c + 10 > j && v.tok(c).text != ",") --c;
        if (v.tok(c).text != "," || j - c < 2) break;
        j = c;
      }
      return {};
    }
    if (gerund && k + 1 == pos && (v.lowv(k) == "while" || v.lowv(k) == "after" || v.lowv(k) == "before" ||
                                   v.lowv(k) == "by" || v.lowv(k) == "when" || v.lowv(k) == "since"))
      continue;
    if (v.has("clause_break", k) && v.lowv(k) != "as") return {};
  }
  return {};
}

bool act_noun_modifier(const SentenceView& v, const Sentence& s, std::size_t m) {
  std::size_t after = v.mention(m).last;
  EntityType mt = v.type(m);
  if (after >= s.last || (mt != EntityType::kPlace && mt != EntityType::kCountry) || !v.tok(after).word ||
      v.tok(after).upper_initial || v.mention_at(after) != kNone || !v.lex().triggers(v.low(after)) ||
      v.mention(m).first == s.first || v.lowv(v.mention(m).first - 1) != "the")
    return false;
  // ("demanded the United States offer an apology": a base form with its own object after it is
  // the verb of the name's clause, not a noun the name modifies.)
  if (after + 1 < s.last && (v.lex().verb_form(v.low(after)) & kBaseForm) &&
      (v.has("determiner", after + 1) || v.mention_at(after + 1) != kNone))
    return false;
  for (const TriggerForm& tf : *v.lex().triggers(v.low(after)))
    if (tf.kind == TriggerKind::kNoun) return true;
  return false;
}

bool modifier_word(const SentenceView& v, std::size_t k) {
  const Token& t = v.tok(k);
  if (!t.word) return t.text == "\"" || t.text == "'" || t.text == "%" || t.text == "$";
  if (std::isdigit(static_cast<unsigned char>(t.text[0]))) return true;
  if (t.lower_view() == "that" || t.lower_view() == "which" || t.lower_view() == "who") return false;
  // "more than 100,000 troops", "fewer than 50 prisoners": part of the number.
  if (t.lower_view() == "than" && k > 0 &&
      (v.lowv(k - 1) == "more" || v.lowv(k - 1) == "less" || v.lowv(k - 1) == "fewer"))
    return true;
  if (v.has("determiner", k) || v.adverb(k)) return true;
  return !t.upper_initial && !v.has("preposition", k) && !v.has("clause_break", k) &&
         v.lowv(k) != "and" && v.lowv(k) != "or";
}

// "expelled two Russian diplomats", "freed eight Russians", "detained a French citizen",
// "expelled the Pakistani ambassador": for a relation whose object may be people named by
// nationality, a demonym that heads its phrase, or stands before a national noun or a title
// with no name after it, names the country.
bool nationals_object(const SentenceView& v, const Sentence& s, std::size_t m, const TriggerForm& f) {
  const Mention& mm = v.mention(m);
  if (mm.entities.empty() || v.type(m) != EntityType::kCountry) return false;
  if (mm.kind != MentionKind::kDemonym && !mm.modifier) return false;
  if (!v.lex().has("nationals_relation", kg::name(f.relation))) return false;
  const std::size_t after = mm.last;
  if (mm.kind == MentionKind::kDemonym) {
    const std::string_view word = v.tok(after - 1).lower_view();
    if (word.size() > 2 && word.back() == 's' && word[word.size() - 2] != 's')
      return true;  // "eight Russians", "three Americans" (but "Swiss" is an adjective)
    // "freed a detained American in Pyongyang": a demonym that ends its noun phrase is its head.
    if (after >= s.last || !v.tok(after).word || v.lowv(after) == "and" || v.lowv(after) == "or" ||
        v.has("preposition", after) || v.has("relative", after) ||
        (!v.tok(after).upper_initial && (v.lex().verb_form(v.low(after)) & (kPastForm | kGerundForm)) &&
         !v.lex().has("national_noun", v.low(after))))
      return true;  // "four Japanese suspected of spying"

    for (std::size_t n = 2; n >= 1; --n) {
      if (after + n > s.last) continue;
      std::string phrase;
      for (std::size_t q = 0; q < n; ++q) phrase += (q ? " " : "") + v.low(after + q);
      if (v.lex().has("national_noun", phrase)) return true;
    }
    return false;
  }
  // A title after the demonym and no name after the title: the office stands for the country.
  std::vector<std::string> words;
  for (std::size_t q = after; q < s.last && q < after + 4; ++q) words.push_back(v.low(q));
  const std::size_t n = v.lex().match_title(words, 0);
  return n > 0 && (after + n >= s.last || v.mention_at(after + n) == kNone);
}

// "freed Al Jazeera journalist Abdullah al-Shami", "detained Reuters reporter X": people are
// arrested, expelled and released, not the body named before their occupation. The person's
// mention, or kNone.
std::size_t occupation_person(const SentenceView& v, const Sentence& s, std::size_t m, const TriggerForm& f) {
  if (v.type(m) == EntityType::kPerson || !v.lex().has("nationals_relation", kg::name(f.relation))) return kNone;
  std::size_t q = v.mention(m).last, words = 0;
  while (q < s.last && words < 2 && v.mention_at(q) == kNone && v.tok(q).word && !v.tok(q).upper_initial &&
         !v.has("preposition", q) && !v.has("determiner", q) && v.lowv(q) != "and")
    ++q, ++words;
  if (words > 0 && q < s.last && v.mention_at(q) != kNone && v.mention(v.mention_at(q)).first == q &&
      v.type(v.mention_at(q)) == EntityType::kPerson && named(v.mention(v.mention_at(q))))
    return v.mention_at(q);
  return kNone;
}

bool possessor_of_patient_noun(const SentenceView& v, const Sentence& s, std::size_t m) {
  const Mention& mm = v.mention(m);
  std::size_t k = mm.last;
  if (k < s.last && (v.tok(k).text == "'s" || v.tok(k).text == "'")) ++k;
  else if (!(mm.kind == MentionKind::kPronoun && v.has("possessive_pronoun", mm.first))) return false;
  for (std::size_t n = 0; n < 2 && k < s.last && v.mention_at(k) == kNone && v.tok(k).word && !v.tok(k).upper_initial &&
                          !v.has("patient_noun", k) && !v.has("preposition", k);
       ++n)
    ++k;  // "his recent arrest", "Navalny's continued detention"
  // "Israel's release of 39 prisoners", "Russia's expulsion of diplomats": with an "of" phrase
  // the possessor is the actor again.
  return k < s.last && v.mention_at(k) == kNone && v.has("patient_noun", k) &&
         !(k + 1 < s.last && v.lowv(k + 1) == "of");
}

std::size_t nationals_end(const SentenceView& v, const Sentence& s, std::size_t m) {
  const std::size_t after = v.mention(m).last;
  std::vector<std::string> words;
  for (std::size_t q = after; q < s.last && q < after + 4; ++q) words.push_back(v.low(q));
  if (std::size_t n = v.lex().match_title(words, 0); n > 0) return after + n;  // "Iranian ambassador"
  for (std::size_t n = 2; n >= 1; --n) {                                       // "French nationals"
    if (after + n > s.last) continue;
    std::string phrase;
    for (std::size_t q = 0; q < n; ++q) phrase += (q ? " " : "") + words[q];
    if (v.lex().has("national_noun", phrase)) return after + n;
  }
  return after;  // "eight Russians"
}

// Objects after a trigger ending at `pos`: directly (skipping determiners and modifiers) when
// the trigger takes a direct object, or after one of its prepositions.
std::vector<std::size_t> find_object(const SentenceView& v, const Sentence& s, std::size_t pos,
                                     const TriggerForm& f, bool allow_direct) {
  std::size_t k = pos;
  bool after_prep = false;
  std::size_t skipped = 0;
  while (k < s.last && skipped <= 6) {
    const Token& t = v.tok(k);
    std::size_t m = v.mention_at(k);
    if (m != kNone) {
      // ("recalled its Israeli envoy": the envoy's posting names the country left.)
      if ((after_prep || (allow_direct && f.direct_object) || f.relation == Relation::kWithdrawsFrom) &&
          nationals_object(v, s, m, f)) {
        // "withdrew 200 Russian citizens from Sudan": the place left, when one is named, comes first.
        if (f.relation == Relation::kWithdrawsFrom && !after_prep) {
          std::vector<std::size_t> rest = find_object(v, s, nationals_end(v, s, m), f, false);
          if (!rest.empty()) return rest;
        }
        return {m};
      }
      // "condemned his arrest", "welcomed Navalny's release": the act's actor is the target (by
      // event bridging), not the one it happened to.
      if (possessor_of_patient_noun(v, s, m)) return {};
      if ((after_prep || (allow_direct && f.direct_object)))
        if (std::size_t pm = occupation_person(v, s, m, f); pm != kNone) return coordinate(v, pm, s, false);
      // "deployed troops to the Cameroon border", "withdrew from the Somali capital": a country
      // named before its border, or a demonym before its capital, is the object.
      if (after_prep && v.mention(m).last < s.last && v.mention(m).entities.size() == 1 &&
          v.type(m) == EntityType::kCountry && v.mention(m).kind != MentionKind::kPronoun &&
          !(v.mention(m).last + 1 < s.last && v.lowv(v.mention(m).last + 1) == "with") &&
          (v.has("frontier_noun", v.mention(m).last) ||
           (v.mention(m).kind == MentionKind::kDemonym && v.has("capital_noun", v.mention(m).last) &&
            !(v.mention(m).last + 2 < s.last && v.tok(v.mention(m).last + 1).text == "," &&
              v.mention_at(v.mention(m).last + 2) != kNone))))  // ("the North Korean capital, Pyongyang": the city)
        return {m};
      if (!argument(v.mention(m))) { k = v.mention(m).last; ++skipped; continue; }
      // "thanked his Egyptian counterpart Mohamed Morsi": a possessive pronoun before more of its
      // noun phrase is a determiner, not the object.
      if (v.mention(m).kind == MentionKind::kPronoun && v.has("possessive_pronoun", v.mention(m).first) &&
          v.mention(m).last + 1 < s.last && v.mention(m).last == v.mention(m).first + 1) {
        const std::size_t nx = v.mention(m).last;
        const std::size_t nm = v.mention_at(nx);
        // ("suspended trade with its nuclear-armed neighbour": the neighbour, not the pronoun's
        // antecedent; but "its embassy", "its positions" stand for it.)
        // (Nor "opposition to her visit": the act's actor is aimed at.)
        // ("along its border with Syria": the border's other side is the object.)
        const bool across = v.has("border_noun", nx) && nx + 1 < s.last && v.lowv(nx + 1) == "with";
        const bool own = nm == kNone && !across && (v.has("institution", nx) || v.has("target_noun", nx) || v.has("own_body", nx) ||
                                         v.has("national_noun", nx) || v.has("member_noun", nx) ||
                                         v.lex().triggers(v.low(nx)) != nullptr || v.lex().verb_form(v.low(nx)) != 0);
        if ((nm != kNone && (v.mention(nm).kind == MentionKind::kDemonym || v.mention(nm).modifier)) ||
            (nm == kNone && v.tok(nx).word && !v.tok(nx).upper_initial && !own && !v.has("preposition", nx) &&
             !v.has("clause_break", nx) && !v.has("determiner", nx))) {
          k = nx;
          ++skipped;
          continue;
        }
      }
      // "condemned the Iraq strikes", "the Gaza war": a place's name before an act noun is a
      // modifier of that noun, not the object.
      if (act_noun_modifier(v, s, m)) return {};
      // "withdrew its ambassador from Turkey", "recalled their troops from": before the
      // preposition of a trigger without a direct object, the subject's own people are skipped.
      // "extradited arms dealer Viktor Bout to the United States", "recalled ambassador X from":
      // the person moved is not the object either.
      if (!after_prep && !f.direct_object &&
          (v.has("possessive_pronoun", v.mention(m).first) || v.type(m) == EntityType::kPerson)) {
        k = v.mention(m).last;
        ++skipped;
        continue;
      }
      if ((allow_direct && f.direct_object && !after_prep) || after_prep)
        return coordinate(v, m, s, false);
      return {};
    }
    // "detained dozens of Uighurs", "freed hundreds of Palestinian prisoners": a quantity is no
    // preposition's object.
    // ("claimed 90% of the South China Sea": a share is no preposition's object either)
    if (m == kNone && (v.has("quantity_noun", k) || v.tok(k).text == "%") && k + 2 < s.last && v.lowv(k + 1) == "of") {
      k += 2;
      continue;
    }
    // "an investigation into the disappearance of X", "a probe into the killings by Y".
    if (after_prep && f.relation == Relation::kInvestigates && v.has("case_noun", k) && k + 1 < s.last &&
        (v.lowv(k + 1) == "of" || v.lowv(k + 1) == "by")) {
      k += 2;
      continue;
    }
    // "duties on imports from Canada", "blocked a package of EU support", "a peace plan for
    // Ukraine": the object is behind a bridging noun.
    if ((after_prep || (allow_direct && f.direct_object)) && v.has("bridge", k) && k + 1 < s.last &&
        (v.lowv(k + 1) == "from" || v.lowv(k + 1) == "of" || v.lowv(k + 1) == "for" ||
         (v.lowv(k + 1) == "with" && v.has("border_noun", k)))) {
      k += 2;
      after_prep = true;
      continue;
    }
    if ((t.text == "'s" || t.text == "'") && k > pos && v.mention_at(k - 1) != kNone) {
      ++k;
      continue;
    }
    // "travelled to the North Korean capital, Pyongyang": the city the phrase names.
    if (t.text == "," && k > pos && v.has("capital_noun", k - 1) && k + 1 < s.last && v.mention_at(k + 1) != kNone &&
        v.mention(v.mention_at(k + 1)).first == k + 1 && argument(v.mention(v.mention_at(k + 1)))) {
      k += 1;
      continue;
    }
    // "met Chile's president, Gabriel Boric": a title in apposition before the name.
    if (t.text == "," && k > pos && k + 1 < s.last && v.mention_at(k + 1) != kNone &&
        v.mention(v.mention_at(k + 1)).first == k + 1 && v.mention(v.mention_at(k + 1)).kind == MentionKind::kName &&
        v.type(v.mention_at(k + 1)) == EntityType::kPerson) {
      bool titled = false;
      for (std::size_t n = 1; n <= 3 && n <= k - pos && !titled; ++n) {
        std::vector<std::string> words;
        for (std::size_t q = k - n; q < k; ++q) words.push_back(v.low(q));
        titled = v.lex().match_title(words, 0) == n;
      }
      if (titled) {
        k += 1;
        continue;
      }
    }
    if (is_punct_stop(t) || t.text == "," || t.text == "(" || t.text == ")") return {};
    // "flew from India to Pakistan": the starting point of a trigger whose object follows "to".
    if (!after_prep && t.lower_view() == "from" && k + 1 < s.last && v.mention_at(k + 1) != kNone &&
        std::find(f.preps.begin(), f.preps.end(), "from") == f.preps.end() &&
        std::find(f.preps.begin(), f.preps.end(), "to") != f.preps.end()) {
      k = v.mention(v.mention_at(k + 1)).last;
      continue;
    }
    // "deported around 100 Uighurs": an approximate number, no preposition.
    if (v.has("approximator", k) && k + 1 < s.last && std::isdigit(static_cast<unsigned char>(v.tok(k + 1).text[0]))) {
      ++k;
      continue;
    }
    if (v.has("preposition", k) || t.lower_view() == "to") {
      if (after_prep) return {};
      // "my visit was to lead the mission": an infinitive, not a destination.
      if (t.lower_view() == "to" && k + 1 < s.last && v.mention_at(k + 1) == kNone && !v.tok(k + 1).upper_initial &&
          !v.has("determiner", k + 1) && (v.lex().verb_form(v.low(k + 1)) & kBaseForm))
        return {};
      if (std::find(f.preps.begin(), f.preps.end(), t.lower) == f.preps.end()) return {};
      after_prep = true;
      ++k;
      skipped = 0;
      continue;
    }
    // "met King Abdullah", "criticised President Macron": a title before the object's name.
    if (t.upper_initial) {
      std::vector<std::string> words;
      for (std::size_t q = k; q < s.last && q < k + 4 && v.mention_at(q) == kNone; ++q) words.push_back(v.low(q));
      std::size_t n = v.lex().match_title(words, 0);
      if (n > 0 && k + n < s.last && v.mention_at(k + n) != kNone) {
        k += n;
        continue;
      }
    }
    if (!modifier_word(v, k)) return {};
    ++skipped;
    ++k;
  }
  return {};
}

}  // namespace kg::extract::detail
