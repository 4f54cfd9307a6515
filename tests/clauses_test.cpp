// The clause layer (extract/clauses.cpp) on sentences written for the test: verb groups with
// voice, negation and modality, clause kinds and the subjects each clause gets.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <memory>
#include <string>

#include "extract/pipeline.hpp"
#include "shared_extractor.hpp"

namespace {

using namespace kg::extract;

const Extractor& extractor() { return kg::testing::shared_extractor(); }

const char* kind_name(ClauseKind k) {
  static const char* kNames[] = {"main", "coordinated", "relative", "complement", "infinitive", "participial"};
  return kNames[static_cast<int>(k)];
}

// Each clause as "verb:kind:subject|subject" (+ ":passive", ":negated", ":hedged", ":future").
std::vector<std::string> clauses(const std::string& text) {
  Document doc;
  kg::Status s = extractor().run(text, "test.txt", doc);
  EXPECT_TRUE(s.is_ok()) << s.message();
  std::vector<std::string> out;
  for (const Clause& c : doc.clauses) {
    std::string x = doc.tokens[c.verb.head].text + ":" + kind_name(c.kind) + ":";
    for (std::size_t i = 0; i < c.subjects.size(); ++i)
      x += (i ? "|" : "") + std::string(doc.span(doc.mentions[c.subjects[i]].first, doc.mentions[c.subjects[i]].last));
    if (c.verb.voice == Voice::kPassive) x += ":passive";
    if (c.verb.negated) x += ":negated";
    if (c.verb.modality == kg::Modality::kHedged) x += ":hedged";
    if (c.verb.modality == kg::Modality::kFuture) x += ":future";
    out.push_back(x);
  }
  return out;
}

std::string join(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& x : v) out += "\n    " + x;
  return out;
}

struct Case {
  const char* phenomenon;
  const char* text;
  std::vector<const char*> expected;  // clauses that must be present
  std::vector<const char*> forbidden;
};

const Case kCases[] = {
    {"a gerund after the object and 'of' or 'against' takes the object as subject",
     "Egypt accused Israel of attacking Gaza. Iran warned Israel against attacking Lebanon.",
     {"accused:main:Egypt", "attacking:participial:Israel", "attacking:participial:Israel:hedged"},
     {"attacking:participial:Egypt", "attacking:participial:Iran"}},
    {"a gerund after 'after' keeps the main subject", "Israel struck Hamas after warning Lebanon.",
     {"warning:participial:Israel"}, {"warning:participial:Hamas"}},
    {"coordinated verb phrase inherits the finite subject, not the infinitive's",
     "Egypt urged Israel to stop the war, and accused Hamas of delays.",
     {"urged:main:Egypt", "stop:infinitive:Israel", "accused:coordinated:Egypt"}, {}},
    {"infinitive of a non-control verb takes the subject", "Norway vowed to keep talking.",
     {"vowed:main:Norway", "keep:infinitive:Norway"}, {}},
    {"relative clause takes its antecedent; the main clause resumes after it",
     "Spain, which accused Morocco of blackmail, recalled its ambassador.",
     {"accused:relative:Spain", "recalled:main:Spain"}, {}},
    {"object relative: the main clause keeps the antecedent", "Kosovo, which Serbia does not recognise, thanked Albania.",
     {"recognise:relative:Serbia:negated", "thanked:main:Kosovo"}, {}},
    {"reported speech: the complement has its own subject", "Egypt said Ethiopia must stop.",
     {"said:main:Egypt", "stop:complement:Ethiopia"}, {}},
    {"participial clause after a comma", "Russia warned Estonia, accusing it of piracy.",
     {"warned:main:Russia", "accusing:participial:Russia"}, {}},
    {"gerund after 'while'", "Turkey condemned Syria while calling on Iraq to help.",
     {"calling:participial:Turkey"}, {}},
    {"passive voice", "Crimea was annexed by Russia.", {"annexed:main:Crimea:passive"}, {}},
    {"negation and modality in the verb group", "Chile did not criticise Peru. Chile could criticise Peru. "
     "Chile will meet Peru.", {"criticise:main:Chile:negated", "criticise:main:Chile:hedged",
                               "meet:main:Chile:future"}, {}},
    {"nouns are no verbs after a determiner, a possessor or a verb", "Israel's strikes and the attack "
     "drew criticism. Ghana held talks with Togo.", {"held:main:Ghana"},
     {"strikes:main:Israel", "attack:main:", "talks:main:Ghana"}},
    {"a bare gerund after a comma is the governing clause's, not the name before the comma",
     "Fighters attacked a camp outside the Somali capital, Mogadishu, wounding three soldiers. A drone struck "
     "a convoy that was leaving the Lebanese capital, Beirut, killing two officers.",
     {"wounding:participial:Fighters"}, {"wounding:main:Mogadishu", "killing:main:Beirut"}},
    {"a gerund after a passive and 'from' takes its subject, and did not happen",
     "Sergei Lavrov was barred from visiting Serbia.", {"visiting:participial:Sergei Lavrov:negated"}, {}},
    {"a verb after a day or month that ends an adverbial heads a clause", "The Arab League on Saturday suspended "
     "Syria and warned Iraq. Kenya in March expelled Somalia.", {"suspended:main:Arab League",
     "warned:coordinated:Arab League", "expelled:main:Kenya"}, {"warned:main:Syria"}},
    {"after 'and' the previous verb's object is not the next verb's subject", "The council suspended Syria and "
     "warned Iraq.", {"warned:coordinated:"}, {"warned:main:Syria"}},
    {"a gerund opening the sentence after a preposition is the next subject's", "In rejecting the ruling, "
     "Olusegun Obasanjo said Nigeria would stay. After meeting Xi, Biden left.",
     {"rejecting:participial:Olusegun Obasanjo", "meeting:participial:Biden"}, {}},
    {"the object-control preposition again after a coordinator", "John Kerry criticised Venezuela for arrests made "
     "during protests, and for issuing a warrant.", {"issuing:participial:Venezuela"}, {"issuing:participial:John Kerry"}},
    {"relative pronoun without a named antecedent gives no subject",
     "Latvia asked who leads the mission.", {"leads:relative:"}, {"leads:relative:Latvia"}},
};

