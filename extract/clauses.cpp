// The clause stage: verb groups and clauses (Document::clauses), after coreference and before
// relations. A verb is a WordNet verb form outside a mention that its left context does not make
// a noun ("the attack", "held talks", "fresh sanctions"); its group takes the auxiliaries, modals,
// negation and adverbs before it. Each group heads a clause whose subject is, in this order:
//   - for an infinitive ("urged Israel to stop", "vowed to keep"), its controller: the object of
//     a control verb, else the subject of the clause it hangs on;
//   - for a relative clause ("X, which accused Y", "A and B were among those that condemned Y"),
//     the antecedent;
//   - the word-order subject within the clause (find_subject_by_order);
//   - for a verb phrase after a coordinator or a comma ("..., and accused Y", "but praised Z",
//     ", accusing it of"), the subject of the nearest finite clause before it.
// The relation stage reads subjects from here through detail::find_subject.
#include <algorithm>

#include "extract/pipeline.hpp"
#include "extract/sentence_view.hpp"

namespace kg::extract {
namespace detail {

// Subjects of the predicate at `pos`: the clause layer's when it knows them, else word order.
std::vector<std::size_t> find_subject(const SentenceView& v, const Sentence& s, std::size_t pos, bool any_type) {
  const Document& doc = v.doc();
  std::size_t c = pos < doc.clause_of.size() ? doc.clause_of[pos] : kNone;
  if (c != kNone) {
    const Clause& cl = doc.clauses[c];
    std::vector<std::size_t> out;
    for (std::size_t m : cl.subjects)
      if (any_type || actor_type(v.type(m))) out.push_back(m);
    if (!out.empty()) return out;
    if (cl.inherited) return {};
  }
  return find_subject_by_order(v, s, pos, any_type);
}

}  // namespace detail

namespace {
using namespace detail;

class ClauseStage final : public Stage {
 public:
  explicit ClauseStage(const Lexicon& lex) : lex_(lex) {}
  std::string_view name() const override { return "clauses"; }
  unsigned needs() const override { return kMentions | kEntities | kCoreference | kModifiers; }
  unsigned provides() const override { return kClauses; }
  void process(Document& doc) const override;

