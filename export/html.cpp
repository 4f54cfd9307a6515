// The HTML report: one self-contained file (no network access) with the diagram (inline SVG),
// a table of facts (subject, relation, object, evidence, document, confidence) with a filter box,
// and the entities with their types and Wikidata links. Deterministic like every exporter.
#include <cstdio>
#include <string>

#include "export/exporters.hpp"
#include "graph/analytics.hpp"

namespace kg::exporters {
namespace {

std::string esc(const std::string& s) {
  std::string o;
  for (char c : s) {
    switch (c) {
      case '&': o += "&amp;"; break;
      case '<': o += "&lt;"; break;
      case '>': o += "&gt;"; break;
      case '"': o += "&quot;"; break;
      case '\'': o += "&#39;"; break;
      default: o += c;
    }
  }
  return o;
}

std::string fixed(double v) {
  char b[32];
  std::snprintf(b, sizeof b, "%.2f", v);
  return b;
}

constexpr const char* kStyle = R"(
body { font-family: Helvetica, Arial, sans-serif; margin: 1.5em; color: #212121; }
h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 1.5em; }
.diagram { border: 1px solid #e0e0e0; overflow: auto; max-height: 80vh; }
.diagram svg { max-width: 100%; height: auto; }
table { border-collapse: collapse; width: 100%; font-size: 0.9em; }
th, td { border-bottom: 1px solid #e0e0e0; padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: #f5f5f5; position: sticky; top: 0; }
tr.negated td { color: #757575; text-decoration: line-through; }
tr.hedged td.relation { font-style: italic; }
#filter { font-size: 1em; padding: 4px 8px; width: 24em; margin-bottom: 0.6em; }
.count { color: #616161; margin-left: 1em; }
)";

constexpr const char* kScript = R"(
const box = document.getElementById('filter');
const rows = Array.from(document.querySelectorAll('#facts tbody tr'));
const count = document.getElementById('count');
function apply() {
  const words = box.value.toLowerCase().split(/\s+/).filter(w => w);
  let shown = 0;
  for (const r of rows) {
    const text = r.textContent.toLowerCase();
    const ok = words.every(w => text.includes(w));
    r.style.display = ok ? '' : 'none';
    if (ok) shown++;
  }
  count.textContent = shown + ' of ' + rows.length + ' facts';
}
box.addEventListener('input', apply);
apply();
)";

}  // namespace

Status write_html(const KnowledgeGraph& g, const ExportOptions& opt, std::FILE* fh) {
  std::string svg;
  if (Status s = render_svg(g, opt, svg); !s) return s;
  // Keep only the <svg> element (drop the XML prolog and DOCTYPE) for inline use.
  if (std::size_t at = svg.find("<svg"); at != std::string::npos) svg = svg.substr(at);
  std::string out;
  out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>kgbuild report</title>\n<style>";
  out += kStyle;
  out += "</style>\n</head>\n<body>\n<h1>Knowledge graph</h1>\n<p>";
  out += std::to_string(g.documents().size()) + (g.documents().size() == 1 ? " document, " : " documents, ");
  std::size_t entities = 0;
  for (auto v : g.entities()) entities += boost::in_degree(v, g.topology()) + boost::out_degree(v, g.topology()) > 0;
  out += std::to_string(entities) + " entities, " + std::to_string(g.fact_count()) + " facts.</p>\n";
  out += "<div class=\"diagram\">\n" + svg + "</div>\n";
  out += "<h2>Facts</h2>\n<input id=\"filter\" type=\"search\" placeholder=\"Filter facts, e.g. russia demands\" "
         "aria-label=\"Filter facts\"><span id=\"count\" class=\"count\"></span>\n";
  out += "<table id=\"facts\">\n<thead><tr><th>Subject</th><th>Relation</th><th>Object</th><th>Evidence</th>"
         "<th>Document</th><th>Confidence</th></tr></thead>\n<tbody>\n";
  for (auto e : g.facts()) {
    const Fact& f = g.fact(e);
    for (const Provenance& p : f.support) {
      const DocumentInfo& d = g.documents().at(p.document);
      std::string cls = f.negated ? "negated" : p.modality == Modality::kHedged ? "hedged" : "";
      out += "<tr" + (cls.empty() ? std::string() : " class=\"" + cls + "\"") + "><td>" +
             esc(g.entity(g.subject(e)).label) + "</td><td class=\"relation\">" + (f.negated ? "not " : "") +
             esc(std::string(name(f.relation))) + "</td><td>" + esc(g.entity(g.object(e)).label) + "</td><td>" +
             esc(p.evidence) + "</td><td>" + esc(d.title.empty() ? (d.source.empty() ? d.id : d.source) : d.title) +
             "</td><td>" + fixed(p.confidence) + "</td></tr>\n";
    }
  }
  out += "</tbody>\n</table>\n<h2>Entities</h2>\n<table id=\"entities\">\n<thead><tr><th>Name</th><th>Type</th>"
         "<th>Title</th><th>Wikidata</th></tr></thead>\n<tbody>\n";
  for (auto v : g.entities()) {
    const Entity& en = g.entity(v);
    if (boost::in_degree(v, g.topology()) + boost::out_degree(v, g.topology()) == 0) continue;
    std::string wd = en.wikidata.empty() ? "" : "<a href=\"https://www.wikidata.org/wiki/" + esc(en.wikidata) + "\">" + esc(en.wikidata) + "</a>";
    out += "<tr><td>" + esc(en.label) + "</td><td>" + esc(std::string(name(en.type))) + "</td><td>" + esc(en.title) +
           "</td><td>" + wd + "</td></tr>\n";
  }
  out += "</tbody>\n</table>\n<script>";
  out += kScript;
  out += "</script>\n</body>\n</html>\n";
  if (std::fwrite(out.data(), 1, out.size(), fh) != out.size()) return Status::error("could not write the HTML report");
  return Status::ok();
}

}  // namespace kg::exporters
