#include "export/reader.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "export/raptor_handles.hpp"
#include "export/vocab.hpp"
#include "graph/numbers.hpp"

namespace kg::exporters {
namespace {

using namespace vocab;
const std::string kRdfType = iri(kRdf, "type");
const std::string kLabel = iri(kRdfs, "label");
const std::string kAltLabel = iri(kSkos, "altLabel");
const std::string kSameAs = iri(kOwl, "sameAs");
const std::string kExactMatch = iri(kSkos, "exactMatch");
const std::string kDerivedFrom = iri(kProv, "wasDerivedFrom");
const std::string kDcTitle = iri(kDcterms, "title");
const std::string kDcDate = iri(kDcterms, "date");

std::string percent_decode(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size()) {
      out += static_cast<char>(std::strtol(std::string(s.substr(i + 1, 2)).c_str(), nullptr, 16));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

// Key of an entity IRI: what follows ".../entity/", else the whole IRI.
std::string key_of(const std::string& iri) {
  std::size_t at = iri.rfind("/entity/");
  return at == std::string::npos ? iri : percent_decode(iri.substr(at + 8));
}
std::string doc_id_of(const std::string& iri) {
  std::size_t at = iri.rfind("/doc/");
  return at == std::string::npos ? iri : percent_decode(iri.substr(at + 5));
}
std::string local(const std::string& iri) {
  if (iri.compare(0, kOntologyNs.size(), kOntologyNs) != 0) return "";
  return iri.substr(kOntologyNs.size());
}

struct Triples {
  // subject -> predicate -> objects (IRIs as they are, literals as their lexical form)
  std::map<std::string, std::map<std::string, std::vector<std::string>>> by_subject;
  void add(const std::string& s, const std::string& p, const std::string& o) { by_subject[s][p].push_back(o); }
  const std::string* first(const std::string& s, std::string_view p) const {
    auto it = by_subject.find(s);
    if (it == by_subject.end()) return nullptr;
    auto jt = it->second.find(std::string(p));
    return jt == it->second.end() || jt->second.empty() ? nullptr : &jt->second.front();
  }
};

void on_statement(void* user, raptor_statement* st) {
  auto* t = static_cast<Triples*>(user);
  auto text = [](raptor_term* x) -> std::string {
    if (x->type == RAPTOR_TERM_TYPE_URI) return reinterpret_cast<const char*>(raptor_uri_as_string(x->value.uri));
    if (x->type == RAPTOR_TERM_TYPE_LITERAL)
      return std::string(reinterpret_cast<const char*>(x->value.literal.string), x->value.literal.string_len);
    return std::string("_:") + reinterpret_cast<const char*>(x->value.blank.string);
  };
  t->add(text(st->subject), text(st->predicate), text(st->object));
}

Status build(const Triples& t, const std::string& source, KnowledgeGraph& g) {
  std::map<std::string, KnowledgeGraph::Vertex> vertex;
  // Entities: subjects typed with one of the five classes.
  for (const auto& [s, props] : t.by_subject) {
    auto types = props.find(kRdfType);
    if (types == props.end()) continue;
    std::optional<EntityType> type;
    for (const std::string& c : types->second)
      if (auto et = entity_type_from_name(local(c))) type = et;
    if (!type) continue;
    Entity e;
    e.key = key_of(s);
    e.type = *type;
    const std::string* label = t.first(s, kLabel);
    e.label = label ? *label : e.key;
    if (auto a = props.find(kAltLabel); a != props.end()) e.aliases = a->second;
    if (const std::string* title = t.first(s, std::string(kOntologyNs) + "title")) e.title = *title;
    for (const std::string& link : {kSameAs, kExactMatch})
      if (const std::string* wd = t.first(s, link); wd && wd->compare(0, kWikidata.size(), kWikidata) == 0) {
        e.wikidata = wd->substr(kWikidata.size());
        e.wikidata_certain = link == kSameAs;
      }
    vertex[s] = g.add_entity(std::move(e));
  }
  // Documents.
  std::map<std::string, std::size_t> docs;
  for (const auto& [s, props] : t.by_subject) {
    auto types = props.find(kRdfType);
    if (types == props.end() || std::find(types->second.begin(), types->second.end(), std::string(kOntologyNs) + "Document") == types->second.end())
      continue;
    DocumentInfo d;
    d.id = doc_id_of(s);
    if (const std::string* v = t.first(s, std::string(kOntologyNs) + "source")) d.source = *v;
    if (const std::string* v = t.first(s, std::string(kOntologyNs) + "contentHash")) d.content_hash = *v;
    if (const std::string* v = t.first(s, kDcTitle)) d.title = *v;
    if (const std::string* v = t.first(s, kDcDate)) d.date = *v;
    docs[s] = g.add_document(d);
  }
  // Fact records, then direct triples that have none (RDF from elsewhere).
  std::set<std::tuple<std::string, Relation, std::string>> recorded;
  for (const auto& subject_entry : t.by_subject) {
    // Named, not a structured binding: clang 14 does not let a lambda capture one.
    const std::string& s = subject_entry.first;
    const auto& props = subject_entry.second;
    auto types = props.find(kRdfType);
    if (types == props.end() || std::find(types->second.begin(), types->second.end(), std::string(kOntologyNs) + "Fact") == types->second.end())
      continue;
    auto get = [&](std::string_view name) { return t.first(s, std::string(kOntologyNs) + std::string(name)); };
    const std::string *subj = get("subject"), *pred = get("predicate"), *obj = get("object");
    if (!subj || !pred || !obj || !vertex.count(*subj) || !vertex.count(*obj)) continue;
    auto rel = relation_from_name(local(*pred));
    if (!rel) continue;
    Provenance p;
    const std::string* doc = t.first(s, kDerivedFrom);
    if (doc && docs.count(*doc)) p.document = docs[*doc];
    else p.document = g.add_document({doc ? doc_id_of(*doc) : "unknown", source, "", "", ""});
    if (const std::string* v = get("evidence")) p.evidence = *v;
    // Numbers are parsed strictly: a literal that is not one is an error naming the fact.
    auto number = [&](std::string_view field, std::size_t& out) {
      const std::string* v = get(field);
      if (!v) return true;
      auto n = parse_count(*v);
      if (n) out = *n;
      return n.has_value();
    };
    if (!number("sentenceIndex", p.sentence) || !number("charStart", p.begin) || !number("charEnd", p.end))
      return Status::error(source + ": the fact <" + s + "> has a sentence index or character offset that is "
                           "not a whole number; the file was not written by kgbuild or was edited");
    if (const std::string* v = get("confidence")) {
      auto x = parse_real(*v);
      if (!x) return Status::error(source + ": the fact <" + s + "> has a confidence '" + *v + "' that is not a number");
      p.confidence = *x;
    }
    if (const std::string* v = get("modality")) {
      for (Modality m : {Modality::kAsserted, Modality::kHedged, Modality::kFuture, Modality::kReported})
        if (name(m) == *v) p.modality = m;
    }
    if (const std::string* v = get("time")) p.time = *v;
    if (const std::string* v = get("date")) p.date = *v;
    if (const std::string* v = get("basis")) p.basis = *v;
    const std::string* neg = get("negated");
    bool negated = neg && (*neg == "true" || *neg == "1");
    g.add_fact(vertex[*subj], *rel, vertex[*obj], negated, p);
    recorded.emplace(*subj, *rel, *obj);
  }
  std::optional<std::size_t> file_doc;
  for (const auto& [s, props] : t.by_subject) {
    if (!vertex.count(s)) continue;
    for (const auto& [p, objects] : props) {
      auto rel = relation_from_name(local(p));
      if (!rel) continue;
      for (const std::string& o : objects) {
        if (!vertex.count(o) || recorded.count({s, *rel, o})) continue;
        if (is_symmetric(*rel) && recorded.count({o, *rel, s})) continue;
        if (!file_doc) file_doc = g.add_document({std::filesystem::path(source).filename().string(), source, "", "", ""});
        Provenance pv;
        pv.document = *file_doc;
        pv.confidence = 1.0;
        g.add_fact(vertex[s], *rel, vertex[o], false, pv);
      }
    }
  }
  return Status::ok();
}

Status read_rdf(const std::string& path, const std::string& text, const char* syntax, KnowledgeGraph& g) {
  detail::World world;
  std::unique_ptr<raptor_parser, void (*)(raptor_parser*)> parser(raptor_new_parser(world.get(), syntax),
                                                                   raptor_free_parser);
  if (!parser) return Status::error(std::string("raptor has no parser named ") + syntax);
  Triples t;
  raptor_parser_set_statement_handler(parser.get(), &t, &on_statement);
  detail::UriPtr base(raptor_new_uri(world.get(), reinterpret_cast<const unsigned char*>("file:///kgbuild-input")));
  raptor_parser_parse_start(parser.get(), base.get());
  raptor_parser_parse_chunk(parser.get(), reinterpret_cast<const unsigned char*>(text.data()), text.size(), 1);
  if (!world.messages().empty()) return Status::error(path + ": not valid RDF: " + world.messages().front());
  return build(t, path, g);
}

// Typed access to a JSON document that may not be kgbuild's: every wrong shape is an error that
// names the file and the JSON path ("nodes[3].label: expected a string"), never an exception.
// A scanner over JSON text that nlohmann already accepted, to find the line where a value
// starts: nlohmann's values keep no position, and a message should name the line.
class JsonLines {
 public:
  explicit JsonLines(std::string_view text) : t_(text) {}
  // The line (1-based) of the value at `where` as JsonIn names it ("edges[3].support[0].sentence";
  // "the top level" is the whole text); 0 when there is no such value.
  std::size_t line_of(std::string_view where) {
    ws();
    if (where == "the top level") return line_;
    constexpr std::string_view kTop = "the top level.";
    if (where.substr(0, kTop.size()) == kTop) where.remove_prefix(kTop.size());
    std::size_t i = 0;
    while (i < where.size()) {
      if (where[i] == '.') ++i;
      if (i < where.size() && where[i] == '[') {
        std::size_t close = where.find(']', i);
        if (close == std::string_view::npos || !enter_index(std::stoul(std::string(where.substr(i + 1, close - i - 1)))))
          return 0;
        i = close + 1;
      } else {
        std::size_t end = where.find_first_of(".[", i);
        if (end == std::string_view::npos) end = where.size();
        if (!enter_key(where.substr(i, end - i))) return 0;
        i = end;
      }
    }
    return line_;
  }

 private:
  void ws() {
    while (p_ < t_.size() && (t_[p_] == ' ' || t_[p_] == '\t' || t_[p_] == '\n' || t_[p_] == '\r'))
      if (t_[p_++] == '\n') ++line_;
  }
  std::string string() {  // at '"'; escapes other than \" and \\ kept as written (keys are ASCII)
    std::string out;
    for (++p_; p_ < t_.size() && t_[p_] != '"'; ++p_) {
      if (t_[p_] == '\\' && p_ + 1 < t_.size()) ++p_;
      out += t_[p_];
    }
    ++p_;
    return out;
  }
  void skip() {  // one value
    ws();
    if (p_ >= t_.size()) return;
    if (t_[p_] == '"') {
      string();
    } else if (t_[p_] == '{' || t_[p_] == '[') {
      const char close = t_[p_] == '{' ? '}' : ']';
      ++p_;
      ws();
      while (p_ < t_.size() && t_[p_] != close) {
        if (close == '}') {
          string();
          ws();
          ++p_;  // ':'
        }
        skip();
        ws();
        if (p_ < t_.size() && t_[p_] == ',') ++p_;
        ws();
      }
      ++p_;
    } else {
      while (p_ < t_.size() && std::string_view(",]} \t\r\n").find(t_[p_]) == std::string_view::npos) ++p_;
    }
  }
  bool enter_key(std::string_view key) {
    ws();
    if (p_ >= t_.size() || t_[p_] != '{') return false;
    ++p_;
    for (;;) {
      ws();
      if (p_ >= t_.size() || t_[p_] != '"') return false;
      const bool match = string() == key;
      ws();
      ++p_;  // ':'
      ws();
      if (match) return true;
      skip();
      ws();
      if (p_ >= t_.size() || t_[p_] != ',') return false;
      ++p_;
    }
  }
  bool enter_index(std::size_t index) {
    ws();
    if (p_ >= t_.size() || t_[p_] != '[') return false;
    ++p_;
    for (std::size_t k = 0; k < index; ++k) {
      skip();
      ws();
      if (p_ >= t_.size() || t_[p_] != ',') return false;
      ++p_;
    }
    ws();
    return p_ < t_.size() && t_[p_] != ']';
  }
  std::string_view t_;
  std::size_t p_ = 0, line_ = 1;
};

class JsonIn {
 public:
  JsonIn(const std::string& path, std::string_view text) : path_(path), text_(text) {}
  bool failed() const { return !what_.empty(); }
  Status status() const {
    if (!failed()) return Status::ok();
    const std::size_t line = JsonLines(text_).line_of(where_);
    return Status::error(path_ + (line ? ":" + std::to_string(line) : std::string()) + ": not kgbuild's JSON: " +
                         where_ + ": " + what_ + "; read only files that kgbuild wrote (kgbuild extract -o FILE.json)");
  }
  void fail(const std::string& where, const std::string& what) {
    if (what_.empty()) {
      where_ = where;
      what_ = what;
    }
  }
  // The member `key` of the object `o` (at `where`), or nullptr when absent; an error when `o` is
  // not an object.
  const nlohmann::json* member(const nlohmann::json& o, const char* key, const std::string& where) {
    if (!o.is_object()) {
      fail(where, "expected an object");
      return nullptr;
    }
    auto it = o.find(key);
    return it == o.end() || it->is_null() ? nullptr : &*it;
  }
  std::string str(const nlohmann::json& o, const char* key, const std::string& where, std::string fallback = "") {
    const nlohmann::json* v = member(o, key, where);
    if (!v) return fallback;
    if (!v->is_string()) {
      fail(where + "." + key, "expected a string");
      return fallback;
    }
    return v->get<std::string>();
  }
  std::size_t count(const nlohmann::json& o, const char* key, const std::string& where) {
    const nlohmann::json* v = member(o, key, where);
    if (!v) return 0;
    if (!v->is_number_unsigned() && !(v->is_number_integer() && v->get<long long>() >= 0)) {
      fail(where + "." + key, "expected a whole number");
      return 0;
    }
    return v->get<std::size_t>();
  }
  double real(const nlohmann::json& o, const char* key, const std::string& where) {
    const nlohmann::json* v = member(o, key, where);
    if (!v) return 0.0;
    if (!v->is_number()) {
      fail(where + "." + key, "expected a number");
      return 0.0;
    }
    return v->get<double>();
  }
  bool boolean(const nlohmann::json& o, const char* key, const std::string& where) {
    const nlohmann::json* v = member(o, key, where);
    if (!v) return false;
    if (!v->is_boolean()) {
      fail(where + "." + key, "expected true or false");
      return false;
    }
    return v->get<bool>();
  }
  // The array member `key` (empty when absent).
  const nlohmann::json& array(const nlohmann::json& o, const char* key, const std::string& where) {
    static const nlohmann::json kEmpty = nlohmann::json::array();
    const nlohmann::json* v = member(o, key, where);
    if (!v) return kEmpty;
    if (!v->is_array()) {
      fail(where + "." + key, "expected an array");
      return kEmpty;
    }
    return *v;
  }

 private:
  std::string path_;
  std::string_view text_;
  std::string where_, what_;
};

std::string at(const std::string& where, std::size_t i) { return where + "[" + std::to_string(i) + "]"; }

Status read_node_link(const std::string& path, std::string_view text, const nlohmann::json& j, KnowledgeGraph& g) {
  JsonIn in(path, text);
  if (!j.is_object()) in.fail("the top level", "expected an object with \"nodes\" and \"edges\"");
  if (in.failed()) return in.status();
  if (!j.contains("nodes") || !j.contains("edges")) in.fail("the top level", "\"nodes\" and \"edges\" are missing");
  if (in.failed()) return in.status();
  std::map<std::string, std::size_t> docs;
  if (const nlohmann::json* graph = in.member(j, "graph", "the top level")) {
    const nlohmann::json& documents = in.array(*graph, "documents", "graph");
    for (std::size_t i = 0; i < documents.size() && !in.failed(); ++i) {
      const nlohmann::json& d = documents[i];
      const std::string w = at("graph.documents", i);
      DocumentInfo info;
      std::string id = in.str(d, "id", w);
      info.id = doc_id_of(id);
      info.source = in.str(d, "source", w);
      info.title = in.str(d, "title", w);
      info.date = in.str(d, "date", w);
      info.content_hash = in.str(d, "content_hash", w);
      if (!in.failed()) docs[id] = g.add_document(info);
    }
  }
  std::map<std::string, KnowledgeGraph::Vertex> vertex;
  const nlohmann::json& nodes = in.array(j, "nodes", "the top level");
  for (std::size_t i = 0; i < nodes.size() && !in.failed(); ++i) {
    const nlohmann::json& n = nodes[i];
    const std::string w = at("nodes", i);
    Entity e;
    std::string id = in.str(n, "id", w);
    e.key = in.str(n, "key", w, key_of(id));
    e.label = in.str(n, "label", w, e.key);
    auto type = entity_type_from_name(in.str(n, "type", w));
    if (in.failed()) break;
    if (!type) {
      in.fail(w + ".type", "expected Person, Country, Organization, Group or Place");
      break;
    }
    e.type = *type;
    e.title = in.str(n, "title", w);
    e.wikidata = in.str(n, "wikidata", w);
    e.wikidata_certain = !e.wikidata.empty();
    const nlohmann::json& aliases = in.array(n, "aliases", w);
    for (std::size_t k = 0; k < aliases.size(); ++k) {
      if (!aliases[k].is_string()) {
        in.fail(at(w + ".aliases", k), "expected a string");
        break;
      }
      e.aliases.push_back(aliases[k].get<std::string>());
    }
    if (!in.failed()) vertex[id] = g.add_entity(e);
  }
  const nlohmann::json& edges = in.array(j, "edges", "the top level");
  for (std::size_t i = 0; i < edges.size() && !in.failed(); ++i) {
    const nlohmann::json& ed = edges[i];
    const std::string w = at("edges", i);
    auto rel = relation_from_name(in.str(ed, "relation", w));
    std::string s = in.str(ed, "source", w), o = in.str(ed, "target", w);
    bool negated = in.boolean(ed, "negated", w);
    if (in.failed()) break;
    if (!rel) {
      in.fail(w + ".relation", "not one of the relations of ontology/kg.ttl");
      break;
    }
    if (!vertex.count(s) || !vertex.count(o)) {
      in.fail(w, "source or target names no node");
      break;
    }
    const nlohmann::json& support = in.array(ed, "support", w);
    for (std::size_t k = 0; k < support.size() && !in.failed(); ++k) {
      const nlohmann::json& sup = support[k];
      const std::string ws = at(w + ".support", k);
      Provenance p;
      std::string doc = in.str(sup, "document", ws);
      p.sentence = in.count(sup, "sentence", ws);
      p.begin = in.count(sup, "begin", ws);
      p.end = in.count(sup, "end", ws);
      p.evidence = in.str(sup, "evidence", ws);
      p.confidence = in.real(sup, "confidence", ws);
      std::string modality = in.str(sup, "modality", ws, "asserted");
      bool known = false;
      for (Modality m : {Modality::kAsserted, Modality::kHedged, Modality::kFuture, Modality::kReported})
        if (name(m) == modality) {
          p.modality = m;
          known = true;
        }
      if (!known) in.fail(ws + ".modality", "expected asserted, hedged, future or reported");
      p.time = in.str(sup, "time", ws);
      p.date = in.str(sup, "date", ws);
      p.basis = in.str(sup, "basis", ws);
      if (in.failed()) break;
      p.document = docs.count(doc) ? docs[doc] : g.add_document({doc_id_of(doc), path, "", "", ""});
      g.add_fact(vertex[s], *rel, vertex[o], negated, p);
    }
  }
  return in.status();
}

// kgbuild's JSON-LD: a flat @graph of node objects with the context's terms.
Status read_jsonld(const std::string& path, std::string_view text, const nlohmann::json& j, KnowledgeGraph& g) {
  JsonIn in(path, text);
  Triples t;
  static const std::map<std::string, std::string> kTerms = {
      {"label", kLabel}, {"altLabel", kAltLabel}, {"sameAs", kSameAs},
      {"exactMatch", kExactMatch}, {"wasDerivedFrom", kDerivedFrom},
      {"headline", kDcTitle}, {"published", kDcDate}};
  if (!j.is_object() || !j.contains("@graph")) in.fail("the top level", "expected an object with \"@graph\"");
  static const nlohmann::json kNone = nlohmann::json::array();
  const nlohmann::json& nodes = in.failed() ? kNone : in.array(j, "@graph", "the top level");
  for (std::size_t i = 0; i < nodes.size() && !in.failed(); ++i) {
    const nlohmann::json& n = nodes[i];
    const std::string w = at("@graph", i);
    std::string s = in.str(n, "@id", w);
    if (in.failed()) break;
    for (auto it = n.begin(); it != n.end() && !in.failed(); ++it) {
      const std::string key = it.key();
      if (key == "@id") continue;
      const std::string p = key == "@type" ? kRdfType : kTerms.count(key) ? kTerms.at(key) : std::string(kOntologyNs) + key;
      const nlohmann::json& value = it.value();
      const std::size_t count = value.is_array() ? value.size() : 1;
      for (std::size_t k = 0; k < count; ++k) {
        const nlohmann::json& x = value.is_array() ? value[k] : value;
        std::string o;
        if (x.is_string()) o = x.get<std::string>();
        else if (x.is_boolean()) o = x.get<bool>() ? "true" : "false";
        else if (x.is_number()) o = x.dump();
        else if (x.is_object() && x.contains("@id") && x["@id"].is_string()) o = x["@id"].get<std::string>();
        else if (x.is_object() && x.contains("@value") && (x["@value"].is_string() || x["@value"].is_number()))
          o = x["@value"].is_string() ? x["@value"].get<std::string>() : x["@value"].dump();
        else {
          in.fail(w + "." + key, "expected a string, number, boolean, {\"@id\"} or {\"@value\"}");
          break;
        }
        if (key == "@type") o = std::string(kOntologyNs) + o;
        t.add(s, p, o);
      }
    }
  }
  if (in.failed()) return in.status();
  return build(t, path, g);
}

}  // namespace

Status read_graph(const std::string& path, KnowledgeGraph& g) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::error(path + ": cannot be read; check the path");
  std::ostringstream ss;
  ss << in.rdbuf();
  std::string ext = std::filesystem::path(path).extension().string();
  if (!ext.empty()) ext = ext.substr(1);
  return read_graph_text(ss.str(), ext, path, g);
}

Status read_graph_text(const std::string& text, const std::string& extension, const std::string& path,
                       KnowledgeGraph& g) {
  std::string ext = "." + extension;
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  if (ext == ".json" || ext == ".jsonld") {
    nlohmann::json j;
    try {
      j = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {  // the library reports syntax by exception
      const std::size_t at = std::min<std::size_t>(e.byte > 0 ? e.byte - 1 : 0, text.size());
      const std::size_t line = 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
      return Status::error(path + ":" + std::to_string(line) + ": not valid JSON (byte " + std::to_string(e.byte) +
                           "); read only files that kgbuild wrote (kgbuild extract -o FILE.json)");
    } catch (const nlohmann::json::exception& e) {  // a number too large for a double ("2e1111...")
      return Status::error(path + ": not valid JSON (" + e.what() +
                           "); read only files that kgbuild wrote (kgbuild extract -o FILE.json)");
    }
    return ext == ".json" ? read_node_link(path, text, j, g) : read_jsonld(path, text, j, g);
  }
  const char* syntax = ext == ".ttl" ? "turtle" : ext == ".nt" ? "ntriples" : ext == ".nq" ? "nquads"
                       : (ext == ".rdf" || ext == ".owl" || ext == ".xml") ? "rdfxml" : nullptr;
  if (!syntax)
    return Status::error(path + ": cannot tell the format from the extension; use .ttl .nt .nq .rdf .jsonld or .json");
  return read_rdf(path, text, syntax, g);
}

}  // namespace kg::exporters
