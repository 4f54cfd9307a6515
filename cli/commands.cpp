#include "cli/commands.hpp"

#include <sys/stat.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <optional>
#include <sstream>

#include "export/exporters.hpp"
#include "export/iri.hpp"
#include "export/output_file.hpp"
#include "export/reader.hpp"
#include "graph/analytics.hpp"
#include "graph/numbers.hpp"
#include "extract/dates.hpp"
#include "extract/pipeline.hpp"
#include "ontology/data.hpp"
#include "store/endpoint.hpp"
#include "store/store.hpp"

namespace kg::cli {
namespace {

constexpr const char* kMainHelp = R"(kgbuild - build a knowledge graph from English news

usage: kgbuild COMMAND [OPTIONS]

commands:
  extract    read articles, extract entities and relations, write the graph
  ontology   write the kgbuild OWL ontology (Turtle)
  inspect    show how an article was read: sentences, mentions, entities, facts
  query      run SPARQL over RDF files, a kgbuild store or a SPARQL endpoint
  load       load RDF files into a persistent kgbuild store
  render     draw a saved graph again (SVG, PNG, PDF, DOT, HTML report), with filters
  stats      counts by type and relation, and the most central entities
  path       the chain of facts, with evidence, that links two entities

Run `kgbuild COMMAND --help` for the options of a command.
)";

constexpr const char* kExtractHelp = R"(usage: kgbuild extract INPUT... [-o FILE]... [--format NAME] [--base IRI] [--date YYYY-MM-DD]

Reads each INPUT (a UTF-8 text file; `-` reads standard input), extracts entities and the
relations between them, merges everything into one graph and writes it.

options:
  -o, --output FILE  write the graph to FILE; may be given several times. The format follows
                     the extension: .ttl .nt .nq .rdf .jsonld .json .dot .svg .png .pdf .html
                     (`-` writes to standard output). Without -o, Turtle goes to standard output.
  --format NAME      use format NAME for every output instead of the extension:
                     turtle ntriples nquads rdfxml jsonld json dot svg png pdf
  --base IRI         namespace for entity, document and fact IRIs
                     (default https://w3id.org/kgbuild/id/)
  --date YYYY-MM-DD  publication date of the inputs: relative times ("on Saturday",
                     "yesterday") in facts resolve against it
  --layout ENGINE    Graphviz layout for diagrams (dot, neato, sfdp, ...); default by size
  --force            replace an output that is a symbolic link, FIFO or device (refused otherwise)
  --no-family-triples  RDF and JSON-LD: leave out the family triple written beside each fact
                     (`S kg:disapprove O` beside `S kg:accuses O`; it makes family queries work
                     in stores without RDFS reasoning, such as kgbuild query, Virtuoso, Oxigraph)
  --max-sentence-tokens N   cut sentences longer than N tokens (default 400; bounded work)
  --exact-betweenness N     JSON: exact betweenness up to N entities, estimated above (default 2000)
  -h, --help         show this help

exit status: 0 success, 1 input or output error, 2 usage error.
All or nothing: every output goes to a temporary file first, and the outputs replace their targets
only when all were written; a failure or an interrupt (Ctrl-C, SIGTERM) leaves the old files as
they were and no temporary file behind.
)";

constexpr const char* kOntologyHelp = R"(usage: kgbuild ontology [-o FILE]

Writes the kgbuild OWL 2 ontology (ontology/kg.ttl) as Turtle, to FILE or standard output.
)";

// A whole-number option value, or nullopt after a usage message ("kgbuild render: --depth needs
// a whole number, not 'x'").
std::optional<std::size_t> count_option(const char* command, const std::string& option, const std::string& value,
                                        std::ostream& err) {
  auto n = parse_count(value);
  if (!n) err << "kgbuild " << command << ": " << option << " needs a whole number, not '" << value << "'\n";
  return n;
}

bool read_input(const std::string& path, std::string& text, std::ostream& err) {
  if (path == "-") {
    text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    if (text.empty()) {
      err << "kgbuild: standard input is empty; pipe an article into `kgbuild extract -`\n";
      return false;
    }
    return true;
  }
  struct stat st {};
  if (stat(path.c_str(), &st) != 0) {
    err << "kgbuild: " << path << ": no such file; check the path\n";
    return false;
  }
  if (S_ISDIR(st.st_mode)) {
    err << "kgbuild: " << path << ": is a directory; pass the article files in it (e.g. "
        << path << "/*.txt)\n";
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    err << "kgbuild: " << path << ": cannot be read; check its permissions\n";
    return false;
  }
  text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (text.empty()) {
    err << "kgbuild: " << path << ": the file is empty; nothing to extract\n";
    return false;
  }
  return true;
}

