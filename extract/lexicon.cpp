#include "extract/lexicon.hpp"

#include <algorithm>
#include <cstdlib>

#include "extract/categories.hpp"
#include "extract/document.hpp"
#include "extract/tokenizer.hpp"
#include "ontology/data.hpp"

namespace kg::extract {
namespace {

using ontology::parse_tsv;
using ontology::split_list;
using ontology::TsvRow;

Status bad_row(std::string_view file, const TsvRow& row, std::string_view what) {
  return Status::error("ontology/" + std::string(file) + ":" + std::to_string(row.line) + ": " +
                       std::string(what) + "; fix the data file and rebuild");
}

std::string lower_ascii(std::string_view s) {
  std::string r(s);
  for (char& c : r)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return r;
}

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Regular English inflection (the irregular file overrides it).
struct Forms {
  std::vector<std::string> base, third, past, participle, gerund;
};
Forms regular_forms(const std::string& v) {
  Forms f;
  f.base = {v};
  auto ends = [&](std::string_view suf) {
    return v.size() >= suf.size() && v.compare(v.size() - suf.size(), suf.size(), suf) == 0;
  };
  bool cons_y = v.size() >= 2 && v.back() == 'y' && !is_vowel(v[v.size() - 2]);
  if (ends("s") || ends("x") || ends("z") || ends("ch") || ends("sh") || ends("o"))
    f.third = {v + "es"};
  else if (cons_y)
    f.third = {v.substr(0, v.size() - 1) + "ies"};
  else
    f.third = {v + "s"};
  if (ends("e"))
    f.past = {v + "d"};
  else if (cons_y)
    f.past = {v.substr(0, v.size() - 1) + "ied"};
  else
    f.past = {v + "ed"};
  f.participle = f.past;
  if (ends("e") && !ends("ee") && !ends("ye") && !ends("oe") && v.size() > 2)
    f.gerund = {v.substr(0, v.size() - 1) + "ing"};
  else
    f.gerund = {v + "ing"};
  return f;
}

}  // namespace

Status Lexicon::load(std::unique_ptr<Lexicon>& out) {
  auto lex = std::unique_ptr<Lexicon>(new Lexicon());
  if (Status s = lex->load_words(); !s) return s;
  if (Status s = lex->load_titles(); !s) return s;
  if (Status s = lex->load_gazetteer(); !s) return s;
  if (Status s = lex->load_triggers(); !s) return s;
  out = std::move(lex);
  return Status::ok();
}

bool Lexicon::has(std::string_view category, std::string_view word) const {
  auto it = words_.find(category);
  return it != words_.end() && it->second.find(word) != it->second.end();
}

std::optional<EntityType> Lexicon::group_description_type(std::string_view noun) const {
  if (auto it = group_descriptions_.find(noun); it != group_descriptions_.end()) return it->second;
  return std::nullopt;
}

std::optional<EntityType> Lexicon::description_type(std::string_view noun) const {
  if (auto it = descriptions_.find(noun); it != descriptions_.end()) return it->second;
  return std::nullopt;
}

std::uint8_t Lexicon::verb_form(std::string_view word, std::string* lemma) const {
  auto it = verb_forms_.find(word);
  if (it == verb_forms_.end()) return 0;
  if (lemma) *lemma = verb_lemmas_[it->second.lemma - 1];
  return it->second.form;
}

bool Lexicon::is_adjective(const std::string& w) const {
  if (adjectives_.count(w)) return true;
  for (std::string_view suffix : {"est", "er"}) {
    if (w.size() <= suffix.size() + 2 || w.compare(w.size() - suffix.size(), suffix.size(), suffix) != 0) continue;
    std::string stem = w.substr(0, w.size() - suffix.size());
    if (adjectives_.count(stem) || adjectives_.count(stem + "e")) return true;               // strong, large
    if (stem.back() == 'i' && adjectives_.count(stem.substr(0, stem.size() - 1) + "y")) return true;  // happy
    if (stem.size() > 2 && stem.back() == stem[stem.size() - 2] && adjectives_.count(stem.substr(0, stem.size() - 1)))
      return true;  // big
  }
  return false;
}

Status Lexicon::load_words() {
  auto adjectives = ontology::data_file("wordnet/adjectives.txt");
  if (!adjectives) return Status::error("WordNet adjectives are missing from the build; install wordnet-base and rebuild");
  for (const TsvRow& row : parse_tsv(*adjectives)) adjectives_.emplace(row.fields[0]);
  auto intransitive = ontology::data_file("linkgrammar/intransitive.txt");
  if (!intransitive)
    return Status::error("Link Grammar's verbs are missing from the build; install link-grammar-dictionaries-en and rebuild");
  for (const TsvRow& row : parse_tsv(*intransitive)) intransitive_.emplace(row.fields[0]);
  constexpr std::string_view kFile = "lexicon/words.tsv";
  auto text = ontology::data_file(kFile);
  if (!text) return Status::error("ontology/lexicon/words.tsv is missing from the build");
  for (const TsvRow& row : parse_tsv(*text)) {
    if (row.fields.size() < 2) return bad_row(kFile, row, "expected 'category<TAB>word'");
    std::string cat(row.fields[0]);
    if (cat == "description" || cat == "group_description") {
      if (row.fields.size() != 3) return bad_row(kFile, row, "a description needs a type column");
      auto t = entity_type_from_name(row.fields[2]);
      if (!t) return bad_row(kFile, row, "unknown entity type '" + std::string(row.fields[2]) + "'");
      (cat == "description" ? descriptions_ : group_descriptions_).emplace(std::string(row.fields[1]), *t);
      continue;
    }
    if (cat == "count_word") {
      int n = row.fields.size() == 3 ? std::atoi(std::string(row.fields[2]).c_str()) : 0;
      if (n < 2) return bad_row(kFile, row, "a count word needs a number column of 2 or more");
      counts_.emplace(std::string(row.fields[1]), static_cast<std::size_t>(n));
      continue;
    }
    int bit = category_index(cat);
    if (bit < 0)
      return bad_row(kFile, row, "unknown category '" + cat + "' (add it to extract/categories.hpp)");
    words_[cat].emplace(row.fields[1]);
    word_categories_[std::string(row.fields[1])].set(static_cast<std::size_t>(bit));
  }
  return Status::ok();
}

CategoryMask Lexicon::categories(std::string_view word) const {
  auto it = word_categories_.find(word);
  return it == word_categories_.end() ? CategoryMask() : it->second;
}

std::size_t Lexicon::count_of(std::string_view word) const {
  auto it = counts_.find(word);
  return it == counts_.end() ? 0 : it->second;
}

Status Lexicon::load_titles() {
  constexpr std::string_view kFile = "lexicon/titles.tsv";
  auto text = ontology::data_file(kFile);
  if (!text) return Status::error("ontology/lexicon/titles.tsv is missing from the build");
  for (const TsvRow& row : parse_tsv(*text)) {
    if (row.fields.size() != 2) return bad_row(kFile, row, "expected 'title<TAB>kind'");
    std::vector<Token> toks = tokenize(row.fields[0], *this);
    std::string joined;
    for (const Token& t : toks) {
      if (!joined.empty()) title_prefixes_.insert(joined);
      joined += (joined.empty() ? "" : " ") + t.lower;
    }
    max_title_tokens_ = std::max(max_title_tokens_, toks.size());
    titles_.emplace(joined, std::string(row.fields[1]));
  }
  return Status::ok();
}

std::size_t Lexicon::match_title(const std::vector<std::string>& words, std::size_t from,
                                 std::string* kind) const {
  std::string joined;
  std::size_t best = 0;
  for (std::size_t n = 1; n <= max_title_tokens_ && from + n <= words.size(); ++n) {
    if (n > 1) joined += ' ';
    joined += words[from + n - 1];
    if (auto it = titles_.find(joined); it != titles_.end()) {
      best = n;
      if (kind) *kind = it->second;
    }
    if (!title_prefixes_.count(joined)) break;  // no longer title starts with these words
  }
  return best;
}

void Lexicon::add_alias(std::string_view alias, GazetteerHit hit) {
  // British style writes acronyms spoken as words in title case: "Nato", "Opec", "Caricom".
  bool caps = alias.size() >= 4 && std::all_of(alias.begin(), alias.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  if (caps) {
    std::string title(alias.substr(0, 1));
    for (char c : alias.substr(1)) title += static_cast<char>(c - 'A' + 'a');
    add_alias_exact(title, hit);
  }
  add_alias_exact(alias, hit);
}

void Lexicon::add_alias_exact(std::string_view alias, GazetteerHit hit) {
  std::vector<Token> toks = tokenize(alias, *this);
  if (toks.empty()) return;
  std::string joined;
  for (std::size_t i = 0; i < toks.size(); ++i) {
    if (i > 0) alias_prefixes_.insert(joined);
    joined += (joined.empty() ? "" : " ") + toks[i].text;
  }
  max_alias_tokens_ = std::max(max_alias_tokens_, toks.size());
  auto& hits = aliases_[joined];
  for (const GazetteerHit& h : hits)
    if (h.entry == hit.entry && h.kind == hit.kind) return;
  hits.push_back(hit);
}

const std::vector<GazetteerHit>* Lexicon::lookup(const std::string& joined) const {
  auto it = aliases_.find(joined);
  if (it != aliases_.end()) return &it->second;
  // Headlines and datelines in capitals: "TEHRAN", "SOUTH KOREA" are "Tehran", "South Korea".
  if (joined.size() < 4 || std::any_of(joined.begin(), joined.end(), [](char c) { return c >= 'a' && c <= 'z'; }) ||
      !std::any_of(joined.begin(), joined.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
    return nullptr;
  std::string title = joined;
  bool start = true;
  for (char& c : title) {
    if (c >= 'A' && c <= 'Z' && !start) c = static_cast<char>(c - 'A' + 'a');
    start = c == ' ' || c == '-';
  }
  it = aliases_.find(title);
  return it == aliases_.end() ? nullptr : &it->second;
}

std::size_t Lexicon::find_entry(std::string_view label, EntityType type) const {
  for (std::size_t i = 0; i < entries_.size(); ++i)
    if (entries_[i].label == label && entries_[i].type == type) return i;
  return kNoEntry;
}

Status Lexicon::load_gazetteer() {
  // Countries first: other files refer to them by name.
  constexpr std::string_view kCountries = "gazetteer/countries.tsv";
  auto countries = ontology::data_file(kCountries);
  if (!countries) return Status::error("ontology/gazetteer/countries.tsv is missing from the build");
  std::map<std::string, std::size_t, std::less<>> country_index;
  std::vector<std::pair<std::size_t, TsvRow>> capitals;
  for (const TsvRow& row : parse_tsv(*countries)) {
    if (row.fields.size() != 6)
      return bad_row(kCountries, row, "expected 6 columns: name qid aliases capital metonyms demonyms");
    GazetteerEntry e;
    e.label = std::string(row.fields[0]);
    e.type = EntityType::kCountry;
    e.qid = std::string(row.fields[1]);
    std::size_t idx = entries_.size();
    e.country = idx;
    entries_.push_back(e);
    country_index.emplace(e.label, idx);
    add_alias(e.label, {idx, HitKind::kName});
    for (auto a : split_list(row.fields[2])) add_alias(a, {idx, HitKind::kName});
    for (auto m : split_list(row.fields[4])) add_alias(m, {idx, HitKind::kMetonym});
    for (auto d : split_list(row.fields[5])) add_alias(d, {idx, HitKind::kDemonym});
    capitals.emplace_back(idx, row);
  }
  for (auto& [idx, row] : capitals) {
    if (row.fields[3].empty()) continue;
    GazetteerEntry city;
    city.label = std::string(row.fields[3]);
    city.type = EntityType::kPlace;
    city.located_in = idx;
    std::size_t c = entries_.size();
    entries_.push_back(city);
    add_alias(city.label, {c, HitKind::kName});
  }
  auto country_of = [&](std::string_view name) -> std::size_t {
    if (name.empty()) return kNoEntry;
    auto it = country_index.find(name);
    return it == country_index.end() ? kNoEntry : it->second;
  };

  constexpr std::string_view kOrgs = "gazetteer/organizations.tsv";
  auto orgs = ontology::data_file(kOrgs);
  if (!orgs) return Status::error("ontology/gazetteer/organizations.tsv is missing from the build");
  for (const TsvRow& row : parse_tsv(*orgs)) {
    if (row.fields.size() != 5)
      return bad_row(kOrgs, row, "expected 5 columns: name qid type aliases country");
    auto type = entity_type_from_name(row.fields[2]);
    if (!type) return bad_row(kOrgs, row, "unknown type '" + std::string(row.fields[2]) + "'");
    GazetteerEntry e;
    e.label = std::string(row.fields[0]);
    e.type = *type;
    e.qid = std::string(row.fields[1]);
    e.country = country_of(row.fields[4]);
    if (!row.fields[4].empty() && e.country == kNoEntry)
      return bad_row(kOrgs, row, "unknown country '" + std::string(row.fields[4]) + "'");
    std::size_t idx = entries_.size();
    entries_.push_back(e);
    add_alias(e.label, {idx, HitKind::kName});
    for (auto a : split_list(row.fields[3])) add_alias(a, {idx, HitKind::kName});
  }

  constexpr std::string_view kPeople = "gazetteer/people.tsv";
  auto people = ontology::data_file(kPeople);
  if (!people) return Status::error("ontology/gazetteer/people.tsv is missing from the build");
  for (const TsvRow& row : parse_tsv(*people)) {
    if (row.fields.size() != 5)
      return bad_row(kPeople, row, "expected 5 columns: name qid aliases country title");
    GazetteerEntry e;
    e.label = std::string(row.fields[0]);
    e.type = EntityType::kPerson;
    e.qid = std::string(row.fields[1]);
    e.country = country_of(row.fields[3]);
    e.title = std::string(row.fields[4]);
    std::size_t idx = entries_.size();
    entries_.push_back(e);
    add_alias(e.label, {idx, HitKind::kName});
    for (auto a : split_list(row.fields[2])) add_alias(a, {idx, HitKind::kName});
  }

  constexpr std::string_view kPlaces = "gazetteer/places.tsv";
  auto places = ontology::data_file(kPlaces);
  if (!places) return Status::error("ontology/gazetteer/places.tsv is missing from the build");
  std::vector<std::pair<std::size_t, std::string>> pending;
  for (const TsvRow& row : parse_tsv(*places)) {
    if (row.fields.size() != 4)
      return bad_row(kPlaces, row, "expected 4 columns: name qid aliases located_in");
    GazetteerEntry e;
    e.label = std::string(row.fields[0]);
    e.type = EntityType::kPlace;
    e.qid = std::string(row.fields[1]);
    std::size_t idx = entries_.size();
    entries_.push_back(e);
    add_alias(e.label, {idx, HitKind::kName});
    for (auto a : split_list(row.fields[2])) add_alias(a, {idx, HitKind::kName});
    pending.emplace_back(idx, std::string(row.fields[3]));
  }
  for (auto& [idx, where] : pending) {
    if (where.empty()) continue;
    std::size_t c = country_of(where);
    if (c == kNoEntry) c = find_entry(where, EntityType::kPlace);
    entries_[idx].located_in = c;
  }
  return Status::ok();
}

Status Lexicon::load_triggers() {
  constexpr std::string_view kIrregular = "lexicon/irregular_verbs.tsv";
  auto irr = ontology::data_file(kIrregular);
  if (!irr) return Status::error("ontology/lexicon/irregular_verbs.tsv is missing from the build");
  std::map<std::string, Forms> irregular;
  for (const TsvRow& row : parse_tsv(*irr)) {
    if (row.fields.size() != 5)
      return bad_row(kIrregular, row, "expected 5 columns: base third past participle gerund");
    Forms f;
    auto list = [](std::string_view cell) {
      std::vector<std::string> v;
      for (auto x : split_list(cell)) v.emplace_back(x);
      return v;
    };
    f.base = {std::string(row.fields[0])};
    f.third = list(row.fields[1]);
    f.past = list(row.fields[2]);
    f.participle = list(row.fields[3]);
    f.gerund = list(row.fields[4]);
    irregular[std::string(row.fields[0])] = f;
  }
  auto forms_of = [&](const std::string& v) {
    auto it = irregular.find(v);
    return it != irregular.end() ? it->second : regular_forms(v);
  };

  // Every WordNet verb in every form, for the clause stage. A regular verb ending in
  // consonant-vowel-consonant also gets the doubled forms ("ban" -> "banned", "banning").
  auto verbs = ontology::data_file("wordnet/verbs.txt");
  if (!verbs) return Status::error("WordNet verbs are missing from the build; install wordnet-base and rebuild");
  std::uint32_t current = 0;  // the lemma being added, as an index + 1
  auto add_form = [&](const std::string& w, std::uint8_t bit, const std::string&) {
    VerbEntry& e = verb_forms_[w];
    if (e.lemma == 0) e.lemma = current;
    if (e.lemma == current) e.form |= bit;
  };
  verb_forms_.reserve(64 * 1024);
  auto add_verb = [&](const std::string& v) {
    verb_lemmas_.push_back(v);
    current = static_cast<std::uint32_t>(verb_lemmas_.size());
    auto irr = irregular.find(v);
    const bool irregular_verb = irr != irregular.end();
    if (irregular_verb) {
      const Forms& f = irr->second;
      for (const auto& w : f.base) add_form(w, kBaseForm, v);
      for (const auto& w : f.third) add_form(w, kThirdForm, v);
      for (const auto& w : f.past) add_form(w, kPastForm, v);
      for (const auto& w : f.participle) add_form(w, kParticipleForm, v);
      for (const auto& w : f.gerund) add_form(w, kGerundForm, v);
    } else {
      // The regular forms of regular_forms(), without building its vectors (start-up time).
      const std::size_t len = v.size();
      auto ends = [&](std::string_view suf) { return len >= suf.size() && v.compare(len - suf.size(), suf.size(), suf) == 0; };
      const bool cons_y = len >= 2 && v.back() == 'y' && !is_vowel(v[len - 2]);
      std::string stem_y = cons_y ? v.substr(0, len - 1) : std::string();
      add_form(v, kBaseForm, v);
      if (ends("s") || ends("x") || ends("z") || ends("ch") || ends("sh") || ends("o")) add_form(v + "es", kThirdForm, v);
      else if (cons_y) add_form(stem_y + "ies", kThirdForm, v);
      else add_form(v + "s", kThirdForm, v);
      if (ends("e")) add_form(v + "d", kPastForm | kParticipleForm, v);
      else if (cons_y) add_form(stem_y + "ied", kPastForm | kParticipleForm, v);
      else add_form(v + "ed", kPastForm | kParticipleForm, v);
      if (ends("e") && !ends("ee") && !ends("ye") && !ends("oe") && len > 2) add_form(v.substr(0, len - 1) + "ing", kGerundForm, v);
      else add_form(v + "ing", kGerundForm, v);
    }
    std::size_t n = v.size();
    // Doubling belongs to short verbs and stressed endings ("ban", "commit", "control", "expel",
    // "equip", "kidnap"); others never double ("visit" -> "visited").
    auto doubling_end = [&]() {
      for (std::string_view e : {"it", "ol", "el", "er", "ur", "ip", "ap", "op", "ag"})
        if (v.size() >= e.size() && v.compare(v.size() - e.size(), e.size(), e) == 0) return true;
      return false;
    };
    if (!irregular_verb && n >= 3 && !is_vowel(v[n - 1]) && v[n - 1] != 'w' && v[n - 1] != 'x' && v[n - 1] != 'y' &&
        is_vowel(v[n - 2]) && !is_vowel(v[n - 3]) && (n <= 5 || doubling_end())) {
      std::string d = v + v.back();
      add_form(d + "ed", kPastForm | kParticipleForm, v);
      add_form(d + "ing", kGerundForm, v);
    }
  };
  for (const auto& [v, f] : irregular) add_verb(v);
  for (const TsvRow& row : parse_tsv(*verbs)) add_verb(std::string(row.fields[0]));

  constexpr std::string_view kFile = "lexicon/triggers.tsv";
  auto text = ontology::data_file(kFile);
  if (!text) return Status::error("ontology/lexicon/triggers.tsv is missing from the build");
  for (const TsvRow& row : parse_tsv(*text)) {
    if (row.fields.size() != 5)
      return bad_row(kFile, row, "expected 5 columns: relation kind lemma preps confidence");
    auto rel = relation_from_name(row.fields[0]);
    if (!rel) return bad_row(kFile, row, "unknown relation '" + std::string(row.fields[0]) + "'");
    TriggerKind kind;
    if (row.fields[1] == "verb") kind = TriggerKind::kVerb;
    else if (row.fields[1] == "noun") kind = TriggerKind::kNoun;
    else if (row.fields[1] == "light") kind = TriggerKind::kLight;
    else if (row.fields[1] == "agent") kind = TriggerKind::kAgent;
    else return bad_row(kFile, row, "kind must be verb, noun, light or agent");
    std::vector<std::string> words;
    for (const Token& t : tokenize(row.fields[2], *this)) words.push_back(t.lower);
    if (words.empty()) return bad_row(kFile, row, "empty lemma");
    TriggerForm base;
    base.relation = *rel;
    base.kind = kind;
    base.confidence = std::strtod(std::string(row.fields[4]).c_str(), nullptr);
    if (!(base.confidence > 0.0 && base.confidence <= 1.0))
      return bad_row(kFile, row, "confidence must be in (0, 1]");
    for (auto p : split_list(row.fields[3])) {
      if (p == "-") base.direct_object = true;
      else base.preps.push_back(lower_ascii(p));
    }
    auto add = [&](std::vector<std::string> w, bool participle) {
      TriggerForm f = base;
      f.words = std::move(w);
      f.participle = participle;
      std::string first = f.words.front();
      auto& list = triggers_[first];
      list.push_back(std::move(f));
    };
    if (kind == TriggerKind::kNoun) {
      add(words, false);
      continue;
    }
    if (kind == TriggerKind::kAgent) {  // singular and plural ("supporter", "supporters")
      add(words, false);
      std::vector<std::string> plural = words;
      plural.back() += plural.back().back() == 'y' ? "" : "s";
      if (plural.back().back() == 'y') plural.back() = plural.back().substr(0, plural.back().size() - 1) + "ies";
      add(std::move(plural), false);
      continue;
    }
    Forms forms = forms_of(words.front());
    std::set<std::string> participles(forms.participle.begin(), forms.participle.end());
    std::set<std::pair<std::string, bool>> seen;
    for (const auto* list : {&forms.base, &forms.third, &forms.past, &forms.participle, &forms.gerund})
      for (const std::string& form : *list) {
        bool part = participles.count(form) > 0;
        if (!seen.emplace(form, part).second) continue;
        std::vector<std::string> w = words;
        w.front() = form;
        add(std::move(w), part);
      }
  }
  // Longest forms first, so the matcher can stop at the first that fits.
  for (auto& [first, list] : triggers_)
    std::stable_sort(list.begin(), list.end(), [](const TriggerForm& a, const TriggerForm& b) {
      return a.words.size() > b.words.size();
    });
  return Status::ok();
}

const std::vector<TriggerForm>* Lexicon::triggers(const std::string& first) const {
  auto it = triggers_.find(first);
  return it == triggers_.end() ? nullptr : &it->second;
}

}  // namespace kg::extract
