// Stage 5: relations from trigger words (lexicon/triggers.tsv) in every form news uses:
// active verbs with coordinated subjects and objects, passives ("annexed by Russia") and reduced
// relatives ("regions claimed by Russia (A, B and C)"), nominalisations ("Putin's opposition to
// NATO"), light verbs ("expressed skepticism about"), with negation, hedging and time.
// Stage 6: structural facts from titles, appositions and prepositions (affiliatedWith,
// memberOf, locatedIn).
#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "extract/dates.hpp"
#include "extract/pipeline.hpp"

namespace kg::extract {
namespace {

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
  const Token& tok(std::size_t i) const { return doc_.tokens[i]; }
  const std::string& low(std::size_t i) const { return doc_.tokens[i].lower; }
  std::size_t mention_at(std::size_t i) const { return at_[i]; }
  const Mention& mention(std::size_t m) const { return doc_.mentions[m]; }
  EntityType type(std::size_t m) const { return doc_.entities[doc_.mentions[m].entities.front()].type; }
  bool has(std::string_view cat, std::size_t i) const { return lex_.has(cat, doc_.tokens[i].lower); }
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
    return f > sentence_first && has("preposition", f - 1);
  }
  Document& doc() { return doc_; }
  const Lexicon& lex() const { return lex_; }

 private:
  Document& doc_;
  const Lexicon& lex_;
  std::vector<std::size_t> at_;
  std::vector<std::size_t> range_;
  mutable std::map<std::size_t, std::vector<std::pair<std::size_t, std::string>>> times_;
};

std::vector<std::pair<std::size_t, std::string>> times_in(const SentenceView& v, const Sentence& s);

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
  while (true) {
    if (leftwards) {
      std::size_t k = v.mention(cur).first;
      if (k == s.first) break;
      --k;
      bool conj = false, word = false, comma = false;
      if (v.low(k) == "and" || v.low(k) == "or") { conj = word = true; if (k == s.first) break; --k; }
      if (v.tok(k).text == ",") { conj = comma = true; if (k == s.first) break; --k; }
      if (!conj) break;
      if (v.low(k) == "the" && k > s.first) --k;
      std::size_t n = v.mention_at(k);
      if (n == kNone || v.mention(n).last != k + 1 || !named(v.mention(n)) || !named(v.mention(cur))) break;
      // ", and" joins a list of three or more ("A, B, and C"), not two clauses.
      if (word && comma) {
        std::size_t f = v.mention(n).first;
        if (f > s.first && v.low(f - 1) == "the") --f;
        if (f == s.first || v.tok(f - 1).text != ",") break;
      }
      out.insert(out.begin(), n);
      cur = n;
    } else {
      std::size_t k = v.mention(cur).last;
      bool conj = false, word = false, comma = false;
      while (k < s.last && (v.tok(k).text == "," || v.low(k) == "and" || v.low(k) == "or")) {
        conj = true;
        (v.tok(k).text == "," ? comma : word) = true;
        ++k;
      }
      if (!conj || k >= s.last) break;
      if (word && comma && out.size() < 2) break;  // ", and" after one item starts a clause
      if (v.low(k) == "the" && k + 1 < s.last) ++k;
      std::size_t n = v.mention_at(k);
      if (n == kNone || v.mention(n).first != k || !named(v.mention(n)) || !named(v.mention(cur))) break;
      out.push_back(n);
      cur = n;
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
    if (f.kind != TriggerKind::kNoun && f.words.size() >= 1 && f.direct_object) return true;
  return false;
}

// The grammatical subject of a predicate starting at token `pos`: the nearest mention to the
// left that is not governed by a preposition and not a title modifier, within the clause.
std::vector<std::size_t> find_subject(const SentenceView& v, const Sentence& s, std::size_t pos,
                                      bool any_type = false) {
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
        if (f > s.first && v.low(f - 1) == "the") --f;
        if (!(f >= s.first + 2 && v.low(f - 1) == "of" && v.has("institution", f - 2))) continue;
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
      if (j > s.first && j < k && (v.low(j) == "who" || v.low(j) == "which") && v.tok(j - 1).text == ",") {
        k = j - 1;
        continue;
      }
    }
    if (v.low(k) == "who" || v.low(k) == "which") {
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
    if (gerund && k + 1 == pos && (v.low(k) == "while" || v.low(k) == "after" || v.low(k) == "before" ||
                                   v.low(k) == "by" || v.low(k) == "when" || v.low(k) == "since"))
      continue;
    if (v.has("clause_break", k) && v.low(k) != "as") return {};
  }
  return {};
}

bool modifier_word(const SentenceView& v, std::size_t k) {
  const Token& t = v.tok(k);
  if (!t.word) return t.text == "\"" || t.text == "'" || t.text == "%" || t.text == "$";
  if (std::isdigit(static_cast<unsigned char>(t.text[0]))) return true;
  if (t.lower == "that" || t.lower == "which" || t.lower == "who") return false;
  if (v.has("determiner", k) || v.adverb(k)) return true;
  return !t.upper_initial && !v.has("preposition", k) && !v.has("clause_break", k) &&
         v.low(k) != "and" && v.low(k) != "or";
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
      if (!argument(v.mention(m))) { k = v.mention(m).last; ++skipped; continue; }
      if ((allow_direct && f.direct_object && !after_prep) || after_prep)
        return coordinate(v, m, s, false);
      return {};
    }
    // "duties on imports from Canada", "blocked a package of EU support", "a peace plan for
    // Ukraine": the object is behind a bridging noun.
    if ((after_prep || (allow_direct && f.direct_object)) && v.has("bridge", k) && k + 1 < s.last &&
        (v.low(k + 1) == "from" || v.low(k + 1) == "of" || v.low(k + 1) == "for")) {
      k += 2;
      after_prep = true;
      continue;
    }
    if (is_punct_stop(t) || t.text == "," || t.text == "(" || t.text == ")") return {};
    if (v.has("preposition", k) || t.lower == "to") {
      if (after_prep) return {};
      if (std::find(f.preps.begin(), f.preps.end(), t.lower) == f.preps.end()) return {};
      after_prep = true;
      ++k;
      skipped = 0;
      continue;
    }
    if (!modifier_word(v, k)) return {};
    ++skipped;
    ++k;
  }
  return {};
}

