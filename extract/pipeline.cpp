#include "extract/pipeline.hpp"

#include <algorithm>

#include "extract/tokenizer.hpp"

namespace kg::extract {
namespace {

class TokenizerStage final : public Stage {
 public:
  explicit TokenizerStage(const Lexicon& lex) : lex_(lex) {}
  std::string_view name() const override { return "tokenizer"; }
  unsigned needs() const override { return kText; }
  unsigned provides() const override { return kTokens; }
  void process(Document& doc) const override { split_sentences(doc, lex_); }

 private:
  const Lexicon& lex_;
};

// "examples/seed.txt" -> "seed"
std::string stem_of(std::string_view source) {
  std::size_t slash = source.find_last_of('/');
  std::string_view base = slash == std::string_view::npos ? source : source.substr(slash + 1);
  std::size_t dot = base.find_last_of('.');
  if (dot != std::string_view::npos && dot > 0) base = base.substr(0, dot);
  std::string s = slug(base);
  return s.empty() || source == "-" ? "stdin" : s;
}

// The evidence sentence as one line.
std::string evidence_text(std::string_view raw) {
  std::string out;
  bool space = false;
  for (char c : raw) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

}  // namespace

std::unique_ptr<Stage> make_tokenizer_stage(const Lexicon& lex) { return std::make_unique<TokenizerStage>(lex); }

Status Extractor::create(std::unique_ptr<Extractor>& out) {
  auto ex = std::unique_ptr<Extractor>(new Extractor());
  if (Status s = Lexicon::load(ex->lexicon_); !s) return s;
  const Lexicon& lex = *ex->lexicon_;
  ex->stages_.push_back(make_tokenizer_stage(lex));
  ex->stages_.push_back(make_mention_stage(lex));
  ex->stages_.push_back(make_structure_stage(lex));
  ex->stages_.push_back(make_coreference_stage(lex));
  ex->stages_.push_back(make_clause_stage(lex));
  ex->stages_.push_back(make_relation_stage(lex));
  unsigned have = kText;
  for (const auto& st : ex->stages_) {
    if ((st->needs() & have) != st->needs())
      return Status::error("internal error: pipeline stage '" + std::string(st->name()) +
                           "' runs before what it needs");
    have |= st->provides();
  }
  out = std::move(ex);
  return Status::ok();
}

// A headline: a first line on its own, short, not ending like a sentence.
static std::string headline(std::string_view text) {
  std::size_t nl = text.find('\n');
  if (nl == std::string_view::npos) return "";
  std::string_view first = text.substr(0, nl);
  while (!first.empty() && (first.back() == ' ' || first.back() == '\r')) first.remove_suffix(1);
  if (first.empty() || first.size() > 200) return "";
  char last = first.back();
  if (last == '.' || last == '"' || last == ':' || last == ',' || last == ';') return "";
  return std::string(first);
}

Status Extractor::run(std::string_view text, std::string_view source, Document& doc,
                      std::string_view date) const {
  // The door: validated and normalised once, so that no stage or writer meets bytes it cannot
  // carry (control characters in XML, invalid UTF-8 in a file name).
  if (Status s = validate_utf8(text); !s) return s;
  doc = Document();
  doc.text = normalise_text(text);
  doc.source = printable_name(source);
  doc.date = std::string(date);
  doc.max_sentence_tokens = max_sentence_tokens_;
  doc.title = headline(doc.text);
  doc.id = stem_of(doc.source) + "-" + sha256_hex(doc.text).substr(0, 8);
  for (const auto& st : stages_) st->process(doc);
  return Status::ok();
}

void Extractor::add_to_graph(const Document& doc, KnowledgeGraph& graph) const {
  DocumentInfo info;
  info.id = doc.id;
  info.source = doc.source;
  info.content_hash = "sha256:" + sha256_hex(doc.text);
  info.date = doc.date;
  info.title = doc.title;
  std::size_t d = graph.add_document(info);
  std::vector<KnowledgeGraph::Vertex> vertex(doc.entities.size());
  std::vector<bool> present(doc.entities.size(), false);
  for (const Mention& m : doc.mentions)
    if (m.kind == MentionKind::kName || m.kind == MentionKind::kMetonym || m.kind == MentionKind::kActorPhrase)
      for (std::size_t e : m.entities) present[e] = true;
  for (const ExtractedFact& f : doc.facts) present[f.subject] = present[f.object] = true;
  for (std::size_t i = 0; i < doc.entities.size(); ++i) {
    if (!present[i]) continue;
    const DocEntity& de = doc.entities[i];
    Entity e;
    e.label = de.label;
    e.type = de.type;
    e.wikidata = de.qid;
    e.wikidata_certain = de.qid_certain;
    e.key = make_entity_key(de.type, de.label, de.qid);
    e.aliases = de.aliases;
    e.title = de.title;
    vertex[i] = graph.add_entity(std::move(e));
  }
  // Facts in text order; a fact stated twice in one sentence is recorded once.
  std::vector<ExtractedFact> facts = doc.facts;
  std::stable_sort(facts.begin(), facts.end(), [](const ExtractedFact& a, const ExtractedFact& b) {
    return a.sentence < b.sentence;
  });
  for (const ExtractedFact& f : facts) {
    const Sentence& s = doc.sentences[f.sentence];
    Provenance p;
    p.document = d;
    p.sentence = f.sentence;
    p.begin = s.cp_begin;
    p.end = s.cp_end;
    p.evidence = evidence_text(std::string_view(doc.text).substr(s.begin, s.end - s.begin));
    p.confidence = f.confidence;
    p.modality = f.modality;
    p.time = f.time;
    p.date = f.date;
    p.basis = f.basis;
    graph.add_fact(vertex[f.subject], f.relation, vertex[f.object], f.negated, std::move(p));
  }
}

}  // namespace kg::extract
