// Diagrams through Graphviz in-process: cgraph builds the graph, gvc lays it out and renders.
// Node shape and colour follow the entity type, edge colour the relation family; negated facts
// are not drawn, hedged ones are dashed, the evidence is each edge's tooltip.
#include <string>

#include "export/exporters.hpp"
#include "export/graphviz_handles.hpp"

namespace kg::exporters {
namespace {

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

void set(void* obj, const char* key, const std::string& value) {
  agsafeset(obj, c(key), c(value), c(""));
}

detail::AgraphPtr build(const KnowledgeGraph& g) {
  detail::AgraphPtr graph(agopen(c("kgbuild"), Agdirected, nullptr));
  Agraph_t* ag = graph.get();
  agattr(ag, AGRAPH, c("rankdir"), c("LR"));
  agattr(ag, AGRAPH, c("overlap"), c("false"));
  agattr(ag, AGRAPH, c("splines"), c("true"));
  agattr(ag, AGRAPH, c("fontname"), c("Helvetica"));
  agattr(ag, AGNODE, c("fontname"), c("Helvetica"));
  agattr(ag, AGNODE, c("style"), c("filled"));
  agattr(ag, AGEDGE, c("fontname"), c("Helvetica"));
  agattr(ag, AGEDGE, c("fontsize"), c("10"));
  std::vector<Agnode_t*> nodes(g.entity_count(), nullptr);
  // Only entities that take part in a drawn fact appear.
  std::vector<bool> used(g.entity_count(), false);
  for (auto e : g.facts())
    if (!g.fact(e).negated) used[g.subject(e)] = used[g.object(e)] = true;
  for (auto v : g.entities()) {
    if (!used[v]) continue;
    const Entity& en = g.entity(v);
    Agnode_t* n = agnode(ag, c(en.key), 1);
    set(n, "label", en.label);
    TypeStyle st = style_of(en.type);
    set(n, "shape", st.shape);
    set(n, "fillcolor", st.fill);
    set(n, "tooltip", en.label + " (" + std::string(name(en.type)) + ")");
    nodes[v] = n;
  }
  for (auto e : g.facts()) {
    const Fact& f = g.fact(e);
    if (f.negated) continue;
    Agedge_t* ed = agedge(ag, nodes[g.subject(e)], nodes[g.object(e)],
                          nullptr, 1);
    set(ed, "label", std::string(name(f.relation)));
    set(ed, "color", family_colour(family(f.relation)));
    set(ed, "fontcolor", family_colour(family(f.relation)));
    set(ed, "penwidth", std::to_string(std::min<std::size_t>(1 + f.support.size(), 5)));
    bool hedged = !f.support.empty();
    for (const Provenance& p : f.support) hedged = hedged && p.modality == Modality::kHedged;
    if (hedged) set(ed, "style", "dashed");
    if (is_symmetric(f.relation)) set(ed, "dir", "both");
    std::string tip;
    for (const Provenance& p : f.support) {
      if (!tip.empty()) tip += "\n";
      tip += p.evidence;
    }
    set(ed, "tooltip", tip);
  }
  return graph;
}

std::string pick_layout(const KnowledgeGraph& g, const ExportOptions& opt) {
  if (!opt.layout.empty()) return opt.layout;
  return g.entity_count() <= 150 ? "dot" : "sfdp";
}

Status render(const KnowledgeGraph& g, const ExportOptions& opt, const char* format, std::FILE* fh) {
  detail::GvcPtr gvc(gvContext());
  if (!gvc) return Status::error("Graphviz could not create a rendering context");
  detail::AgraphPtr graph = build(g);
  const std::string engine = pick_layout(g, opt);
  if (gvLayout(gvc.get(), graph.get(), engine.c_str()) != 0)
    return Status::error("Graphviz layout '" + engine +
                         "' failed; if it is 'not recognized', run `dot -c` as root "
                         "(scripts/install-deps.sh does) to register the Graphviz plugins");
  detail::Layout layout(gvc.get(), graph.get());
  if (gvRender(gvc.get(), graph.get(), format, fh) != 0)
    return Status::error(std::string("Graphviz could not render ") + format +
                         "; run `dot -c` as root to register the render plugins");
  return Status::ok();
}

}  // namespace

Status write_dot(const KnowledgeGraph& g, const ExportOptions&, std::FILE* fh) {
  detail::AgraphPtr graph = build(g);
  if (agwrite(graph.get(), fh) != 0) return Status::error("could not write the DOT output");
  return Status::ok();
}
Status write_svg(const KnowledgeGraph& g, const ExportOptions& o, std::FILE* fh) {
  return render(g, o, "svg", fh);
}
Status write_png(const KnowledgeGraph& g, const ExportOptions& o, std::FILE* fh) {
  return render(g, o, "png", fh);
}
Status write_pdf(const KnowledgeGraph& g, const ExportOptions& o, std::FILE* fh) {
  return render(g, o, "pdf", fh);
}

}  // namespace kg::exporters
