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
  for (const auto& [s, props] : t.by_subject) {
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
    if (const std::string* v = get("sentenceIndex")) p.sentence = std::stoul(*v);
    if (const std::string* v = get("charStart")) p.begin = std::stoul(*v);
    if (const std::string* v = get("charEnd")) p.end = std::stoul(*v);
    if (const std::string* v = get("confidence")) p.confidence = std::strtod(v->c_str(), nullptr);
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

Status read_node_link(const std::string& path, const nlohmann::json& j, KnowledgeGraph& g) {
  std::map<std::string, std::size_t> docs;
  for (const auto& d : j["graph"].value("documents", nlohmann::json::array())) {
    DocumentInfo info;
    info.id = doc_id_of(d.value("id", ""));
    info.source = d.value("source", "");
    info.title = d.value("title", "");
    info.date = d.value("date", "");
    info.content_hash = d.value("content_hash", "");
    docs[d.value("id", "")] = g.add_document(info);
  }
  std::map<std::string, KnowledgeGraph::Vertex> vertex;
  for (const auto& n : j.value("nodes", nlohmann::json::array())) {
    Entity e;
    e.key = n.value("key", key_of(n.value("id", "")));
    e.label = n.value("label", e.key);
    auto type = entity_type_from_name(n.value("type", ""));
    if (!type) return Status::error(path + ": node " + e.key + " has an unknown type");
    e.type = *type;
    e.title = n.value("title", "");
    e.wikidata = n.value("wikidata", "");
    e.wikidata_certain = !e.wikidata.empty();
    for (const auto& a : n.value("aliases", nlohmann::json::array())) e.aliases.push_back(a.get<std::string>());
    vertex[n.value("id", "")] = g.add_entity(e);
  }
  for (const auto& ed : j.value("edges", nlohmann::json::array())) {
    auto rel = relation_from_name(ed.value("relation", ""));
    std::string s = ed.value("source", ""), o = ed.value("target", "");
    if (!rel || !vertex.count(s) || !vertex.count(o)) return Status::error(path + ": an edge names an unknown node or relation");
    for (const auto& sup : ed.value("support", nlohmann::json::array())) {
      Provenance p;
      std::string doc = sup.value("document", "");
      p.document = docs.count(doc) ? docs[doc] : g.add_document({doc_id_of(doc), path, "", "", ""});
      p.sentence = sup.value("sentence", 0u);
      p.begin = sup.value("begin", 0u);
      p.end = sup.value("end", 0u);
      p.evidence = sup.value("evidence", "");
      p.confidence = sup.value("confidence", 0.0);
      for (Modality m : {Modality::kAsserted, Modality::kHedged, Modality::kFuture, Modality::kReported})
        if (name(m) == sup.value("modality", "asserted")) p.modality = m;
      p.time = sup.value("time", "");
      p.date = sup.value("date", "");
      p.basis = sup.value("basis", "");
      g.add_fact(vertex[s], *rel, vertex[o], ed.value("negated", false), p);
    }
  }
  return Status::ok();
}

// kgbuild's JSON-LD: a flat @graph of node objects with the context's terms.
Status read_jsonld(const std::string& path, const nlohmann::json& j, KnowledgeGraph& g) {
  Triples t;
  static const std::map<std::string, std::string> kTerms = {
      {"label", kLabel}, {"altLabel", kAltLabel}, {"sameAs", kSameAs},
      {"exactMatch", kExactMatch}, {"wasDerivedFrom", kDerivedFrom},
      {"headline", kDcTitle}, {"published", kDcDate}};
  for (const auto& n : j.value("@graph", nlohmann::json::array())) {
    std::string s = n.value("@id", "");
    for (const auto& [k, v] : n.items()) {
      if (k == "@id") continue;
      std::string p = k == "@type" ? kRdfType
                      : kTerms.count(k) ? kTerms.at(k)
                                        : std::string(kOntologyNs) + k;
      auto add = [&](const nlohmann::json& x) {
        std::string o = x.is_string() ? x.get<std::string>() : x.is_boolean() ? (x.get<bool>() ? "true" : "false") : x.dump();
        if (k == "@type") o = std::string(kOntologyNs) + o;
        t.add(s, p, o);
      };
      if (v.is_array()) for (const auto& x : v) add(x);
      else add(v);
    }
  }
  return build(t, path, g);
}

}  // namespace

Status read_graph(const std::string& path, KnowledgeGraph& g) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::error(path + ": cannot be read; check the path");
  std::ostringstream ss;
  ss << in.rdbuf();
  const std::string text = ss.str();
  std::string ext = std::filesystem::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  if (ext == ".json" || ext == ".jsonld") {
    nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
    if (j.is_discarded()) return Status::error(path + ": not valid JSON");
    return ext == ".json" ? read_node_link(path, j, g) : read_jsonld(path, j, g);
  }
  const char* syntax = ext == ".ttl" ? "turtle" : ext == ".nt" ? "ntriples" : ext == ".nq" ? "nquads"
                       : (ext == ".rdf" || ext == ".owl" || ext == ".xml") ? "rdfxml" : nullptr;
  if (!syntax)
    return Status::error(path + ": cannot tell the format from the extension; use .ttl .nt .nq .rdf .jsonld or .json");
  return read_rdf(path, text, syntax, g);
}

}  // namespace kg::exporters
