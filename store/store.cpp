#include "store/store.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <cstdio>
#include <sstream>

#include "ontology/data.hpp"
#include "store/redland_handles.hpp"

namespace kg::store {
namespace {

namespace d = detail;

const unsigned char* u(const std::string& s) { return reinterpret_cast<const unsigned char*>(s.c_str()); }
std::string str(const unsigned char* s) { return s ? reinterpret_cast<const char*>(s) : ""; }

// Parser name for a file: by extension, else sniffed from the first bytes.
std::string syntax_for(const std::string& path, const std::string& head) {
  std::string ext = std::filesystem::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  if (ext == ".ttl" || ext == ".turtle" || ext == ".n3") return "turtle";
  if (ext == ".nt") return "ntriples";
  if (ext == ".nq") return "nquads";
  if (ext == ".rdf" || ext == ".owl" || ext == ".xml") return "rdfxml";
  if (ext == ".jsonld") return "jsonld";
  std::size_t i = head.find_first_not_of(" \t\r\n");
  if (i != std::string::npos && head[i] == '<' && head.compare(i, 5, "<?xml") == 0) return "rdfxml";
  if (head.find("<rdf:RDF") != std::string::npos) return "rdfxml";
  return "turtle";  // Turtle reads N-Triples too
}

Term to_term(librdf_node* n) {
  Term t;
  if (!n) return t;
  if (librdf_node_is_resource(n)) {
    t.kind = Term::Kind::kIri;
    t.value = str(librdf_uri_as_string(librdf_node_get_uri(n)));
  } else if (librdf_node_is_literal(n)) {
    t.kind = Term::Kind::kLiteral;
    t.value = str(librdf_node_get_literal_value(n));
    if (const char* lang = librdf_node_get_literal_value_language(n)) t.language = lang;
    if (librdf_uri* dt = librdf_node_get_literal_value_datatype_uri(n)) t.datatype = str(librdf_uri_as_string(dt));
  } else if (librdf_node_is_blank(n)) {
    t.kind = Term::Kind::kBlank;
    t.value = str(librdf_node_get_blank_identifier(n));
  }
  return t;
}

// "SPARQL syntax error at line 3, column 12: <message>", then the query line and a caret.
// librdf messages look like "3:12: syntax error" (column optional).
std::string syntax_error(const std::string& query, const std::string& message) {
  int line = 0, column = 0;
  std::string text = message;
  if (std::sscanf(message.c_str(), "%d:%d:", &line, &column) == 2 || std::sscanf(message.c_str(), "%d:", &line) == 1) {
    std::size_t colon = message.find(": ");
    if (colon != std::string::npos) text = message.substr(colon + 2);
  }
  std::string out = "SPARQL syntax error";
  if (line > 0) out += " at line " + std::to_string(line) + (column > 0 ? ", column " + std::to_string(column) : "");
  out += ": " + (text.empty() ? std::string("the query could not be parsed") : text);
  if (line > 0) {
    std::istringstream in(query);
    std::string l;
    for (int i = 0; i < line && std::getline(in, l); ++i) {
    }
    out += "\n    " + l;
    if (column > 0) out += "\n    " + std::string(static_cast<std::size_t>(column - 1), ' ') + "^";
  }
  return out + "\nCheck the query against the SPARQL 1.1 grammar; kgbuild's README lists what Rasqal supports.";
}

// The variables a SELECT projects, read from its text: "?a ?b", "(COUNT(?x) AS ?n)".
std::vector<std::string> projected_variables(const std::string& q) {
  std::string upper(q);
  std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return std::toupper(c); });
  std::vector<std::string> vars;
  std::size_t sel = upper.find("SELECT");
  if (sel == std::string::npos) return vars;
  std::size_t end = std::min(upper.find("WHERE", sel), upper.find('{', sel));
  int depth = 0;
  bool after_as = false;  // inside parentheses, the variable after AS names a column
  for (std::size_t i = sel + 6; i < end && i < q.size(); ++i) {
    char c = q[i];
    if (c == '(') ++depth;
    else if (c == ')') --depth;
    else if (depth > 0 && upper.compare(i, 3, "AS ") == 0 && std::isspace(static_cast<unsigned char>(q[i - 1]))) after_as = true;
    else if (c == '?' || c == '$') {
      std::size_t j = i + 1;
      while (j < q.size() && (std::isalnum(static_cast<unsigned char>(q[j])) || q[j] == '_')) ++j;
      if (depth == 0 || after_as) vars.push_back(q.substr(i + 1, j - i - 1));
      after_as = false;
      i = j - 1;
    }
  }
  return vars;
}

}  // namespace

