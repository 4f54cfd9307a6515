#include "store/endpoint.hpp"

#include <curl/curl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <set>

#include <nlohmann/json.hpp>

#include "graph/numbers.hpp"

namespace kg::store {
namespace {

struct CurlDeleter {
  void operator()(CURL* c) const { curl_easy_cleanup(c); }
};
struct SlistDeleter {
  void operator()(curl_slist* l) const { curl_slist_free_all(l); }
};

// Replies larger than the cap are refused (the write callback stops the transfer): an endpoint
// cannot make kgbuild hold an unbounded answer in memory. Documented in the README's limits.
struct Body {
  std::string text;
  std::size_t cap;
};

std::size_t on_body(char* data, std::size_t size, std::size_t n, void* user) {
  auto* body = static_cast<Body*>(user);
  if (body->text.size() + size * n > body->cap) return 0;  // CURLE_WRITE_ERROR
  body->text.append(data, size * n);
  return size * n;
}
std::size_t on_header(char* data, std::size_t size, std::size_t n, void* user) {
  static_cast<std::string*>(user)->append(data, size * n);
  return size * n;
}

// What every request sets: the URL, the headers, the capped reply body and its headers, and a
// connection timeout.
void set_request(CURL* curl, const std::string& url, curl_slist* headers, Body& reply, std::string& head) {
  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &on_body);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &reply);
  curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, &on_header);
  curl_easy_setopt(curl, CURLOPT_HEADERDATA, &head);
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 10L);
}

bool is_construct(const std::string& q) {
  std::string up;
  for (char c : q) up += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  std::size_t c = up.find("CONSTRUCT"), s = up.find("SELECT"), a = up.find("ASK");
  return c != std::string::npos && c < std::min(s, a);
}

// One binding of SPARQL JSON ({"type": ..., "value": ...}); false when it is not one.
bool term_of(const nlohmann::json& v, Term& t) {
  if (!v.is_object()) return false;
  auto str = [&](const char* key, std::string& out) {
    auto it = v.find(key);
    if (it == v.end()) return true;
    if (!it->is_string()) return false;
    out = it->get<std::string>();
    return true;
  };
  std::string type;
  if (!str("type", type) || !str("value", t.value) || v.find("value") == v.end()) return false;
  if (type == "uri") t.kind = Term::Kind::kIri;
  else if (type == "bnode") t.kind = Term::Kind::kBlank;
  else if (type == "literal" || type == "typed-literal") {
    t.kind = Term::Kind::kLiteral;
    if (!str("datatype", t.datatype) || !str("xml:lang", t.language)) return false;
  } else {
    return false;
  }
  return true;
}

// Runs a command, returns its exit status and output.
int run_command(const std::string& cmd, std::string& output) {
  output.clear();
  FILE* p = popen((cmd + " 2>&1").c_str(), "r");
  if (!p) return -1;
  char buf[4096];
  std::size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) output.append(buf, n);
  int status = pclose(p);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string shell_quote(const std::string& s) {
  std::string o = "'";
  for (char c : s) o += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return o + "'";
}

std::string sql_string(const std::string& s) {
  std::string o = "'";
  for (char c : s) o += c == '\'' ? std::string("''") : std::string(1, c);
  return o + "'";
}


int seek_file(void* file, curl_off_t offset, int origin) {
  return std::fseek(static_cast<FILE*>(file), static_cast<long>(offset), origin) == 0 ? CURL_SEEKFUNC_OK
                                                                                      : CURL_SEEKFUNC_FAIL;
}

// Distinct triples sent in the N-Triples files: what the graph must hold afterwards (for Turtle
// or RDF/XML files nothing is counted).
Status count_sent_triples(const std::vector<std::string>& files, std::set<std::string>& sent) {
  namespace fs = std::filesystem;
  for (const std::string& f : files) {
    std::error_code ec;
    if (!fs::is_regular_file(f, ec)) return Status::error(f + ": no such file");
    if (fs::path(f).extension() != ".nt") continue;
    FILE* in = std::fopen(f.c_str(), "r");
    if (!in) return Status::error(f + ": cannot be read");
    char line[1 << 16];
    while (std::fgets(line, sizeof line, in))
      if (line[0] == '<' || line[0] == '_') sent.insert(line);
    std::fclose(in);
  }
  return Status::ok();
}

}  // namespace