TEST(Clauses, Cases) {
  for (const Case& c : kCases) {
    std::vector<std::string> got = clauses(c.text);
    for (const char* want : c.expected)
      EXPECT_NE(std::find(got.begin(), got.end(), want), got.end())
          << c.phenomenon << ": missing clause '" << want << "' in: " << c.text << "\n  got:" << join(got);
    for (const char* bad : c.forbidden)
      EXPECT_EQ(std::find(got.begin(), got.end(), bad), got.end())
          << c.phenomenon << ": unexpected clause '" << bad << "' in: " << c.text << "\n  got:" << join(got);
  }
}

// Tense, prepositional attachments, noun phrases with their heads and appositions.
TEST(Clauses, TenseAttachmentsPhrasesAppositions) {
  Document doc;
  ASSERT_TRUE(extractor().run("Wang Yi, China's top diplomat, met Lavrov in Moscow. Chile will meet Peru. "
                              "Peru condemns the annexation.",
                              "test.txt", doc)
                  .is_ok());
  std::map<std::string, Tense> tense;
  std::vector<std::string> attachments;
  for (const Clause& c : doc.clauses) {
    tense[doc.tokens[c.verb.head].text] = c.verb.tense;
    for (const Attachment& a : c.attachments)
      attachments.push_back(doc.tokens[c.verb.head].text + " " + doc.tokens[a.preposition].text + " " +
                            std::string(doc.span(doc.mentions[a.mention].first, doc.mentions[a.mention].last)));
  }
  EXPECT_EQ(tense["met"], Tense::kPast);
  EXPECT_EQ(tense["meet"], Tense::kFuture);
  EXPECT_EQ(tense["condemns"], Tense::kPresent);
  EXPECT_NE(std::find(attachments.begin(), attachments.end(), "met in Moscow"), attachments.end()) << join(attachments);
  bool annexation = false;
  for (const NounPhrase& np : doc.phrases)
    annexation = annexation || (np.mention == kNone && doc.tokens[np.head].text == "annexation" &&
                                doc.tokens[np.first].text == "the");
  EXPECT_TRUE(annexation);
  ASSERT_EQ(doc.appositions.size(), 1u);
  EXPECT_EQ(doc.span(doc.appositions[0].first, doc.appositions[0].last), "China's top diplomat");
}

// The pipeline checks that every stage runs after the layers it reads (clauses after
// coreference, coreference after the structure stage's modifiers).
TEST(Clauses, StagesDeclareTheirLayers) {
  std::unique_ptr<Extractor> e;
  ASSERT_TRUE(Extractor::create(e).is_ok());
}

}  // namespace

namespace {

// Each direct object as "verb>object".
std::vector<std::string> objects(const std::string& text) {
  Document doc;
  kg::Status s = extractor().run(text, "test.txt", doc);
  EXPECT_TRUE(s.is_ok()) << s.message();
  std::vector<std::string> out;
  for (const Clause& c : doc.clauses)
    for (std::size_t m : c.objects)
      out.push_back(doc.tokens[c.verb.head].text + ">" + std::string(doc.span(doc.mentions[m].first, doc.mentions[m].last)));
  return out;
}

bool has(const std::vector<std::string>& v, const std::string& x) { return std::find(v.begin(), v.end(), x) != v.end(); }

}  // namespace

// Link Grammar's verb classes (data from link-grammar-dictionaries-en): a verb it lists only as
// intransitive takes no direct object, so the name after it starts the next clause.
TEST(Clauses, IntransitiveVerbsTakeNoDirectObject) {
  std::vector<std::string> o = objects("Putin met Xi and praised Modi.");
  EXPECT_TRUE(has(o, "met>Xi")) << join(o);
  EXPECT_TRUE(has(o, "praised>Modi")) << join(o);
  o = objects("When the envoy arrived Iran accused Israel of sabotage.");
  EXPECT_FALSE(has(o, "arrived>Iran")) << join(o);
  EXPECT_TRUE(has(o, "accused>Israel")) << join(o);
  o = objects("Hours after Hamas retaliated Israel shelled Gaza.");
  EXPECT_FALSE(has(o, "retaliated>Israel")) << join(o);
  EXPECT_TRUE(has(o, "shelled>Gaza")) << join(o);
}
