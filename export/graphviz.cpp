// Diagrams through Graphviz in-process: cgraph builds the graph, gvc lays it out and renders.
// Shape and colour follow the entity type, node size its PageRank, edge colour the relation
// family, edge width the number of statements; hedged facts are dashed, denied ones (only with
// include_negated) dotted and labelled "not ..."; every edge's tooltip holds its evidence and
// document; a legend lists the types and families present. Same graph, same bytes.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>
#include <string>

#include "export/exporters.hpp"
#include "export/graphviz_handles.hpp"
#include "graph/analytics.hpp"

namespace kg::exporters {
namespace {

// Beyond these sizes, dot's layout time explodes (0.8 s at 100 nodes, 13 s at 200, >120 s at
// 1,000 here) and labels overlap: sfdp lays out large graphs, and edge labels move to tooltips.
constexpr std::size_t kDotMaxNodes = 100;
constexpr std::size_t kEdgeLabelMaxEdges = 300;
// Curved edges routed around nodes (splines=true) take sfdp minutes on large graphs (>5 min at
// ~1,000 sentences against 0.6 s with straight lines): above this many entities edges are
// straight lines.
constexpr std::size_t kSplineMaxNodes = 150;

struct TypeStyle {
  const char* shape;
  const char* fill;
};
TypeStyle style_of(EntityType t) {
  switch (t) {
    case EntityType::kPerson: return {"ellipse", "#cfe2f3"};
    case EntityType::kCountry: return {"box", "#ffe599"};
    case EntityType::kOrganization: return {"component", "#d9ead3"};
    case EntityType::kPlace: return {"hexagon", "#eadcf4"};
    case EntityType::kGroup: return {"octagon", "#f4cccc"};
  }
  return {"ellipse", "#ffffff"};
}

const char* family_colour(Family f) {
  switch (f) {
    case Family::kCooperate: return "#2e7d32";
    case Family::kDemand: return "#ef6c00";
    case Family::kDisapprove: return "#c62828";
    case Family::kCoerce: return "#6a1b9a";
    case Family::kFight: return "#212121";
    case Family::kStructure: return "#9e9e9e";
  }
  return "#000000";
}

// cgraph's API takes char* for strings it only reads.
char* c(const std::string& s) { return const_cast<char*>(s.c_str()); }
char* c(const char* s) { return const_cast<char*>(s); }
// Graphviz reads backslash escapes in labels and tooltips ("\\n", "\\N", and "\\\"" in DOT): a
// backslash of the text is doubled so that it shows as itself and cannot end a quoted string.
std::string escape_backslashes(const std::string& value) {
  if (value.find('\\') == std::string::npos) return value;
  std::string out;
  for (char ch : value) {
    if (ch == '\\') out += '\\';
    out += ch;
  }
  return out;
}
void set(void* obj, const char* key, const std::string& value) {
  agsafeset(obj, c(key), c(escape_backslashes(value)), c(""));
}
std::string num(double v) {
  char b[32];
  std::snprintf(b, sizeof b, "%.2f", v);
  return b;
}

bool drawn(const KnowledgeGraph& g, KnowledgeGraph::Edge e, const ExportOptions& opt) {
  return !g.fact(e).negated || opt.include_negated;
}

detail::AgraphPtr build(const KnowledgeGraph& g, const ExportOptions& opt) {
  detail::AgraphPtr graph(agopen(c("kgbuild"), Agdirected, nullptr));
  Agraph_t* ag = graph.get();
  agattr(ag, AGRAPH, c("rankdir"), c("LR"));
  agattr(ag, AGRAPH, c("overlap"), c("prism"));
  agattr(ag, AGRAPH, c("splines"), c(g.entity_count() <= kSplineMaxNodes ? "true" : "line"));
  agattr(ag, AGRAPH, c("outputorder"), c("edgesfirst"));
  agattr(ag, AGRAPH, c("fontname"), c("Helvetica"));
  agattr(ag, AGRAPH, c("nodesep"), c("0.4"));
  agattr(ag, AGNODE, c("fontname"), c("Helvetica"));
  agattr(ag, AGNODE, c("style"), c("filled"));
  agattr(ag, AGEDGE, c("fontname"), c("Helvetica"));
  agattr(ag, AGEDGE, c("fontsize"), c("10"));
  if (g.entity_count() > kDotMaxNodes && (opt.layout.empty() || opt.layout == "sfdp")) {
    // Spread large force-directed layouts so labels do not pile up on hubs.
    agattr(ag, AGRAPH, c("K"), c("1.4"));
    agattr(ag, AGRAPH, c("repulsiveforce"), c("2.0"));
    agattr(ag, AGRAPH, c("sep"), c("+10"));
  }
  Centrality cent = compute_centrality(g);
  double max_rank = 0;
  for (double r : cent.pagerank) max_rank = std::max(max_rank, r);
  std::vector<Agnode_t*> nodes(g.entity_count(), nullptr);
  std::vector<bool> used(g.entity_count(), false);
  std::size_t edges = 0;
  std::set<EntityType> types;
  std::set<Family> families;
  for (auto e : g.facts())
    if (drawn(g, e, opt)) {
      used[g.subject(e)] = used[g.object(e)] = true;
      ++edges;
      families.insert(family(g.fact(e).relation));
    }
  const bool edge_labels = edges <= kEdgeLabelMaxEdges;
  for (auto v : g.entities()) {
    if (!used[v]) continue;
    const Entity& en = g.entity(v);
    Agnode_t* n = agnode(ag, c(en.key), 1);
    set(n, "label", en.label);
    TypeStyle st = style_of(en.type);
    set(n, "shape", st.shape);
    set(n, "fillcolor", st.fill);
    types.insert(en.type);
    // Size by PageRank: the most central entity is drawn at 1.6x.
    double scale = max_rank > 0 ? 1.0 + 0.6 * cent.pagerank[v] / max_rank : 1.0;
    set(n, "fontsize", num(12.0 * scale));
    set(n, "tooltip", en.label + " (" + std::string(name(en.type)) + (en.title.empty() ? "" : ", " + en.title) +
                          (en.wikidata.empty() ? "" : ", wikidata " + en.wikidata) + ")");
    nodes[v] = n;
  }
  for (auto e : g.facts()) {
    if (!drawn(g, e, opt)) continue;
    const Fact& f = g.fact(e);
    Agedge_t* ed = agedge(ag, nodes[g.subject(e)], nodes[g.object(e)], nullptr, 1);
    std::string label = (f.negated ? "not " : "") + std::string(name(f.relation));
    if (edge_labels) set(ed, "label", label);
    const char* colour = f.negated ? "#757575" : family_colour(family(f.relation));
    set(ed, "color", colour);
    set(ed, "fontcolor", colour);
    set(ed, "penwidth", num(1.0 + std::min<double>(4.0, std::log2(static_cast<double>(f.support.size())) + 0.5)));
    bool hedged = !f.support.empty();
    for (const Provenance& p : f.support) hedged = hedged && p.modality == Modality::kHedged;
    if (f.negated) set(ed, "style", "dotted");
    else if (hedged) set(ed, "style", "dashed");
    if (is_symmetric(f.relation)) set(ed, "dir", "both");
    std::string tip = g.entity(g.subject(e)).label + " " + label + " " + g.entity(g.object(e)).label;
    for (const Provenance& p : f.support) {
      const DocumentInfo& d = g.documents().at(p.document);
      tip += "\n\"" + p.evidence + "\" (" + (d.source.empty() ? d.id : d.source) + ")";
    }
    set(ed, "tooltip", tip);
    set(ed, "labeltooltip", tip);
  }
  // Legend: one node with an HTML table of the entity types and relation families that appear,
  // so it stays in one piece under every layout engine (sfdp ignores clusters).
  if (!types.empty()) {
    std::string html = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"2\">"
                       "<TR><TD COLSPAN=\"2\"><B>Legend</B></TD></TR>";
    for (EntityType t : types)
      html += "<TR><TD BGCOLOR=\"" + std::string(style_of(t).fill) + "\" BORDER=\"1\">  </TD><TD ALIGN=\"LEFT\">" +
              std::string(name(t)) + "</TD></TR>";
    for (Family fam : families)
      html += "<TR><TD><FONT COLOR=\"" + std::string(family_colour(fam)) + "\">&#8594;</FONT></TD><TD ALIGN=\"LEFT\">"
              "<FONT COLOR=\"" + std::string(family_colour(fam)) + "\">" + std::string(name(fam)) + "</FONT></TD></TR>";
    html += "<TR><TD>- -</TD><TD ALIGN=\"LEFT\">hedged</TD></TR>";
    if (opt.include_negated) html += "<TR><TD>&#183;&#183;&#183;</TD><TD ALIGN=\"LEFT\">denied</TD></TR>";
    html += "</TABLE>";
    Agnode_t* legend = agnode(ag, c("legend"), 1);
    agsafeset(legend, c("label"), agstrdup_html(ag, c(html)), c(""));
    set(legend, "shape", "box");
    set(legend, "style", "rounded");
    set(legend, "color", "#bdbdbd");
    set(legend, "fontsize", "10");
    set(legend, "tooltip", "Legend: shapes and colours of entity types, colours of relation families");
  }
  return graph;
}

std::string pick_layout(const KnowledgeGraph& g, const ExportOptions& opt) {
  if (!opt.layout.empty()) return opt.layout;
  return g.entity_count() <= kDotMaxNodes ? "dot" : "sfdp";
}

// One Graphviz context for the whole process: the pango plugin keeps the last font name in a
// static that points into the context's memory, so freeing a context and rendering again in
// another (SVG, then PNG in one run) read freed memory (valgrind). Freed at exit.
GVC_t* shared_context() {
  static detail::GvcPtr gvc(gvContext());
  return gvc.get();
}

Status render(const KnowledgeGraph& g, const ExportOptions& opt, const char* format, std::FILE* fh,
              std::string* into = nullptr) {
  GVC_t* gvc = shared_context();
  if (!gvc) return Status::error("Graphviz could not create a rendering context");
  detail::AgraphPtr graph = build(g, opt);
  const std::string engine = pick_layout(g, opt);
  if (gvLayout(gvc, graph.get(), engine.c_str()) != 0)
    return Status::error("Graphviz layout '" + engine +
                         "' failed; if it is 'not recognized', run `dot -c` as root "
                         "(scripts/install-deps.sh does) to register the Graphviz plugins");
  detail::Layout layout(gvc, graph.get());
  if (into) {
    char* data = nullptr;
    unsigned int len = 0;
    if (gvRenderData(gvc, graph.get(), format, &data, &len) != 0)
      return Status::error(std::string("Graphviz could not render ") + format);
    into->assign(data, len);
    gvFreeRenderData(data);
    return Status::ok();
  }
  if (gvRender(gvc, graph.get(), format, fh) != 0)
    return Status::error(std::string("Graphviz could not render ") + format +
                         "; run `dot -c` as root to register the render plugins");
  return Status::ok();
}

}  // namespace

Status render_svg(const KnowledgeGraph& g, const ExportOptions& opt, std::string& svg) {
  return render(g, opt, "svg", nullptr, &svg);
}

Status write_dot(const KnowledgeGraph& g, const ExportOptions& opt, std::FILE* fh) {
  detail::AgraphPtr graph = build(g, opt);
  if (agwrite(graph.get(), fh) != 0) return Status::error("could not write the DOT output");
  return Status::ok();
}
Status write_svg(const KnowledgeGraph& g, const ExportOptions& o, std::FILE* fh) { return render(g, o, "svg", fh); }
Status write_png(const KnowledgeGraph& g, const ExportOptions& o, std::FILE* fh) { return render(g, o, "png", fh); }
Status write_pdf(const KnowledgeGraph& g, const ExportOptions& o, std::FILE* fh) { return render(g, o, "pdf", fh); }

}  // namespace kg::exporters
