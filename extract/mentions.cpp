// Stages 2-4: mentions (gazetteer names, metonyms, demonym actor phrases, unknown capitalised
// names with titles stripped), linking of mentions to document entities (aliases, surnames),
// and coreference of pronouns and definite descriptions.
#include <algorithm>
#include <map>
#include <set>

#include "extract/categories.hpp"
#include "extract/pipeline.hpp"
#include "extract/sentence_view.hpp"
#include "extract/tokenizer.hpp"

namespace kg::extract {
namespace {

// Mentions carry, until linking, what they were recognised as.
// Whether a token's lower case is a word of a category (the mask the tokenizer set).
bool tok_has(const Token& t, Cat c) { return t.cats.test(c.id); }

// Whether a title phrase that starts at `start` describes someone named before it: the apposition
// "Ferdinand Marcos Jr., the Philippine president," or the possessive "its Israeli envoy".
bool title_describes_someone(const std::vector<Token>& toks, std::size_t start, std::size_t first) {
  std::size_t k = start;
  if (k > first && tok_has(toks[k - 1], "possessive_pronoun")) return true;
  if (k > first && tok_has(toks[k - 1], "determiner")) --k;
  // (a name before the comma: "Musaad al-Aiban, Saudi Arabia's national security adviser,")
  return k > first + 2 && toks[k - 1].text == "," &&
         std::any_of(toks[k - 2].text.begin(), toks[k - 2].text.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
}

bool toks_are_conjunction(const Token& t) { return t.text == "," || t.lower_view() == "and" || t.lower_view() == "or"; }

// Whether a title that ends before `at` is followed by the name of its holder: "Turkish President
// Erdogan" and "the Turkish foreign minister, Mevlut Cavusoglu," name one; "the French
// president said" names no one.
bool title_names_someone(const std::vector<Token>& toks, std::size_t at, std::size_t last) {
  if (at >= last) return false;
  if (toks[at].upper_initial && toks[at].word) return true;
  return toks[at].text == "," && at + 1 < last && toks[at + 1].upper_initial && toks[at + 1].word;
}

struct Candidate {
  Mention mention;
  std::size_t gazetteer = kNoEntry;   // gazetteer entry
  std::optional<EntityType> type;     // for unknown names
  std::string label;                  // for unknown names
  bool weak = false;                  // single unknown token: kept only if it links
  std::string title;                  // title written before the name
};

class MentionStage final : public Stage {
 public:
  explicit MentionStage(const Lexicon& lex) : lex_(lex) {}
  std::string_view name() const override { return "mentions"; }
  unsigned needs() const override { return kTokens; }
  unsigned provides() const override { return kMentions | kEntities; }
  void process(Document& doc) const override;

 private:
  // Longest gazetteer match at i: returns the number of tokens, 0 if none.
  std::size_t match_gazetteer(const Document& doc, std::size_t i, std::size_t end,
                              const std::vector<GazetteerHit>** hits) const;
  std::optional<EntityType> list_type(const Document& doc, const Sentence& s, std::size_t at) const;
  void link(Document& doc, std::vector<Candidate>& cands) const;
  const Lexicon& lex_;
};

// A name inside a parenthesised list that names its kind just before: "the provinces claimed
// by Somalia (Mandera, Wajir and Garissa)" makes each item a Place.
std::optional<EntityType> MentionStage::list_type(const Document& doc, const Sentence& s, std::size_t at) const {
  const auto& toks = doc.tokens;
  std::size_t open = kNone;
  for (std::size_t k = at; k > s.first && at - k < 16; --k) {
    const std::string& w = toks[k - 1].text;
    if (std::string_view(w) == ")") return std::nullopt;
    if (std::string_view(w) == "(") { open = k - 1; break; }
  }
  if (open == kNone) return std::nullopt;
  for (std::size_t k = open; k > s.first && open - k < 6; --k) {
    std::string w = toks[k - 1].lower;
    if (w.size() > 3 && w.compare(w.size() - 3, 3, "ies") == 0) w = w.substr(0, w.size() - 3) + "y";
    else if (w.size() > 1 && w.back() == 's') w.pop_back();
    if (auto t = lex_.description_type(w)) return t;
  }
  return std::nullopt;
}

std::size_t MentionStage::match_gazetteer(const Document& doc, std::size_t i, std::size_t end,
                                          const std::vector<GazetteerHit>** hits) const {
  std::string joined;
  std::size_t best = 0;
  for (std::size_t n = 1; n <= lex_.max_alias_tokens() && i + n <= end; ++n) {
    if (n > 1) joined += ' ';
    joined += doc.tokens[i + n - 1].text;
    if (const auto* h = lex_.lookup(joined)) {
      best = n;
      *hits = h;
    }
    if (!lex_.alias_prefix(joined)) break;  // no longer alias starts this way
  }
  // An alias must begin with a capital or a digit-free word as written ("al-Qaeda" ok, "us" no).
  return best;
}

void MentionStage::process(Document& doc) const {
  std::vector<Candidate> cands;
  auto& toks = doc.tokens;
  // Capitalised tokens seen inside sentences (not first): evidence that a sentence-initial
  // word is a name.
  std::set<std::string> inner_caps;
  for (const Sentence& s : doc.sentences)
    for (std::size_t k = s.first + 1; k < s.last; ++k)
      if (toks[k].upper_initial && toks[k].word && toks[k - 1].text != "\"") inner_caps.insert(toks[k].text);

  // A wire dateline ("KYIV, Ukraine (Reuters) - ...") names the place of filing and the agency,
  // not actors of the story: no mentions before its dash.
  // It opens the text or the first line after a headline: an all-caps place, then words, commas,
  // a date and brackets, up to a dash ("MEXICO CITY, June 28 (Xinhua) --", "HARARE (AP) _").
  std::vector<std::pair<std::size_t, std::size_t>> datelines;  // token ranges without mentions
  auto dateline_at = [&](std::size_t from) {
    for (std::size_t k = from; k < toks.size() && k < from + 16; ++k) {
      const Token& t = toks[k];
      if (t.text == "(" || t.text == ")" || t.text == ",") continue;
      bool dash = t.text == "-" || t.text == "_" || t.text == "--";
      if (dash && k > from) {
        const Token& p = toks[k - 1];
        bool caps_start = toks[from].word && toks[from].text.size() >= 2 &&
                          std::none_of(toks[from].text.begin(), toks[from].text.end(), [](char c) { return c >= 'a' && c <= 'z'; });
        if (p.text == ")" || (caps_start && (std::isdigit(static_cast<unsigned char>(p.text[0])) || p.text == "-"))) {
          std::size_t end = k + 1;
          while (end < toks.size() && (toks[end].text == "-" || toks[end].text == "_")) ++end;
          datelines.emplace_back(from, end);
        }
        return;
      }
      if (!t.word) return;
    }
  };
  dateline_at(0);
  // A headline in title case ("India Blames Pakistan-Based Militants"): its capitalised words are
  // not names unless the gazetteer knows them.
  const bool headline = !doc.title.empty() && !doc.sentences.empty();
  bool title_case = false;
  if (headline) {
    std::size_t words = 0, caps = 0;
    for (std::size_t k = doc.sentences[0].first; k < doc.sentences[0].last; ++k)
      if (toks[k].word && toks[k].text.size() >= 4) {
        ++words;
        caps += toks[k].upper_initial;
      }
    title_case = words >= 3 && caps * 10 >= words * 7;
    if (doc.sentences.size() > 1) dateline_at(doc.sentences[1].first);
  }
  auto in_dateline = [&](std::size_t k) {
    for (const auto& [b, e] : datelines)
      if (k >= b && k < e) return true;
    return false;
  };
  for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    const bool title_case_line = title_case && si == 0;
    std::size_t i = s.first;
    while (i < s.last && in_dateline(i)) ++i;
    while (i < s.last) {
      const Token& t = toks[i];
      // Title before a name: remembered, not part of the name.
      std::string title_text;
      std::size_t title_len = 0;
      if (t.upper_initial) {
        std::vector<std::string> lowers;
        for (std::size_t k = i; k < s.last && k < i + 6; ++k) lowers.push_back(toks[k].lower);
        std::string kind;
        title_len = lex_.match_title(lowers, 0, &kind);
        if (title_len > 0 && i + title_len < s.last && toks[i + title_len].upper_initial &&
            (kind == "office" || kind == "honorific" || kind == "military")) {
          title_text = std::string(doc.span(i, i + title_len));
        } else {
          title_len = 0;
        }
      }
      std::size_t start = i + title_len;
      const std::vector<GazetteerHit>* hits = nullptr;
      std::size_t n = match_gazetteer(doc, start, s.last, &hits);
      if (n > 0 && !(toks[start].upper_initial || !toks[start].word || toks[start].text[0] < 'a'))
        n = 0;  // aliases are names: a lower-case word never starts one
      if (n > 0) {
        // A gazetteer name followed by more capitalised words ending in an organisation head
        // ("China Coast Guard" when only "China" is known) is a longer unknown name.
        std::size_t j = start + n;
        while (j < s.last && toks[j].upper_initial && toks[j].word && !lex_.has("not_name", toks[j].text)) ++j;
        if (j > start + n && lex_.has("org_head", toks[j - 1].text)) n = 0;
      }
      // "the West African move", "East European states": a compass word before a proper
      // adjective is part of that adjective, not "the West".
      if (n == 1 && tok_has(toks[start], "compass") && start + 1 < s.last && toks[start + 1].upper_initial &&
          lex_.is_adjective(toks[start + 1].lower) && !lex_.lookup(toks[start + 1].text))
        n = 0;
      if (n > 0 && hits->size() == 1 && (*hits)[0].kind == HitKind::kName &&
          lex_.entries()[(*hits)[0].entry].type == EntityType::kPerson) {
        // "Anwar Gargash" is not the "Anwar" of the gazetteer; "Mohammed bin Zayed Al Nahyan"
        // is its "Mohammed bin Zayed" written in full.
        std::size_t j = start + n;
        const std::vector<GazetteerHit>* next = nullptr;
        while (j < s.last && toks[j].upper_initial && toks[j].word && !lex_.has("not_name", toks[j].text) &&
               match_gazetteer(doc, j, s.last, &next) == 0)
          ++j;
        if (j > start + n) {
          if (n == 1) n = 0;
          else n = j - start;
        }
      }
      if (n == 1 && start + 2 < s.last && toks[start + 1].upper_initial && toks[start + 1].word &&
          !lex_.has("not_name", toks[start + 1].text) && !lex_.has("org_head", toks[start + 1].text) &&
          !lex_.has("place_head", toks[start + 1].text) && toks[start + 2].text == ",") {
        // "Santiago Pena, Paraguay's president": a city's name as a first name, introduced by an
        // apposition, is a person's name.
        bool city = false;
        for (const GazetteerHit& h : *hits)
          city = city || h.kind == HitKind::kMetonym || lex_.entries()[h.entry].type == EntityType::kPlace;
        const std::vector<GazetteerHit>* next = nullptr;
        std::vector<std::string> w = {toks[start + 1].lower};
        if (city && match_gazetteer(doc, start + 1, s.last, &next) == 0 && lex_.match_title(w, 0) == 0) n = 0;
      }
      if (n > 0) {
        std::size_t end = start + n;
        // Pick among the hits: demonym, metonym or name, by context.
        const GazetteerHit* pick = nullptr;
        const GazetteerHit* place_hit = nullptr;
        const GazetteerHit* metonym = nullptr;
        const GazetteerHit* demonym = nullptr;
        for (const GazetteerHit& h : *hits) {
          if (h.kind == HitKind::kDemonym) demonym = &h;
          else if (h.kind == HitKind::kMetonym) metonym = &h;
          else if (lex_.entries()[h.entry].type == EntityType::kPlace) place_hit = &h;
          else if (!pick) pick = &h;
        }
        std::size_t before = start;
        if (before > s.first && toks[before - 1].lower_view() == "the") --before;
        bool locative = before > s.first && tok_has(toks[before - 1], "locative");
        // "the Syrian capital, Damascus": the city.
        std::size_t cb = before;
        if (cb > s.first && toks[cb - 1].text == ",") --cb;
        if (cb > s.first && tok_has(toks[cb - 1], "capital_noun")) locative = true;
        Candidate c;
        c.title = title_text;
        c.mention.first = start;
        c.mention.last = end;
        if (metonym && place_hit && locative) {
          c.gazetteer = place_hit->entry;
        } else if (metonym) {
          c.gazetteer = metonym->entry;
          c.mention.kind = MentionKind::kMetonym;
        } else if (pick) {
          c.gazetteer = pick->entry;
        } else if (place_hit) {
          c.gazetteer = place_hit->entry;
        } else if (demonym) {
          // "Russian forces", "the British side": the country acts.
          std::vector<std::string> lowers;
          for (std::size_t k = end; k < s.last && k < end + 4; ++k) lowers.push_back(toks[k].lower);
          std::size_t inst = 0;
          for (std::size_t m = std::min<std::size_t>(3, lowers.size()); m >= 1; --m) {
            std::string phrase;
            for (std::size_t q = 0; q < m; ++q) phrase += (q ? " " : "") + lowers[q];
            // "the Syrian town of Qusayr" names a place: no actor phrase.
            const bool naming = end + m + 1 < s.last && toks[end + m].lower_view() == "of" && toks[end + m + 1].upper_initial;
            if (lex_.has("institution", phrase) || (lex_.has("target_noun", phrase) && !naming)) { inst = m; break; }
          }
          // "Turkish intelligence officials": up to two lower-case words before the institution.
          for (std::size_t skip = 1; inst == 0 && skip <= 2 && skip < lowers.size(); ++skip) {
            const Token& w = toks[end + skip - 1];
            if (!w.word || w.upper_initial || lex_.categories(w.lower).any() || lex_.verb_form(w.lower) & kPastForm) break;
            if (lex_.has("institution", lowers[skip]) || lex_.has("target_noun", lowers[skip])) inst = skip + 1;
          }
          std::size_t title_after = lex_.match_title(lowers, 0);
          // "Syrian rebels", "Kurdish militants": a collective actor of its own, not the state.
          std::size_t group_noun = 0;
          if (!lowers.empty() && lex_.has("group_noun", lowers[0]) && !toks[end].upper_initial) group_noun = 1;
          else if (lowers.size() > 1 && lex_.has("group_noun", lowers[1]) && !toks[end].upper_initial &&
                   !toks[end + 1].upper_initial && lex_.is_adjective(lowers[0]))
            group_noun = 2;
          if (group_noun > 0) {
            c.mention.last = end + group_noun;
            c.label = std::string(doc.span(start, end + group_noun));
            c.type = EntityType::kGroup;
            i = c.mention.last;
            cands.push_back(std::move(c));
            continue;
          }
          if (inst > 0) {
            c.gazetteer = demonym->entry;
            c.mention.kind = MentionKind::kActorPhrase;
            c.mention.last = end + inst;
          } else if (title_after > 0 && !title_names_someone(toks, end + title_after, s.last) &&
                     !title_describes_someone(toks, start, s.first)) {
            // "the Turkish foreign minister denounced ...": an office named by no one acts for the
            // country, like "Turkish officials".
            c.gazetteer = demonym->entry;
            c.mention.kind = MentionKind::kActorPhrase;
            c.mention.last = end + title_after;
            c.mention.office_title = static_cast<std::uint8_t>(title_after);
          } else if (title_after > 0) {
            c.gazetteer = demonym->entry;
            c.mention.modifier = true;  // "Russian President ...": affiliation, not an actor
          } else {
            c.gazetteer = demonym->entry;
            c.mention.kind = MentionKind::kDemonym;
            // "The Indians asked the Bangladeshis to ...": a plural demonym with "the" and no
            // noun after it is the state's side acting, as "the Indian side" is.
            const std::string& dw = toks[end - 1].text;
            const bool plural = dw.size() > 3 && dw.back() == 's';
            const bool definite = start > s.first && toks[start - 1].lower_view() == "the";
            const bool no_noun = end >= s.last || !toks[end].word ||
                                 (lex_.verb_form(toks[end].lower) & (kPastForm | kThirdForm)) ||
                                 tok_has(toks[end], "auxiliary") || tok_has(toks[end], "modal") || tok_has(toks[end], "be") ||
                                 tok_has(toks[end], "preposition") || toks[end].lower_view() == "to" ||
                                 toks[end].lower_view() == "and" || tok_has(toks[end], "clause_break");
            if (plural && definite && no_noun) c.mention.kind = MentionKind::kActorPhrase;
          }
        }
        if (c.gazetteer != kNoEntry) {
          // "China's embassy", "Russia's military": the possessor acts through an institution.
          std::size_t e = c.mention.last;
          if (c.mention.kind != MentionKind::kActorPhrase && e + 1 < s.last &&
              (toks[e].text == "'s" || toks[e].text == "'") &&
              lex_.entries()[c.gazetteer].type == EntityType::kCountry) {
            // "Spain's previous government", "Russia's new ambassador": one adjective may come first.
            const std::size_t adj = e + 2 < s.last && toks[e + 1].word && !toks[e + 1].upper_initial &&
                                            lex_.categories(toks[e + 1].lower).none() &&
                                            !lex_.has("institution", toks[e + 1].lower) &&
                                            !(lex_.verb_form(toks[e + 1].lower) & (kPastForm | kGerundForm))
                                        ? 1
                                        : 0;
            for (std::size_t m = 3; m >= 1; --m) {
              const std::size_t at = e + 1 + adj;
              if (at + m > s.last) continue;
              std::string phrase;
              for (std::size_t q = 0; q < m; ++q) phrase += (q ? " " : "") + toks[at + q].lower;
              // "India's Ministry of External Affairs" is a name, not "India's ministry".
              if ((lex_.has("institution", phrase) || lex_.has("target_noun", phrase)) && !toks[at].upper_initial &&
                  !(at + m < s.last && toks[at + m].upper_initial)) {
                c.mention.kind = MentionKind::kActorPhrase;
                c.mention.last = at + m;
                break;
              }
            }
            // "Somalia's prime minister expelled ...": an office of the country that names no one
            // (not "Somalia's prime minister, Roble," nor "Somalia's President Mohamed").
            if (c.mention.kind != MentionKind::kActorPhrase) {
              // ("Fiji's top envoy": one adjective may come first, as above)
              for (std::size_t skip = 0; skip <= adj && c.mention.kind != MentionKind::kActorPhrase; ++skip) {
                std::vector<std::string> words;
                for (std::size_t q = e + 1 + skip; q < s.last && q < e + 7; ++q) words.push_back(toks[q].lower);
                const std::size_t n = lex_.match_title(words, 0);
                if (n > 0 && !toks[e + 1].upper_initial && !title_names_someone(toks, e + 1 + skip + n, s.last) &&
                    !title_describes_someone(toks, c.mention.first, s.first)) {
                  c.mention.kind = MentionKind::kActorPhrase;
                  c.mention.last = e + 1 + skip + n;
                  c.mention.office_title = static_cast<std::uint8_t>(n);
                }
              }
            }
          }
          i = c.mention.last;
          cands.push_back(std::move(c));
          continue;
        }
        i = end;
        continue;
      }
      // "Iran-backed", "Russian-occupied": a known name joined to a participle by a hyphen.
      if (std::size_t dash = toks[start].text.rfind('-');
          dash != std::string::npos && dash > 0 && toks[start].upper_initial) {
        const auto* h = lex_.lookup(toks[start].text.substr(0, dash));
        const auto* forms = lex_.triggers(toks[start].lower.substr(dash + 1));
        bool participle = false;
        if (forms)
          for (const TriggerForm& f : *forms) participle = participle || (f.participle && f.kind == TriggerKind::kVerb);
        if (h && participle) {
          Candidate c;
          c.gazetteer = h->front().entry;
          c.mention.first = start;
          c.mention.last = start + 1;
          c.mention.kind = MentionKind::kDemonym;
          cands.push_back(std::move(c));
          i = start + 1;
          continue;
        }
      }
      // Unknown capitalised name (none in a title-case headline). A word that is no name on its
      // own may open one that ends in an organisation head ("Defense Ministry", "State Department").
      bool opens_org = false;
      if (start + 1 < s.last && lex_.has("not_name", toks[start].text)) {
        std::size_t e2 = start + 1;
        while (e2 < s.last && e2 < start + 4 && toks[e2].upper_initial && toks[e2].word) ++e2;
        opens_org = e2 > start + 1 && lex_.has("org_head", toks[e2 - 1].text);
      }
      if (!toks[start].upper_initial || !toks[start].word || (lex_.has("not_name", toks[start].text) && !opens_org) ||
          start >= s.last || title_case_line) {
        i = start + 1;
        continue;
      }
      std::size_t j = start;
      while (j < s.last) {
        const Token& u = toks[j];
        // A month that is also a surname continues a name unless a date follows ("Theresa May said",
        // not "in May 2014").
        bool surname_month = j > start && lex_.has("name_month", u.text) &&
                             !(j + 1 < s.last && std::isdigit(static_cast<unsigned char>(toks[j + 1].text[0])));
        bool cap = u.word && u.upper_initial && (j == start || !lex_.has("not_name", u.text) || surname_month);
        bool particle = j > start && j + 1 < s.last && toks[j + 1].upper_initial &&
                        tok_has(u, "name_particle");
        bool prefixed = j > start && (u.lower.rfind("al-", 0) == 0 || u.lower.rfind("el-", 0) == 0);
        bool connector = j > start && j + 1 < s.last && (u.lower_view() == "of" || u.lower_view() == "for") &&
                         toks[j + 1].upper_initial &&
                         (lex_.has("org_head", toks[j - 1].text) || lex_.has("place_head", toks[j - 1].text));
        // "Community of Latin American and Caribbean States": 'and' inside an "X of Y" name.
        bool inner_and = j > start + 2 && j + 1 < s.last && u.lower_view() == "and" && toks[j + 1].upper_initial &&
                         std::any_of(toks.begin() + start, toks.begin() + j, [](const Token& q) { return q.lower_view() == "of"; });
        // "Peace and Security Council", "Trade and Industry Ministry": "and" inside a body's name,
        // when the capitalised words after it end in an organisation head.
        if (!inner_and && j > start && j + 2 < s.last && u.lower_view() == "and" && toks[j + 1].upper_initial) {
          std::size_t e2 = j + 1;
          while (e2 < s.last && e2 < j + 4 && toks[e2].upper_initial && toks[e2].word) ++e2;
          inner_and = e2 > j + 2 && lex_.has("org_head", toks[e2 - 1].text) && j - start <= 2;
        }
        if (j > start && cap && toks[j - 1].lower_view() == "of") {
          // "Gulf of Finland", "Bank of England": the known name ends the unknown one.
          const std::vector<GazetteerHit>* h3 = nullptr;
          std::size_t n3 = match_gazetteer(doc, j, s.last, &h3);
          if (n3 > 0) {
            j += n3;
            break;
          }
        }
        if (j > start && cap) {
          // A known name or a title starts here: the unknown name ends — unless it is a lone
          // city or capital after a first name ("Ana Lima", "Paris Hilton").
          const std::vector<GazetteerHit>* h2 = nullptr;
          std::size_t n2 = match_gazetteer(doc, j, s.last, &h2);
          bool city_only = n2 == 1 && j == start + 1;
          // "Yeganeh Salehi": a known person's bare surname after an unknown first name is
          // another person of that name.
          bool surname_only = n2 == 1 && j == start + 1 && h2 != nullptr;
          if (h2)
            for (const GazetteerHit& h : *h2) {
              city_only = city_only && (h.kind == HitKind::kMetonym ||
                                        (h.kind == HitKind::kName && lex_.entries()[h.entry].type == EntityType::kPlace));
              surname_only = surname_only && h.kind == HitKind::kName &&
                             lex_.entries()[h.entry].type == EntityType::kPerson && lex_.entries()[h.entry].label != u.text;
            }
          if (n2 > 0 && !city_only && !surname_only && !lex_.has("org_head", u.text) && !lex_.has("place_head", u.text)) break;
          // "FIFA Vice-President Eugenio Figueredo": an office title before another capitalised
          // word ends the body's name.
          std::vector<std::string> tw;
          for (std::size_t q = j; q < s.last && q < j + 4; ++q) tw.push_back(toks[q].lower);
          std::string tkind;
          const std::size_t tn = lex_.match_title(tw, 0, &tkind);
          std::vector<std::string> tw2;
          for (std::size_t q = j + tn; q < s.last && q < j + tn + 4; ++q) tw2.push_back(toks[q].lower);
          if (tn > 0 && tkind != "honorific" && j + tn < s.last && toks[j + tn].upper_initial && toks[j + tn].word &&
              lex_.match_title(tw2, 0) == 0)
            break;
        }
        if (cap || particle || prefixed || connector || inner_and) ++j;
        else break;
      }
      if (j == start) {
        i = start + 1;
        continue;
      }
      Candidate c;
      c.title = title_text;
      c.mention.first = start;
      c.mention.last = j;
      c.label = std::string(doc.span(start, j));
      // The head: the word before "of"/"for" ("Ministry of Water Resources", "Gulf of Finland"),
      // else the last word.
      std::string last_word = toks[j - 1].text;
      for (std::size_t k = start + 1; k + 1 < j; ++k)
        if (toks[k].lower_view() == "of" || toks[k].lower_view() == "for") {
          last_word = toks[k - 1].text;
          break;
        }
      std::size_t len = j - start;
      bool acronym = len == 1 && toks[start].text.size() >= 2 && toks[start].text.size() <= 8 &&
                     std::all_of(toks[start].text.begin(), toks[start].text.end(),
                                 [](char ch) { return (ch >= 'A' && ch <= 'Z') || ch == '.'; });
      std::size_t pre = start;
      if (pre > s.first && (toks[pre - 1].lower_view() == "the" || tok_has(toks[pre - 1], "pronoun_thing"))) --pre;
      bool after_locative = pre > s.first && tok_has(toks[pre - 1], "locative");
      // "the Poonch sector", "the port of Primorsk"
      bool place_noun_after = j < s.last && tok_has(toks[j], "place_noun");
      bool place_noun_before = start >= s.first + 2 && toks[start - 1].lower_view() == "of" &&
                               tok_has(toks[start - 2], "place_noun");
      bool only_heads = true;
      for (std::size_t k = start; k < j; ++k)
        only_heads = only_heads && (lex_.has("org_head", toks[k].text) || lex_.has("place_head", toks[k].text) ||
                                    lex_.has("country_head", toks[k].text));
      bool speech_after = j < s.last && tok_has(toks[j], "speech");
      // "Mopti, a river port in central Mali": an apposition with a place noun.
      bool place_apposition = false;
      if (j + 3 < s.last && toks[j].text == "," && (toks[j + 1].lower_view() == "a" || toks[j + 1].lower_view() == "an"))
        for (std::size_t k = j + 2; k < s.last && k < j + 6 && toks[k].word && !toks[k].upper_initial; ++k)
          if (tok_has(toks[k], "place_noun") && !tok_has(toks[k + 1 < s.last ? k + 1 : k], "place_noun")) {
            place_apposition = k + 1 < s.last && (toks[k + 1].lower_view() == "in" || toks[k + 1].lower_view() == "near" ||
                                                  toks[k + 1].lower_view() == "on" || toks[k + 1].text == ",");
            break;
          }
      bool not_person = false;
      for (std::size_t k = start; k < j; ++k) not_person = not_person || lex_.has("not_person", toks[k].text);
      // ("North African" is an adjective: a last word ending like a demonym is no place.)
      auto adjectival = [](std::string_view w) {
        for (std::string_view suf : {"ican", "ean", "ese", "ish", "ian"})
          if (w.size() > suf.size() + 2 && w.substr(w.size() - suf.size()) == suf) return true;
        return false;
      };
      bool compass = len >= 2 && tok_has(toks[start], "compass") && toks[start].upper_initial &&
                     !adjectival(toks[j - 1].lower_view());
      if (lex_.has("org_head", last_word)) c.type = EntityType::kOrganization;
      else if (compass && !lex_.has("place_head", last_word)) c.type = EntityType::kPlace;  // "North Darfur"
      else if (lex_.has("place_head", last_word)) c.type = EntityType::kPlace;
      else if (lex_.has("country_head", last_word)) c.type = EntityType::kCountry;
      else if (!title_text.empty()) c.type = EntityType::kPerson;
      else if (acronym) c.type = EntityType::kOrganization;
      else if (place_noun_after || place_noun_before || place_apposition) c.type = EntityType::kPlace;
      else if (not_person && len >= 3) c.type = EntityType::kOrganization;  // "Inter-Services Public Relations"
      else if (not_person) c.type.reset();
      else if (len >= 2 && len <= 4) c.type = EntityType::kPerson;
      else if (len == 1) {
        c.weak = true;
        // "India and Nepal claim Kalapani", "Russia annexed Abkhazia": the object of a verb of claim
        // or annexation is a place (not of "seize" or "retake", which take people and towns alike).
        bool territorial_object = false;
        if (start > s.first)
          if (const auto* forms = lex_.triggers(toks[start - 1].lower))
            for (const TriggerForm& f : *forms)
              territorial_object = territorial_object ||
                                   (f.kind == TriggerKind::kVerb && f.words.size() == 1 &&
                                    (f.relation == Relation::kClaims || f.relation == Relation::kAnnexes));
        if (speech_after) c.type = EntityType::kPerson;
        else if (after_locative || territorial_object) c.type = EntityType::kPlace;
      }
      if (len == 1 && !c.type) c.type = list_type(doc, s, start);
      bool sentence_initial = start == s.first ||
                              (start == s.first + 1 && (toks[s.first].text == "\"" || toks[s.first].text == "("));
      // An unknown surname opening a sentence before a speech verb ("Obradovic said") is a name,
      // unless its lower case is an English word ("Officials said", "Protesters say").
      const std::string& lw = toks[start].lower;
      bool english = lex_.is_adjective(lw) || lex_.verb_form(lw) || (lw.size() > 3 && lw.back() == 's') ||
                     lex_.categories(lw).any();
      bool surname = speech_after && !english;
      if (sentence_initial && len == 1 && !acronym && !inner_caps.count(toks[start].text) && title_text.empty() &&
          !surname && !place_apposition)
        c.type.reset();
      if (len > 6) c.type.reset();
      // "the Communist-ruled Caribbean island", "the Himalayan kingdom": proper adjectives before a
      // description noun describe it; they name nothing.
      if (j < s.last && adjectival(toks[j - 1].lower_view()) && !toks[j].upper_initial &&
          lex_.description_type(toks[j].lower) && title_text.empty())
        c.type.reset(), c.weak = false;
      // "the Cabinet", "Command": one singular head word names nothing ("the Guards" may).
      if (only_heads && len == 1 && toks[start].text.back() != 's') c.type.reset();
      if (c.type || c.weak) cands.push_back(std::move(c));
      i = j;
    }
  }
  // "The French and Russian governments condemned ...": a demonym coordinated with the demonym
  // of an actor phrase shares its institution.
  for (std::size_t c = cands.size(); c-- > 1;) {
    Mention& a = cands[c - 1].mention;
    const Mention& b = cands[c].mention;
    if (a.kind != MentionKind::kDemonym || b.kind != MentionKind::kActorPhrase || b.office_title != 0) continue;
    if (cands[c].gazetteer == kNoEntry || cands[c - 1].gazetteer == kNoEntry) continue;
    bool joined = b.first > a.last;
    for (std::size_t k = a.last; k < b.first && joined; ++k)
      joined = toks_are_conjunction(doc.tokens[k]);
    bool possessive = false;
    for (std::size_t k = b.first; k < b.last; ++k) possessive = possessive || doc.tokens[k].text == "'s";
    if (joined && !possessive) a.kind = MentionKind::kActorPhrase;
  }
  link(doc, cands);
}

// Turns candidates into document entities: one per gazetteer entry, unknown names merged by
// label, single tokens linked to the person whose name contains them.
void MentionStage::link(Document& doc, std::vector<Candidate>& cands) const {
  std::map<std::size_t, std::size_t> by_entry;
  std::map<std::pair<EntityType, std::string>, std::size_t> by_label;
  // One entity per gazetteer entry (looked up in by_entry: linking runs once per mention).
  auto entity_for_entry = [&](std::size_t entry) {
    auto it = by_entry.find(entry);
    if (it != by_entry.end()) return it->second;
    std::size_t e = detail::entity_for_entry(doc, lex_, entry);
    by_entry.emplace(entry, e);
    return e;
  };
  auto add_alias = [&](std::size_t ent, std::string_view alias) {
    auto& a = doc.entities[ent].aliases;
    std::string s(alias);
    if (std::find(a.begin(), a.end(), s) == a.end()) a.push_back(s);
  };
  // Pass 1: gazetteer names and multi-token unknown names.
  std::vector<bool> done(cands.size(), false);
  for (std::size_t k = 0; k < cands.size(); ++k) {
    Candidate& c = cands[k];
    if (c.gazetteer != kNoEntry) {
      std::size_t ent = entity_for_entry(c.gazetteer);
      c.mention.entities = {ent};
      if (c.mention.kind == MentionKind::kName && !c.mention.modifier)
        add_alias(ent, doc.span(c.mention.first, c.mention.last));
      done[k] = true;
    } else if (!c.weak && c.type) {
      auto key = std::make_pair(*c.type, c.label);
      auto it = by_label.find(key);
      std::size_t ent;
      if (it == by_label.end()) {
        DocEntity e;
        e.label = c.label;
        e.type = *c.type;
        doc.entities.push_back(e);
        ent = doc.entities.size() - 1;
        by_label.emplace(key, ent);
      } else {
        ent = it->second;
      }
      c.mention.entities = {ent};
      add_alias(ent, c.label);
      done[k] = true;
    }
  }
  // Pass 2: single unknown tokens link to a person whose name has that word ("Lai" ->
  // "Lai Ching-te"); otherwise they stand alone only when their type is known.
  for (std::size_t k = 0; k < cands.size(); ++k) {
    if (done[k]) continue;
    Candidate& c = cands[k];
    std::size_t found = kNone;
    for (std::size_t e = 0; e < doc.entities.size() && found == kNone; ++e) {
      const DocEntity& de = doc.entities[e];
      if (de.type != EntityType::kPerson) continue;
      for (const Token& w : tokenize(de.label, lex_))
        if (w.text == c.label) { found = e; break; }
    }
    if (found == kNone && c.type) {
      auto key = std::make_pair(*c.type, c.label);
      auto it = by_label.find(key);
      if (it != by_label.end()) {
        found = it->second;
      } else {
        DocEntity e;
        e.label = c.label;
        e.type = *c.type;
        doc.entities.push_back(e);
        found = doc.entities.size() - 1;
        by_label.emplace(key, found);
      }
    }
    if (found == kNone) continue;
    c.mention.entities = {found};
    done[k] = true;
  }
  for (std::size_t k = 0; k < cands.size(); ++k) {
    if (!done[k]) continue;
    Candidate& c = cands[k];
    if (!c.title.empty() && c.mention.entities.size() == 1) {
      DocEntity& e = doc.entities[c.mention.entities[0]];
      if (e.type == EntityType::kPerson && e.title.empty()) {
        std::string kind;
        std::vector<std::string> lw;
        for (const Token& t : tokenize(c.title, lex_)) lw.push_back(t.lower);
        if (lex_.match_title(lw, 0, &kind) > 0 && kind != "honorific") e.title = c.title;
      }
    }
    doc.mentions.push_back(std::move(c.mention));
  }
  std::sort(doc.mentions.begin(), doc.mentions.end(),
            [](const Mention& a, const Mention& b) { return a.first < b.first; });
}

// Pronouns and definite descriptions resolved to the most salient earlier entity of a
// compatible type; left alone when nothing fits.
class CoreferenceStage final : public Stage {
 public:
  explicit CoreferenceStage(const Lexicon& lex) : lex_(lex) {}
  std::string_view name() const override { return "coreference"; }
  unsigned needs() const override { return kMentions | kEntities | kModifiers; }
  unsigned provides() const override { return kCoreference; }
  void process(Document& doc) const override;

