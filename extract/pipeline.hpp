// The extraction pipeline: a fixed sequence of stages, each `process(Document&)` adding one
// layer (tokens -> mentions -> entities -> structure -> coreference -> clauses -> relations). Stages declare what they
// need and provide, and Pipeline checks the order when it is built, before any text is read.
// An Extractor owns the Lexicon and the pipeline; it is immutable after creation and may be used
// from several threads at once (each with its own Document).
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "extract/document.hpp"
#include "extract/lexicon.hpp"
#include "graph/knowledge_graph.hpp"
#include "graph/status.hpp"

namespace kg::extract {

enum Layer : unsigned {
  kText = 1u << 0,
  kTokens = 1u << 1,
  kMentions = 1u << 2,
  kEntities = 1u << 3,
  kCoreference = 1u << 4,
  kFacts = 1u << 5,
  kModifiers = 1u << 6,  // Mention::modifier: title modifiers marked by the structure stage
  kClauses = 1u << 7,    // Document::clauses and clause_of
};

class Stage {
 public:
  virtual ~Stage() = default;
  virtual std::string_view name() const = 0;
  virtual unsigned needs() const = 0;
  virtual unsigned provides() const = 0;
  virtual void process(Document& doc) const = 0;
};

// The stages, in pipeline order (defined in their own files).
std::unique_ptr<Stage> make_tokenizer_stage(const Lexicon& lex);
std::unique_ptr<Stage> make_mention_stage(const Lexicon& lex);
std::unique_ptr<Stage> make_coreference_stage(const Lexicon& lex);
std::unique_ptr<Stage> make_relation_stage(const Lexicon& lex);
std::unique_ptr<Stage> make_structure_stage(const Lexicon& lex);
std::unique_ptr<Stage> make_clause_stage(const Lexicon& lex);

class Extractor {
 public:
  static Status create(std::unique_ptr<Extractor>& out);

  // Runs the pipeline over `text`. `date` (ISO, may be empty) is the publication date that
  // relative times ("on Saturday") resolve against. Fails on text that is not UTF-8.
  Status run(std::string_view text, std::string_view source, Document& doc,
             std::string_view date = {}) const;

  // Adds the document's entities and facts to `graph`.
  void add_to_graph(const Document& doc, KnowledgeGraph& graph) const;

  const Lexicon& lexicon() const { return *lexicon_; }
  // Sentences longer than this are cut into pieces (bounded work; default 400 tokens). Set it
  // before the Extractor is shared.
  void set_max_sentence_tokens(std::size_t n) { max_sentence_tokens_ = n; }

 private:
  std::unique_ptr<Lexicon> lexicon_;
  std::vector<std::unique_ptr<Stage>> stages_;
  std::size_t max_sentence_tokens_ = 400;
};

// Hex SHA-256 of bytes (used for content-derived document ids and hashes).
std::string sha256_hex(std::string_view bytes);

}  // namespace kg::extract
