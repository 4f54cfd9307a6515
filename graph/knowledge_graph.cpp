#include "graph/knowledge_graph.hpp"

#include <algorithm>

namespace kg {

std::string_view name(Modality m) {
  switch (m) {
    case Modality::kAsserted: return "asserted";
    case Modality::kHedged: return "hedged";
    case Modality::kFuture: return "future";
    case Modality::kReported: return "reported";
  }
  return "asserted";
}

double Fact::confidence() const {
  double best = 0.0;
  for (const Provenance& p : support) best = std::max(best, p.confidence);
  return best;
}

namespace {
void add_alias(std::vector<std::string>& aliases, const std::string& a) {
  auto it = std::lower_bound(aliases.begin(), aliases.end(), a);
  if (it == aliases.end() || *it != a) aliases.insert(it, a);
}
}  // namespace

KnowledgeGraph::Vertex KnowledgeGraph::add_entity(Entity e) {
  std::sort(e.aliases.begin(), e.aliases.end());
  e.aliases.erase(std::unique(e.aliases.begin(), e.aliases.end()), e.aliases.end());
  if (auto it = by_key_.find(e.key); it != by_key_.end()) {
    Entity& have = g_[it->second];
    for (const std::string& a : e.aliases) add_alias(have.aliases, a);
    if (e.label != have.label) add_alias(have.aliases, e.label);
    if (have.title.empty()) have.title = e.title;
    if (have.wikidata.empty()) {
      have.wikidata = e.wikidata;
      have.wikidata_certain = e.wikidata_certain;
    }
    return it->second;
  }
  std::string key = e.key;
  Vertex v = boost::add_vertex(std::move(e), g_);
  by_key_.emplace(std::move(key), v);
  return v;
}

std::optional<KnowledgeGraph::Vertex> KnowledgeGraph::find(std::string_view key) const {
  if (auto it = by_key_.find(key); it != by_key_.end()) return it->second;
  return std::nullopt;
}

std::size_t KnowledgeGraph::add_document(DocumentInfo doc) {
  for (std::size_t i = 0; i < documents_.size(); ++i)
    if (documents_[i].id == doc.id) return i;
  documents_.push_back(std::move(doc));
  return documents_.size() - 1;
}

KnowledgeGraph::Edge KnowledgeGraph::add_fact(Vertex s, Relation r, Vertex o, bool negated,
                                              Provenance p) {
  if (is_symmetric(r) && g_[o].key < g_[s].key) std::swap(s, o);
  auto k = std::make_tuple(s, o, r, negated);
  auto it = by_triple_.find(k);
  if (it == by_triple_.end()) {
    Fact f;
    f.relation = r;
    f.negated = negated;
    Edge e = boost::add_edge(s, o, std::move(f), g_).first;
    it = by_triple_.emplace(k, e).first;
  }
  Fact& f = g_[it->second];
  // The same statement (document, offsets) is recorded once.
  for (const Provenance& have : f.support)
    if (have.document == p.document && have.begin == p.begin && have.end == p.end)
      return it->second;
  f.support.push_back(std::move(p));
  return it->second;
}

void KnowledgeGraph::merge(const KnowledgeGraph& other) {
  std::vector<std::size_t> doc_map;
  for (const DocumentInfo& d : other.documents_) doc_map.push_back(add_document(d));
  std::vector<Vertex> vmap(other.entity_count());
  for (Vertex v : other.entities()) vmap[v] = add_entity(other.entity(v));
  for (Edge e : other.facts()) {
    const Fact& f = other.fact(e);
    for (Provenance p : f.support) {
      p.document = doc_map.at(p.document);
      add_fact(vmap[other.subject(e)], f.relation, vmap[other.object(e)], f.negated, std::move(p));
    }
  }
}

std::vector<KnowledgeGraph::Vertex> KnowledgeGraph::entities() const {
  std::vector<Vertex> out;
  out.reserve(by_key_.size());
  for (const auto& [key, v] : by_key_) out.push_back(v);
  return out;
}

std::vector<KnowledgeGraph::Edge> KnowledgeGraph::facts() const {
  std::vector<Edge> out;
  out.reserve(by_triple_.size());
  for (const auto& [k, e] : by_triple_) out.push_back(e);
  std::sort(out.begin(), out.end(), [this](const Edge& a, const Edge& b) {
    const Fact& fa = g_[a];
    const Fact& fb = g_[b];
    return std::make_tuple(std::cref(g_[source(a, g_)].key), fa.relation,
                           std::cref(g_[target(a, g_)].key), fa.negated) <
           std::make_tuple(std::cref(g_[source(b, g_)].key), fb.relation,
                           std::cref(g_[target(b, g_)].key), fb.negated);
  });
  return out;
}

std::string slug(std::string_view text) {
  std::string out;
  bool dash = false;
  for (unsigned char c : text) {
    bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<unsigned char>(c - 'A' + 'a');
      keep = true;
    }
    if (keep) {
      if (dash && !out.empty()) out += '-';
      out += static_cast<char>(c);
      dash = false;
    } else {
      dash = true;
    }
  }
  return out;
}

std::string make_entity_key(EntityType type, std::string_view label, std::string_view qid) {
  if (!qid.empty()) return std::string(qid);
  std::string t(name(type));
  std::transform(t.begin(), t.end(), t.begin(), [](unsigned char c) { return std::tolower(c); });
  return t + "/" + slug(label);
}

}  // namespace kg