std::string extension_of(const std::string& path) {
  std::size_t slash = path.find_last_of('/');
  std::size_t dot = path.find_last_of('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return "";
  return path.substr(dot + 1);
}

std::string known_extensions() {
  std::string s;
  for (const auto& f : exporters::formats())
    for (auto e : f.extensions) s += (s.empty() ? "." : " .") + std::string(e);
  return s;
}

int extract_command(const std::vector<std::string>& args, std::ostream& err) {
  std::vector<std::string> inputs, outputs;
  std::string format_name;
  std::string date;
  bool force = false;
  std::size_t max_sentence_tokens = 400;
  exporters::ExportOptions opt;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&](const char* what) -> const std::string* {
      if (i + 1 >= args.size()) {
        err << "kgbuild extract: " << a << " needs " << what << "; see `kgbuild extract --help`\n";
        return nullptr;
      }
      return &args[++i];
    };
    if (a == "-h" || a == "--help") {
      std::cout << kExtractHelp;
      return kExitOk;
    } else if (a == "-o" || a == "--output") {
      const std::string* v = value("a file name");
      if (!v) return kExitUsage;
      outputs.push_back(*v);
    } else if (a == "--force") {
      force = true;
    } else if (a == "--no-family-triples") {
      opt.family_triples = false;
    } else if (a == "--max-sentence-tokens" || a == "--exact-betweenness") {
      const std::string* v = value("a whole number");
      if (!v) return kExitUsage;
      auto n = parse_count(*v);
      if (!n || *n == 0) {
        err << "kgbuild extract: " << a << " needs a whole number above 0, not '" << *v << "'\n";
        return kExitUsage;
      }
      if (a == "--max-sentence-tokens") max_sentence_tokens = *n;
      else opt.exact_betweenness_limit = *n;
    } else if (a == "--format") {
      const std::string* v = value("a format name");
      if (!v) return kExitUsage;
      format_name = *v;
    } else if (a == "--base") {
      const std::string* v = value("an IRI");
      if (!v) return kExitUsage;
      opt.base = *v;
    } else if (a == "--date") {
      const std::string* v = value("a date (YYYY-MM-DD)");
      if (!v) return kExitUsage;
      if (!extract::is_iso_date(*v)) {
        err << "kgbuild extract: --date '" << *v << "' is not a date; write it as YYYY-MM-DD, e.g. 2024-01-13\n";
        return kExitUsage;
      }
      date = *v;
    } else if (a == "--layout") {
      const std::string* v = value("a Graphviz layout engine");
      if (!v) return kExitUsage;
      opt.layout = *v;
    } else if (a.size() > 1 && a[0] == '-' && a != "-") {
      err << "kgbuild extract: unknown option '" << a << "'; see `kgbuild extract --help`\n";
      return kExitUsage;
    } else {
      inputs.push_back(a);
    }
  }
  if (inputs.empty()) {
    err << "kgbuild extract: no input; give one or more article files, or `-` for standard input\n";
    return kExitUsage;
  }
  if (!exporters::valid_base_iri(opt.base)) {
    err << "kgbuild extract: --base must be an absolute IRI ending in '/' or '#', without spaces, quotes or "
           "<>{}|\\^` characters, e.g. https://example.org/kg/\n";
    return kExitUsage;
  }
  // Resolve every output's format before reading anything.
  const exporters::Format* forced = nullptr;
  if (!format_name.empty()) {
    forced = exporters::format_by_name(format_name);
    if (!forced) {
      std::string names;
      for (const auto& f : exporters::formats()) names += " " + std::string(f.name);
      err << "kgbuild extract: unknown format '" << format_name << "'; choose one of:" << names << "\n";
      return kExitUsage;
    }
  }
  if (outputs.empty()) outputs.push_back("-");
  std::vector<const exporters::Format*> fmts;
  for (const std::string& o : outputs) {
    const exporters::Format* f = forced;
    if (!f && o == "-") f = exporters::format_by_name("turtle");
    if (!f) f = exporters::format_by_extension(extension_of(o));
    if (!f) {
      err << "kgbuild extract: cannot tell the format of '" << o << "' from its extension; use "
          << known_extensions() << " or give --format NAME\n";
      return kExitUsage;
    }
    fmts.push_back(f);
  }

  std::unique_ptr<extract::Extractor> extractor;
  if (Status s = extract::Extractor::create(extractor); !s) {
    err << "kgbuild: " << s.message() << "\n";
    return kExitError;
  }
  extractor->set_max_sentence_tokens(max_sentence_tokens);
  KnowledgeGraph graph;
  for (const std::string& in : inputs) {
    std::string text;
    if (!read_input(in, text, err)) return kExitError;
    extract::Document doc;
    if (Status s = extractor->run(text, in, doc, date); !s) {
      err << "kgbuild: " << in << ": " << s.message() << "\n";
      return kExitError;
    }
    for (const std::string& w : doc.warnings) err << "kgbuild: warning: " << doc.source << ": " << w << "\n";
    extractor->add_to_graph(doc, graph);
  }
  // All or nothing: every output is staged first, and replaces its target only when all were
  // written.
  exporters::OutputTransaction outs;
  for (std::size_t i = 0; i < outputs.size(); ++i) {
    const exporters::Format* f = fmts[i];
    Status s = outs.stage(outputs[i], [&](std::FILE* fh) { return f->write(graph, opt, fh); }, force);
    if (!s) {
      err << "kgbuild: " << s.message() << "\n";
      return kExitError;
    }
  }
  if (Status s = outs.commit(); !s) {
    err << "kgbuild: " << s.message() << "\n";
    return kExitError;
  }
  return kExitOk;
}