 private:
  const Lexicon& lex_;
};

// "the Biden administration", "the Netanyahu government": a leader whose country the gazetteer
// knows, before a person_government noun, stands for the country (an actor phrase).
void leader_governments(Document& doc, const Lexicon& lex) {
  for (Mention& m : doc.mentions) {
    if (m.kind != MentionKind::kName || m.modifier || m.entities.size() != 1 || m.last >= doc.tokens.size()) continue;
    const DocEntity& person = doc.entities[m.entities.front()];
    if (person.type != EntityType::kPerson || person.gazetteer == kNoEntry) continue;
    // "the Biden administration", "Abiy's government"
    std::size_t after = m.last;
    if (after + 1 < doc.tokens.size() && doc.tokens[after].lower_view() == "'s") ++after;
    if (!lex.has("person_government", doc.tokens[after].lower)) continue;
    std::size_t country = lex.entries()[person.gazetteer].country;
    if (country == kNoEntry) continue;
    std::size_t ent = detail::entity_for_entry(doc, lex, country);
    m.kind = MentionKind::kActorPhrase;
    m.last = after + 1;
    m.entities = {ent};
  }
}

// "the Government of Nepal", "the Defence Ministry of China": a state's government or ministry
// named after its country is the country (an actor phrase), not an organisation of its own.
void governments_of(Document& doc, const Lexicon& lex) {
  const auto& toks = doc.tokens;
  for (Mention& m : doc.mentions) {
    if (m.kind != MentionKind::kName || m.modifier || m.entities.size() != 1 || m.last < m.first + 3) continue;
    const DocEntity& org = doc.entities[m.entities.front()];
    if (org.type != EntityType::kOrganization || org.gazetteer != kNoEntry) continue;
    // ("the Government of Nepal"; "the Defence Ministry of China": an institution word before "of")
    std::size_t of = m.first + 1;
    while (of + 1 < m.last && toks[of].lower_view() != "of") ++of;
    if (of + 1 >= m.last || of > m.first + 2) continue;
    const std::string& head = toks[of - 1].lower;
    if (!lex.has("person_government", head) && !lex.has("state_institution", head)) continue;
    std::string rest;
    for (std::size_t k = of + 1; k < m.last; ++k) rest += (rest.empty() ? "" : " ") + toks[k].text;
    const auto* hits = lex.lookup(rest);
    if (!hits) continue;
    std::size_t country = kNoEntry;
    for (const GazetteerHit& h : *hits)
      if (lex.entries()[h.entry].type == EntityType::kCountry) country = h.entry;
    if (country == kNoEntry) continue;
    m.kind = MentionKind::kActorPhrase;
    m.entities = {detail::entity_for_entry(doc, lex, country)};
  }
}

// "Police in Bangkok detained ...", "authorities in Kashmir said": a domestic institution of the
// place's state (*local_institution*) acts for that state; the place mention becomes the actor
// phrase.
void local_institutions(Document& doc, const Lexicon& lex) {
  const auto& toks = doc.tokens;
  for (std::size_t mi = 0; mi < doc.mentions.size(); ++mi) {
    Mention& m = doc.mentions[mi];
    if (m.entities.size() != 1 || m.modifier || m.first < 2 || toks[m.first - 1].lower_view() != "in") continue;
    const std::size_t inst = m.first - 2;
    if (!tok_has(toks[inst], "local_institution") || toks[inst].sentence != toks[m.first].sentence) continue;
    if (mi > 0 && doc.mentions[mi - 1].last > inst) continue;  // "Thai police in Bangkok": already an actor
    if (inst > 0 && toks[inst - 1].sentence == toks[inst].sentence &&
        (toks[inst - 1].text == "'s" || (toks[inst - 1].upper_initial && toks[inst - 1].word && inst - 1 != 0 &&
                                        toks[inst - 2].sentence == toks[inst].sentence)))
      continue;
    const DocEntity& where = doc.entities[m.entities.front()];
    std::size_t state = kNone;
    if (where.type == EntityType::kCountry) {
      state = m.entities.front();
    } else if (where.type == EntityType::kPlace && where.gazetteer != kNone) {
      const std::size_t in = lex.entries()[where.gazetteer].located_in;
      if (in != kNoEntry && lex.entries()[in].type == EntityType::kCountry) state = detail::entity_for_entry(doc, lex, in);
    }
    if (state == kNone) continue;
    m.first = inst;
    m.kind = MentionKind::kActorPhrase;
    m.entities = {state};
  }
}

// "Omar al-Bashir ... The Sudanese leader also accused": an office of a country that names no one
// is the person named before who holds it (the same title, or a generic one such as "leader"
// for any office holder of that country); with no such person, the country stays the actor.
void office_holders(Document& doc, const Lexicon& lex) {
  const auto& toks = doc.tokens;
  auto lower = [](std::string x) {
    for (char& ch : x) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return x;
  };
  // The countries each entity is affiliated with, by gazetteer entry (the text's and the
  // gazetteer's), and the office it holds, computed once.
  std::vector<std::vector<std::size_t>> countries(doc.entities.size());
  std::vector<std::string> held(doc.entities.size());
  bool any = false;
  for (const Mention& m : doc.mentions) any = any || m.office_title > 0;
  if (!any) return;
  for (std::size_t e = 0; e < doc.entities.size(); ++e) {
    const DocEntity& d = doc.entities[e];
    if (d.type != EntityType::kPerson) continue;
    if (d.gazetteer != kNone && lex.entries()[d.gazetteer].country != kNoEntry)
      countries[e].push_back(lex.entries()[d.gazetteer].country);
    held[e] = !d.title.empty() ? lower(d.title) : d.gazetteer != kNone ? lower(lex.entries()[d.gazetteer].title) : std::string();
  }
  for (const ExtractedFact& f : doc.facts)
    if (f.relation == Relation::kAffiliatedWith && doc.entities[f.subject].type == EntityType::kPerson &&
        doc.entities[f.object].gazetteer != kNone)
      countries[f.subject].push_back(doc.entities[f.object].gazetteer);
  constexpr std::size_t kWindow = 40;  // sentences back in which the holder may have been named
  for (std::size_t mi = 0; mi < doc.mentions.size(); ++mi) {
    Mention& m = doc.mentions[mi];
    if (m.office_title == 0 || m.entities.size() != 1) continue;
    const std::size_t country = doc.entities[m.entities.front()].gazetteer;
    if (country == kNone) continue;
    std::string title;
    for (std::size_t t = m.last - m.office_title; t < m.last; ++t) title += (title.empty() ? "" : " ") + toks[t].lower;
    const bool generic = lex.has("generic_office", title);
    const std::size_t sentence = toks[m.first].sentence;
    // Earlier mentions, nearest first; then, for the same title, the next two sentences ("Mali
    // criticised the French foreign minister ... French Foreign Minister Jean-Yves Le Drian").
    auto holder = [&](std::size_t q, bool earlier) {
      const Mention& p = doc.mentions[q];
      if (p.kind != MentionKind::kName || p.entities.size() != 1) return false;
      const std::size_t pe = p.entities.front();
      if (doc.entities[pe].type != EntityType::kPerson) return false;
      if (std::find(countries[pe].begin(), countries[pe].end(), country) == countries[pe].end()) return false;
      return held[pe] == title || (generic && earlier && !held[pe].empty());
    };
    std::size_t found = kNone;
    for (std::size_t q = mi; q-- > 0 && found == kNone;) {
      if (toks[doc.mentions[q].first].sentence + kWindow < sentence) break;
      if (holder(q, true)) found = q;
    }
    for (std::size_t q = mi + 1; found == kNone && q < doc.mentions.size() &&
                                 toks[doc.mentions[q].first].sentence <= sentence + 2;
         ++q)
      if (holder(q, false)) found = q;
    if (found == kNone) continue;
    m.entities = {doc.mentions[found].entities.front()};  // still an actor phrase: it takes part in a clause like a name
    m.confidence = 0.85;
  }
}

// The speaker of a quotation: '"...," the ministry said', '"...," said Lavrov', 'Lavrov said: "..."'.
// Returns the index of the speaker's mention, or kNone.
std::size_t quote_speaker(const Document& doc, const std::vector<std::size_t>& mention_at, std::size_t open,
                          std::size_t close) {
  const auto& toks = doc.tokens;
  auto speaker_at = [&](std::size_t k) -> std::size_t {
    if (k >= toks.size() || mention_at[k] == kNone) return kNone;
    const Mention& m = doc.mentions[mention_at[k]];
    if (m.modifier || m.entities.empty() || m.kind == MentionKind::kDemonym || m.kind == MentionKind::kPronoun)
      return kNone;
    return mention_at[k];
  };
  // After: '," the Canadian foreign ministry said' or '," said Lavrov' (a few words of title).
  if (close + 2 < toks.size() && toks[close].sentence == toks[close + 1].sentence &&
      (toks[close + 1].text == "," || toks[close - 1].text == ",")) {
    std::size_t k = toks[close + 1].text == "," ? close + 2 : close + 1;
    const std::size_t sent = toks[close].sentence;
    if (k < toks.size() && tok_has(toks[k], "speech")) {
      for (std::size_t q = k + 1; q < toks.size() && q < k + 6 && toks[q].sentence == sent; ++q)
        if (std::size_t m = speaker_at(q); m != kNone) return m;
      return kNone;
    }
    for (std::size_t q = k; q < toks.size() && q < k + 8 && toks[q].sentence == sent; ++q) {
      if (tok_has(toks[q], "speech")) {
        for (std::size_t r = q; r-- > k;)
          if (std::size_t m = speaker_at(r); m != kNone) return m;
        return kNone;
      }
      if (toks[q].text == "\"" || toks[q].text == ".") return kNone;
    }
    return kNone;
  }
  // Before: 'Lavrov said: "' or 'Lavrov told reporters, "'.
  if (open >= 2 && (toks[open - 1].text == ":" || toks[open - 1].text == ",")) {
    const std::size_t sent = toks[open].sentence;
    for (std::size_t q = open - 1; q-- > 0 && q + 6 > open && toks[q].sentence == sent;) {
      if (!tok_has(toks[q], "speech")) continue;
      for (std::size_t r = q; r-- > 0 && r + 8 > q && toks[r].sentence == sent;)
        if (std::size_t m = speaker_at(r); m != kNone) return m;
      return kNone;
    }
  }
  return kNone;
}

// "\"We urge Cairo to release them,\" the Canadian foreign ministry said": first-person pronouns
// inside a quotation refer to its speaker. Quotation marks pair up within a paragraph.
void quote_speakers(Document& doc, std::vector<Mention>& added) {
  const auto& toks = doc.tokens;
  std::vector<std::size_t> mention_at(toks.size(), kNone);
  for (std::size_t m = 0; m < doc.mentions.size(); ++m)
    for (std::size_t k = doc.mentions[m].first; k < doc.mentions[m].last; ++k) mention_at[k] = m;
  std::size_t open = kNone;
  for (std::size_t i = 0; i < toks.size(); ++i) {
    if (toks[i].paragraph_before) open = kNone;
    if (toks[i].text != "\"") continue;
    if (open == kNone) {
      open = i;
      continue;
    }
    const std::size_t close = i;
    const std::size_t speaker = quote_speaker(doc, mention_at, open, close);
    if (speaker != kNone)
      for (std::size_t k = open + 1; k < close; ++k) {
        if (mention_at[k] != kNone || !tok_has(toks[k], "pronoun_first")) continue;
        if (toks[k].lower_view() == "us" && toks[k].text != "us") continue;  // "US" is a name
        Mention p;
        p.first = k;
        p.last = k + 1;
        p.kind = MentionKind::kPronoun;
        p.entities = doc.mentions[speaker].entities;
        p.confidence = 0.8;
        added.push_back(p);
      }
    open = kNone;
  }
}

// "Separatists attacked the base", "police detained pro-democracy activists": a group noun that
// no name, description or pronoun covers names a collective actor of its own. The phrase (up to
// two modifiers: "pro-Russian separatists", "Islamist militants") becomes a Group, one per head
// noun in the document, as a description mention: it reaches the graph only through a fact.
void bare_groups(Document& doc, const Lexicon& lex) {
  const auto& toks = doc.tokens;
  std::vector<bool> covered(toks.size(), false);
  for (const Mention& m : doc.mentions)
    for (std::size_t k = m.first; k < m.last && k < toks.size(); ++k) covered[k] = true;
  std::vector<Mention> added;
  for (const Sentence& s : doc.sentences) {
    for (std::size_t i = s.first; i < s.last; ++i) {
      const Token& t = toks[i];
      // "Tibetans", "Kurds", "Islamists": a people or movement without a state of its own is a
      // group too (case-sensitive *group_people*, plurals).
      // (group_people are capitalised plurals: only such a token is looked up)
      const bool people = t.upper_initial && t.text.size() > 3 && t.text.back() == 's' && lex.has("group_people", t.text);
      if (covered[i] || !t.word || (t.upper_initial && i != s.first && !people) || !(tok_has(t, "group_noun") || people)) continue;
      if (t.lower.size() < 3 || t.lower.back() != 's') continue;  // plurals only ("rebels", not "opposition")
      // "militants from Hamas", "fighters of the Islamic State": the body acts through them;
      // "Abu Sayyaf rebels", "Hamas militants": so does the body named right before.
      if (i + 2 < s.last && (toks[i + 1].lower_view() == "of" || toks[i + 1].lower_view() == "from")) continue;
      if (i > s.first && covered[i - 1]) continue;
      std::size_t first = i;
      for (int mod = 0; mod < 2 && first > s.first; ++mod) {
        const Token& w = toks[first - 1];
        if (covered[first - 1] || !w.word) break;
        const bool hyphen = w.lower.find('-') != std::string::npos && !std::isupper(static_cast<unsigned char>(w.text[0]));
        const bool adjective = lex.is_adjective(w.lower) && lex.categories(w.lower).none();
        // "Kurdish militants", "Shiite militias", "Uighur activists"
        const bool group_adjective = lex.has("group_people", w.text) && w.text.back() != 's';
        if (people || !(hyphen || adjective || group_adjective) || lex.count_of(w.lower) > 0 ||
            std::isdigit(static_cast<unsigned char>(w.text[0])))
          break;
        // "jets struck Kurdish militants": a past form after a word is the verb, not a modifier
        // ("the armed militants", "Armed militants" are modifiers).
        if ((lex.verb_form(w.lower) & kPastForm) && first - 1 > s.first && !tok_has(toks[first - 2], "determiner") &&
            !std::isdigit(static_cast<unsigned char>(toks[first - 2].text[0])))
          break;
        --first;
      }
      std::string label(doc.span(first, i + 1));
      if (toks[first].upper_initial && first == s.first && !lex.is_adjective(toks[first].lower) &&
          !lex.has("group_people", toks[first].text))
        label[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(label[0])));
      const std::string head = t.lower;
      std::size_t ge = kNone;
      for (std::size_t x = 0; x < doc.entities.size() && ge == kNone; ++x) {
        const DocEntity& de = doc.entities[x];
        if (de.type != EntityType::kGroup || de.gazetteer != kNone) continue;
        for (const std::string& a : de.aliases)
          if (a == head || a == label) ge = x;
      }
      if (ge == kNone) {
        DocEntity g;
        g.label = label;
        g.type = EntityType::kGroup;
        g.aliases = {label};
        if (label != head) g.aliases.push_back(head);
        doc.entities.push_back(std::move(g));
        ge = doc.entities.size() - 1;
      } else if (std::find(doc.entities[ge].aliases.begin(), doc.entities[ge].aliases.end(), label) ==
                 doc.entities[ge].aliases.end()) {
        doc.entities[ge].aliases.push_back(label);
      }
      Mention m;
      m.first = first;
      m.last = i + 1;
      m.kind = MentionKind::kDescription;
      m.entities = {ge};
      m.confidence = 0.8;
      added.push_back(m);
      for (std::size_t k = first; k <= i; ++k) covered[k] = true;
    }
  }
  for (Mention& m : added) doc.mentions.push_back(std::move(m));
  std::sort(doc.mentions.begin(), doc.mentions.end(),
            [](const Mention& a, const Mention& b) { return a.first < b.first; });
}

void CoreferenceStage::process(Document& doc) const {
  leader_governments(doc, lex_);
  governments_of(doc, lex_);
  local_institutions(doc, lex_);
  office_holders(doc, lex_);
  const auto& toks = doc.tokens;
  std::vector<std::size_t> mention_at(toks.size(), kNone);
  for (std::size_t m = 0; m < doc.mentions.size(); ++m)
    for (std::size_t k = doc.mentions[m].first; k < doc.mentions[m].last; ++k) mention_at[k] = m;
  auto type_of = [&](const Mention& m) { return doc.entities[m.entities.front()].type; };
  auto is_actor = [](EntityType t) {
    return t == EntityType::kCountry || t == EntityType::kOrganization || t == EntityType::kGroup;
  };
  // The subject of the clause a word at `pos` is in: the nearest name to the left that no
  // preposition governs; through "X, which/who ..." it is X (and *relative is set).
  auto clause_subject = [&](const Sentence& s, std::size_t pos, bool* relative) -> std::size_t {
    *relative = false;
    for (std::size_t k = pos; k-- > s.first;) {
      const std::string& w = toks[k].lower;
      if (std::string_view(w) == "which" || std::string_view(w) == "who") {
        std::size_t j = k;
        while (j > s.first && toks[j - 1].text == ",") --j;
        if (j > s.first && mention_at[j - 1] != kNone) {
          *relative = true;
          return mention_at[j - 1];
        }
        return kNone;
      }
      if (toks[k].text == ";" || toks[k].text == ":" || tok_has(toks[k], "clause_break")) return kNone;
      std::size_t m = mention_at[k];
      if (m == kNone) continue;
      const Mention& mm = doc.mentions[m];
      std::size_t b = mm.first;
      if (b > s.first && toks[b - 1].lower_view() == "the") --b;
      if (!mm.modifier && !(b > s.first && tok_has(toks[b - 1], "preposition"))) return m;
      k = mm.first;
    }
    return kNone;
  };
  std::vector<Mention> added;
  for (const Sentence& s : doc.sentences) {
    for (std::size_t i = s.first; i < s.last; ++i) {
      if (mention_at[i] != kNone) continue;
      const std::string& w = toks[i].lower;
      // "his two neighbours" is a group description, not the pronoun "his".
      const bool possessive_pair = i + 2 < s.last && toks[i + 1].lower_view() == "two" && mention_at[i + 2] == kNone &&
                                   lex_.group_description_type(toks[i + 2].lower).has_value();
      bool person = !possessive_pair && tok_has(toks[i], "pronoun_person");
      bool thing = !possessive_pair && tok_has(toks[i], "pronoun_thing");
      // "those countries": the demonstrative opens a group description, it is no pronoun.
      const bool demonstrative_group = (w == "those" || w == "these") && i + 1 < s.last && mention_at[i + 1] == kNone &&
                                       lex_.group_description_type(toks[i + 1].lower).has_value();
      bool plural = !possessive_pair && !demonstrative_group && tok_has(toks[i], "pronoun_plural");
      std::optional<EntityType> desc;
      bool territorial = false;
      std::optional<EntityType> group;  // "the two countries", "both men"
      std::size_t first = i;
      std::size_t count = 0;  // "all three", "the four countries": a list of that many names
      if (!person && !thing && !plural) {
        std::size_t n = kNone;
        if (std::string_view(w) == "both" && i + 1 < s.last) n = i + 1;
        if ((std::string_view(w) == "the" || std::string_view(w) == "his" || std::string_view(w) == "her" || std::string_view(w) == "its" || std::string_view(w) == "their") && i + 2 < s.last &&
            toks[i + 1].lower_view() == "two")
          n = i + 2;
        // "should either country strike back": one of a pair, as "both countries".
        if (std::string_view(w) == "either" && i + 1 < s.last && mention_at[i + 1] == kNone && toks[i + 1].word) {
          const std::string& sg = toks[i + 1].lower;
          std::string pl = sg.size() > 1 && sg.back() == 'y' ? sg.substr(0, sg.size() - 1) + "ies" : sg + "s";
          group = lex_.group_description_type(pl);
          if (group) {
            plural = true;
            i = i + 1;
          }
        }
        // "The countries have long accused one another": "the" + a plural group noun, as "the two".
        // So do "those countries", "these nations".
        if ((std::string_view(w) == "the" || std::string_view(w) == "those" || std::string_view(w) == "these") &&
            n == kNone && i + 1 < s.last && mention_at[i + 1] == kNone &&
            lex_.group_description_type(toks[i + 1].lower) && toks[i + 1].lower.back() == 's' && (i + 2 >= s.last || !toks[i + 2].upper_initial) &&
            (i + 2 >= s.last || ((toks[i + 2].lower_view() != "of" || demonstrative_group) && !tok_has(toks[i + 2], "relative"))) &&
            !(i > s.first && (toks[i - 1].lower_view() == "among" || toks[i - 1].lower_view() == "of")))
          n = i + 1;
        if (n != kNone && mention_at[n] == kNone) group = lex_.group_description_type(toks[n].lower);
        if (group && n != kNone) {
          plural = true;
          i = n;
        } else if ((std::string_view(w) == "all" || std::string_view(w) == "the") && i + 1 < s.last && lex_.count_of(toks[i + 1].lower) >= 3) {
          count = lex_.count_of(toks[i + 1].lower);
          std::size_t end = i + 1;
          if (i + 2 < s.last && mention_at[i + 2] == kNone) {
            if (auto t = lex_.group_description_type(toks[i + 2].lower)) {
              group = t;
              end = i + 2;
            }
          }
          // "the three" must stand alone or with a group noun ("the three men"), not "the three
          // soldiers killed".
          if (std::string_view(w) == "the" && end == i + 1 && i + 2 < s.last && toks[i + 2].word && !toks[i + 2].upper_initial &&
              !lex_.verb_form(toks[i + 2].lower))
            count = 0;
          if (count) i = end;
        }
      }
      if (count) {
        // The latest list of exactly `count` coordinated names (of the group's type), in this or
        // the two previous sentences.
        std::vector<std::size_t> chosen;
        const std::size_t upto = static_cast<std::size_t>(
            std::lower_bound(doc.mentions.begin(), doc.mentions.end(), first,
                             [](const Mention& a, std::size_t f) { return a.first < f; }) -
            doc.mentions.begin());
        for (std::size_t m = upto; m-- > 0 && chosen.empty();) {
          const Mention& last = doc.mentions[m];
          if (toks[last.first].sentence + 2 < toks[first].sentence) break;
          if (last.kind != MentionKind::kName || last.modifier) continue;
          std::vector<std::size_t> list = {m};
          std::size_t cur = m;
          while (cur > 0 && list.size() < count + 1) {
            const Mention& a = doc.mentions[cur - 1];
            const Mention& b = doc.mentions[cur];
            if (a.kind != MentionKind::kName || a.modifier || a.last + 1 != b.first) break;
            const std::string& conj = toks[a.last].lower;
            if (conj != "and" && conj != ",") break;
            list.insert(list.begin(), cur - 1);
            --cur;
          }
          if (list.size() != count) continue;
          bool fits_all = true;
          for (std::size_t q : list) {
            EntityType t = type_of(doc.mentions[q]);
            fits_all = fits_all && (group && *group != EntityType::kGroup ? t == *group : t != EntityType::kPlace);
          }
          if (!fits_all) continue;
          for (std::size_t q : list)
            for (std::size_t e : doc.mentions[q].entities) chosen.push_back(e);
        }
        if (chosen.empty()) continue;
        Mention p;
        p.first = first;
        p.last = i + 1;
        p.kind = MentionKind::kPronoun;
        p.entities = chosen;
        p.confidence = 0.85;
        added.push_back(p);
        continue;
      }
      if (!person && !thing && !plural) {
        // "the president", "the bloc", "the self-ruled island" — not followed by a name or "of".
        if (std::string_view(w) != "the" || i + 1 >= s.last) continue;
        std::size_t n = i + 1;
        // "the self-ruled island", "the Gulf state": adjectives, hyphenated words and one
        // capitalised word that is no name.
        bool capital_used = false;
        while (n + 1 < s.last && n < i + 3 && mention_at[n] == kNone &&
               ((!toks[n].upper_initial &&
                 (lex_.is_adjective(toks[n].lower) || toks[n].lower.find('-') != std::string::npos)) ||
                (toks[n].upper_initial && toks[n].word && !capital_used && !lex_.has("not_name", toks[n].text) &&
                 n + 1 < s.last && !toks[n + 1].upper_initial)) &&
               !lex_.description_type(toks[n].lower)) {
          capital_used = capital_used || toks[n].upper_initial;
          ++n;
        }
        desc = lex_.description_type(toks[n].lower);
        territorial = tok_has(toks[n], "territorial_description");
        if (!desc || mention_at[n] != kNone) continue;
        // "the president of Brazil", "the President Lula": not a reference back.
        // ("accused the Gulf state of lying": an "of" + gerund is the accusation, not the office.)
        bool of_name = n + 1 < s.last && toks[n + 1].lower_view() == "of" &&
                       !(n + 2 < s.last && toks[n + 2].lower.size() > 4 &&
                         toks[n + 2].lower.compare(toks[n + 2].lower.size() - 3, 3, "ing") == 0);
        if (n + 1 < s.last && (toks[n + 1].upper_initial || of_name)) continue;
        i = n;
      }
      // Candidates: earlier mentions in this sentence (nearest first), then the previous two
      // sentences (subject first).
      std::vector<std::size_t> chosen;
      auto fits = [&](const Mention& m) {
        if (m.entities.empty() || m.kind == MentionKind::kDemonym) return false;
        // A title modifier ("US President ...") is no antecedent for a pronoun, but a body in
        // an apposition is one for "the body".
        if (m.modifier && !desc) return false;
        // "Russia's invasion of the country": the possessor of the phrase is someone else.
        if (m.last < first && toks[m.last].lower_view() == "'s" && first - m.last <= 5) return false;
        EntityType t = type_of(m);
        // "The French ambassador was told ... urging him": an office names a person.
        if (person) return t == EntityType::kPerson || m.office_title > 0;
        if (thing) return is_actor(t);
        if (plural) return t == (group ? *group : EntityType::kGroup);
        // "the ministry" after "Spain's foreign ministry": the actor phrase of that institution.
        if (m.kind == MentionKind::kActorPhrase)
          for (std::size_t q = m.first; q < m.last; ++q)
            if (toks[q].lower == toks[i].lower) return true;
        if (*desc == EntityType::kOrganization)
          return t == EntityType::kOrganization || t == EntityType::kGroup ||
                 (t == EntityType::kCountry && tok_has(toks[i], "state_institution"));
        // "the self-ruled island", "the archipelago": a territory may be a country too.
        if (*desc == EntityType::kPlace && territorial && t == EntityType::kCountry) return true;
        return t == *desc;
      };
      bool relative = false;
      std::size_t subject = clause_subject(s, first, &relative);
      if (subject != kNone && relative && (thing || person) && fits(doc.mentions[subject]))
        chosen = doc.mentions[subject].entities;  // "Beijing, which regards ... its territory"
      // "During his visit to Cairo, Blinken met ...": a possessive in a phrase that opens the
      // sentence with a preposition refers ahead, to the subject after its comma.
      if (chosen.empty() && (thing || person) && tok_has(toks[first], "possessive_pronoun") &&
          tok_has(toks[s.first], "preposition") && first < s.first + 4) {
        std::size_t comma = first + 1;
        while (comma < s.last && comma < first + 10 && toks[comma].text != "," && !detail::is_punct_stop(toks[comma])) ++comma;
        if (comma + 1 < s.last && toks[comma].text == "," && mention_at[comma + 1] != kNone &&
            fits(doc.mentions[mention_at[comma + 1]]))
          chosen = doc.mentions[mention_at[comma + 1]].entities;
      }
      // Mentions are sorted: candidates are those before `upto`.
      const std::size_t upto = static_cast<std::size_t>(
          std::lower_bound(doc.mentions.begin(), doc.mentions.end(), first,
                           [](const Mention& a, std::size_t f) { return a.first < f; }) -
          doc.mentions.begin());
      if (plural) {
        // "Canada and Mexico said they would ...": the nearest coordination of names.
        for (std::size_t m = upto; m-- > 1 && chosen.empty();) {
          const Mention& b = doc.mentions[m];
          if (b.last > first || b.kind != MentionKind::kName || b.modifier) continue;
          // "the two countries" looks back through the whole article (the pair of its lead),
          // "they" two sentences.
          if (!group && toks[b.first].sentence + 2 < toks[first].sentence) break;
          const Mention& a = doc.mentions[m - 1];
          const bool with_the = a.last + 2 == b.first && toks[a.last + 1].lower_view() == "the";
          if (a.kind != MentionKind::kName || a.modifier || b.first < 2 || (a.last + 1 != b.first && !with_the)) continue;
          // "both sides" (Group here) may be any two actors: Israel and Hamas.
          auto group_fits = [&](EntityType t) {
            return *group == EntityType::kGroup ? t != EntityType::kPlace : t == *group;
          };
          if (group && (!group_fits(type_of(a)) || !group_fits(type_of(b)))) continue;
          if (!group && (type_of(a) == EntityType::kPlace || type_of(b) == EntityType::kPlace)) continue;
          const std::string& conj = toks[a.last].lower;
          if (conj != "and" && conj != ",") continue;
          chosen = a.entities;
          chosen.insert(chosen.end(), b.entities.begin(), b.entities.end());
          // A bare "they" takes the whole list ("Saudi Arabia, Egypt, Bahrain and the UAE said
          // they ..."), not only its last two names.
          if (!group) {
            auto joined = [&](const Mention& x, const Mention& y) {  // x before y, joined by , / and (the)
              std::size_t q = x.last;
              if (q < y.first && (toks[q].lower_view() == "," || toks[q].lower_view() == "and")) ++q;
              if (q < y.first && toks[q].lower_view() == "and") ++q;
              if (q < y.first && toks[q].lower_view() == "the") ++q;
              return q == y.first && q > x.last;
            };
            for (std::size_t l = m - 1; l-- > 0;) {
              const Mention& p0 = doc.mentions[l];
              if (p0.kind != MentionKind::kName || p0.modifier || !joined(p0, doc.mentions[l + 1])) break;
              chosen.insert(chosen.begin(), p0.entities.begin(), p0.entities.end());
            }
            for (std::size_t r = m + 1; r < doc.mentions.size(); ++r) {
              const Mention& n0 = doc.mentions[r];
              if (n0.first >= first || n0.kind != MentionKind::kName || n0.modifier || !joined(doc.mentions[r - 1], n0)) break;
              chosen.insert(chosen.end(), n0.entities.begin(), n0.entities.end());
            }
          }
        }
      }
      if (plural && !group && chosen.empty() && !added.empty() && added.back().entities.size() >= 2 &&
          toks[added.back().first].sentence + 1 >= toks[first].sentence) {
        // "was in touch with both capitals and had urged them": the group just named.
        chosen = added.back().entities;
      }
      if (group && chosen.empty()) {
        // No coordination: the two most recent names of that type ("Ali Shamkhani ... and
        // Musaad al-Aiban ... Both men").
        for (std::size_t m = upto; m-- > 0 && chosen.size() < 2;) {
          const Mention& cand = doc.mentions[m];
          if (toks[cand.first].sentence + 2 < toks[first].sentence) break;
          if (cand.kind != MentionKind::kName || cand.modifier || cand.entities.size() != 1) continue;
          if (*group == EntityType::kGroup ? type_of(cand) == EntityType::kPlace : type_of(cand) != *group) continue;
          // "The EU ... urged both sides": the one who urges is not one of the sides, nor is the
          // body it speaks for; sides are states and groups, not people.
          if (*group == EntityType::kGroup && type_of(cand) == EntityType::kPerson) continue;
          if (subject != kNone) {
            bool own = false;
            for (std::size_t se : doc.mentions[subject].entities) {
              own = own || se == cand.entities[0];
              for (const ExtractedFact& f : doc.facts)
                own = own || (f.relation == Relation::kAffiliatedWith && f.subject == se && f.object == cand.entities[0]);
            }
            if (own) continue;
          }
          if (std::find(chosen.begin(), chosen.end(), cand.entities[0]) == chosen.end()) chosen.push_back(cand.entities[0]);
        }
        if (chosen.size() < 2) chosen.clear();
        std::sort(chosen.begin(), chosen.end());
      }
      // "Morocco landed troops on Perejil Island. Morocco's invasion of the island": a territorial
      // description is first a place of the last three sentences whose name has its noun.
      if (desc && *desc == EntityType::kPlace && territorial && chosen.empty()) {
        for (std::size_t m = upto; m-- > 0 && chosen.empty();) {
          const Mention& cand = doc.mentions[m];
          if (toks[cand.first].sentence + 2 < toks[first].sentence) break;
          if (cand.last > first || cand.kind != MentionKind::kName || cand.modifier || cand.entities.size() != 1) continue;
          if (type_of(cand) != EntityType::kPlace) continue;
          for (std::size_t q = cand.first; q < cand.last && chosen.empty(); ++q)
            if (toks[q].lower == toks[i].lower) chosen = cand.entities;
        }
      }
      // "the U.K. embassy ... The protesters broke into the embassy": a description whose noun
      // an earlier actor phrase of the last few sentences has is that actor, before any nearer one.
      for (std::size_t m = upto; desc && !group && chosen.empty() && m-- > 0;) {
        const Mention& cand = doc.mentions[m];
        if (toks[cand.first].sentence + 10 < toks[first].sentence) break;
        if (cand.last > first || cand.entities.empty() || cand.modifier) continue;
        // ("the U.K. embassy": a name right before the noun counts too)
        const std::size_t upto_tok = cand.kind == MentionKind::kActorPhrase ? cand.last
                                     : cand.kind == MentionKind::kName && cand.last < first ? cand.last + 1
                                                                                            : cand.first;
        for (std::size_t q = cand.first; q < upto_tok && chosen.empty(); ++q)
          if (toks[q].lower == toks[i].lower && is_actor(type_of(cand))) chosen = cand.entities;
      }
      for (std::size_t m = upto; m-- > 0 && chosen.empty() && !group;) {
        const Mention& cand = doc.mentions[m];
        if (cand.last > first) continue;
        if (toks[cand.first].sentence + (person ? 3 : 2) < toks[first].sentence) break;  // he/she: a wider window
        if (!fits(cand)) continue;
        if (desc && m == subject) continue;  // "Beijing regards the island as ...": not Beijing
        if (toks[cand.first].sentence == toks[first].sentence) {
          // Same sentence: the nearest earlier mention that is governed neither by a preposition
          // ("Zelensky ..., chaired by Michel, but he welcomed" -> Zelensky) nor by a verb as its
          // object ("India expelled the Pakistani envoy over an attack which it blames on" ->
          // India), else the nearest.
          chosen = cand.entities;
          // "accusing him of": a pronoun that is itself an object may refer to an object.
          const bool subject_position =
              tok_has(toks[first], "possessive_pronoun") ||
              !(first > s.first && (tok_has(toks[first - 1], "preposition") ||
                                    (!tok_has(toks[first - 1], "speech") && lex_.verb_form(toks[first - 1].lower) & (kPastForm | kThirdForm | kBaseForm | kGerundForm))));
          for (std::size_t q = m + 1; q-- > 0 && !desc;) {
            const Mention& f = doc.mentions[q];
            if (f.last > first || !fits(f)) continue;
            if (toks[f.first].sentence != toks[first].sentence) break;
            std::size_t b = f.first;
            // ("called in a senior Chinese diplomat": past the determiner and adjectives)
            for (std::size_t n = 0; n < 2 && b > s.first && lex_.is_adjective(toks[b - 1].lower) &&
                                        !toks[b - 1].upper_initial && toks[b - 1].cats.none(); ++n)
              --b;
            if (b > 0 && tok_has(toks[b - 1], "determiner")) --b;
            // ("said Riyadh cut ties with its neighbour": after a speech verb, a subject)
            const bool object = subject_position && b > 0 && !toks[b - 1].upper_initial &&
                                !tok_has(toks[b - 1], "speech") &&
                                (lex_.verb_form(toks[b - 1].lower) & (kPastForm | kThirdForm | kBaseForm));
            if (b == 0 || (!tok_has(toks[b - 1], "preposition") && !object)) {
              chosen = f.entities;
              break;
            }
          }
          break;
        }
        // Earlier sentence: prefer its first fitting mention (the subject).
        std::size_t sent = toks[cand.first].sentence;
        std::size_t q0 = m;
        while (q0 > 0 && toks[doc.mentions[q0 - 1].first].sentence == sent) --q0;
        for (std::size_t q = q0; q <= m; ++q) {
          const Mention& f = doc.mentions[q];
          if (toks[f.first].sentence == sent && fits(f)) {
            chosen = f.entities;
            break;
          }
        }
        break;
      }
      if (chosen.empty()) continue;
      Mention p;
      p.first = first;
      p.last = i + 1;
      p.kind = desc ? MentionKind::kDescription : MentionKind::kPronoun;
      p.entities = chosen;
      p.confidence = 0.85;
      // "Lai and his party": the body the person belongs to, as the text said (affiliatedWith).
      if ((person || plural) && !group && i + 1 < s.last && mention_at[i + 1] == kNone && tok_has(toks[i + 1], "own_body") &&
          (std::string_view(w) == "his" || std::string_view(w) == "her" || std::string_view(w) == "their")) {
        EntityType want = toks[i + 1].lower_view() == "government" ? EntityType::kCountry : EntityType::kOrganization;
        std::vector<std::size_t> bodies;
        for (std::size_t pe : chosen)
          for (const ExtractedFact& f : doc.facts)
            if (f.relation == Relation::kAffiliatedWith && f.subject == pe && f.basis.empty() &&
                doc.entities[f.object].type == want &&
                std::find(bodies.begin(), bodies.end(), f.object) == bodies.end())
              bodies.push_back(f.object);
        if (bodies.size() == 1) {  // an actor phrase of the body: it coordinates like a name
          p.last = i + 2;
          p.kind = MentionKind::kActorPhrase;
          p.entities = bodies;
        }
      }
      added.push_back(p);
    }
  }
  for (Mention& m : added) doc.mentions.push_back(std::move(m));
  std::sort(doc.mentions.begin(), doc.mentions.end(),
            [](const Mention& a, const Mention& b) { return a.first < b.first; });
  added.clear();
  quote_speakers(doc, added);
  if (!added.empty()) {
    const std::size_t before = doc.mentions.size();
    for (Mention& m : added) doc.mentions.push_back(std::move(m));
    std::inplace_merge(doc.mentions.begin(), doc.mentions.begin() + static_cast<std::ptrdiff_t>(before), doc.mentions.end(),
                       [](const Mention& a, const Mention& b) { return a.first < b.first; });
  }
  bare_groups(doc, lex_);
}

}  // namespace

std::unique_ptr<Stage> make_mention_stage(const Lexicon& lex) { return std::make_unique<MentionStage>(lex); }
std::unique_ptr<Stage> make_coreference_stage(const Lexicon& lex) {
  return std::make_unique<CoreferenceStage>(lex);
}

}  // namespace kg::extract