struct Attributes {
  bool negated = false;
  Modality modality = Modality::kAsserted;
};

// Negation and modality from the words just before the trigger (back to the subject).
Attributes attributes(const SentenceView& v, const Sentence& s, std::size_t from, std::size_t trigger) {
  Attributes a;
  std::size_t lo = trigger >= s.first + 5 ? trigger - 5 : s.first;
  lo = std::max(lo, from);
  // Words of another clause ("Kosovo, which Serbia does not recognise, thanked") do not count.
  for (std::size_t k = trigger; k > lo; --k)
    if (v.tok(k - 1).text == "," || v.has("clause_break", k - 1) || v.low(k - 1) == "and" || v.low(k - 1) == "or") {
      lo = k;
      break;
    }
  // "He denied reports that Hamas had rejected ...": a denial earlier in the sentence, followed
  // by "that" before the trigger, denies the fact.
  for (std::size_t k = s.first; k + 1 < trigger; ++k)
    if (v.has("denial", k)) {
      for (std::size_t q = k + 1; q < trigger && q < k + 6; ++q)
        if (v.low(q) == "that") a.negated = true;
    }
  for (std::size_t k = lo; k < trigger; ++k) {
    if (v.mention_at(k) != kNone) continue;
    if (v.has("negation", k)) a.negated = true;
    else if (v.has("hedge", k)) a.modality = Modality::kHedged;
    else if (v.has("future", k) && a.modality == Modality::kAsserted) a.modality = Modality::kFuture;
  }
  return a;
}

// Time expressions of a sentence: "in 2014", "on Saturday", "last week", "March 3, 2024", with
// the token they start at.
std::vector<std::pair<std::size_t, std::string>> times_in(const SentenceView& v, const Sentence& s) {
  static const std::set<std::string, std::less<>> kMonths = {"january", "february", "march", "april", "may",
                                                             "june", "july", "august", "september", "october",
                                                             "november", "december"};
  static const std::set<std::string, std::less<>> kDays = {"monday", "tuesday", "wednesday", "thursday",
                                                           "friday", "saturday", "sunday"};
  std::vector<std::pair<std::size_t, std::string>> out;
  auto is_year = [&](std::size_t k) {
    const std::string& w = v.tok(k).text;
    return w.size() == 4 && std::all_of(w.begin(), w.end(), ::isdigit) && (w[0] == '1' || w[0] == '2');
  };
  for (std::size_t k = s.first; k < s.last; ++k) {
    std::size_t len = 0;
    const std::string& w = v.low(k);
    bool month = kMonths.count(w) > 0, day = kDays.count(w) > 0;
    if ((w == "in" || w == "since" || w == "by") && k + 1 < s.last && is_year(k + 1)) len = 2;
    else if (w == "on" && k + 1 < s.last && kDays.count(v.low(k + 1))) len = 2;
    else if ((w == "last" || w == "next" || w == "this") && k + 1 < s.last &&
             (v.low(k + 1) == "week" || v.low(k + 1) == "month" || v.low(k + 1) == "year")) len = 2;
    else if (w == "yesterday" || w == "today" || w == "tomorrow") len = 1;
    else if (month && v.tok(k).upper_initial) {
      len = 1;
      if (k + 1 < s.last && std::isdigit(static_cast<unsigned char>(v.tok(k + 1).text[0]))) len = 2;
      if (k + len + 1 < s.last && v.tok(k + len).text == "," && is_year(k + len + 1)) len += 2;
      else if (k + len < s.last && is_year(k + len)) len += 1;
    } else if (day && v.tok(k).upper_initial) len = 1;
    if (!len) continue;
    std::string expr = v.tok(k).text;
    for (std::size_t q = 1; q < len; ++q) expr += (v.tok(k + q).text == "," ? "" : " ") + v.tok(k + q).text;
    out.emplace_back(k, std::move(expr));
    k += len - 1;
  }
  return out;
}

// The time expression nearest the trigger. A time far from the trigger belongs to another clause
// ("These demands include ... Crimea, annexed by Russia in 2014" does not date the demands).
std::string time_of(const SentenceView& v, const Sentence& s, std::size_t trigger) {
  std::string best;
  std::size_t best_dist = kNone;
  for (const auto& [k, expr] : v.times(s)) {
    std::size_t dist = k > trigger ? k - trigger : trigger - k;
    if (dist < best_dist && dist <= 10) {
      best = expr;
      best_dist = dist;
    }
  }
  return best;
}

// Object types that a relation accepts (territorial relations need a place or a country).
bool object_fits(Relation r, EntityType t) {
  switch (r) {
    case Relation::kAnnexes: case Relation::kOccupies: case Relation::kClaims:
      return t == EntityType::kPlace || t == EntityType::kCountry;
    case Relation::kAffiliatedWith: case Relation::kMemberOf:
      return t != EntityType::kPerson && t != EntityType::kPlace;
    default:
      return true;
  }
}
bool subject_fits(Relation r, EntityType t) {
  switch (r) {
    case Relation::kAffiliatedWith: return t == EntityType::kPerson;
    case Relation::kLocatedIn: return t == EntityType::kPlace || t == EntityType::kOrganization;
    case Relation::kMemberOf: return t == EntityType::kCountry || t == EntityType::kOrganization;
    default: return actor_type(t);
  }
}