int ontology_command(const std::vector<std::string>& args, std::ostream& err) {
  std::string out = "-";
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "-h" || args[i] == "--help") {
      std::cout << kOntologyHelp;
      return kExitOk;
    } else if ((args[i] == "-o" || args[i] == "--output") && i + 1 < args.size()) {
      out = args[++i];
    } else {
      err << "kgbuild ontology: unexpected argument '" << args[i] << "'; see `kgbuild ontology --help`\n";
      return kExitUsage;
    }
  }
  auto ttl = ontology::data_file("kg.ttl");
  if (!ttl) {
    err << "kgbuild: the ontology was not compiled in; rebuild kgbuild\n";
    return kExitError;
  }
  Status s = exporters::write_file_atomically(out, [&](std::FILE* fh) {
    return std::fwrite(ttl->data(), 1, ttl->size(), fh) == ttl->size()
               ? Status::ok()
               : Status::error("could not write the ontology");
  });
  if (!s) {
    err << "kgbuild: " << s.message() << "\n";
    return kExitError;
  }
  return kExitOk;
}

// Prints what the pipeline saw, for users asking "why this fact?" and for tuning.
int inspect_command(const std::vector<std::string>& args, std::ostream& err) {
  if (args.size() != 1 || args[0] == "-h" || args[0] == "--help") {
    std::cout << "usage: kgbuild inspect INPUT\n\nPrints the sentences, mentions, clauses, entities and "
                 "facts the extractor found in INPUT.\n";
    return args.size() == 1 ? kExitOk : kExitUsage;
  }
  std::unique_ptr<extract::Extractor> extractor;
  if (Status s = extract::Extractor::create(extractor); !s) {
    err << "kgbuild: " << s.message() << "\n";
    return kExitError;
  }
  std::string text;
  if (!read_input(args[0], text, err)) return kExitError;
  extract::Document doc;
  if (Status s = extractor->run(text, args[0], doc); !s) {
    err << "kgbuild: " << args[0] << ": " << s.message() << "\n";
    return kExitError;
  }
  static const char* kKinds[] = {"name", "metonym", "actor", "pronoun", "description", "demonym"};
  std::size_t m = 0;
  for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
    const auto& s = doc.sentences[si];
    std::cout << "[" << si << "] " << doc.span(s.first, s.last) << "\n";
    for (; m < doc.mentions.size() && doc.mentions[m].first < s.last; ++m) {
      const auto& mm = doc.mentions[m];
      std::cout << "    mention '" << doc.span(mm.first, mm.last) << "' " << kKinds[static_cast<int>(mm.kind)]
                << (mm.modifier ? " modifier" : "") << " ->";
      for (std::size_t e : mm.entities)
        std::cout << " " << doc.entities[e].label << "/" << name(doc.entities[e].type);
      std::cout << "\n";
    }
    static const char* kClauseKinds[] = {"main", "coordinated", "relative", "complement", "infinitive", "participial"};
    for (const auto& c : doc.clauses) {
      if (c.sentence != si) continue;
      std::cout << "    clause " << kClauseKinds[static_cast<int>(c.kind)] << " '"
                << doc.span(c.verb.first, c.verb.last) << "'"
                << (c.verb.voice == extract::Voice::kPassive ? " passive" : "")
                << (c.verb.tense == extract::Tense::kPast ? " past" : c.verb.tense == extract::Tense::kFuture ? " future" : "")
                << (c.verb.negated ? " negated" : "")
                << (c.verb.modality != Modality::kAsserted ? " " + std::string(name(c.verb.modality)) : "")
                << " subject:";
      for (std::size_t sm : c.subjects) std::cout << " '" << doc.span(doc.mentions[sm].first, doc.mentions[sm].last) << "'";
      if (c.inherited) std::cout << " (inherited)";
      for (const auto& a : c.attachments)
        std::cout << " [" << doc.tokens[a.preposition].text << " '"
                  << doc.span(doc.mentions[a.mention].first, doc.mentions[a.mention].last) << "']";
      std::cout << "\n";
    }
    for (const auto& ap : doc.appositions)
      if (doc.tokens[ap.first].sentence == si)
        std::cout << "    apposition '" << doc.span(doc.mentions[ap.mention].first, doc.mentions[ap.mention].last)
                  << "' = '" << doc.span(ap.first, ap.last) << "'\n";
    for (const auto& f : doc.facts)
      if (f.sentence == si)
        std::cout << "    fact " << (f.negated ? "NOT " : "") << doc.entities[f.subject].label << " "
                  << name(f.relation) << " " << doc.entities[f.object].label << " (" << name(f.modality)
                  << ", " << f.confidence << (f.time.empty() ? "" : ", " + f.time) << ", trigger '"
                  << (f.trigger < doc.tokens.size() ? doc.tokens[f.trigger].text : "") << "')\n";
  }
  std::cout << "entities:\n";
  for (const auto& e : doc.entities)
    std::cout << "    " << e.label << "/" << name(e.type) << (e.qid.empty() ? "" : " " + e.qid)
              << (e.title.empty() ? "" : " title=" + e.title) << "\n";
  return kExitOk;
}

constexpr const char* kQueryHelp = R"(usage: kgbuild query FILE... (--query SPARQL | --query-file F) [options]
       kgbuild query --store PATH (--query SPARQL | --query-file F) [options]
       kgbuild query --endpoint URL (--query SPARQL | --query-file F) [options]

