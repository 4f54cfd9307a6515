// JSON-LD writer (raptor has none): the same triples as the RDF writers, as one compacted
// document whose @context is ontology/context.jsonld, inlined so that the file is processable
// offline. Written with nlohmann_json in a fixed key order, so the bytes are deterministic.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include <nlohmann/json.hpp>

#include "export/exporters.hpp"
#include "export/iri.hpp"
#include "ontology/data.hpp"

namespace kg::exporters {
namespace {
using Json = nlohmann::ordered_json;

std::string decimal(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", v);
  return buf;
}

// One value, or an array when there are several.
Json one_or_many(std::vector<Json> values) {
  if (values.size() == 1) return values.front();
  Json a = Json::array();
  for (auto& v : values) a.push_back(std::move(v));
  return a;
}
}  // namespace

Status write_jsonld(const KnowledgeGraph& g, const ExportOptions& opt, std::FILE* fh) {
  auto context_text = ontology::data_file("context.jsonld");
  if (!context_text) return Status::error("ontology/context.jsonld was not compiled in; rebuild kgbuild");
  Json doc;
  doc["@context"] = Json::parse(*context_text)["@context"];
  Json graph = Json::array();

  // Direct triples of asserted facts, grouped by subject and relation, and their family triples.
  std::map<KnowledgeGraph::Vertex, std::map<std::string, std::vector<Json>>> out_edges;
  for (auto e : g.facts()) {
    const Fact& f = g.fact(e);
    if (f.negated) continue;
    const std::string o = entity_iri(opt.base, g.entity(g.object(e)));
    out_edges[g.subject(e)][std::string(name(f.relation))].push_back(o);
    if (opt.family_triples) {
      auto& objects = out_edges[g.subject(e)][std::string(name(family(f.relation)))];
      if (std::find(objects.begin(), objects.end(), Json(o)) == objects.end()) objects.push_back(o);
    }
  }
  for (auto v : g.entities()) {
    const Entity& en = g.entity(v);
    Json n;
    n["@id"] = entity_iri(opt.base, en);
    n["@type"] = std::string(name(en.type));
    n["label"] = en.label;
    std::vector<Json> alt;
    for (const std::string& a : en.aliases)
      if (a != en.label) alt.push_back(a);
    if (!alt.empty()) n["altLabel"] = one_or_many(std::move(alt));
    if (!en.title.empty()) n["title"] = en.title;
    if (!en.wikidata.empty())
      n[en.wikidata_certain ? "sameAs" : "exactMatch"] = "http://www.wikidata.org/entity/" + en.wikidata;
    if (auto it = out_edges.find(v); it != out_edges.end())
      for (auto& [rel, objects] : it->second) n[rel] = one_or_many(std::move(objects));
    graph.push_back(std::move(n));
  }
  for (const DocumentInfo& d : g.documents()) {
    Json n;
    n["@id"] = document_iri(opt.base, d);
    n["@type"] = "Document";
    n["source"] = d.source;
    n["contentHash"] = d.content_hash;
    if (!d.title.empty()) n["headline"] = d.title;
    if (!d.date.empty()) n["published"] = d.date;
    graph.push_back(std::move(n));
  }
  for (auto e : g.facts()) {
    const Fact& f = g.fact(e);
    for (const Provenance& p : f.support) {
      Json n;
      n["@id"] = fact_iri(opt.base, g, e, p);
      n["@type"] = "Fact";
      n["subject"] = entity_iri(opt.base, g.entity(g.subject(e)));
      n["predicate"] = relation_iri(f.relation);
      n["object"] = entity_iri(opt.base, g.entity(g.object(e)));
      n["wasDerivedFrom"] = document_iri(opt.base, g.documents().at(p.document));
      n["evidence"] = p.evidence;
      n["sentenceIndex"] = p.sentence;
      n["charStart"] = p.begin;
      n["charEnd"] = p.end;
      n["confidence"] = decimal(p.confidence);
      n["negated"] = f.negated;
      n["hedged"] = p.modality == Modality::kHedged;
      n["modality"] = std::string(name(p.modality));
      if (!p.time.empty()) n["time"] = p.time;
      if (!p.date.empty()) n["date"] = p.date;
      if (!p.basis.empty()) n["basis"] = p.basis;
      graph.push_back(std::move(n));
    }
  }
  doc["@graph"] = std::move(graph);
  const std::string text = doc.dump(2) + "\n";
  if (std::fwrite(text.data(), 1, text.size(), fh) != text.size())
    return Status::error("could not write the JSON-LD output");
  return Status::ok();
}

}  // namespace kg::exporters