 private:
  const Lexicon& lex_;
};

bool lower_word(const Token& t) { return t.word && !t.upper_initial; }

// Words that may stand inside a verb group before its verb.
bool group_word(const SentenceView& v, std::size_t k) {
  if (v.mention_at(k) != kNone) return false;
  return v.has("auxiliary", k) || v.has("modal", k) || v.has("negation", k) || v.has("verb_group_adverb", k) ||
         v.has("future", k) || (v.adverb(k) && !v.lex().verb_form(v.low(k)));
}

// Whether the verb form at k is a verb here, and not a noun ("the attack", "fresh sanctions").
bool verb_here(const SentenceView& v, const Sentence& s, std::size_t k, std::uint8_t form, bool after_verb,
               std::uint8_t last_form) {
  if (k == s.first) return false;
  const std::size_t p = k - 1;
  const Token& prev = v.tok(p);
  if (v.mention_at(p) != kNone) {
    // "its air force", "their strikes": a possessive pronoun opens a noun phrase.
    if (v.has("determiner", p)) return false;
    // "a US strike", "the Israeli attack": a name inside a noun phrase makes a noun.
    std::size_t mf = v.mention(v.mention_at(p)).first;
    if (mf > s.first && (v.has("determiner", mf - 1) || v.has("preposition", mf - 1)) && !v.has("relative", mf - 1) &&
        !(form & (kPastForm | kThirdForm)))
      return false;
    return true;
  }
  if (v.lowv(p) == "'s" || v.lowv(p) == "'") return false;
  // "Chile and Peru each accused": a floating quantifier after a name, not a determiner.
  if (v.has("determiner", p) && v.has("verb_group_adverb", p) && p > s.first && v.mention_at(p - 1) != kNone)
    return true;
  if (v.has("determiner", p) && !v.has("relative", p)) return false;
  // "refused to accept that ruling": a bare -ing form after "that" is a noun.
  if (v.lowv(p) == "that" && form == kGerundForm) return false;
  if (v.lowv(p) == "that" || v.lowv(p) == "which" || v.lowv(p) == "who") return true;
  if (v.lowv(p) == "to") return (form & kBaseForm) != 0;
  if (v.has("preposition", p)) return (form & kGerundForm) != 0;  // "by shelling", "of failing"
  if (!prev.word) return true;                                  // after a comma, quote, bracket
  if (std::isdigit(static_cast<unsigned char>(prev.text[0]))) return false;
  if (after_verb) return false;  // "held talks", "imposed sanctions": the object of the verb before
  if (group_word(v, p)) return true;
  // "has shrugged off criticism and sanctions from": after "and", a present form after a past
  // verb is a coordinated noun, not a coordinated verb (which would agree: "and sanctioned").
  if (v.has("coordinator", p))
    return !(last_form & (kPastForm | kParticipleForm)) || (form & (kPastForm | kParticipleForm)) ||
           !lower_word(v.tok(p)) || v.lowv(p) != "and";
  // After a capitalised word that is no name ("Kurdish positions", "Group of Eight
  // industrialized nations") there is no verb, but after a sentence's first word ("Officials said").
  // ("The league on Saturday suspended Syria": a day or month after its preposition ends an
  // adverbial, and the verb follows.)
  if (prev.upper_initial && v.has("calendar_name", p) && p > s.first && v.has("preposition", p - 1))
    return (form & (kPastForm | kThirdForm)) != 0;
  if (prev.upper_initial) return p == s.first && (form & (kPastForm | kThirdForm)) != 0;
  // "keep its embassy open": a bare base form after a noun is no finite verb, unless the noun is
  // a plural subject ("officials say").
  if (!(form & (kPastForm | kThirdForm | kGerundForm)) && lower_word(prev) &&
      !(v.low(p).size() > 3 && v.low(p).back() == 's'))
    return false;
  if (lower_word(prev) && v.lex().is_adjective(v.low(p)) && !(form & (kPastForm | kParticipleForm))) return false;
  return true;
}

void ClauseStage::process(Document& doc) const {
  SentenceView v(doc, lex_);
  doc.clauses.clear();
  doc.phrases.clear();
  doc.appositions.clear();
  doc.clause_of.assign(doc.tokens.size(), kNone);
  for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    const std::size_t first_clause = doc.clauses.size();
    std::size_t last_head = kNone;
    for (std::size_t k = s.first; k < s.last; ++k) {
      if (v.mention_at(k) != kNone || !lower_word(v.tok(k))) continue;
      std::uint8_t form = lex_.verb_form(v.low(k));
      if (!form) continue;
      if (v.has("determiner", k) || v.has("preposition", k) || v.has("relative", k) || v.has("modal", k)) continue;
      // An auxiliary heads the group only when no verb follows ("is a member"); else it joins it.
      if (v.has("auxiliary", k)) {
        std::size_t q = k + 1;
        while (q < s.last && group_word(v, q)) ++q;
        if (q < s.last && v.mention_at(q) == kNone && lower_word(v.tok(q)) && lex_.verb_form(v.low(q)) &&
            !v.has("determiner", q) && !v.has("preposition", q))
          continue;
      }
      bool after_verb = last_head != kNone && last_head + 1 == k;
      // "government forces attacked": a plural-looking word before a past verb is a noun.
      if ((form & (kThirdForm | kBaseForm)) && !(form & kPastForm) && k + 1 < s.last &&
          lower_word(v.tok(k + 1)) && v.mention_at(k + 1) == kNone &&
          (lex_.verb_form(v.low(k + 1)) & (kPastForm | kThirdForm)) && !v.has("auxiliary", k + 1) &&
          !v.has("preposition", k + 1) && !v.has("determiner", k + 1) && !v.has("auxiliary", k) &&
          !(k > s.first && (v.lowv(k - 1) == "to" || v.has("modal", k - 1))))
        continue;
      std::uint8_t last_form = last_head != kNone ? doc.clauses.back().verb.form : 0;
      if (!verb_here(v, s, k, form, after_verb, last_form)) continue;
      Clause c;
      c.sentence = si;
      VerbGroup& g = c.verb;
      g.head = k;
      g.form = form;
      g.last = k + 1;
      std::size_t b = k;
      bool to = false;
      while (b > s.first && (group_word(v, b - 1) || (v.lowv(b - 1) == "to" && !to))) {
        if (v.lowv(b - 1) == "to") to = true;
        --b;
        if (to) break;
      }
      g.first = b;
      bool be = false, aux = false;
      for (std::size_t q = g.first; q < g.head; ++q) {
        if (v.has("be", q)) be = true;
        if (v.has("auxiliary", q) || v.has("modal", q)) aux = true;
        if (v.has("negation", q)) g.negated = true;
        else if (v.has("hedge", q)) g.modality = Modality::kHedged;
        else if (v.has("future", q) && g.modality == Modality::kAsserted) g.modality = Modality::kFuture;
      }
      if (be && (form & kParticipleForm)) g.voice = Voice::kPassive;
      // Tense: a future marker, else a past auxiliary or a past verb without auxiliary.
      bool past_aux = false, future = false;
      for (std::size_t q = g.first; q < g.head; ++q) {
        const std::string& w = v.low(q);
        past_aux = past_aux || std::string_view(w) == "was" || std::string_view(w) == "were" || std::string_view(w) == "had" || std::string_view(w) == "did";
        future = future || v.has("future", q) || std::string_view(w) == "will" || std::string_view(w) == "shall" || std::string_view(w) == "'ll";
      }
      g.tense = future ? Tense::kFuture : (past_aux || (!aux && (form & kPastForm))) ? Tense::kPast : Tense::kPresent;
      const bool gerund = (form & kGerundForm) && !be && !aux;
      g.finite = !to && !gerund;
      // Direct objects: a mention right after the verb, determiners aside; none after a verb
      // that takes none ("arrived Monday", "retaliated, Israel said").
      std::string lemma;
      lex_.verb_form(v.low(k), &lemma);
      if (!lex_.intransitive(lemma)) {
        std::size_t q = g.last;
        while (q < s.last && v.mention_at(q) == kNone && v.has("determiner", q)) ++q;
        // "detained dozens of Uighurs": past a quantity to the people.
        if (q + 2 < s.last && v.mention_at(q) == kNone && v.has("quantity_noun", q) && v.lowv(q + 1) == "of") q += 2;
        // "thanked his Egyptian counterpart Mohamed Morsi": past a possessive pronoun, a demonym
        // and a title to the name.
        if (q + 2 < s.last && v.mention_at(q) != kNone && v.mention(v.mention_at(q)).kind == MentionKind::kPronoun &&
            v.has("possessive_pronoun", q) && v.mention(v.mention_at(q)).last == q + 1) {
          std::size_t r = q + 1;
          if (v.mention_at(r) != kNone && (v.mention(v.mention_at(r)).kind == MentionKind::kDemonym || v.mention(v.mention_at(r)).modifier))
            r = v.mention(v.mention_at(r)).last;
          std::vector<std::string> words;
          for (std::size_t t = r; t < s.last && t < r + 4 && v.mention_at(t) == kNone; ++t) words.push_back(v.low(t));
          const std::size_t n = lex_.match_title(words, 0);
          if (n > 0 && r + n < s.last && v.mention_at(r + n) != kNone && v.type(v.mention_at(r + n)) == EntityType::kPerson)
            q = r + n;
        }
        if (q < s.last && v.mention_at(q) != kNone && v.mention(v.mention_at(q)).first == q &&
            argument(v.mention(v.mention_at(q))) && !act_noun_modifier(v, s, v.mention_at(q)))
          c.objects = coordinate(v, v.mention_at(q), s, false);
      }
      for (std::size_t q = g.first; q < g.last; ++q) doc.clause_of[q] = doc.clauses.size();
      doc.clauses.push_back(std::move(c));
      last_head = k;
    }
    // Prepositional attachments: "prep (the) mention" after each verb, up to the next verb group.
    for (std::size_t ci = first_clause; ci < doc.clauses.size(); ++ci) {
      Clause& c = doc.clauses[ci];
      std::size_t end = ci + 1 < doc.clauses.size() && doc.clauses[ci + 1].sentence == si ? doc.clauses[ci + 1].verb.first
                                                                                         : s.last;
      for (std::size_t q = c.verb.last; q + 1 < end; ++q) {
        if (v.mention_at(q) != kNone || !v.has("preposition", q)) continue;
        std::size_t k = q + 1;
        if (v.lowv(k) == "the" && v.mention_at(k) == kNone && k + 1 < end) ++k;
        std::size_t m = v.mention_at(k);
        if (m != kNone && v.mention(m).first == k) c.attachments.push_back({q, m});
      }
    }
    // Noun phrases: every mention, and a determiner's phrase up to its noun.
    for (std::size_t k = s.first; k < s.last; ++k) {
      std::size_t m = v.mention_at(k);
      if (m != kNone) {
        doc.phrases.push_back({v.mention(m).first, v.mention(m).last, v.mention(m).last - 1, m});
        k = v.mention(m).last - 1;
        continue;
      }
      if (!v.has("determiner", k) || (v.has("relative", k) && k + 1 < s.last && doc.clause_of[k + 1] != kNone)) continue;
      std::size_t q = k + 1, head = kNone;
      while (q < s.last && q < k + 6 && v.mention_at(q) == kNone && doc.clause_of[q] == kNone && v.tok(q).word &&
             !v.tok(q).upper_initial && !v.has("preposition", q) && !v.has("determiner", q) &&
             !v.has("clause_break", q) && !v.has("coordinator", q) && !v.has("auxiliary", q) && !v.has("modal", q))
        head = q++;
      if (head != kNone) {
        doc.phrases.push_back({k, head + 1, head, kNone});
        k = head;
      }
    }
    // Appositions: "Name, <no verb>, ..."
    for (std::size_t m = v.first_mention(si); m < v.end_mention(si); ++m) {
      const Mention& mm = v.mention(m);
      if (!named(mm) || mm.last + 2 >= s.last || v.tok(mm.last).text != ",") continue;
      std::size_t q = mm.last + 1;
      bool verb = false;
      while (q < s.last && q < mm.last + 17 && v.tok(q).text != "," && !is_punct_stop(v.tok(q))) {
        verb = verb || doc.clause_of[q] != kNone || v.has("relative", q);
        ++q;
      }
      if (!verb && q < s.last && v.tok(q).text == "," && q > mm.last + 1) doc.appositions.push_back({m, mm.last + 1, q});
    }
    // Subjects, clause by clause.
    for (std::size_t ci = first_clause; ci < doc.clauses.size(); ++ci) {
      Clause& c = doc.clauses[ci];
      const VerbGroup& g = c.verb;
      const std::size_t prev = ci > first_clause ? ci - 1 : kNone;
      const std::size_t span_start = prev != kNone ? doc.clauses[prev].verb.last : s.first;
      // The nearest finite clause before this one that has a subject of its own ("vowed to keep
      // ..., and accused": "vowed"), for coordinated and participial clauses.
      // A relative clause closed by a comma before this one ("Lithuania, which is a member of
      // NATO, and threatened") is skipped with the clauses inside it.
      auto governing = [&]() -> std::size_t {
        bool closed_relative = false;
        for (std::size_t p = prev; p != kNone && p >= first_clause; p = p > first_clause ? p - 1 : kNone) {
          const Clause& pc = doc.clauses[p];
          bool comma_after = false;
          for (std::size_t q = pc.verb.last; q < g.first; ++q) comma_after = comma_after || v.tok(q).text == ",";
          if (pc.kind == ClauseKind::kRelative && comma_after) {
            closed_relative = true;
            continue;
          }
          if (closed_relative && pc.kind != ClauseKind::kRelative && pc.verb.first > 0 &&
              v.has("relative", pc.verb.first - 1))
            continue;
          if (pc.verb.finite && !pc.subjects.empty()) return p;
          if (p == first_clause) break;
        }
        return kNone;
      };
      std::size_t k0 = g.first;
      while (k0 > span_start && (v.adverb(k0 - 1) || v.tok(k0 - 1).text == "\"")) --k0;
      // "who, according to a statement, expressed": back over a parenthetical after a relative.
      if (k0 > s.first + 2 && v.tok(k0 - 1).text == ",") {
        std::size_t c0 = k0 - 1;
        while (c0 > s.first && c0 + 12 > k0 && v.tok(c0 - 1).text != "," && !is_punct_stop(v.tok(c0 - 1))) --c0;
        if (c0 > s.first + 1 && v.tok(c0 - 1).text == "," && v.has("relative", c0 - 2) && c0 - 2 >= span_start)
          k0 = c0 - 1;
      }
      const std::string& before = k0 > s.first ? v.low(k0 - 1) : std::string();
      // 1. Infinitive: the controller.
      if (!g.finite && g.first < g.head && v.lowv(g.first) == "to" && prev != kNone) {
        Clause& pc = doc.clauses[prev];
        c.kind = ClauseKind::kInfinitive;
        c.parent = prev;
        c.inherited = true;
        std::string lemma;
        lex_.verb_form(v.low(pc.verb.head), &lemma);
        bool control = lex_.has("control_verb", lemma);
        std::vector<std::size_t> obj;
        // (the direct object: "forced their way into the embassy to arrest X" controls nothing by
        // "the embassy", which a preposition governs)
        for (std::size_t q = pc.verb.last; q < g.first; ++q)
          if (std::size_t m = v.mention_at(q); m != kNone && argument(v.mention(m))) {
            std::size_t b0 = v.mention(m).first;
            if (b0 > s.first && v.has("determiner", b0 - 1) && v.mention_at(b0 - 1) == kNone) --b0;
            // ("appealed to the OAS to help", "called on Iran to": the verb's own preposition)
            const bool own_prep = b0 - 1 <= pc.verb.last + 2 && (v.lowv(b0 - 1) == "to" || v.lowv(b0 - 1) == "on" ||
                                                                 v.lowv(b0 - 1) == "upon");
            if (b0 > pc.verb.last && v.has("preposition", b0 - 1) && !own_prep) break;
            obj = coordinate(v, m, s, false);
            break;
          }
        if (control && !obj.empty()) c.subjects = obj;
        else if (obj.empty() || !control) c.subjects = pc.subjects;
        continue;
      }
      // 2. Relative clause: the antecedent.
      if (k0 > s.first && lex_.has("relative", before) && (before != "that" || k0 - 1 > s.first)) {
        std::size_t a = k0 - 1;
        while (a > s.first && v.tok(a - 1).text == ",") --a;
        std::size_t am = a > s.first ? v.mention_at(a - 1) : kNone;
        if (am != kNone && argument(v.mention(am)) && v.mention(am).last == a) {
          c.kind = ClauseKind::kRelative;
          c.parent = prev;
          c.inherited = true;
          c.subjects = coordinate(v, am, s, true);
          continue;
        }
        // "A, B and C were among those that condemned Y": the subject of the "among" clause.
        if (a >= s.first + 2 && (v.lowv(a - 1) == "those" || v.lowv(a - 1) == "countries" ||
                                 v.lowv(a - 1) == "nations" || v.lowv(a - 1) == "states")) {
          for (std::size_t q = a - 1; q > span_start && q + 5 > a; --q)
            if (v.lowv(q - 1) == "among" && prev != kNone && !doc.clauses[prev].subjects.empty()) {
              c.kind = ClauseKind::kRelative;
              c.parent = prev;
              c.inherited = true;
              c.subjects = doc.clauses[prev].subjects;
              break;
            }
          if (c.inherited) continue;
        }
        // "regardless of who occupies ...", "a budget that was to have provided ...": the
        // antecedent is no actor the text names, so the clause has no known subject.
        c.kind = ClauseKind::kRelative;
        c.parent = prev;
        c.inherited = true;
        // "Wang Yi, China's top diplomat, who ...": back over an apposition (word order).
        if (before != "that") c.subjects = find_subject_by_order(v, s, g.first);
        continue;
      }
      // 3. The word-order subject, when it stands in this clause and is not the previous verb's
      //    object.
      std::vector<std::size_t> by_order = find_subject_by_order(v, s, g.first, true);
      // "after Israel struck Damascus", "because Russia refused": a subordinator before a name
      // and a verb opens a clause; the name is its subject, not a preposition's object.
      if (k0 > s.first + 1 && v.mention_at(k0 - 1) != kNone) {
        std::size_t m = v.mention_at(k0 - 1);
        std::size_t f0 = v.mention(m).first;
        if (f0 > s.first && v.lowv(f0 - 1) == "the" && v.mention_at(f0 - 1) == kNone) --f0;
        if (f0 > s.first && v.has("subordinator", f0 - 1) && argument(v.mention(m)) && v.mention(m).last == k0)
          by_order = coordinate(v, m, s, true);
      }
      // "Stephane Dujarric, spokesman for the Secretary-General, urged ...", "Hungary, unlike
      // many European countries, defends ...": the name before a verbless apposition. "Syria,
      // like Iran, has blamed Israel": a comparison adds its names to the subject.
      if (k0 > s.first + 2 && v.tok(k0 - 1).text == ",") {
        // The apposition that ends at this comma (Document::appositions).
        for (const Apposition& ap : doc.appositions) {
          if (ap.last != k0 - 1 || ap.first < span_start) continue;
          std::size_t am = ap.mention;
          if (v.oblique(am, s.first)) break;
          std::vector<std::size_t> subj = coordinate(v, am, s, true);
          if (v.has("comparison", ap.first))
            for (std::size_t t = ap.first + 1; t < ap.last; ++t)
              if (std::size_t m = v.mention_at(t); m != kNone && named(v.mention(m)) && v.mention(m).first == t)
                subj.push_back(m);
          by_order = subj;
          break;
        }
      }
      bool own = false;
      if (!by_order.empty()) {
        std::size_t m = by_order.back();
        bool inside = v.mention(m).last > span_start || prev == kNone;
        bool prev_object = false;
        if (prev != kNone)
          for (std::size_t o : doc.clauses[prev].objects) prev_object = prev_object || o == m || o == by_order.front();
        // A mention just before the verb is its subject even so ("criticised Uganda and Tanzania
        // praised Kenya" aside, "Kenya criticised Uganda, Tanzania praised Kenya").
        bool adjacent = v.mention(m).last == k0;
        own = inside && (!prev_object || adjacent);
        // "struck its consulate in Damascus, killing seven": a bare gerund after a comma is the
        // governing clause's (rule 4), not the name before the comma's.
        if (!g.finite && k0 > s.first && v.tok(k0 - 1).text == ",") own = false;
      }
      bool coordinated = false, comma = false;
      for (std::size_t q = span_start; q < k0; ++q) {
        if (v.mention_at(q) != kNone) continue;
        if (v.has("coordinator", q)) coordinated = true;
        if (v.tok(q).text == ",") comma = true;
      }
      if (own) {
        c.subjects = by_order;
        // "Kosovo, which Serbia does not recognise, thanked": an object relative.
        std::size_t f0 = v.mention(by_order.front()).first;
        // ("said that Kim had warned": "that" after a verb is a complementiser, not a relative.)
        // ("said in a statement that Israel would be punished": after a statement noun too.)
        bool complementiser = f0 >= s.first + 2 && v.lowv(f0 - 1) == "that" &&
                              (doc.clause_of[f0 - 2] != kNone || !v.tok(f0 - 2).word || v.has("speech", f0 - 2) ||
                               v.has("statement_noun", f0 - 2));
        if (f0 > s.first && v.has("relative", f0 - 1) && !complementiser) {
          c.kind = ClauseKind::kRelative;
          c.parent = prev;
          continue;
        }
        if (prev != kNone && v.has("speech", doc.clauses[prev].verb.head)) {
          c.kind = ClauseKind::kComplement;
          c.parent = prev;
        }
        continue;
      }
      // 4. A verb phrase right after a coordinator or a comma shares the governing clause's
      //    subject ("..., and accused Y"; not "after the court upheld", which has its own).
      const bool right_after = k0 > s.first && (v.has("coordinator", k0 - 1) || v.tok(k0 - 1).text == ",");
      if (prev != kNone && (coordinated || comma) && right_after) {
        // Closing a relative clause ("Lai, who disputes X, has offered"): its antecedent.
        const Clause& pc = doc.clauses[prev];
        const bool closes_relative = pc.kind == ClauseKind::kRelative && comma && !coordinated;
        if (closes_relative && !by_order.empty() && (g.finite || own)) {
          // Word order has already skipped the relative clause back to its antecedent.
          c.subjects = by_order;
          continue;
        }
        std::size_t gov = closes_relative ? prev : governing();
        if (gov != kNone) {
          c.kind = g.finite ? ClauseKind::kCoordinated : ClauseKind::kParticipial;
          c.parent = gov;
          c.inherited = true;
          c.subjects = doc.clauses[gov].subjects;
          continue;
        }
      }
      // 4b. A gerund after the previous verb's object and a preposition of object control
      // ("warned Finland against joining NATO", "barred Russia from joining"; not "after",
      // "while"): the object is its subject. The same preposition again after a coordinator
      // ("criticised Venezuela for arrests ..., and for issuing a warrant") is the same control.
      if (!g.finite && prev != kNone && k0 > s.first && v.has("object_gerund_preposition", k0 - 1)) {
        std::size_t controller = kNone;
        if (!doc.clauses[prev].objects.empty() && v.mention(doc.clauses[prev].objects.back()).last + 1 == k0) {
          controller = prev;
        } else if (k0 > s.first + 1 && v.has("coordinator", k0 - 2)) {
          const std::size_t gov = governing();
          if (gov != kNone && !doc.clauses[gov].objects.empty()) {
            const std::size_t after = v.mention(doc.clauses[gov].objects.back()).last;
            if (after < k0 - 2 && v.lowv(after) == v.lowv(k0 - 1)) controller = gov;
          }
        }
        if (controller != kNone) {
          c.kind = ClauseKind::kParticipial;
          c.parent = controller;
          c.inherited = true;
          c.subjects = doc.clauses[controller].objects;
          // "warned Israel against attacking", "barred Russia from joining": the act did not happen.
          if (v.has("unrealized_gerund_preposition", k0 - 1) && c.verb.modality == Modality::kAsserted)
            c.verb.modality = Modality::kHedged;
          continue;
        }
      }
      // 4c. The same right after a passive ("Lavrov was barred from landing in X", "were banned
      // from entering"): the passive's subject, and the act did not happen.
      if (!g.finite && prev != kNone && k0 > s.first && v.has("unrealized_gerund_preposition", k0 - 1) &&
          doc.clauses[prev].verb.voice == Voice::kPassive && doc.clauses[prev].verb.last + 1 == k0 &&
          !doc.clauses[prev].subjects.empty()) {
        c.kind = ClauseKind::kParticipial;
        c.parent = prev;
        c.inherited = true;
        c.subjects = doc.clauses[prev].subjects;
        c.verb.negated = true;
        continue;
      }
      // 5. A gerund after "while", "after", "by" ... ("while calling on Tehran"): the main clause's.
      if (!g.finite && prev != kNone && (before == "while" || before == "after" || before == "before" ||
                                         before == "by" || before == "when" || before == "since")) {
        std::size_t gov = governing();
        if (gov != kNone) {
          c.kind = ClauseKind::kParticipial;
          c.parent = gov;
          c.inherited = true;
          c.subjects = doc.clauses[gov].subjects;
          continue;
        }
      }
      // 6. A common noun just before the verb ("the court upheld") is its subject: no actor.
      const bool possessed = k0 >= s.first + 3 && (v.lowv(k0 - 2) == "'s" || v.lowv(k0 - 3) == "'s");
      if (g.finite && !possessed && k0 > s.first && lower_word(v.tok(k0 - 1)) && v.mention_at(k0 - 1) == kNone &&
          !v.has("relative", k0 - 1) &&
          !v.has("coordinator", k0 - 1) && !v.has("preposition", k0 - 1) && !v.has("speech", k0 - 1) &&
          doc.clause_of[k0 - 1] == kNone) {
        c.inherited = true;
        continue;
      }
      // ("The council suspended Syria and warned Iraq": after "and", the previous verb's object
      // is not the subject; the subject is the council's, which names no one.)
      if (prev != kNone && !by_order.empty() && k0 > s.first && v.has("coordinator", k0 - 1)) {
        bool prev_object = false;
        for (std::size_t o : doc.clauses[prev].objects) prev_object = prev_object || o == by_order.back();
        if (prev_object) {
          c.kind = ClauseKind::kCoordinated;
          c.parent = prev;
          c.inherited = true;
          continue;
        }
      }
      // (A bare gerund after a comma with no governing clause has no subject we know.)
      if (!g.finite && k0 > s.first && v.tok(k0 - 1).text == ",") {
        c.inherited = true;
        continue;
      }
      c.subjects = by_order;
    }
    // "In rejecting the ruling, Obasanjo said", "After meeting Xi, Biden said": a gerund that
    // opens the sentence after a preposition belongs to the subject of the clause after its comma.
    for (std::size_t ci = first_clause; ci < doc.clauses.size(); ++ci) {
      Clause& c = doc.clauses[ci];
      if (!c.subjects.empty() || c.verb.finite || c.verb.first != s.first + 1 || !v.has("preposition", s.first)) continue;
      std::size_t comma = c.verb.last;
      while (comma < s.last && comma < c.verb.last + 12 && v.tok(comma).text != "," && !is_punct_stop(v.tok(comma))) ++comma;
      if (comma >= s.last || v.tok(comma).text != ",") continue;
      for (std::size_t cj = ci + 1; cj < doc.clauses.size(); ++cj) {
        const Clause& main = doc.clauses[cj];
        if (main.verb.first <= comma) continue;
        if (main.inherited || main.subjects.empty() || v.mention(main.subjects.front()).first <= comma) break;
        c.kind = ClauseKind::kParticipial;
        c.parent = cj;
        c.inherited = true;
        c.subjects = main.subjects;
        break;
      }
    }
    // "Should they attack Estonia, NATO would respond", "Were Iran to close the strait": an
    // inverted conditional at the start of the sentence or after a comma makes its clause hedged.
    for (std::size_t ci = first_clause; ci < doc.clauses.size(); ++ci) {
      Clause& c = doc.clauses[ci];
      if (c.subjects.empty()) continue;
      std::size_t f0 = v.mention(c.subjects.front()).first;
      if (f0 == s.first || f0 >= c.verb.head) continue;
      const std::string& w = v.low(f0 - 1);
      bool opening = f0 - 1 == s.first || v.tok(f0 - 2).text == ",";
      if (opening && (std::string_view(w) == "should" || std::string_view(w) == "were" || std::string_view(w) == "had")) c.verb.modality = Modality::kHedged;
    }
  }
}

}  // namespace

std::unique_ptr<Stage> make_clause_stage(const Lexicon& lex) { return std::make_unique<ClauseStage>(lex); }

}  // namespace kg::extract