Runs a SPARQL SELECT, ASK or CONSTRUCT query through Rasqal over RDF files (format from the
extension: .ttl .nt .nq .rdf, else guessed from the content), loaded into an indexed in-memory
store together with the kgbuild ontology, or over a store made by `kgbuild load`.

options:
  -q, --query SPARQL     the query text
  -f, --query-file F     read the query from F (`-` for standard input)
  --results FORMAT       table (default), csv, tsv, json (SPARQL JSON), xml (SPARQL XML);
                         CONSTRUCT results are always Turtle
  --store PATH           query the persistent store in PATH instead of files
  --endpoint URL         send the query to a SPARQL 1.1 endpoint (e.g. Virtuoso's
                         http://localhost:8890/sparql); warns when a result reaches the
                         server's row cap (--row-cap N, default 10000, 0 for none); replies
                         over --max-reply-mb N megabytes (default 512) are refused
  --no-ontology          do not load ontology/kg.ttl next to the files
  -h, --help             show this help

Rasqal 0.9.33 lacks property paths, EXISTS/NOT EXISTS, MINUS and DESCRIBE, crashes on VALUES,
returns no rows for HAVING on an alias and ignores GROUP_CONCAT's SEPARATOR: kgbuild refuses
these with a message saying how to rewrite the query.
)";

constexpr const char* kLoadHelp = R"(usage: kgbuild load FILE... --store PATH [--no-ontology] [--backend bdb|sqlite]
       kgbuild load FILE... --graph-store URL --graph IRI [--endpoint URL]
                            [--user NAME] [--password-file F]
       kgbuild load FILE... --virtuoso HOST:PORT --graph IRI --endpoint URL [--isql PROGRAM]
                            [--user NAME] [--password-file F]

       kgbuild load --check --store PATH

Loads RDF files into the persistent store in folder PATH (created when missing), with the
kgbuild ontology unless --no-ontology. Statements already in the store are skipped, so loading
a file twice adds nothing. Query it with `kgbuild query --store PATH --query ...`.

A load is a transaction: it writes a copy of the store and makes it live with one atomic rename
at the end, so a load that fails or is killed (even with SIGKILL) leaves the store as it was. One
load at a time: a second one, or a query during a load, is refused with a message. --check
verifies a store (its live data reads in full and a query agrees) and reports unfinished loads.

With --graph-store, each file (.nt, .ttl or .rdf) is sent over HTTP to a SPARQL 1.1 Graph
Store service and added to the named graph IRI: Virtuoso's http://HOST:8890/sparql-graph-crud-auth,
Fuseki's http://HOST:3030/DATASET/data, Oxigraph's http://HOST:7878/store. With --user, kgbuild
authenticates itself (digest or basic, as the server asks), so the password never appears on any
command line. With --endpoint, the graph's triple count is checked afterwards.

With --virtuoso, the files go to a Virtuoso server through its bulk loader (ld_dir and
rdf_loader_run, run by isql-vt at HOST:PORT, default user dba/dba) into the named graph IRI; then
the graph's triple count is checked through the SPARQL endpoint URL, since the bulk loader skips
bad files silently. The files' folders must be in DirsAllowed of the server's virtuoso.ini. It is
the fastest way for large files on the server's own machine, but isql-vt takes the password only
on its command line, where other users of that machine can read it: on a shared machine use
--graph-store.

The password comes from --password-file F (its first line) or the environment variable
KGBUILD_PASSWORD, never from an option. Include the ontology file (`kgbuild ontology -o kg.ttl`)
for family queries.
)";

bool parse_result_format(const std::string& name, store::ResultFormat& f) {
  if (name == "table") f = store::ResultFormat::kTable;
  else if (name == "csv") f = store::ResultFormat::kCsv;
  else if (name == "tsv") f = store::ResultFormat::kTsv;
  else if (name == "json") f = store::ResultFormat::kJson;
  else if (name == "xml") f = store::ResultFormat::kXml;
  else return false;
  return true;
}

Status load_ontology(store::Store& st) {
  // Once per store: its blank nodes would be new statements on every load.
  store::QueryResult present;
  if (st.query("ASK { <https://w3id.org/kgbuild/ns> a <http://www.w3.org/2002/07/owl#Ontology> }", present) &&
      present.boolean)
    return Status::ok();
  auto ttl = ontology::data_file("kg.ttl");
  if (!ttl) return Status::error("the ontology was not compiled in; rebuild kgbuild");
  return st.load_text(*ttl, "turtle");
}

