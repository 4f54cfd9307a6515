// RDF writers: statements are streamed one at a time into a raptor serializer (no librdf model).
#include <cstdio>
#include <functional>
#include <set>
#include <string>
#include <tuple>

#include "export/exporters.hpp"
#include "export/iri.hpp"
#include "export/raptor_handles.hpp"
#include "export/vocab.hpp"

namespace kg::exporters {
namespace detail {

World::World() : world_(raptor_new_world()) {
  if (!world_) throw std::bad_alloc();
  raptor_world_set_log_handler(world_.get(), this, &World::on_log);
  raptor_world_open(world_.get());
}

void World::on_log(void* user, raptor_log_message* msg) {
  if (msg->level < RAPTOR_LOG_LEVEL_WARN) return;
  auto* self = static_cast<World*>(user);
  std::string text = msg->text ? msg->text : "unknown raptor error";
  if (msg->locator && msg->locator->line > 0) text = "line " + std::to_string(msg->locator->line) + ": " + text;
  self->messages_.push_back(std::move(text));
}

}  // namespace detail

namespace {

using namespace vocab;


// Streams triples into one raptor serializer. `graph` non-empty puts statements in that
// named graph (only N-Quads writes it).
class TripleSink {
 public:
  TripleSink(detail::World& world, raptor_serializer* ser) : world_(world), ser_(ser) {}

  void set_graph(std::string g) { graph_ = std::move(g); }

  void add(const std::string& s, const std::string& p, const std::string& o) {
    emit(s, p, uri_term(o));
  }
  void add_literal(const std::string& s, const std::string& p, std::string_view value,
                   std::string_view datatype = {}) {
    raptor_uri* dt = nullptr;
    if (!datatype.empty())
      dt = raptor_new_uri_from_counted_string(world_.get(), reinterpret_cast<const unsigned char*>(datatype.data()), datatype.size());
    raptor_term* t = raptor_new_term_from_counted_literal(
        world_.get(), reinterpret_cast<const unsigned char*>(value.data()), value.size(), dt,
        nullptr, 0);
    if (dt) raptor_free_uri(dt);
    emit(s, p, t);
  }

 private:
  raptor_term* uri_term(const std::string& i) {
    return raptor_new_term_from_counted_uri_string(
        world_.get(), reinterpret_cast<const unsigned char*>(i.data()), i.size());
  }
  void emit(const std::string& s, const std::string& p, raptor_term* o) {
    raptor_term* g = graph_.empty() ? nullptr : uri_term(graph_);
    // Takes ownership of all four terms.
    raptor_statement* st = raptor_new_statement_from_nodes(world_.get(), uri_term(s), uri_term(p), o, g);
    raptor_serializer_serialize_statement(ser_, st);
    raptor_free_statement(st);
  }