struct Store::Impl {
  ~Impl() {
    model.reset();  // librdf first, then the lock
    storage.reset();
    if (lock_fd >= 0) ::close(lock_fd);
  }
  int lock_fd = -1;            // flock on PATH/lock: shared to read, exclusive to load
  std::string root;            // a load in progress: the store folder,
  std::string generation;      // the generation being written
  std::string old_generation;  // and the live one it copies
  d::librdf_worldPtr world;
  d::librdf_storagePtr storage;
  d::librdf_modelPtr model;
  std::vector<std::string> messages;  // errors librdf logged
  std::vector<std::string> warnings;

  static int on_log(void* user, librdf_log_message* msg) {
    auto* self = static_cast<Impl*>(user);
    // Warnings ("variable bound but unused") are not failures, but the user sees them.
    if (librdf_log_message_level(msg) < LIBRDF_LOG_WARN) return 1;
    if (librdf_log_message_level(msg) < LIBRDF_LOG_ERROR) {
      std::string w = librdf_log_message_message(msg) ? librdf_log_message_message(msg) : "warning";
      // Rasqal warns about its own internal variables ($$agg$$0): not the user's concern.
      if (w.find("$$") == std::string::npos) self->warnings.push_back(std::move(w));
      return 1;
    }
    std::string text = librdf_log_message_message(msg) ? librdf_log_message_message(msg) : "error";
    if (raptor_locator* loc = librdf_log_message_locator(msg)) {
      int line = raptor_locator_line(loc), column = raptor_locator_column(loc);
      if (line > 0) text = std::to_string(line) + ":" + (column > 0 ? std::to_string(column) + ":" : "") + " " + text;
    }
    self->messages.push_back(std::move(text));
    return 1;
  }

  Status init(const char* storage_name, const std::string& name, const std::string& options) {
    world.reset(librdf_new_world());
    if (!world) return Status::error("could not start librdf");
    librdf_world_set_logger(world.get(), this, &Impl::on_log);
    librdf_world_open(world.get());
    storage.reset(librdf_new_storage(world.get(), storage_name, name.c_str(), options.c_str()));
    if (!storage)
      return Status::error("could not open the " + std::string(storage_name) + " store '" + name + "'" +
                           (messages.empty() ? "" : ": " + messages.back()));
    model.reset(librdf_new_model(world.get(), storage.get(), nullptr));
    if (!model) return Status::error("could not create an RDF model");
    return Status::ok();
  }

  // Opens the librdf store of one generation folder.
  Status open_generation(const std::string& dir, bool fresh, const std::string& backend) {
    if (backend == "sqlite")
      return init("sqlite", (std::filesystem::path(dir) / "kg.sqlite").string(), fresh ? "new='yes'" : "new='no'");
    if (backend == "bdb")
      return init("hashes", "kg", "hash-type='bdb',dir='" + dir + "'" + (fresh ? ",new='yes'" : ",new='no'"));
    return Status::error("unknown store backend '" + backend + "'; use bdb or sqlite");
  }

  Status add_stream(librdf_stream* stream, const std::string& what, std::size_t* added) {
    std::size_t n = 0;
    for (; stream && !librdf_stream_end(stream); librdf_stream_next(stream)) {
      librdf_statement* st = librdf_stream_get_object(stream);  // owned by the stream
      if (!st) continue;
      // Named graphs are dropped on reading (librdf 1.0.17); the triple is what counts.
      if (librdf_model_contains_statement(model.get(), st)) continue;
      if (librdf_model_add_statement(model.get(), st) != 0)
        return Status::error(what + ": could not add a statement to the store");
      ++n;
    }
    if (added) *added = n;
    return Status::ok();
  }
};

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::~Store() = default;

Status Store::open_memory(std::unique_ptr<Store>& out) {
  auto impl = std::make_unique<Impl>();
  // Indexed hashes in memory: Rasqal's default store is unindexed and far slower on joins.
  if (Status s = impl->init("hashes", "kg", "hash-type='memory',index-predicates='yes'"); !s) return s;
  out.reset(new Store(std::move(impl)));
  return Status::ok();
}