int query_command(const std::vector<std::string>& args, std::ostream& err) {
  std::vector<std::string> files;
  std::string query, query_file, store_path, endpoint, results = "table";
  std::size_t row_cap = 10000;
  std::size_t max_reply = std::size_t(512) << 20;
  bool ontology = true, have_query = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&](const char* what) -> const std::string* {
      if (i + 1 >= args.size()) {
        err << "kgbuild query: " << a << " needs " << what << "; see `kgbuild query --help`\n";
        return nullptr;
      }
      return &args[++i];
    };
    if (a == "-h" || a == "--help") {
      std::cout << kQueryHelp;
      return kExitOk;
    } else if (a == "-q" || a == "--query") {
      const std::string* v = value("the query text");
      if (!v) return kExitUsage;
      query = *v;
      have_query = true;
    } else if (a == "-f" || a == "--query-file") {
      const std::string* v = value("a file name");
      if (!v) return kExitUsage;
      query_file = *v;
    } else if (a == "--results") {
      const std::string* v = value("a format");
      if (!v) return kExitUsage;
      results = *v;
    } else if (a == "--store") {
      const std::string* v = value("a folder");
      if (!v) return kExitUsage;
      store_path = *v;
    } else if (a == "--endpoint") {
      const std::string* v = value("a URL");
      if (!v) return kExitUsage;
      endpoint = *v;
    } else if (a == "--row-cap") {
      const std::string* v = value("a number");
      if (!v) return kExitUsage;
      auto n = count_option("query", a, *v, err);
      if (!n) return kExitUsage;
      row_cap = *n;
    } else if (a == "--max-reply-mb") {
      const std::string* v = value("a number of megabytes");
      if (!v) return kExitUsage;
      auto n = parse_count(*v);
      if (!n || *n == 0 || *n > (std::size_t(1) << 20)) {
        err << "kgbuild query: --max-reply-mb needs a whole number of megabytes, not '" << *v << "'\n";
        return kExitUsage;
      }
      max_reply = *n << 20;
    } else if (a == "--no-ontology") {
      ontology = false;
    } else if (a.size() > 1 && a[0] == '-') {
      err << "kgbuild query: unknown option '" << a << "'; see `kgbuild query --help`\n";
      return kExitUsage;
    } else {
      files.push_back(a);
    }
  }
  store::ResultFormat fmt;
  if (!parse_result_format(results, fmt)) {
    err << "kgbuild query: unknown results format '" << results << "'; use table, csv, tsv, json or xml\n";
    return kExitUsage;
  }
  if (have_query == !query_file.empty()) {
    err << "kgbuild query: give the query with exactly one of --query or --query-file\n";
    return kExitUsage;
  }
  if (int(!files.empty()) + int(!store_path.empty()) + int(!endpoint.empty()) != 1) {
    err << "kgbuild query: give RDF files, --store PATH or --endpoint URL (one of them)\n";
    return kExitUsage;
  }
  if (!query_file.empty()) {
    if (query_file == "-") {
      query.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    } else {
      std::ifstream in(query_file, std::ios::binary);
      if (!in) {
        err << "kgbuild: " << query_file << ": cannot read the query file\n";
        return kExitError;
      }
      query.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
  }
  if (!endpoint.empty()) {
    if (Status c = store::check_supported(query); !c) {
      err << "kgbuild query: " << c.message() << "\n";
      return kExitError;
    }
    store::QueryResult result;
    if (Status q = store::query_endpoint(endpoint, query, result, row_cap, max_reply); !q) {
      err << "kgbuild query: " << q.message() << "\n";
      return kExitError;
    }
    for (const std::string& w : result.warnings) err << "kgbuild query: warning: " << w << "\n";
    std::cout << store::format_results(result, fmt);
    return kExitOk;
  }
  std::unique_ptr<store::Store> st;
  Status s = store_path.empty() ? store::Store::open_memory(st) : store::Store::open_persistent(store_path, false, st);
  if (!s) {
    err << "kgbuild: " << s.message() << "\n";
    return kExitError;
  }
  if (store_path.empty()) {
    if (ontology) {
      if (Status o = load_ontology(*st); !o) {
        err << "kgbuild: " << o.message() << "\n";
        return kExitError;
      }
    }
    for (const std::string& f : files) {
      if (Status l = st->load_file(f); !l) {
        err << "kgbuild: " << l.message() << "\n";
        return kExitError;
      }
    }
  }
  // SELECT rows stream to standard output as Rasqal yields them (the table holds them for its
  // column widths); ASK and CONSTRUCT answers are printed whole.
  store::QueryResult result;
  std::unique_ptr<store::ResultWriter> rows = store::make_result_writer(fmt, std::cout);
  if (Status q = st->query(query, result, rows.get()); !q) {
    err << "kgbuild query: " << q.message() << "\n";
    return kExitError;
  }
  for (const std::string& w : result.warnings) err << "kgbuild query: warning: " << w << "\n";
  if (result.kind != store::QueryResult::Kind::kBindings) std::cout << store::format_results(result, fmt);
  std::cout.flush();
  return kExitOk;
}

