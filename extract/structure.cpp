// Structural facts from the shape of names: titles and appositions give affiliatedWith,
// "member of" gives memberOf, "X in Y" and the gazetteer give locatedIn. Runs before
// coreference and marks title modifiers (Mention::modifier, the kModifiers layer).
#include <algorithm>

#include "extract/pipeline.hpp"
#include "extract/sentence_view.hpp"

namespace kg::extract {
namespace {
using namespace detail;

// Words between a member and "member" ("Finland, a founding member of", "Poland is a member
// of"): a comma, an article or determiner, a form of "be", or a member_modifier word.
bool member_word(const SentenceView& v, std::size_t k) {
  return v.tok(k).text == "," || v.has("determiner", k) || v.has("be", k) || v.has("member_modifier", k);
}

// Structural facts from the shape of names: titles and appositions give affiliatedWith,
// "member of" gives memberOf, "X in Y" and the gazetteer give locatedIn.
class StructureStage final : public Stage {
 public:
  explicit StructureStage(const Lexicon& lex) : lex_(lex) {}
  std::string_view name() const override { return "structure"; }
  unsigned needs() const override { return kMentions | kEntities; }
  unsigned provides() const override { return kFacts | kModifiers; }
  void process(Document& doc) const override;

 private:
  const Lexicon& lex_;
};

void StructureStage::process(Document& doc) const {
  SentenceView v(doc, lex_);
  // Office or military title starting at k within [k, end); memoised for end = the sentence end,
  // which is most calls (titles are looked up around every person).
  std::vector<int> title_memo(doc.tokens.size(), -1);
  auto title_uncached = [&](std::size_t k, std::size_t end) {
    if (!v.tok(k).word) return std::size_t{0};
    std::vector<std::string> words;
    for (std::size_t q = k; q < end && q < k + 6; ++q) words.push_back(v.low(q));
    std::string kind;
    std::size_t n = lex_.match_title(words, 0, &kind);
    return (kind == "office" || kind == "military") ? n : std::size_t{0};
  };
  auto title_len = [&](std::size_t k, std::size_t end) {
    std::size_t last = doc.sentences[doc.tokens[k].sentence].last;
    if (title_memo[k] < 0) title_memo[k] = static_cast<int>(title_uncached(k, last));
    std::size_t full = static_cast<std::size_t>(title_memo[k]);
    return k + full <= end ? full : title_uncached(k, end);
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
      bool titled_before = false;
      for (std::size_t t0 = (k >= s.first + 5 ? k - 5 : s.first); t0 < k; ++t0) {
        if (title_len(t0, k) != k - t0) continue;
        titled_before = true;
        std::size_t q = t0;
        // "Japan's top government spokesman, X", "Sudan's army chief, X": up to two lower-case
        // words between the possessor and the title.
        // "Ukraine's Western-leaning president", "EU foreign affairs chief Josep Borrell".
        for (std::size_t gap = 0; gap < 3 && q > s.first + 1 && v.mention_at(q - 1) == kNone && v.tok(q - 1).word &&
                                  (!v.tok(q - 1).upper_initial || v.low(q - 1).find('-') != std::string::npos) &&
                                  v.lowv(q - 1) != "'s" && !v.has("preposition", q - 1) && !v.has("determiner", q - 1) &&
                                  !v.has("be", q - 1) &&
                                  !(lex_.verb_form(v.low(q - 1)) & (kPastForm | kThirdForm | kGerundForm));
             ++gap) {
          bool possessed = v.lowv(q - 2) == "'s" || (q >= s.first + 3 && gap < 2 && v.lowv(q - 3) == "'s");
          std::size_t body = v.mention_at(q - 2);
          bool named_body = body != kNone && v.mention(body).kind == MentionKind::kName &&
                            (v.type(body) == EntityType::kOrganization || v.type(body) == EntityType::kCountry);
          if (!possessed && !named_body) {
            // look one more word back for a named body ("EU foreign affairs chief")
            std::size_t b2 = q >= s.first + 3 ? v.mention_at(q - 3) : kNone;
            bool named2 = b2 != kNone && v.mention(b2).kind == MentionKind::kName && v.mention(b2).last == q - 2 &&
                          (v.type(b2) == EntityType::kOrganization || v.type(b2) == EntityType::kCountry) &&
                          v.tok(q - 2).word && !v.tok(q - 2).upper_initial;
            if (!named2) break;
          }
          --q;
        }
        if (q > s.first && v.lowv(q - 1) == "'s") --q;
        if (q > s.first && v.mention_at(q - 1) != kNone) {
          std::size_t cm = v.mention_at(q - 1);
          bodies.push_back(cm);
          doc.mentions[cm].modifier = doc.mentions[cm].kind != MentionKind::kActorPhrase;
        } else if (q > s.first && (v.lowv(q - 1) == "its" || v.lowv(q - 1) == "their")) {
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
                if (cand.last + 1 < doc.sentences[si - 1].last && v.lowv(cand.last) == "'s" && mm + 1 < v.end_mention(si - 1) &&
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
      if (k + 1 < s.last && v.lowv(k) == "of") {
        std::size_t q = k + 1, gap = 0;
        if (v.lowv(q) == "the") ++q;
        while (q < s.last && gap < 2 && v.mention_at(q) == kNone && v.tok(q).word && !v.tok(q).upper_initial) ++q, ++gap;
        std::size_t om = q < s.last ? name_mention(q) : kNone;
        bool titled = false;
        for (std::size_t t0 = pm.first >= s.first + 4 ? pm.first - 4 : s.first; t0 < pm.first; ++t0)
          titled = titled || title_len(t0, pm.first) == pm.first - t0;
        // ("presidents Daniel Ortega of Nicaragua and Evo Morales of Bolivia": a plural office
        // before the list, or the country the gazetteer knows the person by)
        const bool plural_office = pm.first > s.first && v.lex().has("group_description", v.low(pm.first - 1));
        bool known_country = false;
        if (om != kNone && pm.entities.size() == 1 && v.mention(om).entities.size() == 1) {
          const DocEntity& pe = doc.entities[pm.entities.front()];
          const DocEntity& ce = doc.entities[v.mention(om).entities.front()];
          known_country = pe.gazetteer != kNone && ce.gazetteer != kNone && v.lex().entries()[pe.gazetteer].country == ce.gazetteer;
        }
        if (om != kNone && (v.type(om) == EntityType::kOrganization ||
                            ((titled || plural_office || known_country) && v.type(om) == EntityType::kCountry))) {
          bodies.push_back(om);
          doc.mentions[om].modifier = v.type(om) == EntityType::kCountry;
        }
      }
      // "Joshua Wong, 22, head of Demosisto": an age between the name and its apposition.
      if (k + 3 < s.last && v.tok(k).text == "," && std::isdigit(static_cast<unsigned char>(v.tok(k + 1).text[0])) &&
          v.tok(k + 1).text.size() <= 3 && v.tok(k + 2).text == ",")
        k += 2;
      if (k < s.last && v.tok(k).text == ",") {
        std::size_t q = k + 1;
        for (int part = 0; part < 3 && q < s.last; ++part) {
          if (v.lowv(q) == "the" || v.lowv(q) == "a" || v.lowv(q) == "an") ++q;
          std::size_t cm = q < s.last ? name_mention(q) : kNone;
          if (cm != kNone) {
            q = v.mention(cm).last;
            if (q < s.last && v.lowv(q) == "'s") ++q;
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
          if (q < s.last && (v.lowv(q) == "of" || v.lowv(q) == "for" || v.lowv(q) == "at" || v.lowv(q) == "to")) {
            ++q;
            if (q < s.last && v.lowv(q) == "the") ++q;
            std::size_t gap = 0;
            while (q < s.last && gap < 2 && v.mention_at(q) == kNone && v.tok(q).word && !v.tok(q).upper_initial) ++q, ++gap;
            std::size_t bm = q < s.last ? name_mention(q) : kNone;
            if (bm != kNone) {
              bodies.push_back(bm);
              doc.mentions[bm].modifier = true;
              q = v.mention(bm).last;
              // "of Iran's Supreme National Security Council": the country and its body.
              if (q + 1 < s.last && (v.lowv(q) == "'s" || v.lowv(q) == "'")) {
                std::size_t om = name_mention(q + 1);
                if (om != kNone) {
                  bodies.push_back(om);
                  doc.mentions[om].modifier = true;
                  q = v.mention(om).last;
                }
              }
            }
          }
          if (q < s.last && v.lowv(q) == "and") { ++q; continue; }
          break;
        }
      }
      // "A spokesman for the Russian Embassy, Igor Petrov, said": a title and its body in
      // apposition before the name.
      if (bodies.empty() && pm.first >= s.first + 4 && v.tok(pm.first - 1).text == ",") {
        std::size_t bm = v.mention_at(pm.first - 2);
        if (bm != kNone && name_mention(v.mention(bm).first) == bm &&
            (v.type(bm) == EntityType::kOrganization || v.type(bm) == EntityType::kCountry)) {
          std::size_t q = v.mention(bm).first;
          if (q > s.first && v.lowv(q - 1) == "the") --q;
          if (q > s.first + 1 && (v.lowv(q - 1) == "for" || v.lowv(q - 1) == "of" || v.lowv(q - 1) == "at")) {
            // Only at the start of the sentence: after another name the phrase is that name's
            // apposition ("Taha, the secretary-general of the OIC, Amir-Abdollahian urged").
            bool titled = false;
            for (std::size_t t0 = q - 1 >= s.first + 4 ? q - 5 : s.first; t0 + 1 < q && !titled; ++t0)
              titled = title_len(t0, q - 1) == q - 1 - t0 &&
                       (t0 == s.first || (t0 == s.first + 1 && v.has("determiner", s.first)));
            if (titled) {
              bodies.push_back(bm);
              doc.mentions[bm].modifier = doc.mentions[bm].kind != MentionKind::kActorPhrase;
            }
          }
        }
      }
      std::vector<std::size_t> targets;
      for (std::size_t bm : bodies) {
        targets.push_back(bm);
      }
      emit(v, s, si, Relation::kAffiliatedWith, {m}, targets, 0.9, plain, pm.first);
      // "President Barack Obama said": the text gives the office but not the country; the
      // gazetteer knows whose president he is. Recorded with its basis, so a user can leave
      // such facts out (kg:basis "gazetteer").
      if (targets.empty() && titled_before && pm.entities.size() == 1) {
        const DocEntity& person = doc.entities[pm.entities.front()];
        std::size_t country = person.gazetteer == kNoEntry ? kNoEntry : lex_.entries()[person.gazetteer].country;
        if (country != kNoEntry) {
          std::size_t ce = entity_for_entry(doc, lex_, country);
          ExtractedFact f;
          f.subject = pm.entities.front();
          f.object = ce;
          f.relation = Relation::kAffiliatedWith;
          f.confidence = 0.7;
          f.sentence = si;
          f.trigger = pm.first;
          f.basis = "gazetteer";
          doc.facts.push_back(f);
        }
      }
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
      bool on_island = lt == EntityType::kPlace && v.lowv(q) == "on";
      if (institution && q + 1 < s.last && (v.lowv(q) == "in" || on_island || (comma && lt == EntityType::kPlace))) {
        ++q;
        if (v.lowv(q) == "the" && q + 1 < s.last && v.mention_at(q) == kNone) ++q;
        std::size_t rm = name_mention(q);
        bool in_list = false;
        if (rm != kNone && comma) {
          // "Donetsk, Luhansk and Kherson" is a list, "Sochi, Russia" a location.
          std::size_t after = v.mention(rm).last;
          in_list = v.type(rm) != EntityType::kCountry ||
                    (after < s.last && (v.tok(after).text == "," || v.lowv(after) == "and" || v.lowv(after) == "or"));
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
          // A demonym counts only as the container of a place noun naming this place ("the Syrian
          // capital, Damascus", "the Russian port of Primorsk").
          if (rm.kind == MentionKind::kDemonym) {
            bool noun_phrase = rm.last < lm.first;
            for (std::size_t q = rm.last; q < lm.first && noun_phrase; ++q)
              noun_phrase = v.tok(q).text == "," || v.lowv(q) == "of" || v.has("place_noun", q) ||
                            lex_.description_type(v.low(q)) == EntityType::kPlace || v.has("capital_noun", q);
            if (!noun_phrase) continue;
          }
          // The text must put them together ("Sochi, Russia", "in Ukraine, especially in the
          // Donbas region"), not merely in one clause ("France and Germany met in Paris"): only
          // prepositions, determiners, commas and adverbs between.
          bool juxtaposed = rm.kind == MentionKind::kName;
          for (std::size_t q = std::min(rm.last, lm.last); q < std::max(rm.first, lm.first) && juxtaposed; ++q)
            juxtaposed = v.tok(q).text == "," || v.has("preposition", q) || v.has("determiner", q) || v.adverb(q) ||
                         v.has("verb_group_adverb", q);
          if (!juxtaposed && rm.kind == MentionKind::kName) continue;
          if (doc.entities[rm.entities.front()].gazetteer == container)
            emit(v, s, si, Relation::kLocatedIn, {m}, {r}, 0.6, plain, lm.first);
        }
      }
    }
    // Location told by a noun phrase: "the Syrian town of Qusayr", "Kenya's capital Nairobi",
    // "Ethiopia's northern Amhara region", "Gao in northern Mali", "Kandahar, a dusty city in
    // southern Afghanistan". Between the place and its container only articles, place nouns,
    // "of", commas and locator adjectives (northern, disputed, ...).
    auto locator = [&](std::size_t q) {
      return v.has("locator_adjective", q) || v.has("compass", q) ||
             (v.tok(q).word && !v.tok(q).upper_initial && v.low(q).find('-') != std::string::npos && q + 1 < s.last &&
              v.mention_at(q + 1) != kNone);
    };
    auto container_at = [&](std::size_t end, bool demonym_ok) -> std::size_t {
      // The mention ending right before `end` (a Country or Place name, "X's", or a demonym).
      if (end <= s.first) return kNone;
      std::size_t q = end;
      if (q > s.first + 1 && (v.lowv(q - 1) == "'s" || v.lowv(q - 1) == "'")) --q;
      std::size_t cm = v.mention_at(q - 1);
      if (cm == kNone || v.mention(cm).last != q || v.mention(cm).entities.size() != 1) return kNone;
      const MentionKind k = v.mention(cm).kind;
      const EntityType t = v.type(cm);
      if (t != EntityType::kCountry && t != EntityType::kPlace) return kNone;
      if (k == MentionKind::kName || k == MentionKind::kMetonym || (demonym_ok && k == MentionKind::kDemonym && q == end))
        return cm;
      return kNone;
    };
    for (std::size_t m = v.first_mention(si); m < v.end_mention(si); ++m) {
      const Mention& lm = doc.mentions[m];
      if (lm.first < s.first || lm.first >= s.last || lm.kind != MentionKind::kName || v.type(m) != EntityType::kPlace) continue;
      std::size_t container = kNone;
      // Before the name: [container] [locators] place-noun [of|,] Name.
      std::size_t q = lm.first;
      if (q > s.first && (v.lowv(q - 1) == "of" || v.tok(q - 1).text == ",")) --q;
      if (q > s.first && (v.has("place_noun", q - 1) || v.has("capital_noun", q - 1))) {
        std::size_t r = q - 1;
        while (r > s.first && locator(r - 1)) --r;
        container = container_at(r, true);
      }
      // Around the name: [container's] [locators] Name place-noun ("Syria's northern Idlib province").
      if (container == kNone && ((lm.last < s.last && v.has("place_noun", lm.last)) ||
                                 (lm.last > lm.first + 1 && v.has("place_noun", lm.last - 1) && !v.tok(lm.last - 1).upper_initial))) {
        std::size_t r = lm.first;
        while (r > s.first && locator(r - 1)) --r;
        if (r > s.first + 1 && (v.lowv(r - 1) == "'s" || v.lowv(r - 1) == "'")) container = container_at(r, false);
      }
      // After the name: [, a ... place-noun] in [the] [locators] Container.
      if (container == kNone) {
        std::size_t r = lm.last;
        if (r + 2 < s.last && v.tok(r).text == ",") {
          std::size_t a = r + 1;
          if (v.has("determiner", a)) ++a;
          std::size_t stop = std::min(s.last, a + 4);
          while (a < stop && v.mention_at(a) == kNone && !v.has("place_noun", a) && v.tok(a).word && !v.has("preposition", a)) ++a;
          while (a + 1 < s.last && v.has("place_noun", a) && v.has("place_noun", a + 1)) ++a;  // "a river port"
          if (a < s.last && v.has("place_noun", a)) r = a + 1;
        }
        // Plain "X in Y" is the rule above; here only a locator or an apposition before "in".
        if (r + 1 < s.last && v.lowv(r) == "in") {
          std::size_t c = r + 1;
          if (v.lowv(c) == "the" && c + 1 < s.last) ++c;
          bool located = false;
          while (c < s.last && locator(c)) ++c, located = true;
          std::size_t cm = c < s.last ? v.mention_at(c) : kNone;
          if ((located || r > lm.last) && cm != kNone && v.mention(cm).first == c && v.mention(cm).kind == MentionKind::kName &&
              (v.type(cm) == EntityType::kCountry || v.type(cm) == EntityType::kPlace))
            container = cm;
        }
      }
      if (container == kNone || v.mention(container).entities == lm.entities) continue;
      // The container is the country itself even where the text names its capital ("in Kyiv").
      emit(v, s, si, Relation::kLocatedIn, {m}, {container}, 0.75, plain, lm.first);
    }
    // "Poland, an EU and Nato member state,": the apposition's bodies, each.
    for (std::size_t k = s.first + 3; k + 1 < s.last; ++k) {
      if (v.lowv(k) != "member") continue;
      const std::string& noun = v.low(k + 1);
      if (noun != "state" && noun != "country" && noun != "nation") continue;
      std::size_t om = v.mention_at(k - 1);
      if (om == kNone || !named(v.mention(om)) || v.type(om) != EntityType::kOrganization) continue;
      std::vector<std::size_t> orgs = coordinate(v, om, s, true);
      std::size_t q = v.mention(orgs.front()).first;
      if (q < s.first + 3 || (v.lowv(q - 1) != "a" && v.lowv(q - 1) != "an") || v.tok(q - 2).text != ",") continue;
      std::size_t mm = v.mention_at(q - 3);
      if (mm == kNone || !named(v.mention(mm))) continue;
      emit(v, s, si, Relation::kMemberOf, {mm}, orgs, 0.8, plain, k);
    }
    // Membership: "NATO member Turkey", "Poland, a member of NATO", "all 27 EU member states,
    // Hungary included", "EU member states such as Malta and Cyprus".
    for (std::size_t k = s.first; k + 2 < s.last; ++k) {
      if (v.lowv(k) != "member") continue;
      const std::string& noun = v.low(k + 1);
      if (noun != "states" && noun != "countries" && noun != "nations" && noun != "state") continue;
      std::size_t org = k > s.first ? v.mention_at(k - 1) : kNone;
      if (org == kNone || !named(v.mention(org)) || v.type(org) != EntityType::kOrganization) continue;
      std::size_t q = k + 2;
      std::vector<std::size_t> members;
      if (v.tok(q).text == "," && q + 1 < s.last && v.mention_at(q + 1) != kNone) {
        std::vector<std::size_t> list = coordinate(v, v.mention_at(q + 1), s, false);
        std::size_t after = v.mention(list.back()).last;
        if (after < s.last && (v.lowv(after) == "included" || v.lowv(after) == "among" || v.lowv(after) == "alike"))
          members = list;
      } else if (v.lowv(q) == "including" || v.lowv(q) == "like" || (v.lowv(q) == "such" && q + 1 < s.last && v.lowv(q + 1) == "as")) {
        q += v.lowv(q) == "such" ? 2 : 1;
        if (q < s.last && v.mention_at(q) != kNone) members = coordinate(v, v.mention_at(q), s, false);
      }
      if (!members.empty()) emit(v, s, si, Relation::kMemberOf, members, {org}, 0.8, plain, k);
    }
    for (std::size_t k = s.first; k < s.last; ++k) {
      if (v.lowv(k) != "member" && v.lowv(k) != "members") continue;
      // "NATO member Turkey"
      std::size_t before = k > s.first && v.mention_at(k - 1) != kNone ? name_mention(v.mention(v.mention_at(k - 1)).first) : kNone;
      std::size_t after = k + 1 < s.last ? name_mention(k + 1) : kNone;
      if (before != kNone && after != kNone && v.type(before) == EntityType::kOrganization) {
        emit(v, s, si, Relation::kMemberOf, coordinate(v, after, s, false), {before}, 0.85, plain, k);
        continue;
      }
      // "Caricom, the Caribbean Community, of which Guyana is a member": the organisation is
      // the antecedent of "of which".
      if (k + 1 >= s.last || v.lowv(k + 1) != "of") {
        std::size_t p = k;
        while (p > s.first && p + 4 > k && v.mention_at(p - 1) == kNone && member_word(v, p - 1)) --p;
        if (p < s.first + 4 || v.mention_at(p - 1) == kNone) continue;
        std::size_t member = v.mention_at(p - 1);
        std::size_t w = v.mention(member).first;
        if (w < s.first + 3 || v.lowv(w - 1) != "which" || v.lowv(w - 2) != "of" || v.tok(w - 3).text != ",") continue;
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
      if (v.lowv(k + 1) == "of" && k + 2 < s.last) {
        std::size_t q = k + 2;
        if (v.lowv(q) == "the" && q + 1 < s.last) ++q;
        std::size_t org = name_mention(q);
        if (org == kNone || v.type(org) != EntityType::kOrganization) continue;
        // The member stands right before: "Finland, a founding member of", "Poland is a member of".
        std::size_t p = k;
        while (p > s.first && p + 4 > k && v.mention_at(p - 1) == kNone && member_word(v, p - 1)) --p;
        if (p == s.first || v.mention_at(p - 1) == kNone) continue;
        std::size_t member = v.mention_at(p - 1);
        if (!named(v.mention(member))) continue;
        emit(v, s, si, Relation::kMemberOf, coordinate(v, member, s, true), {org}, 0.75, plain, k);
      }
    }
  }
}


}  // namespace

std::unique_ptr<Stage> make_structure_stage(const Lexicon& lex) { return std::make_unique<StructureStage>(lex); }

}  // namespace kg::extract