namespace {

namespace fs = std::filesystem;

// librdf reads its options from a string of name='value' pairs: a path with a quote (or a
// control character) could end the value and add options of its own ("x',new='yes").
Status check_store_path(const std::string& path) {
  for (unsigned char c : path)
    if (c == '\'' || c < 0x20)
      return Status::error("the store path '" + path + "' contains a quote or a control character; choose a "
                           "folder name without them");
  return Status::ok();
}

// PATH/CURRENT names the live generation ("data-7"); a store written before generations has its
// files in PATH itself.
std::string current_generation(const std::string& path) {
  std::ifstream in(fs::path(path) / "CURRENT");
  std::string name;
  if (in && std::getline(in, name) && !name.empty() && name.find('/') == std::string::npos) return name;
  return "";
}

std::string data_file_of(const std::string& backend) { return backend == "sqlite" ? "kg.sqlite" : "kg-sp2o.db"; }

int lock_store(const std::string& path, int how) {
  int fd = ::open((fs::path(path) / "lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) return -1;
  if (flock(fd, how | LOCK_NB) != 0) {
    ::close(fd);
    return -2;
  }
  return fd;
}

void fsync_path(const fs::path& p) {
  int fd = ::open(p.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
}

}  // namespace

Status Store::open_persistent(const std::string& path, bool create, std::unique_ptr<Store>& out,
                              const std::string& backend) {
  if (create) return begin_load(path, out, backend);
  if (Status s = check_store_path(path); !s) return s;
  std::error_code ec;
  if (!fs::is_directory(path, ec))
    return Status::error("no store at '" + path + "'; create one with `kgbuild load FILE... --store " + path + "`");
  auto impl = std::make_unique<Impl>();
  impl->lock_fd = lock_store(path, LOCK_SH);
  if (impl->lock_fd == -2)
    return Status::error("a `kgbuild load` is writing the store '" + path + "'; query it when the load has ended");
  std::string gen = current_generation(path);
  std::string dir = gen.empty() ? path : (fs::path(path) / gen).string();
  if (!fs::exists(fs::path(dir) / data_file_of(backend), ec))
    return Status::error("the store '" + path + "' has no data (" + data_file_of(backend) +
                         " is missing); run `kgbuild load --check --store " + path + "`, or load it again");
  if (Status s = impl->open_generation(dir, false, backend); !s) return s;
  out.reset(new Store(std::move(impl)));
  return Status::ok();
}

Status Store::begin_load(const std::string& path, std::unique_ptr<Store>& out, const std::string& backend) {
  if (Status s = check_store_path(path); !s) return s;
  if (backend != "bdb" && backend != "sqlite") return Status::error("unknown store backend '" + backend + "'; use bdb or sqlite");
  std::error_code ec;
  if (!fs::is_directory(path, ec) && !fs::create_directories(path, ec))
    return Status::error("cannot create the store folder '" + path + "': " + ec.message());
  auto impl = std::make_unique<Impl>();
  impl->lock_fd = lock_store(path, LOCK_EX);
  if (impl->lock_fd == -1) return Status::error("cannot create the lock file in '" + path + "'; check its permissions");
  if (impl->lock_fd == -2)
    return Status::error("another `kgbuild load` is writing the store '" + path + "' (or a query is reading it); "
                         "wait for it to end: loads into one store run one at a time");
  // The live generation, and the next one as a copy of it.
  const std::string gen = current_generation(path);
  unsigned long n = 0;
  if (gen.rfind("data-", 0) == 0) n = std::strtoul(gen.c_str() + 5, nullptr, 10);
  const fs::path live = gen.empty() ? fs::path(path) : fs::path(path) / gen;
  // Unfinished generations of killed loads go first.
  for (const auto& entry : fs::directory_iterator(path, ec))
    if (entry.is_directory() && entry.path().filename().string().rfind("data-", 0) == 0 &&
        entry.path().filename().string() != gen)
      fs::remove_all(entry.path(), ec);
  const std::string next = "data-" + std::to_string(n + 1);
  const fs::path dir = fs::path(path) / next;
  fs::create_directories(dir, ec);
  if (ec) return Status::error("cannot create '" + dir.string() + "': " + ec.message());
  bool fresh = true;
  for (const auto& entry : fs::directory_iterator(live, ec)) {
    const std::string name = entry.path().filename().string();
    if (!entry.is_regular_file() || name == "lock" || name == "CURRENT") continue;
    if (name.size() < 3 || (name.compare(name.size() - 3, 3, ".db") != 0 && name != "kg.sqlite")) continue;
    fs::copy_file(entry.path(), dir / name, fs::copy_options::overwrite_existing, ec);
    if (ec) return Status::error("cannot copy the store's " + name + ": " + ec.message() + " (disk full?)");
    if (name == data_file_of(backend)) fresh = false;
  }
  if (Status s = impl->open_generation(dir.string(), fresh, backend); !s) return s;
  impl->root = path;
  impl->generation = next;
  impl->old_generation = gen;
  out.reset(new Store(std::move(impl)));
  return Status::ok();
}

Status Store::commit() {
  Impl& impl = *impl_;
  if (impl.root.empty()) return Status::ok();  // not a load
  // Close librdf so that every page is on disk, then make the generation live.
  impl.model.reset();
  impl.storage.reset();
  const fs::path dir = fs::path(impl.root) / impl.generation;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) fsync_path(entry.path());
  fsync_path(dir);
  const fs::path tmp = fs::path(impl.root) / "CURRENT.tmp";
  {
    std::ofstream out(tmp, std::ios::trunc);
    out << impl.generation << "\n";
    out.flush();
    if (!out) return Status::error("cannot write " + tmp.string() + " (disk full?); the store is as it was");
  }
  fsync_path(tmp);
  if (std::rename(tmp.c_str(), (fs::path(impl.root) / "CURRENT").c_str()) != 0)
    return Status::error("cannot make the load live: " + std::string(std::strerror(errno)) + "; the store is as it was");
  fsync_path(impl.root);
  // The previous generation is no longer read by anyone (the lock is exclusive).
  if (!impl.old_generation.empty()) fs::remove_all(fs::path(impl.root) / impl.old_generation, ec);
  else
    for (const char* legacy : {"kg-sp2o.db", "kg-po2s.db", "kg-so2p.db", "kg-p2so.db", "kg-contexts.db", "kg.sqlite"})
      fs::remove(fs::path(impl.root) / legacy, ec);
  impl.root.clear();
  return Status::ok();
}

Status Store::check(const std::string& path, std::string& report) {
  if (Status s = check_store_path(path); !s) return s;
  std::error_code ec;
  if (!fs::is_directory(path, ec)) return Status::error("no store at '" + path + "'");
  std::ostringstream r;
  const std::string gen = current_generation(path);
  r << "live generation: " << (gen.empty() ? "(files in the folder itself)" : gen) << "\n";
  for (const auto& entry : fs::directory_iterator(path, ec)) {
    const std::string name = entry.path().filename().string();
    if (entry.is_directory() && name.rfind("data-", 0) == 0 && name != gen)
      r << "unfinished load left " << name << " (removed by the next load; the live data is untouched)\n";
  }
  const fs::path live = gen.empty() ? fs::path(path) : fs::path(path) / gen;
  const std::string backend = fs::exists(live / "kg.sqlite", ec) ? "sqlite" : "bdb";
  r << "backend: " << backend << "\n";
  std::unique_ptr<Store> st;
  if (Status s = open_persistent(path, false, st, backend); !s) return Status::error(s.message() + "\n" + r.str());
  long n = st->size();
  r << "statements: " << n << "\n";
  QueryResult q;
  if (Status s = st->query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", q); !s)
    return Status::error("the store cannot be queried: " + s.message() + "\n" + r.str());
  if (q.rows.empty() || q.rows[0].empty() || q.rows[0][0].value != std::to_string(n))
    return Status::error("the store is damaged: a full scan counts " + std::to_string(n) + " statements but a query " +
                         (q.rows.empty() || q.rows[0].empty() ? std::string("none") : q.rows[0][0].value) +
                         "; load the files again into a new store\n" + r.str());
  r << "a query over every statement agrees\n";
  report = r.str();
  return Status::ok();
}

Status Store::load_file(const std::string& path, std::size_t* added) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::error(path + ": cannot be read; check the path and its permissions");
  std::ostringstream ss;
  ss << in.rdbuf();
  std::string text = ss.str();
  std::string syntax = syntax_for(path, text.substr(0, 512));
  if (syntax == "jsonld")
    return Status::error(path + ": librdf cannot read JSON-LD; query the N-Triples or Turtle export instead "
                                "(`kgbuild extract ... -o graph.nt`)");
  Status s = load_text(text, syntax, added);
  if (!s) return Status::error(path + ": " + s.message());
  return s;
}

Status Store::load_text(std::string_view text, const std::string& syntax, std::size_t* added) {
  impl_->messages.clear();
  d::librdf_parserPtr parser(librdf_new_parser(impl_->world.get(), syntax.c_str(), nullptr, nullptr));
  if (!parser) return Status::error("no RDF parser named '" + syntax + "'");
  d::librdf_uriPtr base(librdf_new_uri(impl_->world.get(), u("file:///kgbuild-input")));
  std::string copy(text);
  d::librdf_streamPtr stream(librdf_parser_parse_string_as_stream(parser.get(), u(copy), base.get()));
  if (!stream) return Status::error("not valid " + syntax + (impl_->messages.empty() ? "" : ": " + impl_->messages.front()));
  std::size_t n = 0;
  Status s = impl_->add_stream(stream.get(), syntax, &n);
  if (!s) return s;
  if (!impl_->messages.empty())
    return Status::error("not valid " + syntax + " at " + impl_->messages.front() + " (" + std::to_string(n) +
                         " statements before the error were loaded)");
  librdf_model_sync(impl_->model.get());
  if (added) *added = n;
  return Status::ok();
}

long Store::size() const {
  long n = librdf_model_size(impl_->model.get());
  if (n >= 0) return n;
  // Berkeley DB hashes do not keep a count: walk the statements.
  n = 0;
  d::librdf_streamPtr stream(librdf_model_as_stream(impl_->model.get()));
  for (; stream && !librdf_stream_end(stream.get()); librdf_stream_next(stream.get())) ++n;
  return n;
}

Status Store::query(std::string_view sparql, QueryResult& out, ResultWriter* rows) {
  if (Status s = check_supported(sparql); !s) return s;
  impl_->messages.clear();
  std::string q(sparql);
  d::librdf_queryPtr query(librdf_new_query(impl_->world.get(), "sparql", nullptr, u(q), nullptr));
  if (!query || !impl_->messages.empty())
    return Status::error(syntax_error(q, impl_->messages.empty() ? std::string() : impl_->messages.front()));
  d::librdf_query_resultsPtr results(librdf_model_query_execute(impl_->model.get(), query.get()));
  if (!results || !impl_->messages.empty()) {
    std::string m = impl_->messages.empty() ? std::string() : impl_->messages.front();
    // Rasqal parses at execution: a syntax error shows up here.
    if (m.find("syntax") != std::string::npos || m.find("parse") != std::string::npos || !results)
      return Status::error(syntax_error(q, m));
    return Status::error("the query failed: " + m);
  }
  out = QueryResult();
  out.warnings = impl_->warnings;
  impl_->warnings.clear();
  if (librdf_query_results_is_boolean(results.get())) {
    out.kind = QueryResult::Kind::kBoolean;
    out.boolean = librdf_query_results_get_boolean(results.get()) > 0;
    return Status::ok();
  }
  if (librdf_query_results_is_graph(results.get())) {
    out.kind = QueryResult::Kind::kGraph;
    d::librdf_streamPtr stream(librdf_query_results_as_stream(results.get()));
    d::librdf_serializerPtr ser(librdf_new_serializer(impl_->world.get(), "turtle", nullptr, nullptr));
    if (!ser) return Status::error("no Turtle serializer in librdf");
    if (stream) {
      unsigned char* text = librdf_serializer_serialize_stream_to_string(ser.get(), nullptr, stream.get());
      out.graph = str(text);
      librdf_free_memory(text);
    }
    return Status::ok();
  }
  out.kind = QueryResult::Kind::kBindings;
  int count = librdf_query_results_get_bindings_count(results.get());
  for (int i = 0; i < count; ++i) out.variables.push_back(librdf_query_results_get_binding_name(results.get(), i));
  if (out.variables.empty()) out.variables = projected_variables(q);  // Rasqal names none without rows
  if (rows) rows->head(out.variables);
  std::vector<Term> row;
  for (; !librdf_query_results_finished(results.get()); librdf_query_results_next(results.get())) {
    row.clear();
    for (int i = 0; i < count; ++i) {
      d::librdf_nodePtr n(librdf_query_results_get_binding_value(results.get(), i));
      row.push_back(to_term(n.get()));
    }
    if (rows) rows->row(row);
    else out.rows.push_back(row);
  }
  if (rows) rows->end();
  if (!impl_->messages.empty()) return Status::error("the query failed: " + impl_->messages.front());
  return Status::ok();
}

}  // namespace kg::store