int load_command(const std::vector<std::string>& args, std::ostream& err) {
  std::vector<std::string> files;
  std::string store_path, backend = "bdb";
  bool ontology = true, use_virtuoso = false, check = false, have_password = false;
  store::VirtuosoTarget virtuoso;
  store::GraphStoreTarget graph_store;
  std::string user;
  if (const char* pw = std::getenv("KGBUILD_PASSWORD")) {
    virtuoso.password = pw;
    have_password = true;
  }
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "-h" || a == "--help") {
      std::cout << kLoadHelp;
      return kExitOk;
    } else if (a == "--store" && i + 1 < args.size()) {
      store_path = args[++i];
    } else if (a == "--backend" && i + 1 < args.size()) {
      backend = args[++i];
    } else if (a == "--virtuoso" && i + 1 < args.size()) {
      virtuoso.host_port = args[++i];
      use_virtuoso = true;
    } else if (a == "--graph-store" && i + 1 < args.size()) {
      graph_store.url = args[++i];
    } else if (a == "--graph" && i + 1 < args.size()) {
      virtuoso.graph = args[++i];
    } else if (a == "--endpoint" && i + 1 < args.size()) {
      virtuoso.endpoint = args[++i];
    } else if (a == "--isql" && i + 1 < args.size()) {
      virtuoso.isql = args[++i];
    } else if (a == "--user" && i + 1 < args.size()) {
      user = args[++i];
    } else if (a == "--password") {
      err << "kgbuild load: a password on the command line is visible to every user of this machine; "
             "give it with --password-file F or the environment variable KGBUILD_PASSWORD\n";
      return kExitUsage;
    } else if (a == "--password-file" && i + 1 < args.size()) {
      std::ifstream pf(args[++i]);
      if (!pf || !std::getline(pf, virtuoso.password)) {
        err << "kgbuild load: cannot read a password from '" << args[i] << "'\n";
        return kExitUsage;
      }
      if (!virtuoso.password.empty() && virtuoso.password.back() == '\r') virtuoso.password.pop_back();
      have_password = true;
    } else if (a == "--check") {
      check = true;
    } else if (a == "--no-ontology") {
      ontology = false;
    } else if (a.size() > 1 && a[0] == '-') {
      err << "kgbuild load: unknown option '" << a << "'; see `kgbuild load --help`\n";
      return kExitUsage;
    } else {
      files.push_back(a);
    }
  }
  if (!graph_store.url.empty()) {
    if (use_virtuoso || !store_path.empty()) {
      err << "kgbuild load: give one target: --graph-store, --virtuoso or --store\n";
      return kExitUsage;
    }
    if (files.empty() || virtuoso.graph.empty()) {
      err << "kgbuild load: --graph-store needs files and --graph IRI; see `kgbuild load --help`\n";
      return kExitUsage;
    }
    if (!user.empty() && !have_password) {
      err << "kgbuild load: --user " << user << " needs a password: --password-file F or KGBUILD_PASSWORD\n";
      return kExitUsage;
    }
    graph_store.graph = virtuoso.graph;
    graph_store.endpoint = virtuoso.endpoint;
    graph_store.user = user;
    graph_store.password = virtuoso.password;
    std::size_t n = 0;
    if (Status v = store::graph_store_load(graph_store, files, &n); !v) {
      err << "kgbuild: " << v.message() << "\n";
      return kExitError;
    }
    if (graph_store.endpoint.empty())
      err << "<" << graph_store.graph << ">: " << files.size() << " file(s) sent to " << graph_store.url << "\n";
    else
      err << "<" << graph_store.graph << ">: " << n << " triples in the store\n";
    return kExitOk;
  }
  if (!user.empty()) virtuoso.user = user;
  if (use_virtuoso) {
    if (files.empty() || virtuoso.graph.empty() || virtuoso.endpoint.empty()) {
      err << "kgbuild load: --virtuoso needs files, --graph IRI and --endpoint URL; see `kgbuild load --help`\n";
      return kExitUsage;
    }
    std::size_t n = 0;
    if (Status v = store::virtuoso_bulk_load(virtuoso, files, &n); !v) {
      err << "kgbuild: " << v.message() << "\n";
      return kExitError;
    }
    err << "<" << virtuoso.graph << ">: " << n << " triples in Virtuoso\n";
    return kExitOk;
  }
  if (check) {
    if (store_path.empty()) {
      err << "kgbuild load: --check needs --store PATH\n";
      return kExitUsage;
    }
    std::string report;
    Status c = store::Store::check(store_path, report);
    std::cout << report;
    if (!c) {
      err << "kgbuild: " << c.message() << "\n";
      return kExitError;
    }
    return kExitOk;
  }
  if (store_path.empty() || files.empty()) {
    err << "kgbuild load: give RDF files and --store PATH; see `kgbuild load --help`\n";
    return kExitUsage;
  }
  std::unique_ptr<store::Store> st;
  if (Status s = store::Store::open_persistent(store_path, true, st, backend); !s) {
    err << "kgbuild: " << s.message() << "\n";
    return kExitError;
  }
  if (ontology) {
    if (Status o = load_ontology(*st); !o) {
      err << "kgbuild: " << o.message() << "\n";
      return kExitError;
    }
  }
  std::size_t total = 0;
  for (const std::string& f : files) {
    std::size_t added = 0;
    if (Status l = st->load_file(f, &added); !l) {
      err << "kgbuild: " << l.message() << "\nkgbuild: nothing was loaded; the store is as it was\n";
      return kExitError;
    }
    total += added;
    err << f << ": " << added << " new statements\n";
  }
  const long size = st->size();
  if (Status c = st->commit(); !c) {
    err << "kgbuild: " << c.message() << "\n";
    return kExitError;
  }
  err << store_path << ": " << size << " statements (" << total << " added)\n";
  return kExitOk;
}

constexpr const char* kRenderHelp = R"(usage: kgbuild render GRAPH... -o FILE [filters] [--layout ENGINE]

Draws graphs that kgbuild wrote (Turtle, N-Triples, N-Quads, RDF/XML, JSON-LD or its JSON),
merged into one, without extracting again. Output by extension: .svg .png .pdf .dot .html
(a self-contained report: diagram, facts with evidence and a filter box, entities).

