#include "graph/analytics.hpp"

#include <algorithm>
#include <cctype>
#include <deque>
#include <map>

#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/page_rank.hpp>

namespace kg {
namespace {

using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
using Directed = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS>;

std::string lower(std::string_view s) {
  std::string r(s);
  for (char& c : r) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return r;
}

// Brandes' accumulation from the given sources over an unweighted undirected graph; each
// unordered pair is counted from both ends, as Boost's does.
void betweenness_from(const Undirected& u, const std::vector<std::size_t>& sources, std::vector<double>& out) {
  const std::size_t n = boost::num_vertices(u);
  std::vector<double> sigma(n), delta(n);
  std::vector<long> dist(n);
  std::vector<std::vector<std::size_t>> preds(n);
  std::vector<std::size_t> order;
  order.reserve(n);
  for (std::size_t s : sources) {
    std::fill(sigma.begin(), sigma.end(), 0.0);
    std::fill(delta.begin(), delta.end(), 0.0);
    std::fill(dist.begin(), dist.end(), -1);
    for (auto& p : preds) p.clear();
    order.clear();
    sigma[s] = 1;
    dist[s] = 0;
    std::deque<std::size_t> queue{s};
    while (!queue.empty()) {
      std::size_t v = queue.front();
      queue.pop_front();
      order.push_back(v);
      for (auto [a, b] = boost::adjacent_vertices(v, u); a != b; ++a) {
        std::size_t w = *a;
        if (dist[w] < 0) {
          dist[w] = dist[v] + 1;
          queue.push_back(w);
        }
        if (dist[w] == dist[v] + 1) {
          sigma[w] += sigma[v];
          preds[w].push_back(v);
        }
      }
    }
    for (std::size_t i = order.size(); i-- > 0;) {
      std::size_t w = order[i];
      for (std::size_t v : preds[w]) delta[v] += sigma[v] / sigma[w] * (1.0 + delta[w]);
      if (w != s) out[w] += delta[w];
    }
  }
}

}  // namespace

Centrality compute_centrality(const KnowledgeGraph& g, std::size_t exact_limit) {
  const std::size_t n = g.entity_count();
  Centrality c;
  c.degree.assign(n, 0);
  c.betweenness.assign(n, 0.0);
  c.pagerank.assign(n, n ? 1.0 / static_cast<double>(n) : 0.0);
  c.component.assign(n, 0);
  Undirected u(n);
  Directed d(n);
  std::set<std::pair<std::size_t, std::size_t>> seen;
  for (auto e : g.facts()) {
    if (g.fact(e).negated) continue;
    std::size_t s = g.subject(e), o = g.object(e);
    ++c.degree[s];
    ++c.degree[o];
    if (seen.emplace(std::min(s, o), std::max(s, o)).second) boost::add_edge(s, o, u);
    boost::add_edge(s, o, d);
  }
  if (n == 0) return c;
  if (n <= exact_limit) {
    boost::brandes_betweenness_centrality(
        u, boost::make_iterator_property_map(c.betweenness.begin(), boost::get(boost::vertex_index, u)));
  } else {
    // Pivots spread evenly over the entities in key order: deterministic, independent of the
    // order facts were added in.
    std::vector<std::size_t> by_key(n);
    for (std::size_t v = 0; v < n; ++v) by_key[v] = v;
    std::sort(by_key.begin(), by_key.end(), [&](std::size_t a, std::size_t b) { return g.entity(a).key < g.entity(b).key; });
    const std::size_t count = std::min(n, kBetweennessPivots);
    std::vector<std::size_t> pivots;
    for (std::size_t i = 0; i < count; ++i) pivots.push_back(by_key[i * n / count]);
    betweenness_from(u, pivots, c.betweenness);
    // Each pivot's sums estimate 1/n of the total over all sources; Boost counts a pair twice,
    // the single-source sums once per end, so the scale is n / pivots / 2 * 2.
    const double scale = static_cast<double>(n) / static_cast<double>(pivots.size()) / 2.0;
    for (double& b : c.betweenness) b *= scale;
    c.betweenness_estimated = true;
  }
  if (n > 2) {
    double norm = static_cast<double>((n - 1) * (n - 2)) / 2.0;
    for (double& b : c.betweenness) b /= norm;
  }
  boost::graph::page_rank(d, boost::make_iterator_property_map(c.pagerank.begin(), boost::get(boost::vertex_index, d)),
                   boost::graph::n_iterations(50));
  // Boost's page_rank does not keep the ranks summing to 1 when some entities have no out-edges.
  double total = 0;
  for (double r : c.pagerank) total += r;
  if (total > 0)
    for (double& r : c.pagerank) r /= total;
  std::vector<int> comp(n);
  boost::connected_components(u, comp.data());
  // Renumber components by their smallest entity key, so ids do not depend on insertion order.
  std::map<int, std::string> smallest;
  for (std::size_t v = 0; v < n; ++v) {
    auto it = smallest.find(comp[v]);
    if (it == smallest.end() || g.entity(v).key < it->second) smallest[comp[v]] = g.entity(v).key;
  }
  std::map<std::string, std::size_t> order;
  for (auto& [id, key] : smallest) order.emplace(key, 0);
  std::size_t k = 0;
  for (auto& [key, id] : order) id = k++;
  for (std::size_t v = 0; v < n; ++v) c.component[v] = order[smallest[comp[v]]];
  return c;
}

std::optional<KnowledgeGraph::Vertex> find_entity(const KnowledgeGraph& g, std::string_view name) {
  const std::string want = lower(name);
  for (auto v : g.entities()) {
    const Entity& e = g.entity(v);
    if (lower(e.label) == want || lower(e.key) == want) return v;
  }
  for (auto v : g.entities())
    for (const std::string& a : g.entity(v).aliases)
      if (lower(a) == want) return v;
  // A surname alone ("Lavrov") names the one person whose label ends with it.
  std::optional<KnowledgeGraph::Vertex> only;
  for (auto v : g.entities()) {
    const std::string label = lower(g.entity(v).label);
    if (label.size() > want.size() && label.compare(label.size() - want.size(), want.size(), want) == 0 &&
        label[label.size() - want.size() - 1] == ' ') {
      if (only) return std::nullopt;  // ambiguous
      only = v;
    }
  }
  return only;
}

std::vector<KnowledgeGraph::Edge> shortest_path(const KnowledgeGraph& g, KnowledgeGraph::Vertex from,
                                                KnowledgeGraph::Vertex to) {
  // Breadth-first over asserted facts in either direction, neighbours in key order.
  const std::size_t n = g.entity_count();
  std::vector<std::vector<std::pair<KnowledgeGraph::Vertex, KnowledgeGraph::Edge>>> adj(n);
  for (auto e : g.facts()) {
    if (g.fact(e).negated) continue;
    adj[g.subject(e)].emplace_back(g.object(e), e);
    adj[g.object(e)].emplace_back(g.subject(e), e);
  }
  for (auto& list : adj)
    std::stable_sort(list.begin(), list.end(),
                     [&](const auto& a, const auto& b) { return g.entity(a.first).key < g.entity(b.first).key; });
  std::vector<bool> seen(n, false);
  std::vector<std::optional<std::pair<KnowledgeGraph::Vertex, KnowledgeGraph::Edge>>> parent(n);
  std::deque<KnowledgeGraph::Vertex> queue{from};
  seen[from] = true;
  while (!queue.empty() && !seen[to]) {
    auto v = queue.front();
    queue.pop_front();
    for (auto& [w, e] : adj[v])
      if (!seen[w]) {
        seen[w] = true;
        parent[w] = std::make_pair(v, e);
        queue.push_back(w);
      }
  }
  std::vector<KnowledgeGraph::Edge> path;
  if (!seen[to] || from == to) return path;
  for (auto v = to; v != from; v = parent[v]->first) path.push_back(parent[v]->second);
  std::reverse(path.begin(), path.end());
  return path;
}

void annotate_centrality(KnowledgeGraph& g) {
  Centrality c = compute_centrality(g);
  for (auto v : g.entities()) g.entity(v).centrality = c.pagerank[v];
}

KnowledgeGraph filter_graph(const KnowledgeGraph& g, const GraphFilter& f) {
  const std::size_t n = g.entity_count();
  auto fact_passes = [&](KnowledgeGraph::Edge e) {
    const Fact& fact = g.fact(e);
    if (fact.negated && !f.include_negated) return false;
    if (!f.relations.empty() && !f.relations.count(fact.relation)) return false;
    if (!f.families.empty() && !f.families.count(family(fact.relation))) return false;
    return fact.confidence() >= f.min_confidence;
  };
  std::vector<bool> keep(n, true);
  if (f.focus) {
    // Ego network: entities within `depth` facts of the focus (passing facts, either direction).
    std::vector<std::size_t> dist(n, static_cast<std::size_t>(-1));
    std::deque<KnowledgeGraph::Vertex> queue{*f.focus};
    dist[*f.focus] = 0;
    std::vector<std::vector<KnowledgeGraph::Vertex>> adj(n);
    for (auto e : g.facts())
      if (fact_passes(e)) {
        adj[g.subject(e)].push_back(g.object(e));
        adj[g.object(e)].push_back(g.subject(e));
      }
    while (!queue.empty()) {
      auto v = queue.front();
      queue.pop_front();
      if (dist[v] >= f.depth) continue;
      for (auto w : adj[v])
        if (dist[w] == static_cast<std::size_t>(-1)) {
          dist[w] = dist[v] + 1;
          queue.push_back(w);
        }
    }
    for (std::size_t v = 0; v < n; ++v) keep[v] = dist[v] != static_cast<std::size_t>(-1);
  }
  if (f.max_nodes > 0) {
    Centrality c = compute_centrality(g);
    std::vector<KnowledgeGraph::Vertex> order;
    for (auto v : g.entities())
      if (keep[v]) order.push_back(v);
    std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) {
      if (c.pagerank[a] != c.pagerank[b]) return c.pagerank[a] > c.pagerank[b];
      return c.degree[a] > c.degree[b];
    });
    std::vector<bool> top(n, false);
    for (std::size_t i = 0; i < order.size() && i < f.max_nodes; ++i) top[order[i]] = true;
    if (f.focus) top[*f.focus] = true;
    keep = top;
  }
  KnowledgeGraph out;
  for (const DocumentInfo& d : g.documents()) out.add_document(d);
  std::vector<std::optional<KnowledgeGraph::Vertex>> map(n);
  for (auto e : g.facts()) {
    if (!fact_passes(e)) continue;
    auto s = g.subject(e), o = g.object(e);
    if (!keep[s] || !keep[o]) continue;
    if (!map[s]) map[s] = out.add_entity(g.entity(s));
    if (!map[o]) map[o] = out.add_entity(g.entity(o));
    for (const Provenance& p : g.fact(e).support) out.add_fact(*map[s], g.fact(e).relation, *map[o], g.fact(e).negated, p);
  }
  annotate_centrality(out);
  return out;
}

}  // namespace kg