Status parse_sparql_json(const std::string& body, const std::string& url, QueryResult& out) {
  out = QueryResult();
  const std::string not_sparql = "the SPARQL endpoint " + url + " did not answer in SPARQL ";
  nlohmann::json j = nlohmann::json::parse(body, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return Status::error(not_sparql + "JSON: the reply is not a JSON object");
  if (auto b = j.find("boolean"); b != j.end()) {
    if (!b->is_boolean()) return Status::error(not_sparql + "JSON: \"boolean\" is not true or false");
    out.kind = QueryResult::Kind::kBoolean;
    out.boolean = b->get<bool>();
    return Status::ok();
  }
  auto head_it = j.find("head");
  auto results_it = j.find("results");
  if (head_it == j.end() || !head_it->is_object() || results_it == j.end() || !results_it->is_object())
    return Status::error(not_sparql + "JSON: \"head\" and \"results\" objects are missing");
  if (auto vars = head_it->find("vars"); vars != head_it->end()) {
    if (!vars->is_array()) return Status::error(not_sparql + "JSON: head.vars is not an array");
    for (const auto& v : *vars) {
      if (!v.is_string()) return Status::error(not_sparql + "JSON: a name in head.vars is not a string");
      out.variables.push_back(v.get<std::string>());
    }
  }
  auto bindings = results_it->find("bindings");
  if (bindings == results_it->end() || !bindings->is_array())
    return Status::error(not_sparql + "JSON: results.bindings is not an array");
  for (std::size_t r = 0; r < bindings->size(); ++r) {
    const auto& b = (*bindings)[r];
    if (!b.is_object()) return Status::error(not_sparql + "JSON: row " + std::to_string(r + 1) + " is not an object");
    std::vector<Term> row;
    for (const std::string& v : out.variables) {
      Term t;
      auto cell = b.find(v);
      if (cell != b.end() && !term_of(*cell, t))
        return Status::error(not_sparql + "JSON: row " + std::to_string(r + 1) + ", ?" + v +
                             " is not a {type, value} binding");
      row.push_back(std::move(t));
    }
    out.rows.push_back(std::move(row));
  }
  return Status::ok();
}

Status query_endpoint(const std::string& url, const std::string& sparql, QueryResult& out, std::size_t row_cap,
                      std::size_t max_reply_bytes) {
  curl_global_init(CURL_GLOBAL_DEFAULT);
  std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
  if (!curl) return Status::error("could not start libcurl");
  const bool construct = is_construct(sparql);
  char* escaped = curl_easy_escape(curl.get(), sparql.c_str(), static_cast<int>(sparql.size()));
  std::string form = std::string("query=") + escaped;
  curl_free(escaped);
  std::unique_ptr<curl_slist, SlistDeleter> headers(curl_slist_append(
      nullptr, construct ? "Accept: text/turtle" : "Accept: application/sparql-results+json"));
  Body reply{std::string(), max_reply_bytes};
  std::string& body = reply.text;
  std::string head;
  set_request(curl.get(), url, headers.get(), reply, head);
  curl_easy_setopt(curl.get(), CURLOPT_POSTFIELDS, form.c_str());
  curl_easy_setopt(curl.get(), CURLOPT_TIMEOUT, 300L);
  CURLcode rc = curl_easy_perform(curl.get());
  if (rc == CURLE_WRITE_ERROR)
    return Status::error("the SPARQL endpoint " + url + " sent more than " + std::to_string(max_reply_bytes >> 20) +
                         " MB; narrow the query (LIMIT/OFFSET), raise --max-reply-mb, or load the data into a store");
  if (rc != CURLE_OK)
    return Status::error("cannot reach the SPARQL endpoint " + url + ": " + curl_easy_strerror(rc) +
                         "; check that the server runs and the URL ends in /sparql");
  long code = 0;
  curl_easy_getinfo(curl.get(), CURLINFO_RESPONSE_CODE, &code);
  if (code != 200)
    return Status::error("the SPARQL endpoint " + url + " answered HTTP " + std::to_string(code) + ": " +
                         body.substr(0, 400));
  char* content_type = nullptr;
  curl_easy_getinfo(curl.get(), CURLINFO_CONTENT_TYPE, &content_type);
  const std::string ctype = content_type ? content_type : "";
  out = QueryResult();
  const std::string not_sparql = "the SPARQL endpoint " + url + " did not answer in SPARQL ";
  if (construct) {
    // Turtle, N-Triples or RDF/XML are fine to pass on; HTML (an error or login page) is not.
    if (ctype.find("html") != std::string::npos)
      return Status::error(not_sparql + "Turtle (it sent " + ctype + "); check that the URL is the SPARQL endpoint");
    out.kind = QueryResult::Kind::kGraph;
    out.graph = body;
    return Status::ok();
  }
  if (Status p = parse_sparql_json(body, url, out); !p) return p;
  if (out.kind == QueryResult::Kind::kBoolean) return Status::ok();
  // Virtuoso truncates result sets at ResultSetMaxRows, silently but for a header.
  bool capped_header = head.find("X-SPARQL-MaxRows") != std::string::npos;
  if (capped_header || (row_cap > 0 && out.rows.size() == row_cap))
    out.warnings.push_back("the endpoint returned " + std::to_string(out.rows.size()) +
                           " rows, its result cap (ResultSetMaxRows): the answer is probably cut short; "
                           "page with ORDER BY ... LIMIT/OFFSET or raise the cap in virtuoso.ini");
  return Status::ok();
}

// Asks the endpoint how many triples the graph holds; fewer than `sent` is an error ending in `why`.
Status check_graph_count(const std::string& endpoint, const std::string& graph, std::size_t sent,
                         const std::string& why, std::size_t* triples_in_graph) {
  if (endpoint.empty()) return Status::ok();
  QueryResult count;
  Status s = query_endpoint(endpoint, "SELECT (COUNT(*) AS ?n) FROM <" + graph + "> WHERE { ?s ?p ?o }", count, 0);
  if (!s) return s;
  std::optional<std::size_t> counted = count.rows.empty() || count.rows[0].empty() ? std::optional<std::size_t>(0)
                                                                                   : parse_count(count.rows[0][0].value);
  if (!counted)
    return Status::error("the endpoint answered the triple count with '" + count.rows[0][0].value.substr(0, 80) +
                         "', not a number; check the endpoint URL (--endpoint) and the server log");
  if (triples_in_graph) *triples_in_graph = *counted;
  if (*counted < sent)
    return Status::error("the graph <" + graph + "> holds " + std::to_string(*counted) + " triples but " +
                         std::to_string(sent) + " were sent: " + why);
  return Status::ok();
}

Status virtuoso_bulk_load(const VirtuosoTarget& t, const std::vector<std::string>& files,
                          std::size_t* triples_in_graph) {
  namespace fs = std::filesystem;
  if (t.graph.empty()) return Status::error("give the named graph to load into (--graph IRI)");
  std::set<std::string> sent;
  if (Status c = count_sent_triples(files, sent); !c) return c;
  std::string sql;
  for (const std::string& f : files) {
    std::filesystem::path abs = std::filesystem::absolute(f);
    sql += "ld_dir(" + sql_string(abs.parent_path().string()) + ", " + sql_string(abs.filename().string()) + ", " +
           sql_string(t.graph) + ");\n";
  }
  sql += "rdf_loader_run();\ncheckpoint;\n"
         "SELECT ll_file, ll_error FROM DB.DBA.load_list WHERE ll_error IS NOT NULL;\n";
  // The script goes to a fresh private folder (mkdtemp, mode 0700) under a name no one else can
  // plant a link at (mkstemp): a predictable name in $TMPDIR let a symlink overwrite a file.
  std::string folder = (fs::temp_directory_path() / "kgbuild-load-XXXXXX").string();
  if (!mkdtemp(folder.data())) return Status::error("cannot create a private temporary folder: " + std::string(std::strerror(errno)));
  std::string script = folder + "/load-XXXXXX";
  struct Cleanup {
    std::string folder;
    ~Cleanup() {
      std::error_code ec;
      std::filesystem::remove_all(folder, ec);
    }
  } cleanup{folder};
  {
    int fd = mkstemp(script.data());
    if (fd < 0) return Status::error("cannot write the isql script in " + folder + ": " + std::strerror(errno));
    FILE* out = fdopen(fd, "w");
    if (!out) {
      ::close(fd);
      return Status::error("cannot write the isql script in " + folder);
    }
    bool ok = std::fputs(sql.c_str(), out) >= 0;
    ok = std::fclose(out) == 0 && ok;
    if (!ok) return Status::error("cannot write the isql script in " + folder + " (disk full?)");
  }
  std::string output;
  int rc = run_command(shell_quote(t.isql) + " " + shell_quote(t.host_port) + " " + shell_quote(t.user) + " " +
                           shell_quote(t.password) + " " + shell_quote(script),
                       output);
  if (rc != 0)
    return Status::error("isql (" + t.isql + " " + t.host_port + ") failed with status " + std::to_string(rc) + ": " +
                         output.substr(0, 600) + "\ncheck that Virtuoso runs and that isql-vt is installed");
  if (output.find("*** Error") != std::string::npos)
    return Status::error("the Virtuoso bulk loader reported an error: " + output.substr(output.find("*** Error"), 600) +
                         "\nthe files' folder must be listed in DirsAllowed in virtuoso.ini");
  return check_graph_count(t.endpoint, t.graph, sent.size(), "the bulk loader skipped something (it does not fail "
                           "on bad files); see DB.DBA.load_list and the server log", triples_in_graph);
}

Status graph_store_load(const GraphStoreTarget& t, const std::vector<std::string>& files,
                        std::size_t* triples_in_graph) {
  if (t.graph.empty()) return Status::error("give the named graph to load into (--graph IRI)");
  if (t.url.find('?') != std::string::npos)
    return Status::error("the Graph Store URL " + t.url + " has a query string; give the service URL alone, "
                         "kgbuild adds ?graph=IRI");
  std::set<std::string> sent;
  if (Status c = count_sent_triples(files, sent); !c) return c;
  curl_global_init(CURL_GLOBAL_DEFAULT);
  for (const std::string& f : files) {
    const std::string ext = std::filesystem::path(f).extension().string();
    const char* media = ext == ".nt" ? "application/n-triples"
                        : ext == ".ttl" ? "text/turtle"
                        : (ext == ".rdf" || ext == ".owl" || ext == ".xml") ? "application/rdf+xml"
                                                                            : nullptr;
    if (!media)
      return Status::error(f + ": a Graph Store takes one graph per request in N-Triples (.nt), Turtle (.ttl) or "
                           "RDF/XML (.rdf); export that (`kgbuild extract ... -o out.nt`)");
    std::unique_ptr<FILE, int (*)(FILE*)> in(std::fopen(f.c_str(), "rb"), &std::fclose);
    if (!in) return Status::error(f + ": cannot be read: " + std::strerror(errno));
    std::error_code ec;
    const auto size = std::filesystem::file_size(f, ec);
    if (ec) return Status::error(f + ": cannot be read: " + ec.message());
    std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
    if (!curl) return Status::error("could not start libcurl");
    char* g = curl_easy_escape(curl.get(), t.graph.c_str(), static_cast<int>(t.graph.size()));
    const std::string url = t.url + "?graph=" + g;
    curl_free(g);
    std::unique_ptr<curl_slist, SlistDeleter> headers(
        curl_slist_append(nullptr, (std::string("Content-Type: ") + media).c_str()));
    Body reply{std::string(), std::size_t(1) << 20};
    std::string head;
    set_request(curl.get(), url, headers.get(), reply, head);
    curl_easy_setopt(curl.get(), CURLOPT_POST, 1L);
    curl_easy_setopt(curl.get(), CURLOPT_READDATA, in.get());  // libcurl's default reader is fread
    // An authenticated request is sent twice (the server's 401 names the scheme): rewind the file.
    curl_easy_setopt(curl.get(), CURLOPT_SEEKFUNCTION, &seek_file);
    curl_easy_setopt(curl.get(), CURLOPT_SEEKDATA, in.get());
    curl_easy_setopt(curl.get(), CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(size));
    if (!t.user.empty()) {
      // Digest or basic, whichever the server asks for: the password stays inside this process.
      curl_easy_setopt(curl.get(), CURLOPT_HTTPAUTH, CURLAUTH_ANY);
      curl_easy_setopt(curl.get(), CURLOPT_USERNAME, t.user.c_str());
      curl_easy_setopt(curl.get(), CURLOPT_PASSWORD, t.password.c_str());
    }
    CURLcode rc = curl_easy_perform(curl.get());
    if (rc != CURLE_OK && rc != CURLE_WRITE_ERROR)
      return Status::error("cannot send " + f + " to the Graph Store " + t.url + ": " + curl_easy_strerror(rc) +
                           "; check that the server runs and the URL");
    long code = 0;
    curl_easy_getinfo(curl.get(), CURLINFO_RESPONSE_CODE, &code);
    if (code == 401 || code == 403)
      return Status::error("the Graph Store " + t.url + " refused " + (t.user.empty() ? "an anonymous user" : "user '" + t.user + "'") +
                           " (HTTP " + std::to_string(code) + "): check --user and the password (--password-file F "
                           "or KGBUILD_PASSWORD); the user needs the right to update graphs (in Virtuoso, "
                           "the SPARQL_UPDATE role)");
    if (code < 200 || code >= 300)
      return Status::error("the Graph Store " + t.url + " refused " + f + " (HTTP " + std::to_string(code) + "): " +
                           reply.text.substr(0, 400));
  }
  return check_graph_count(t.endpoint, t.graph, sent.size(), "the server dropped statements it was sent; see its log",
                           triples_in_graph);
}

}  // namespace kg::store