// The city a capital names: "a strike on Beirut" hits the city, not the government.
std::size_t city_reading(SentenceView& v, std::size_t m) {
  Document& doc = v.doc();
  const Mention& mm = v.mention(m);
  if (mm.kind != MentionKind::kMetonym) return kNone;
  std::string joined;
  for (std::size_t k = mm.first; k < mm.last; ++k) joined += (k > mm.first ? " " : "") + v.tok(k).text;
  const auto* hits = v.lex().lookup(joined);
  if (!hits) return kNone;
  for (const GazetteerHit& h : *hits) {
    const GazetteerEntry& g = v.lex().entries()[h.entry];
    if (h.kind != HitKind::kName || g.type != EntityType::kPlace) continue;
    for (std::size_t e = 0; e < doc.entities.size(); ++e)
      if (doc.entities[e].gazetteer == h.entry) return e;
    DocEntity e;
    e.label = g.label;
    e.type = g.type;
    e.qid = g.qid;
    e.qid_certain = !g.qid.empty();
    e.gazetteer = h.entry;
    e.aliases = {joined};
    doc.entities.push_back(e);
    return doc.entities.size() - 1;
  }
  return kNone;
}

void emit(SentenceView& v, const Sentence& s, std::size_t sentence_index, Relation r,
          const std::vector<std::size_t>& subjects, const std::vector<std::size_t>& objects,
          double confidence, Attributes a, std::size_t trigger) {
  Document& doc = v.doc();
  for (std::size_t sm : subjects)
    for (std::size_t om : objects) {
      std::vector<std::size_t> targets = v.mention(om).entities;
      if (family(r) == Family::kFight)
        if (std::size_t city = city_reading(v, om); city != kNone) targets = {city};
      for (std::size_t se : v.mention(sm).entities)
        for (std::size_t oe : targets) {
          if (se == oe) continue;
          if (!subject_fits(r, doc.entities[se].type) || !object_fits(r, doc.entities[oe].type)) continue;
          ExtractedFact f;
          f.subject = se;
          f.object = oe;
          f.relation = r;
          f.negated = a.negated;
          f.modality = a.modality;
          double c = confidence * std::min(v.mention(sm).confidence, v.mention(om).confidence);
          if (a.modality == Modality::kHedged) c *= 0.8;
          f.confidence = std::clamp(c, 0.0, 1.0);
          f.sentence = sentence_index;
          f.trigger = trigger;
          f.time = time_of(v, s, trigger);
          f.date = resolve_date(f.time, doc.date);
          doc.facts.push_back(std::move(f));
        }
    }
}

// "its military operations in Ukraine, especially in the Donbas region", "the war against
// Hamas in Gaza": an attack also strikes the places it is said to happen in.
void attack_places(SentenceView& v, const Sentence& s, std::size_t si, Relation r,
                   const std::vector<std::size_t>& subjects, const std::vector<std::size_t>& objects,
                   double confidence, Attributes a, std::size_t trigger) {
  if (r != Relation::kAttacks || objects.empty()) return;
  std::size_t q = v.mention(objects.back()).last;
  std::vector<std::size_t> places;
  for (std::size_t steps = 0; q + 1 < s.last && steps < 8; ++q, ++steps) {
    const Token& t = v.tok(q);
    if (is_punct_stop(t) || v.has("clause_break", q)) break;
    if (v.low(q) != "in") continue;
    std::size_t k = q + 1;
    if (v.low(k) == "the" && v.mention_at(k) == kNone && k + 1 < s.last) ++k;
    std::size_t pm = v.mention_at(k);
    if (pm == kNone || !named(v.mention(pm))) break;
    EntityType t2 = v.type(pm);
    if (t2 == EntityType::kPlace || t2 == EntityType::kCountry) places.push_back(pm);
    q = v.mention(pm).last - 1;
  }
  if (!places.empty()) emit(v, s, si, r, subjects, places, confidence * 0.8, a, trigger);
}

// A trigger matched in the text.
struct Match {
  const TriggerForm* form;
  std::size_t begin, end;  // tokens [begin, end)
  std::size_t slot = kNone;  // mention in the '*' slot of a frame ("hold * responsible")
};

// Matches trigger forms starting at token i; all forms of the longest span are returned.
std::vector<Match> match_triggers(const SentenceView& v, const Sentence& s, std::size_t i) {
  std::vector<Match> out;
  const auto* forms = v.lex().triggers(v.low(i));
  if (!forms) return out;
  std::size_t best_end = 0;
  for (const TriggerForm& f : *forms) {
    std::size_t k = i + 1;
    bool ok = true;
    std::size_t slot = kNone;
    for (std::size_t w = 1; w < f.words.size() && ok; ++w) {
      bool last = w + 1 == f.words.size();
      if (f.words[w] == "*") {
        // The object fills the slot: "held the United States responsible".
        if (k < s.last && v.low(k) == "the" && v.mention_at(k) == kNone) ++k;
        std::size_t m = k < s.last ? v.mention_at(k) : kNone;
        ok = m != kNone && v.mention(m).first == k && !v.mention(m).modifier;
        if (ok) {
          slot = m;
          k = v.mention(m).last;
        }
        continue;
      }
      if (last && f.kind == TriggerKind::kLight) {
        // Up to three modifiers before the light verb's noun ("imposed fresh sanctions").
        std::size_t gap = 0;
        while (k < s.last && gap < 3 && v.low(k) != f.words[w] &&
               (v.mention_at(k) == kNone || v.mention(v.mention_at(k)).kind == MentionKind::kPronoun) &&
               modifier_word(v, k)) {
          if (v.tok(k).word) ++gap;  // quotes around '"warm congratulations"' are free
          ++k;
        }
      }
      ok = k < s.last && v.low(k) == f.words[w];
      ++k;
    }
    if (!ok) continue;
    if (k > best_end) {
      out.clear();
      best_end = k;
    }
    if (k == best_end) out.push_back({&f, i, k, slot});
  }
  return out;
}