filters:
  --focus NAME          only the ego network of this entity (label, alias or key)
  --depth N             ... up to N facts away (default 1)
  --relations A,B       only these relations (e.g. demands,doubts)
  --family F,G          only these families (cooperate, demand, disapprove, coerce, fight, structure)
  --min-confidence X    only facts stated with at least this confidence
  --include-negated     draw denied facts too (dotted, "not ...")
  --max-nodes N         keep the N most central entities (PageRank)
  --layout ENGINE       dot, neato, sfdp, ...; default dot up to 100 entities, sfdp above
)";

constexpr const char* kStatsHelp = R"(usage: kgbuild stats GRAPH... [--top N]

Prints the number of entities by type and of facts by relation, and the top N entities (default
10) by PageRank with their degree and betweenness centrality.
)";

constexpr const char* kPathHelp = R"(usage: kgbuild path GRAPH... --from NAME --to NAME

Prints the shortest chain of asserted facts linking two entities, each with its evidence.
)";

// Reads every GRAPH argument into one graph; returns false after printing the error.
bool read_graphs(const std::vector<std::string>& files, KnowledgeGraph& g, std::ostream& err) {
  if (files.empty()) {
    err << "kgbuild: give one or more graph files written by kgbuild (.ttl .nt .nq .rdf .jsonld .json)\n";
    return false;
  }
  for (const std::string& f : files)
    if (Status s = exporters::read_graph(f, g); !s) {
      err << "kgbuild: " << s.message() << "\n";
      return false;
    }
  return true;
}

std::vector<std::string> split_commas(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream ss(s);
  std::string item;
  while (std::getline(ss, item, ','))
    if (!item.empty()) out.push_back(item);
  return out;
}

int render_command(const std::vector<std::string>& args, std::ostream& err) {
  std::vector<std::string> files;
  std::string output, focus;
  GraphFilter filter;
  exporters::ExportOptions opt;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    bool has = i + 1 < args.size();
    if (a == "-h" || a == "--help") {
      std::cout << kRenderHelp;
      return kExitOk;
    } else if ((a == "-o" || a == "--output") && has) {
      output = args[++i];
    } else if (a == "--focus" && has) {
      focus = args[++i];
    } else if (a == "--depth" && has) {
      auto n = count_option("render", a, args[++i], err);
      if (!n) return kExitUsage;
      filter.depth = *n;
    } else if (a == "--relations" && has) {
      for (const std::string& r : split_commas(args[++i])) {
        auto rel = relation_from_name(r);
        if (!rel) {
          err << "kgbuild render: unknown relation '" << r << "'; the 35 names are in ontology/kg.ttl\n";
          return kExitUsage;
        }
        filter.relations.insert(*rel);
      }
    } else if (a == "--family" && has) {
      for (const std::string& f : split_commas(args[++i])) {
        auto fam = family_from_name(f);
        if (!fam) {
          err << "kgbuild render: unknown family '" << f << "'; use cooperate, demand, disapprove, coerce, fight or structure\n";
          return kExitUsage;
        }
        filter.families.insert(*fam);
      }
    } else if (a == "--min-confidence" && has) {
      auto x = parse_real(args[++i]);
      if (!x || *x < 0 || *x > 1) {
        err << "kgbuild render: --min-confidence needs a number from 0 to 1, not '" << args[i] << "'\n";
        return kExitUsage;
      }
      filter.min_confidence = *x;
    } else if (a == "--include-negated") {
      filter.include_negated = opt.include_negated = true;
    } else if (a == "--max-nodes" && has) {
      auto n = count_option("render", a, args[++i], err);
      if (!n) return kExitUsage;
      filter.max_nodes = *n;
    } else if (a == "--layout" && has) {
      opt.layout = args[++i];
    } else if (a.size() > 1 && a[0] == '-') {
      err << "kgbuild render: unknown option '" << a << "'; see `kgbuild render --help`\n";
      return kExitUsage;
    } else {
      files.push_back(a);
    }
  }
  if (output.empty()) {
    err << "kgbuild render: give the output file with -o (.svg .png .pdf .dot .html)\n";
    return kExitUsage;
  }
  const exporters::Format* fmt = exporters::format_by_extension(extension_of(output));
  if (!fmt || (fmt->name != "svg" && fmt->name != "png" && fmt->name != "pdf" && fmt->name != "dot" && fmt->name != "html")) {
    err << "kgbuild render: cannot draw to '" << output << "'; use .svg .png .pdf .dot or .html\n";
    return kExitUsage;
  }
  KnowledgeGraph g;
  if (!read_graphs(files, g, err)) return kExitError;
  if (!focus.empty()) {
    filter.focus = find_entity(g, focus);
    if (!filter.focus) {
      err << "kgbuild render: no entity named '" << focus << "' in the graph; `kgbuild stats` lists the main ones\n";
      return kExitError;
    }
  }
  KnowledgeGraph shown = filter_graph(g, filter);
  Status s = exporters::write_file_atomically(output, [&](std::FILE* fh) { return fmt->write(shown, opt, fh); });
  if (!s) {
    err << "kgbuild: " << s.message() << "\n";
    return kExitError;
  }
  return kExitOk;
}

