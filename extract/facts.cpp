// Facts into the Document: negation and modality from the words before a trigger, the time
// expression nearest it, the type constraints of each relation, and emit(), which adds one
// fact per subject x object entity pair.
#include <algorithm>
#include <set>

#include "extract/dates.hpp"
#include "extract/sentence_view.hpp"

namespace kg::extract::detail {


// Negation and modality from the words just before the trigger (back to the subject).
Attributes attributes(const SentenceView& v, const Sentence& s, std::size_t from, std::size_t trigger) {
  Attributes a;
  std::size_t lo = trigger >= s.first + 5 ? trigger - 5 : s.first;
  lo = std::max(lo, from);
  // Words of another clause ("Kosovo, which Serbia does not recognise, thanked") do not count.
  for (std::size_t k = trigger; k > lo; --k)
    if (v.tok(k - 1).text == "," || v.has("clause_break", k - 1) || v.lowv(k - 1) == "and" || v.lowv(k - 1) == "or") {
      lo = k;
      break;
    }
  // "He denied reports that Hamas had rejected ...": a denial earlier in the sentence, followed
  // by "that" before the trigger, denies the fact.
  for (std::size_t k = s.first; k + 1 < trigger; ++k)
    if (v.has("denial", k)) {
      for (std::size_t q = k + 1; q < trigger && q < k + 6; ++q)
        if (v.lowv(q) == "that") a.negated = true;
    }
  for (std::size_t k = lo; k < trigger; ++k) {
    if (v.mention_at(k) != kNone) continue;
    if (v.has("negation", k)) a.negated = true;
    else if (v.has("hedge", k)) a.modality = Modality::kHedged;
    else if (v.has("future", k) && a.modality == Modality::kAsserted) a.modality = Modality::kFuture;
  }
  // "has denied supporting the Houthis", "denies having armed": a denial verb before a gerund.
  {
    std::size_t q = trigger;
    while (q > s.first && (v.lowv(q - 1) == "having" || v.adverb(q - 1) || v.has("verb_group_adverb", q - 1))) --q;
    if (q > s.first && v.has("denial", q - 1) && v.low(trigger).size() > 4 &&
        v.low(trigger).compare(v.low(trigger).size() - 3, 3, "ing") == 0)
      a.negated = true;
    if (q > s.first && v.has("denial", q - 1) && v.low(trigger) != v.low(q - 1) && q < trigger && v.lowv(q) == "having")
      a.negated = true;
  }
  // The clause layer: negation and modality of the trigger's verb group, and the conditional
  // of an inverted clause ("Should they attack Estonia, ...").
  const Document& doc = v.doc();
  if (trigger < doc.clause_of.size() && doc.clause_of[trigger] != kNone) {
    const Clause& c = doc.clauses[doc.clause_of[trigger]];
    if (c.verb.negated) a.negated = true;
    if (c.verb.modality == Modality::kHedged) a.modality = Modality::kHedged;
    else if (c.verb.modality == Modality::kFuture && a.modality == Modality::kAsserted) a.modality = Modality::kFuture;
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
    if (v.mention_at(k) != kNone) continue;  // "Theresa May" is no month
    std::size_t len = 0;
    const std::string& w = v.low(k);
    const bool maybe_name = v.tok(k).upper_initial && w.size() >= 3 && w.size() <= 9;
    bool month = maybe_name && kMonths.count(w) > 0, day = maybe_name && kDays.count(w) > 0;
    if ((std::string_view(w) == "in" || std::string_view(w) == "since" || std::string_view(w) == "by") && k + 1 < s.last && is_year(k + 1)) len = 2;
    else if (std::string_view(w) == "on" && k + 1 < s.last && kDays.count(v.low(k + 1))) len = 2;
    else if ((std::string_view(w) == "last" || std::string_view(w) == "next" || std::string_view(w) == "this") && k + 1 < s.last &&
             v.has("time_period", k + 1)) len = 2;
    else if (v.has("relative_day", k)) len = 1;
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
    // A visit goes to a place, a country or an organisation's seat, not to a person (that is a
    // meeting); troops are withdrawn from a place or a country.
    case Relation::kVisits: return t != EntityType::kPerson && t != EntityType::kGroup;
    case Relation::kWithdrawsFrom: return t == EntityType::kPlace || t == EntityType::kCountry;
    // People are arrested, expelled and released, not places.
    case Relation::kArrests: case Relation::kExpels: case Relation::kReleases: return t != EntityType::kPlace;
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
    std::size_t before = doc.entities.size();
    std::size_t e = entity_for_entry(doc, v.lex(), h.entry);
    if (e == before) doc.entities[e].aliases = {joined};
    return e;
  }
  return kNone;
}

std::size_t entity_for_entry(Document& doc, const Lexicon& lex, std::size_t entry) {
  for (std::size_t e = 0; e < doc.entities.size(); ++e)
    if (doc.entities[e].gazetteer == entry) return e;
  const GazetteerEntry& g = lex.entries()[entry];
  DocEntity e;
  e.label = g.label;
  e.type = g.type;
  e.qid = g.qid;
  e.qid_certain = !g.qid.empty();
  e.gazetteer = entry;
  doc.entities.push_back(e);
  return doc.entities.size() - 1;
}

// One fact between two entities, if the relation admits their types; its confidence is lowered
// for a hedged statement. The one place a fact is built.
bool push_fact(SentenceView& v, const Sentence& s, std::size_t sentence_index, Relation r, std::size_t se,
               std::size_t oe, double confidence, Attributes a, std::size_t trigger) {
  Document& doc = v.doc();
  // A state that protests lodges a diplomatic protest (CAMEO 111, criticizes); demonstrations,
  // marches and boycotts (protests) are the acts of people and groups.
  if (r == Relation::kProtests && doc.entities[se].type == EntityType::kCountry) r = Relation::kCriticizes;
  // ... and a protest ("protested over", "stormed the consulate in protest") by people or a group
  // is a protest; a person's act "in protest" ("Clinton recalled the ambassador in protest") is an
  // official's criticism.
  if (r == Relation::kCriticizes && doc.entities[se].type != EntityType::kCountry && trigger < doc.tokens.size() &&
      doc.tokens[trigger].lower.rfind("protest", 0) == 0 &&
      !(doc.entities[se].type == EntityType::kPerson && trigger > 0 && v.has("protest_adjunct", trigger - 1)) &&
      (doc.entities[se].type == EntityType::kGroup || doc.entities[se].type == EntityType::kPerson))
    r = Relation::kProtests;
  if (se == oe || !subject_fits(r, doc.entities[se].type) || !object_fits(r, doc.entities[oe].type)) return false;
  ExtractedFact f;
  f.subject = se;
  f.object = oe;
  f.relation = r;
  f.negated = a.negated;
  f.modality = a.modality;
  f.confidence = std::clamp(a.modality == Modality::kHedged ? confidence * 0.8 : confidence, 0.0, 1.0);
  f.sentence = sentence_index;
  f.trigger = trigger;
  f.time = time_of(v, s, trigger);
  f.date = resolve_date(f.time, doc.date);
  doc.facts.push_back(std::move(f));
  return true;
}

void emit(SentenceView& v, const Sentence& s, std::size_t sentence_index, Relation r,
          const std::vector<std::size_t>& subjects, const std::vector<std::size_t>& objects,
          double confidence, Attributes a, std::size_t trigger) {
  Document& doc = v.doc();
  // "Syria, Lebanon and Yemen voted against it", "Both India and Nepal claim the territory": a
  // pronoun or description object that resolved to one of the subjects is not them (its
  // antecedent lies elsewhere); no fact from it.
  auto own_pronoun = [&](std::size_t om) {
    if ((v.mention(om).kind != MentionKind::kPronoun && v.mention(om).kind != MentionKind::kDescription) ||
        subjects.size() < 2)
      return false;
    for (std::size_t sm : subjects)
      for (std::size_t se : v.mention(sm).entities)
        for (std::size_t oe : v.mention(om).entities)
          if (se == oe) return true;
    return false;
  };
  for (std::size_t sm : subjects)
    for (std::size_t om : objects) {
      if (own_pronoun(om)) continue;
      std::vector<std::size_t> targets = v.mention(om).entities;
      Relation rel = r;
      // "the rebels are holding two missionaries", "holds 5,000 Palestinian prisoners": "hold"
      // arrests people only, never a place, a country by name or an organisation ("holds
      // Ukraine's plant", "holds the presidency").
      if (r == Relation::kArrests && trigger < doc.tokens.size()) {
        const std::string& w = doc.tokens[trigger].lower;
        const bool hold = w == "hold" || w == "holds" || w == "held" || w == "holding";
        const Mention& om_m = v.mention(om);
        if (hold && v.type(om) != EntityType::kPerson && om_m.kind != MentionKind::kDemonym && !om_m.modifier) continue;
      }
      // "seized three Israeli soldiers": territory is occupied, annexed or claimed, people are
      // taken; an actor phrase of people as the object makes the seizure an abduction, any other
      // actor phrase ("the Ukrainian embassy") no territorial fact.
      if ((r == Relation::kOccupies || r == Relation::kAnnexes || r == Relation::kClaims) &&
          v.mention(om).kind == MentionKind::kActorPhrase) {
        const std::size_t head = v.mention(om).last - 1;
        if (r != Relation::kOccupies || !(v.has("member_noun", head) || v.has("national_noun", head))) continue;
        rel = Relation::kArrests;
      }
      // "visited the Saudi consulate": a visit goes to a place or country by name, not to an
      // actor phrase (a building, positions or troops of a country).
      if (r == Relation::kVisits && v.mention(om).kind == MentionKind::kActorPhrase) continue;
      // Force, visits, withdrawals and deployments go to the city a capital names.
      if (family(r) == Family::kFight || r == Relation::kVisits || r == Relation::kWithdrawsFrom ||
          r == Relation::kMobilizes)
        if (std::size_t city = city_reading(v, om); city != kNone) targets = {city};
      const std::vector<std::size_t>& named_state = v.mention(om).entities;
      for (std::size_t se : v.mention(sm).entities)
        for (std::size_t oe : targets) {
          // "recalled its ambassador to Ankara": a state does not visit, leave or deploy to its
          // own capital.
          if (targets != named_state && rel != Relation::kAttacks &&
              std::find(named_state.begin(), named_state.end(), se) != named_state.end())
            continue;
          // "Hezbollah seized all three": seizing or capturing people is taking them, not territory.
          const Relation taken = rel == Relation::kOccupies && (doc.entities[oe].type == EntityType::kPerson ||
                                                                doc.entities[oe].type == EntityType::kGroup)
                                     ? Relation::kArrests
                                     : rel;
          push_fact(v, s, sentence_index, taken, se, oe,
                    confidence * std::min(v.mention(sm).confidence, v.mention(om).confidence), a, trigger);
        }
    }
  if (family(r) != Family::kStructure && !a.negated && trigger < doc.tokens.size()) {
    std::vector<std::size_t> agents;
    for (std::size_t sm : subjects)
      for (std::size_t se : v.mention(sm).entities) agents.push_back(se);
    // A symmetric act ("signed an accord with Iran") is both parties' act.
    if (is_symmetric(r))
      for (std::size_t om : objects)
        for (std::size_t oe : v.mention(om).entities) agents.push_back(oe);
    record_event(v, trigger, sentence_index, agents, true);
  }
}

void record_event(SentenceView& v, std::size_t head, std::size_t sentence, const std::vector<std::size_t>& agents,
                  bool from_fact) {
  Document& doc = v.doc();
  if (agents.empty()) return;
  std::string lemma;
  if (!v.lex().verb_form(v.low(head), &lemma) || v.tok(head).upper_initial) lemma = v.low(head);
  // A verb that is not a clause head here ("the attack") is its noun: keep the word itself.
  if (doc.clause_of.size() > head && doc.clause_of[head] == kNone) lemma = v.low(head);
  if (doc.event_at.size() != doc.tokens.size()) doc.event_at.assign(doc.tokens.size(), kNone);
  if (std::size_t i = doc.event_at[head]; i != kNone) {
    EventMention& ev = doc.events[i];
    ev.from_fact = ev.from_fact || from_fact;
    for (std::size_t e : agents)
      if (std::find(ev.agents.begin(), ev.agents.end(), e) == ev.agents.end()) ev.agents.push_back(e);
    return;
  }
  doc.event_at[head] = doc.events.size();
  EventMention ev;
  ev.head = head;
  ev.sentence = sentence;
  ev.lemma = std::move(lemma);
  ev.agents = agents;
  ev.from_fact = from_fact;
  doc.events.push_back(std::move(ev));
}

void emit_entity_pair(SentenceView& v, const Sentence& s, std::size_t sentence_index, Relation r, std::size_t se,
                      std::size_t oe, double confidence, Attributes a, std::size_t trigger) {
  Document& doc = v.doc();
  if (!push_fact(v, s, sentence_index, r, se, oe, confidence, a, trigger)) return;
  if (!a.negated && family(r) != Family::kStructure && trigger < doc.tokens.size()) {
    std::vector<std::size_t> agents = {se};
    if (is_symmetric(r)) agents.push_back(oe);
    record_event(v, trigger, sentence_index, agents, true);
  }
}

void emit_to_entities(SentenceView& v, const Sentence& s, std::size_t sentence_index, Relation r,
                      const std::vector<std::size_t>& subjects, const std::vector<std::size_t>& object_entities,
                      double confidence, Attributes a, std::size_t trigger) {
  for (std::size_t sm : subjects)
    for (std::size_t se : v.mention(sm).entities)
      for (std::size_t oe : object_entities)
        push_fact(v, s, sentence_index, r, se, oe, confidence * v.mention(sm).confidence, a, trigger);
}

// "its military operations in Ukraine, especially in the Donbas region", "the war against
// Hamas in Gaza": an attack also strikes the places it is said to happen in.
void attack_places(SentenceView& v, const Sentence& s, std::size_t si, Relation r,
                   const std::vector<std::size_t>& subjects, const std::vector<std::size_t>& objects,
                   double confidence, Attributes a, std::size_t trigger) {
  if (r != Relation::kAttacks || objects.empty()) return;
  // "killed Soleimani in Baghdad": where a person was attacked is no target.
  if (v.type(objects.back()) == EntityType::kPerson) return;
  std::size_t q = v.mention(objects.back()).last;
  std::vector<std::size_t> places;
  for (std::size_t steps = 0; q + 1 < s.last && steps < 8; ++q, ++steps) {
    const Token& t = v.tok(q);
    if (is_punct_stop(t) || v.has("clause_break", q)) break;
    if (v.lowv(q) != "in") continue;
    std::size_t k = q + 1;
    if (v.lowv(k) == "the" && v.mention_at(k) == kNone && k + 1 < s.last) ++k;
    std::size_t pm = v.mention_at(k);
    if (pm == kNone || !named(v.mention(pm))) break;
    EntityType t2 = v.type(pm);
    if (t2 == EntityType::kPlace || t2 == EntityType::kCountry) places.push_back(pm);
    q = v.mention(pm).last - 1;
  }
  if (!places.empty()) emit(v, s, si, r, subjects, places, confidence * 0.8, a, trigger);
}


}  // namespace kg::extract::detail