class RelationStage final : public Stage {
 public:
  explicit RelationStage(const Lexicon& lex) : lex_(lex) {}
  std::string_view name() const override { return "relations"; }
  unsigned needs() const override { return kMentions | kEntities | kCoreference; }
  unsigned provides() const override { return kFacts; }
  void process(Document& doc) const override;

 private:
  bool apply(SentenceView& v, const Sentence& s, std::size_t si, const Match& m) const;
  const Lexicon& lex_;
};

bool RelationStage::apply(SentenceView& v, const Sentence& s, std::size_t si, const Match& m) const {
  const TriggerForm& f = *m.form;
  const std::size_t b = m.begin, e = m.end;
  // Passive: "was annexed by Russia", reduced relative "Crimea, annexed by Russia".
  if (f.kind != TriggerKind::kNoun && f.participle) {
    std::size_t p = b;
    while (p > s.first && (v.adverb(p - 1) || v.has("negation", p - 1))) --p;
    bool be = p > s.first && v.has("be", p - 1);
    bool has_aux = p > s.first && (v.low(p - 1) == "has" || v.low(p - 1) == "have" || v.low(p - 1) == "had");
    std::size_t by = e;
    while (by < s.last && v.adverb(by)) ++by;
    bool by_phrase = by < s.last && v.low(by) == "by" && by + 1 < s.last;
    if ((be || (by_phrase && !has_aux)) && f.kind == TriggerKind::kVerb) {
      if (!by_phrase) return true;  // agentless passive: no fact
      std::size_t ak = by + 1;
      if (v.low(ak) == "the" && ak + 1 < s.last) ++ak;
      std::size_t am = v.mention_at(ak);
      if (am == kNone) return true;
      std::vector<std::size_t> agents = coordinate(v, am, s, false);
      std::vector<std::size_t> patients;
      Attributes a = attributes(v, s, s.first, b);
      if (be) {
        patients = find_subject(v, s, p - 1, true);
      } else {
        // Reduced relative: the noun right before the participle.
        std::size_t q = b;
        while (q > s.first && (v.tok(q - 1).text == "," || v.adverb(q - 1))) --q;
        if (q > s.first && v.mention_at(q - 1) != kNone) {
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
      if (patients.empty()) return true;
      emit(v, s, si, f.relation, agents, patients, f.confidence, a, b);
      return true;
    }
  }
  if (f.kind == TriggerKind::kNoun) {
    // Actor: the possessor ("Putin's vocal opposition"), else a by-phrase after the object.
    std::vector<std::size_t> actors;
    std::size_t k = b, gap = 0;
    while (k > s.first && gap < 3 && v.mention_at(k - 1) == kNone &&
           (v.tok(k - 1).text == "\"" ||
            (v.tok(k - 1).word && !v.tok(k - 1).upper_initial && !v.has("determiner", k - 1) && v.adjective(k - 1))))
      --k, ++gap;
    if (k >= s.first + 2 && v.low(k - 1) == "'s" && v.mention_at(k - 2) != kNone)
      actors = {v.mention_at(k - 2)};
    else if (k > s.first && v.mention_at(k - 1) != kNone) {
      // "his opposition to ...", "US sanctions on ...", "an Israeli strike on ..."
      const Mention& pm = v.mention(v.mention_at(k - 1));
      if ((pm.kind == MentionKind::kPronoun || pm.kind == MentionKind::kDemonym || named(pm)) &&
          actor_type(v.type(v.mention_at(k - 1))))
        actors = {v.mention_at(k - 1)};
    }
    std::vector<std::size_t> objects = find_object(v, s, e, f, false);
    if (objects.empty() && e + 2 < s.last && v.low(e) == "to" && !v.has("determiner", e + 1) &&
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
    if (is_symmetric(f.relation) && objects.size() >= 2 && e < s.last && v.low(e) == "between") {
      // "talks between Armenia and Azerbaijan": the parties, each with the other.
      for (std::size_t x = 0; x < objects.size(); ++x)
        for (std::size_t y = x + 1; y < objects.size(); ++y)
          emit(v, s, si, f.relation, {objects[x]}, {objects[y]}, f.confidence * 0.9, Attributes(), b);
      return true;
    }
    // "These demands include Ukraine's renunciation of ...": the list after "include" names
    // who the acts are demanded of.
    if (objects.empty() && e < s.last && (v.low(e) == "include" || v.low(e) == "includes" || v.low(e) == "included")) {
      std::size_t q = e + 1;
      while (q < s.last && v.mention_at(q) == kNone && modifier_word(v, q) && q < e + 4) ++q;
      if (q < s.last && v.mention_at(q) != kNone && argument(v.mention(v.mention_at(q))))
        objects = {v.mention_at(q)};
      if (actors.empty() && b > s.first && (v.low(b - 1) == "these" || v.low(b - 1) == "those" || v.low(b - 1) == "the") &&
          si > 0) {
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
    if (actors.empty() && !objects.empty()) {
      std::size_t after = v.mention(objects.back()).last;
      if (after + 1 < s.last && v.low(after) == "by" && v.mention_at(after + 1) != kNone)
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
    if (b > s.first && v.low(b - 1) == "no") a.negated = true;
    emit(v, s, si, f.relation, actors, objects, f.confidence, a, b);
    attack_places(v, s, si, f.relation, actors, objects, f.confidence, a, b);
    return true;
  }
  // "an air strike", "the attack": a verb form after a determiner is a noun.
  if (f.kind == TriggerKind::kVerb && b > s.first &&
      (v.has("determiner", b - 1) ||
       (b > s.first + 1 && v.has("determiner", b - 2) && v.tok(b - 1).word && !v.tok(b - 1).upper_initial &&
        v.mention_at(b - 1) == kNone)))
    return false;
  // Active verb or light verb.
  std::vector<std::size_t> objects =
      m.slot != kNone ? coordinate(v, m.slot, s, false) : find_object(v, s, e, f, true);
  double confidence = f.confidence;
  if (objects.empty() && f.kind == TriggerKind::kVerb && e + 1 < s.last && v.low(e) == "to" &&
      !v.has("preposition", e + 1) && v.mention_at(e + 1) == kNone && !v.has("determiner", e + 1)) {
    // "offered to work with Washington", "vowed to retaliate against Iran": the object is in
    // the infinitive clause, after a preposition.
    for (std::size_t q = e + 2; q + 1 < s.last && q < e + 8; ++q) {
      if (is_punct_stop(v.tok(q)) || v.tok(q).text == "," || v.has("clause_break", q)) break;
      if ((v.low(q) == "with" || v.low(q) == "against" || v.low(q) == "on" || v.low(q) == "to") &&
          v.mention_at(q + 1) != kNone && argument(v.mention(v.mention_at(q + 1)))) {
        objects = coordinate(v, v.mention_at(q + 1), s, false);
        confidence *= 0.8;
        break;
      }
    }
  }
  if (objects.empty() && e + 1 < s.last && v.low(e) == "that" &&
      (f.relation == Relation::kDemands || f.relation == Relation::kUrges)) {
    // "demanded that the EU hand over ...": the subject of the clause is asked to act.
    std::size_t q = e + 1;
    if (v.low(q) == "the" && v.mention_at(q) == kNone) ++q;
    if (q < s.last && v.mention_at(q) != kNone && v.mention(v.mention_at(q)).first == q &&
        argument(v.mention(v.mention_at(q))))
      objects = coordinate(v, v.mention_at(q), s, false);
  }
  bool gerund_form = v.low(b).size() > 4 && v.low(b).compare(v.low(b).size() - 3, 3, "ing") == 0;
  if (objects.empty() && f.direct_object && f.kind == TriggerKind::kVerb && !gerund_form &&
      (family(f.relation) == Family::kDisapprove || f.relation == Relation::kRejects)) {
    // "condemned the attack by Israel", "denounced the \"manoeuvres\" by the coast guard": the
    // agent inside the object names whom the act is aimed at.
    bool quoted = false;
    for (std::size_t q = e; q + 1 < s.last && q < e + 16; ++q) {
      const Token& t = v.tok(q);
      if (t.text == "\"") quoted = !quoted;
      if (is_punct_stop(t) || (t.text == "," && !quoted) || v.has("clause_break", q)) break;
      if (v.mention_at(q) != kNone) break;
      if (v.low(q) == "by") {
        std::size_t k = q + 1;
        if (k + 1 < s.last && v.low(k) == "the" && v.mention_at(k) == kNone) ++k;
        std::size_t am = v.mention_at(k);
        if (am != kNone && named(v.mention(am))) {
          objects = coordinate(v, am, s, false);
          confidence *= 0.8;
        }
        break;
      }
    }
  }
  if (objects.empty() && e + 2 < s.last && v.low(e) == "to" && v.has("promise_verb", b)) {
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
  if (objects.empty() && is_symmetric(f.relation)) {
    // "Iran and Saudi Arabia agreed to ...", "Putin and Xi held talks": each with the other.
    std::vector<std::size_t> group = find_subject(v, s, b);
    if (group.size() < 2) return false;
    for (std::size_t q = v.mention(group.back()).last; q < b; ++q)
      if (!(v.has("auxiliary", q) || v.adverb(q) || v.has("hedge", q) || v.has("future", q) ||
            v.low(q) == "also" || v.low(q) == "finally"))
        return false;
    Attributes a = attributes(v, s, v.mention(group.back()).last, b);
    for (std::size_t x = 0; x < group.size(); ++x)
      for (std::size_t y = x + 1; y < group.size(); ++y)
        emit(v, s, si, f.relation, {group[x]}, {group[y]}, confidence * 0.8, a, b);
    return true;
  }
  if (objects.empty()) return false;
  if (family(f.relation) == Family::kStructure && b > s.first && v.low(b - 1) == "to") return true;
  std::vector<std::size_t> subjects = find_subject(v, s, b);
  if (subjects.empty()) return false;
  Attributes a = attributes(v, s, v.mention(subjects.back()).last, b);
  // "posed no threat to", "had no objection to": a negation inside a light verb.
  if (f.kind == TriggerKind::kLight)
    for (std::size_t q = b + 1; q < e; ++q)
      if (v.has("negation", q)) a.negated = true;
  Relation r = f.relation;
  // "hit back at the United States with tariffs": the instrument makes it a sanction.
  for (std::size_t q = v.mention(objects.back()).last; q + 1 < s.last && q < v.mention(objects.back()).last + 4; ++q) {
    if (v.low(q) != "with") continue;
    for (std::size_t t = q + 1; t < s.last && t < q + 4; ++t)
      if (v.has("instrument", t)) r = Relation::kSanctions;
    break;
  }
  emit(v, s, si, r, subjects, objects, confidence, a, b);
  attack_places(v, s, si, r, subjects, objects, confidence, a, b);
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
  // "called in", "called on", "called for" are other verbs.
  if (v.has("preposition", k) || v.low(k) == "it" || v.low(k) == "up" || v.low(k) == "off") return;
  // "what he called an important message": the label is about "what", not a name.
  for (std::size_t q = b; q > s.first && q + 3 > b; --q)
    if (v.low(q - 1) == "what" || v.low(q - 1) == "which") return;
  std::size_t slot = kNone;
  std::size_t end = std::min(s.last, b + 14);
  int tone = 0;
  bool quoted = false;
  std::size_t inner = kNone;
  for (std::size_t q = k; q < end; ++q) {
    const Token& t = v.tok(q);
    if (t.text == "\"") quoted = !quoted;
    if (is_punct_stop(t) || (!quoted && t.text == "," && q > k + 1) || v.has("clause_break", q)) {
      if (v.low(q) != "as") break;
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
  if (object == kNone) return;
  std::vector<std::size_t> subjects = find_subject(v, s, b);
  if (subjects.empty()) return;
  Attributes a = attributes(v, s, v.mention(subjects.back()).last, b);
  emit(v, s, si, tone > 0 ? Relation::kPraises : Relation::kCriticizes, subjects, {object}, 0.6, a, b);
}

void RelationStage::process(Document& doc) const {
  SentenceView v(doc, lex_);
  for (std::size_t si = 0; si < doc.sentences.size(); ++si)
    for (std::size_t k = doc.sentences[si].first; k < doc.sentences[si].last; ++k)
      if (v.mention_at(k) == kNone) label_frame(v, doc.sentences[si], si, k);
  for (std::size_t m = 0; m < doc.mentions.size(); ++m) {
    std::size_t si = doc.tokens[doc.mentions[m].first].sentence;
    compound(v, doc.sentences[si], si, m);
  }
  for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    std::size_t i = s.first;
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
}

// Structural facts from the shape of names: titles and appositions give affiliatedWith,
// "member of" gives memberOf, "X in Y" and the gazetteer give locatedIn.
class StructureStage final : public Stage {
 public:
  explicit StructureStage(const Lexicon& lex) : lex_(lex) {}
  std::string_view name() const override { return "structure"; }
  unsigned needs() const override { return kMentions | kEntities; }
  unsigned provides() const override { return kFacts; }
  void process(Document& doc) const override;

 private:
  const Lexicon& lex_;
};

void StructureStage::process(Document& doc) const {
  SentenceView v(doc, lex_);
  auto title_len = [&](std::size_t k, std::size_t end) {
    std::vector<std::string> words;
    for (std::size_t q = k; q < end && q < k + 6; ++q) words.push_back(v.low(q));
    std::string kind;
    std::size_t n = lex_.match_title(words, 0, &kind);
    return (kind == "office" || kind == "military") ? n : std::size_t{0};
  };
  auto name_mention = [&](std::size_t k) -> std::size_t {
    std::size_t m = k == kNone ? kNone : v.mention_at(k);
    if (m == kNone || v.mention(m).first != k) return kNone;
    MentionKind mk = v.mention(m).kind;
    return (mk == MentionKind::kName || mk == MentionKind::kMetonym || mk == MentionKind::kActorPhrase) ? m : kNone;
  };
  for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    Attributes plain;
    // Affiliations around every person mention.
    for (std::size_t m = v.first_mention(si); m < v.end_mention(si); ++m) {
      const Mention& pm = doc.mentions[m];
      if (pm.first < s.first || pm.first >= s.last || pm.kind != MentionKind::kName) continue;
      if (v.type(m) != EntityType::kPerson) continue;
      std::vector<std::size_t> bodies;
      // Before: "[Country|Demonym]['s] Title Name" or "Country's title, Name,".
      std::size_t k = pm.first;
      // "..., Ayatollah Ali Khamenei": honorifics and ranks between the comma and the name.
      while (k > s.first && v.tok(k - 1).upper_initial && v.mention_at(k - 1) == kNone && k + 3 > pm.first) {
        std::vector<std::string> w = {v.low(k - 1)};
        std::string kind;
        if (lex_.match_title(w, 0, &kind) == 0 || kind == "office") break;
        --k;
      }
      if (k > s.first && v.tok(k - 1).text == ",") --k;
      else k = pm.first;
      for (std::size_t t0 = (k >= s.first + 5 ? k - 5 : s.first); t0 < k; ++t0) {
        if (title_len(t0, k) != k - t0) continue;
        std::size_t q = t0;
        if (q > s.first && v.low(q - 1) == "'s") --q;
        if (q > s.first && v.mention_at(q - 1) != kNone) {
          std::size_t cm = v.mention_at(q - 1);
          bodies.push_back(cm);
          doc.mentions[cm].modifier = doc.mentions[cm].kind != MentionKind::kActorPhrase;
        } else if (q > s.first && (v.low(q - 1) == "its" || v.low(q - 1) == "their")) {
          // "Its spokeswoman, Mumtaz Zahra Baloch": the body named last before (this runs before
          // coreference, so the pronoun is resolved here, to the nearest organisation or country
          // name in this or the previous sentence).
          // The subject of the previous sentence, as for pronouns: its first organisation or
          // country name that no preposition governs.
          if (si > 0)
            for (std::size_t mm = v.first_mention(si - 1); mm < v.end_mention(si - 1); ++mm) {
              const Mention& cand = doc.mentions[mm];
              EntityType t = v.type(mm);
              if (!named(cand) || v.oblique(mm, doc.sentences[si - 1].first)) continue;
              if (t == EntityType::kOrganization || t == EntityType::kCountry) {
                bodies.push_back(mm);
                // "Pakistan's Foreign Office ... Its spokeswoman": the office, and its country.
                if (cand.last + 1 < doc.sentences[si - 1].last && v.low(cand.last) == "'s" && mm + 1 < v.end_mention(si - 1) &&
                    doc.mentions[mm + 1].first == cand.last + 1 && v.type(mm + 1) == EntityType::kOrganization)
                  bodies.push_back(mm + 1);
                break;
              }
            }
        }
        break;
      }
      // After: "Name, (the|a) [Country['s]|Demonym] title [(of|for|at) (the) Body] [and ...],"
      // or "Name of the (adj) Organization".
      k = pm.last;
      if (k + 1 < s.last && v.low(k) == "of") {
        std::size_t q = k + 1, gap = 0;
        if (v.low(q) == "the") ++q;
        while (q < s.last && gap < 2 && v.mention_at(q) == kNone && v.tok(q).word && !v.tok(q).upper_initial) ++q, ++gap;
        std::size_t om = q < s.last ? name_mention(q) : kNone;
        bool titled = false;
        for (std::size_t t0 = pm.first >= s.first + 4 ? pm.first - 4 : s.first; t0 < pm.first; ++t0)
          titled = titled || title_len(t0, pm.first) == pm.first - t0;
        if (om != kNone && (v.type(om) == EntityType::kOrganization || (titled && v.type(om) == EntityType::kCountry))) {
          bodies.push_back(om);
          doc.mentions[om].modifier = v.type(om) == EntityType::kCountry;
        }
      }
      if (k < s.last && v.tok(k).text == ",") {
        std::size_t q = k + 1;
        for (int part = 0; part < 3 && q < s.last; ++part) {
          if (v.low(q) == "the" || v.low(q) == "a" || v.low(q) == "an") ++q;
          std::size_t cm = q < s.last ? name_mention(q) : kNone;
          if (cm != kNone) {
            q = v.mention(cm).last;
            if (q < s.last && v.low(q) == "'s") ++q;
          }
          for (int adj = 0; adj < 3 && q < s.last && v.tok(q).word && !v.tok(q).upper_initial &&
                            title_len(q, s.last) == 0 && !v.has("preposition", q);
               ++adj)
            ++q;  // adjectives: "the governing", "a senior"
          std::size_t tl = q < s.last ? title_len(q, s.last) : 0;
          if (tl == 0) break;
          if (cm != kNone) {
            bodies.push_back(cm);
            doc.mentions[cm].modifier = doc.mentions[cm].kind != MentionKind::kActorPhrase;
          }
          q += tl;
          if (q < s.last && (v.low(q) == "of" || v.low(q) == "for" || v.low(q) == "at" || v.low(q) == "to")) {
            ++q;
            if (q < s.last && v.low(q) == "the") ++q;
            std::size_t gap = 0;
            while (q < s.last && gap < 2 && v.mention_at(q) == kNone && v.tok(q).word && !v.tok(q).upper_initial) ++q, ++gap;
            std::size_t bm = q < s.last ? name_mention(q) : kNone;
            if (bm != kNone) {
              bodies.push_back(bm);
              doc.mentions[bm].modifier = true;
              q = v.mention(bm).last;
              // "of Iran's Supreme National Security Council": the country and its body.
              if (q + 1 < s.last && (v.low(q) == "'s" || v.low(q) == "'")) {
                std::size_t om = name_mention(q + 1);
                if (om != kNone) {
                  bodies.push_back(om);
                  doc.mentions[om].modifier = true;
                  q = v.mention(om).last;
                }
              }
            }
          }
          if (q < s.last && v.low(q) == "and") { ++q; continue; }
          break;
        }
      }
      std::vector<std::size_t> targets;
      for (std::size_t bm : bodies) {
        targets.push_back(bm);
      }
      emit(v, s, si, Relation::kAffiliatedWith, {m}, targets, 0.9, plain, pm.first);
      // A body of a country ("Russia's Security Council", "China's foreign ministry") links the
      // person to the country too.
      for (std::size_t bm : bodies)
        for (std::size_t be : v.mention(bm).entities) {
          const DocEntity& body = doc.entities[be];
          if (body.type != EntityType::kOrganization || body.gazetteer == kNoEntry) continue;
          std::size_t country = lex_.entries()[body.gazetteer].country;
          if (country == kNoEntry) continue;
          // Only when the text names the country in the body's name ("Russia's Security
          // Council", "the White House National Security Council"), not for every party.
          bool named_country = false;
          const Mention& bmm = v.mention(bm);
          for (std::size_t a = bmm.first; a < bmm.last && !named_country; ++a) {
            std::string joined;
            for (std::size_t z = a; z < bmm.last && z < a + 3; ++z) {
              joined += (z > a ? " " : "") + v.tok(z).text;
              if (const auto* hits = lex_.lookup(joined))
                for (const GazetteerHit& h : *hits) named_country = named_country || h.entry == country;
            }
          }
          if (!named_country) continue;
          for (std::size_t ce = 0; ce < doc.entities.size(); ++ce)
            if (doc.entities[ce].gazetteer == country)
              for (std::size_t pe : pm.entities) {
                ExtractedFact f;
                f.subject = pe;
                f.object = ce;
                f.relation = Relation::kAffiliatedWith;
                f.confidence = 0.8;
                f.sentence = si;
                f.trigger = pm.first;
                doc.facts.push_back(f);
              }
        }
    }
    // Location: "the Valdai Club in Sochi", "Sochi, Russia", and places whose container the
    // gazetteer knows, both named in the sentence.
    for (std::size_t m = v.first_mention(si); m < v.end_mention(si); ++m) {
      const Mention& lm = doc.mentions[m];
      if (lm.first < s.first || lm.first >= s.last || lm.kind != MentionKind::kName) continue;
      EntityType lt = v.type(m);
      if (lt != EntityType::kOrganization && lt != EntityType::kPlace) continue;
      std::size_t q = lm.last;
      bool comma = q < s.last && v.tok(q).text == ",";
      bool institution = lt == EntityType::kPlace;
      for (std::size_t t = lm.first; t < lm.last && !institution; ++t) institution = lex_.has("org_head", v.tok(t).text);
      bool on_island = lt == EntityType::kPlace && v.low(q) == "on";
      if (institution && q + 1 < s.last && (v.low(q) == "in" || on_island || (comma && lt == EntityType::kPlace))) {
        ++q;
        if (v.low(q) == "the" && q + 1 < s.last && v.mention_at(q) == kNone) ++q;
        std::size_t rm = name_mention(q);
        bool in_list = false;
        if (rm != kNone && comma) {
          // "Donetsk, Luhansk and Kherson" is a list, "Sochi, Russia" a location.
          std::size_t after = v.mention(rm).last;
          in_list = v.type(rm) != EntityType::kCountry ||
                    (after < s.last && (v.tok(after).text == "," || v.low(after) == "and" || v.low(after) == "or"));
        }
        if (rm != kNone && !in_list && (v.type(rm) == EntityType::kPlace || v.type(rm) == EntityType::kCountry) &&
            v.mention(rm).kind == MentionKind::kName)
          emit(v, s, si, Relation::kLocatedIn, {m}, {rm}, 0.8, plain, lm.first);
      }
      if (lt == EntityType::kPlace) {
        const DocEntity& place = doc.entities[lm.entities.front()];
        if (place.gazetteer == kNoEntry) continue;
        std::size_t container = lex_.entries()[place.gazetteer].located_in;
        if (container == kNoEntry) continue;
        for (std::size_t r = v.first_mention(si); r < v.end_mention(si); ++r) {
          const Mention& rm = doc.mentions[r];
          if (rm.first < s.first || rm.first >= s.last || rm.entities.size() != 1) continue;
          // Only close together ("in Ukraine, especially in the Donbas region").
          std::size_t gap = rm.first > lm.last ? rm.first - lm.last : lm.first - rm.last;
          if (gap > 6 || (rm.kind != MentionKind::kName && rm.kind != MentionKind::kDemonym)) continue;
          if (doc.entities[rm.entities.front()].gazetteer == container)
            emit(v, s, si, Relation::kLocatedIn, {m}, {r}, 0.6, plain, lm.first);
        }
      }
    }
    // Membership: "NATO member Turkey", "Poland, a member of NATO", "all 27 EU member states,
    // Hungary included", "EU member states such as Malta and Cyprus".
    for (std::size_t k = s.first; k + 2 < s.last; ++k) {
      if (v.low(k) != "member") continue;
      const std::string& noun = v.low(k + 1);
      if (noun != "states" && noun != "countries" && noun != "nations" && noun != "state") continue;
      std::size_t org = k > s.first ? v.mention_at(k - 1) : kNone;
      if (org == kNone || !named(v.mention(org)) || v.type(org) != EntityType::kOrganization) continue;
      std::size_t q = k + 2;
      std::vector<std::size_t> members;
      if (v.tok(q).text == "," && q + 1 < s.last && v.mention_at(q + 1) != kNone) {
        std::vector<std::size_t> list = coordinate(v, v.mention_at(q + 1), s, false);
        std::size_t after = v.mention(list.back()).last;
        if (after < s.last && (v.low(after) == "included" || v.low(after) == "among" || v.low(after) == "alike"))
          members = list;
      } else if (v.low(q) == "including" || v.low(q) == "like" || (v.low(q) == "such" && q + 1 < s.last && v.low(q + 1) == "as")) {
        q += v.low(q) == "such" ? 2 : 1;
        if (q < s.last && v.mention_at(q) != kNone) members = coordinate(v, v.mention_at(q), s, false);
      }
      if (!members.empty()) emit(v, s, si, Relation::kMemberOf, members, {org}, 0.8, plain, k);
    }
    for (std::size_t k = s.first; k < s.last; ++k) {
      if (v.low(k) != "member" && v.low(k) != "members") continue;
      // "NATO member Turkey"
      std::size_t before = k > s.first && v.mention_at(k - 1) != kNone ? name_mention(v.mention(v.mention_at(k - 1)).first) : kNone;
      std::size_t after = k + 1 < s.last ? name_mention(k + 1) : kNone;
      if (before != kNone && after != kNone && v.type(before) == EntityType::kOrganization) {
        emit(v, s, si, Relation::kMemberOf, coordinate(v, after, s, false), {before}, 0.85, plain, k);
        continue;
      }
      // "Caricom, the Caribbean Community, of which Guyana is a member": the organisation is
      // the antecedent of "of which".
      if (k + 1 >= s.last || v.low(k + 1) != "of") {
        std::size_t p = k;
        while (p > s.first && p + 4 > k && v.mention_at(p - 1) == kNone && lex_.has("member_modifier", v.low(p - 1))) --p;
        if (p < s.first + 4 || v.mention_at(p - 1) == kNone) continue;
        std::size_t member = v.mention_at(p - 1);
        std::size_t w = v.mention(member).first;
        if (w < s.first + 3 || v.low(w - 1) != "which" || v.low(w - 2) != "of" || v.tok(w - 3).text != ",") continue;
        // Back over an apposition (", the Caribbean Community,") to the organisation.
        std::size_t q = w - 3;  // the comma before "of which"
        std::size_t org = kNone;
        for (int hops = 0; hops < 2 && q > s.first && org == kNone; ++hops) {
          std::size_t cand = v.mention_at(q - 1);
          if (cand != kNone && v.type(cand) == EntityType::kOrganization && named(v.mention(cand))) {
            org = cand;
            break;
          }
          // Back to the comma that opens the apposition.
          std::size_t c = q - 1;
          while (c > s.first && c + 12 > q && v.tok(c).text != ",") --c;
          if (v.tok(c).text != ",") break;
          q = c;
        }
        if (org != kNone && named(v.mention(member)))
          emit(v, s, si, Relation::kMemberOf, {member}, {org}, 0.75, plain, k);
        continue;
      }
      if (v.low(k + 1) == "of" && k + 2 < s.last) {
        std::size_t q = k + 2;
        if (v.low(q) == "the" && q + 1 < s.last) ++q;
        std::size_t org = name_mention(q);
        if (org == kNone || v.type(org) != EntityType::kOrganization) continue;
        // The member stands right before: "Finland, a founding member of", "Poland is a member of".
        std::size_t p = k;
        while (p > s.first && p + 4 > k && v.mention_at(p - 1) == kNone && lex_.has("member_modifier", v.low(p - 1))) --p;
        if (p == s.first || v.mention_at(p - 1) == kNone) continue;
        std::size_t member = v.mention_at(p - 1);
        if (!named(v.mention(member))) continue;
        emit(v, s, si, Relation::kMemberOf, coordinate(v, member, s, true), {org}, 0.75, plain, k);
      }
    }
  }
}

}  // namespace

std::unique_ptr<Stage> make_relation_stage(const Lexicon& lex) { return std::make_unique<RelationStage>(lex); }
std::unique_ptr<Stage> make_structure_stage(const Lexicon& lex) { return std::make_unique<StructureStage>(lex); }

}  // namespace kg::extract