int stats_command(const std::vector<std::string>& args, std::ostream& err) {
  std::vector<std::string> files;
  std::size_t top = 10;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "-h" || args[i] == "--help") {
      std::cout << kStatsHelp;
      return kExitOk;
    } else if (args[i] == "--top" && i + 1 < args.size()) {
      auto n = count_option("stats", args[i], args[i + 1], err);
      if (!n) return kExitUsage;
      top = *n;
      ++i;
    } else if (args[i].size() > 1 && args[i][0] == '-') {
      err << "kgbuild stats: unknown option '" << args[i] << "'\n";
      return kExitUsage;
    } else {
      files.push_back(args[i]);
    }
  }
  KnowledgeGraph g;
  if (!read_graphs(files, g, err)) return kExitError;
  Centrality c = compute_centrality(g);
  std::cout << g.documents().size() << " documents, " << g.entity_count() << " entities, " << g.fact_count() << " facts\n\nentities by type\n";
  for (EntityType t : kAllEntityTypes) {
    std::size_t n = 0;
    for (auto v : g.entities()) n += g.entity(v).type == t;
    if (n) std::cout << "  " << name(t) << std::string(14 - name(t).size(), ' ') << n << "\n";
  }
  std::cout << "\nfacts by relation (asserted / denied)\n";
  for (const RelationInfo& r : kRelations) {
    std::size_t yes = 0, no = 0;
    for (auto e : g.facts())
      if (g.fact(e).relation == r.relation) (g.fact(e).negated ? no : yes)++;
    if (yes + no) std::cout << "  " << r.name << std::string(20 - r.name.size(), ' ') << yes << " / " << no << "\n";
  }
  std::vector<KnowledgeGraph::Vertex> order = g.entities();
  std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) { return c.pagerank[a] > c.pagerank[b]; });
  std::size_t components = 0;
  for (std::size_t x : c.component) components = std::max(components, x + 1);
  std::cout << "\n" << components << " connected components\n\ntop entities   pagerank  betweenness  degree\n";
  for (std::size_t i = 0; i < order.size() && i < top; ++i) {
    auto v = order[i];
    char line[256];
    std::snprintf(line, sizeof line, "  %-28s %6.3f  %11.3f  %6zu\n", g.entity(v).label.c_str(), c.pagerank[v],
                  c.betweenness[v], c.degree[v]);
    std::cout << line;
  }
  return kExitOk;
}

int path_command(const std::vector<std::string>& args, std::ostream& err) {
  std::vector<std::string> files;
  std::string from, to;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "-h" || args[i] == "--help") {
      std::cout << kPathHelp;
      return kExitOk;
    } else if (args[i] == "--from" && i + 1 < args.size()) {
      from = args[++i];
    } else if (args[i] == "--to" && i + 1 < args.size()) {
      to = args[++i];
    } else if (args[i].size() > 1 && args[i][0] == '-') {
      err << "kgbuild path: unknown option '" << args[i] << "'\n";
      return kExitUsage;
    } else {
      files.push_back(args[i]);
    }
  }
  if (from.empty() || to.empty()) {
    err << "kgbuild path: give --from NAME and --to NAME\n";
    return kExitUsage;
  }
  KnowledgeGraph g;
  if (!read_graphs(files, g, err)) return kExitError;
  auto a = find_entity(g, from), b = find_entity(g, to);
  for (auto [v, n] : {std::pair{a, from}, std::pair{b, to}})
    if (!v) {
      err << "kgbuild path: no entity named '" << n << "' in the graph\n";
      return kExitError;
    }
  std::vector<KnowledgeGraph::Edge> path = shortest_path(g, *a, *b);
  if (path.empty()) {
    std::cout << "no chain of facts links " << g.entity(*a).label << " and " << g.entity(*b).label << "\n";
    return kExitOk;
  }
  for (auto e : path) {
    const Fact& f = g.fact(e);
    std::cout << g.entity(g.subject(e)).label << " " << name(f.relation) << " " << g.entity(g.object(e)).label << "\n";
    if (!f.support.empty()) {
      const Provenance& p = f.support.front();
      const DocumentInfo& d = g.documents().at(p.document);
      std::cout << "    \"" << p.evidence << "\" (" << (d.source.empty() ? d.id : d.source) << ")\n";
    }
  }
  return kExitOk;
}

}  // namespace

int run(const std::vector<std::string>& args, std::ostream& err) {
  if (args.empty()) {
    err << kMainHelp;
    return kExitUsage;
  }
  const std::string& cmd = args[0];
  std::vector<std::string> rest(args.begin() + 1, args.end());
  if (cmd == "-h" || cmd == "--help" || cmd == "help") {
    std::cout << kMainHelp;
    return kExitOk;
  }
  if (cmd == "--version") {
    std::cout << "kgbuild 0.1.0\n";
    return kExitOk;
  }
  if (cmd == "extract") return extract_command(rest, err);
  if (cmd == "ontology") return ontology_command(rest, err);
  if (cmd == "inspect") return inspect_command(rest, err);
  if (cmd == "query") return query_command(rest, err);
  if (cmd == "load") return load_command(rest, err);
  if (cmd == "render") return render_command(rest, err);
  if (cmd == "stats") return stats_command(rest, err);
  if (cmd == "path") return path_command(rest, err);
  err << "kgbuild: unknown command '" << cmd << "'; run `kgbuild --help` for the list\n";
  return kExitUsage;
}

}  // namespace kg::cli
