// RDF stores and SPARQL over them, through Redland librdf and Rasqal. A Store is an indexed
// librdf model, in memory or persistent on disk (Berkeley DB hashes); loading skips statements
// the store already holds, so loading a file twice adds nothing. Queries run through Rasqal after
// check_supported() has refused the constructs Rasqal 0.9.33 gets wrong. A Store owns its own
// librdf world: use one Store per thread.
#pragma once

#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "graph/status.hpp"

namespace kg::store {

struct Term {
  enum class Kind { kUnbound, kIri, kLiteral, kBlank };
  Kind kind = Kind::kUnbound;
  std::string value;     // IRI, lexical form or blank node label
  std::string datatype;  // literal datatype IRI, empty for plain strings
  std::string language;
};

struct QueryResult {
  enum class Kind { kBindings, kBoolean, kGraph };
  Kind kind = Kind::kBindings;
  std::vector<std::string> variables;
  std::vector<std::vector<Term>> rows;
  bool boolean = false;
  std::string graph;  // CONSTRUCT: the triples as Turtle
  std::vector<std::string> warnings;  // what Rasqal warned about the query
};

class Store {
 public:
  static Status open_memory(std::unique_ptr<Store>& out);
  // A persistent store in the folder `path`; `create` makes it when missing. `backend` is
  // "bdb" (librdf hashes on Berkeley DB, the default) or "sqlite".
  //
  // Reading (`create` false) takes a shared lock on the store; a load in progress makes it fail
  // with a message instead of reading half a load.
  static Status open_persistent(const std::string& path, bool create, std::unique_ptr<Store>& out,
                                const std::string& backend = "bdb");
  // A load as a transaction: takes the store's exclusive lock (a second writer is refused with a
  // clear message), copies the live data into a new generation folder and opens that; commit()
  // makes it the live one with one atomic rename of PATH/CURRENT. A load killed at any point
  // leaves the store as it was (the unfinished generation is removed by the next load).
  static Status begin_load(const std::string& path, std::unique_ptr<Store>& out, const std::string& backend = "bdb");
  Status commit();
  // Checks a persistent store: CURRENT names an existing generation with its files, every
  // statement can be read, and a query runs. Reports unfinished generations.
  static Status check(const std::string& path, std::string& report);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // Parses an RDF file (format from its extension, else guessed from its content) and adds the
  // statements not yet present; `added` counts them.
  Status load_file(const std::string& path, std::size_t* added = nullptr);
  // Same for text in a named raptor syntax ("turtle", "ntriples", "nquads", "rdfxml").
  Status load_text(std::string_view text, const std::string& syntax, std::size_t* added = nullptr);
  // Number of statements.
  long size() const;

  // With `rows` set, SELECT results stream: each row goes to the writer as Rasqal yields it and
  // none is kept in `out` (memory does not grow with the result); ASK and CONSTRUCT fill `out`.
  Status query(std::string_view sparql, QueryResult& out, class ResultWriter* rows = nullptr);

 private:
  struct Impl;
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Refuses, with a message saying how to rewrite the query, the SPARQL features that Rasqal
// 0.9.33 lacks or answers wrongly: property paths, EXISTS / NOT EXISTS, MINUS, DESCRIBE, VALUES,
// HAVING on a SELECT alias, GROUP_CONCAT with a SEPARATOR.
Status check_supported(std::string_view sparql);

enum class ResultFormat { kTable, kCsv, kTsv, kJson, kXml };

// Writes SELECT results as they come: head, each row, end. JSON, XML, CSV and TSV stream; the
// aligned table needs every row for its column widths and holds them until end().
class ResultWriter {
 public:
  virtual ~ResultWriter() = default;
  virtual void head(const std::vector<std::string>& variables) = 0;
  virtual void row(const std::vector<Term>& row) = 0;
  virtual void end() = 0;
};
std::unique_ptr<ResultWriter> make_result_writer(ResultFormat f, std::ostream& out);

// SPARQL 1.1 Query Results JSON / XML / CSV / TSV, or an aligned text table (the same writers).
std::string format_results(const QueryResult& r, ResultFormat f);

}  // namespace kg::store
