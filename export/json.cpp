// Node-link JSON (the shape networkx and d3 read): nodes with id/label/type, edges with
// source/target/relation and the evidence behind them. Written with nlohmann_json, keys in a
// fixed order (ordered_json) so the bytes are deterministic.
#include <cmath>

#include <nlohmann/json.hpp>

#include "export/exporters.hpp"
#include "export/iri.hpp"
#include "graph/analytics.hpp"

namespace kg::exporters {

Status write_json(const KnowledgeGraph& g, const ExportOptions& opt, std::FILE* fh) {
  using Json = nlohmann::ordered_json;
  auto round3 = [](double v) { return std::round(v * 1000.0) / 1000.0; };
  Json doc;
  doc["directed"] = true;
  doc["multigraph"] = true;
  Json docs = Json::array();
  for (const DocumentInfo& d : g.documents()) {
    Json j;
    j["id"] = document_iri(opt.base, d);
    j["source"] = d.source;
    if (!d.title.empty()) j["title"] = d.title;
    if (!d.date.empty()) j["date"] = d.date;
    j["content_hash"] = d.content_hash;
    docs.push_back(std::move(j));
  }
  doc["graph"] = {{"base", opt.base}, {"ontology", std::string(kOntologyIri)}, {"documents", docs}};
  Json nodes = Json::array();
  const Centrality cent = compute_centrality(g, opt.exact_betweenness_limit);
  for (auto v : g.entities()) {
    const Entity& e = g.entity(v);
    Json n;
    n["id"] = entity_iri(opt.base, e);
    n["key"] = e.key;
    n["label"] = e.label;
    n["type"] = std::string(name(e.type));
    if (!e.title.empty()) n["title"] = e.title;
    if (!e.wikidata.empty()) n["wikidata"] = e.wikidata;
    Json aliases = Json::array();
    for (const std::string& a : e.aliases)
      if (a != e.label) aliases.push_back(a);
    n["aliases"] = aliases;
    n["degree"] = cent.degree[v];
    n["pagerank"] = round3(cent.pagerank[v]);
    n["betweenness"] = round3(cent.betweenness[v]);
    n["component"] = cent.component[v];
    nodes.push_back(std::move(n));
  }
  // Above kExactBetweennessLimit entities betweenness is estimated from pivots; say so.
  doc["graph"]["betweenness"] = cent.betweenness_estimated ? "estimated" : "exact";
  doc["nodes"] = nodes;
  Json edges = Json::array();
  for (auto e : g.facts()) {
    const Fact& f = g.fact(e);
    Json j;
    j["source"] = entity_iri(opt.base, g.entity(g.subject(e)));
    j["target"] = entity_iri(opt.base, g.entity(g.object(e)));
    j["relation"] = std::string(name(f.relation));
    j["family"] = std::string(name(family(f.relation)));
    j["negated"] = f.negated;
    j["confidence"] = round3(f.confidence());
    j["evidence"] = f.support.empty() ? "" : f.support.front().evidence;
    Json support = Json::array();
    for (const Provenance& p : f.support) {
      Json s;
      s["document"] = document_iri(opt.base, g.documents().at(p.document));
      s["sentence"] = p.sentence;
      s["begin"] = p.begin;
      s["end"] = p.end;
      s["evidence"] = p.evidence;
      s["confidence"] = round3(p.confidence);
      s["modality"] = std::string(name(p.modality));
      if (!p.time.empty()) s["time"] = p.time;
      if (!p.date.empty()) s["date"] = p.date;
      if (!p.basis.empty()) s["basis"] = p.basis;
      support.push_back(std::move(s));
    }
    j["support"] = std::move(support);
    edges.push_back(std::move(j));
  }
  doc["edges"] = edges;
  const std::string text = doc.dump(2) + "\n";
  if (std::fwrite(text.data(), 1, text.size(), fh) != text.size())
    return Status::error("could not write the JSON output");
  return Status::ok();
}

}  // namespace kg::exporters