  detail::World& world_;
  raptor_serializer* ser_;
  std::string graph_;
};

std::string decimal(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", v);
  return buf;
}

void write_entities(const KnowledgeGraph& g, const ExportOptions& opt, TripleSink& out) {
  const std::string type = iri(kRdf, "type");
  for (auto v : g.entities()) {
    const Entity& e = g.entity(v);
    const std::string s = entity_iri(opt.base, e);
    out.add(s, type, type_iri(e.type));
    out.add_literal(s, iri(kRdfs, "label"), e.label);
    for (const std::string& a : e.aliases)
      if (a != e.label) out.add_literal(s, iri(kSkos, "altLabel"), a);
    if (!e.title.empty()) out.add_literal(s, iri(kOntologyNs, "title"), e.title);
    if (!e.wikidata.empty())
      out.add(s, e.wikidata_certain ? iri(kOwl, "sameAs") : iri(kSkos, "exactMatch"),
              iri(kWikidata, e.wikidata));
  }
}

void write_document(const KnowledgeGraph& g, const ExportOptions& opt, std::size_t d,
                    TripleSink& out) {
  const DocumentInfo& doc = g.documents()[d];
  const std::string s = document_iri(opt.base, doc);
  out.add(s, iri(kRdf, "type"), iri(kOntologyNs, "Document"));
  out.add_literal(s, iri(kOntologyNs, "source"), doc.source);
  out.add_literal(s, iri(kOntologyNs, "contentHash"), doc.content_hash);
  if (!doc.title.empty()) out.add_literal(s, iri(kDcterms, "title"), doc.title);
  if (!doc.date.empty()) out.add_literal(s, iri(kDcterms, "date"), doc.date, iri(kXsd, "date"));
}

// The facts of document d (or of every document when d == npos): the direct triple unless
// negated, its family triple (once per subject, family and object) unless the options leave
// them out, and one provenance record per statement.
void write_facts(const KnowledgeGraph& g, const ExportOptions& opt, std::size_t d,
                 TripleSink& out) {
  std::set<std::tuple<std::string, std::string, std::string>> family_written;
  for (auto e : g.facts()) {
    const Fact& f = g.fact(e);
    const std::string s = entity_iri(opt.base, g.entity(g.subject(e)));
    const std::string o = entity_iri(opt.base, g.entity(g.object(e)));
    const std::string p = relation_iri(f.relation);
    bool direct_written = false;
    for (const Provenance& pv : f.support) {
      if (d != std::string::npos && pv.document != d) continue;
      if (!f.negated && !direct_written) {
        out.add(s, p, o);
        direct_written = true;
        if (opt.family_triples && family_written.emplace(s, family_iri(f.relation), o).second)
          out.add(s, family_iri(f.relation), o);
      }
      const std::string r = fact_iri(opt.base, g, e, pv);
      out.add(r, iri(kRdf, "type"), iri(kOntologyNs, "Fact"));
      out.add(r, iri(kOntologyNs, "subject"), s);
      out.add(r, iri(kOntologyNs, "predicate"), p);
      out.add(r, iri(kOntologyNs, "object"), o);
      out.add(r, iri(kProv, "wasDerivedFrom"), document_iri(opt.base, g.documents().at(pv.document)));
      out.add_literal(r, iri(kOntologyNs, "evidence"), pv.evidence);
      out.add_literal(r, iri(kOntologyNs, "sentenceIndex"), std::to_string(pv.sentence), iri(kXsd, "integer"));
      out.add_literal(r, iri(kOntologyNs, "charStart"), std::to_string(pv.begin), iri(kXsd, "integer"));
      out.add_literal(r, iri(kOntologyNs, "charEnd"), std::to_string(pv.end), iri(kXsd, "integer"));
      out.add_literal(r, iri(kOntologyNs, "confidence"), decimal(pv.confidence), iri(kXsd, "decimal"));
      out.add_literal(r, iri(kOntologyNs, "negated"), f.negated ? "true" : "false", iri(kXsd, "boolean"));
      out.add_literal(r, iri(kOntologyNs, "hedged"), pv.modality == Modality::kHedged ? "true" : "false", iri(kXsd, "boolean"));
      out.add_literal(r, iri(kOntologyNs, "modality"), name(pv.modality));
      if (!pv.time.empty()) out.add_literal(r, iri(kOntologyNs, "time"), pv.time);
      if (!pv.date.empty()) out.add_literal(r, iri(kOntologyNs, "date"), pv.date, iri(kXsd, "date"));
      if (!pv.basis.empty()) out.add_literal(r, iri(kOntologyNs, "basis"), pv.basis);
    }
  }
}

Status serialize(const char* syntax, bool named_graphs, const KnowledgeGraph& g,
                 const ExportOptions& opt, std::FILE* fh) {
  detail::World world;
  detail::SerializerPtr ser(raptor_new_serializer(world.get(), syntax));
  if (!ser) return Status::error(std::string("raptor has no serializer named '") + syntax + "'");
  struct Prefix {
    const char* prefix;
    std::string ns;
  };
  const Prefix prefixes[] = {
      {"rdf", std::string(kRdf)},   {"rdfs", std::string(kRdfs)},       {"xsd", std::string(kXsd)},
      {"owl", std::string(kOwl)},   {"skos", std::string(kSkos)},       {"prov", std::string(kProv)},
      {"dcterms", std::string(kDcterms)}, {"wd", std::string(kWikidata)},
      {"kg", std::string(kOntologyNs)}, {"kgr", opt.base + "entity/"},
  };
  for (const Prefix& p : prefixes) {
    detail::UriPtr u(raptor_new_uri(world.get(), reinterpret_cast<const unsigned char*>(p.ns.c_str())));
    raptor_serializer_set_namespace(ser.get(), u.get(), reinterpret_cast<const unsigned char*>(p.prefix));
  }
  if (raptor_serializer_start_to_file_handle(ser.get(), nullptr, fh) != 0)
    return Status::error("could not start the RDF writer");
  TripleSink out(world, ser.get());
  write_entities(g, opt, out);
  if (named_graphs) {
    for (std::size_t d = 0; d < g.documents().size(); ++d) {
      out.set_graph(document_iri(opt.base, g.documents()[d]));
      write_document(g, opt, d, out);
      write_facts(g, opt, d, out);
    }
  } else {
    for (std::size_t d = 0; d < g.documents().size(); ++d) write_document(g, opt, d, out);
    write_facts(g, opt, std::string::npos, out);
  }
  raptor_serializer_serialize_end(ser.get());
  if (!world.messages().empty())
    return Status::error("RDF writer: " + world.messages().front());
  return Status::ok();
}

}  // namespace

Status write_turtle(const KnowledgeGraph& g, const ExportOptions& o, std::FILE* f) {
  return serialize("turtle", false, g, o, f);
}
Status write_ntriples(const KnowledgeGraph& g, const ExportOptions& o, std::FILE* f) {
  return serialize("ntriples", false, g, o, f);
}
Status write_nquads(const KnowledgeGraph& g, const ExportOptions& o, std::FILE* f) {
  return serialize("nquads", true, g, o, f);
}
Status write_rdfxml(const KnowledgeGraph& g, const ExportOptions& o, std::FILE* f) {
  return serialize("rdfxml", false, g, o, f);
}

}  // namespace kg::exporters
