#include "export/iri.hpp"

namespace kg::exporters {

bool valid_base_iri(std::string_view base) {
  if (base.empty() || (base.back() != '/' && base.back() != '#')) return false;
  std::size_t colon = base.find(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  for (std::size_t i = 0; i < colon; ++i) {
    char c = base[i];
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'));
    if (!ok) return false;
  }
  for (unsigned char c : base)
    if (c <= 0x20 || c == 0x7f || std::string_view("<>\"{}|\\^`").find(static_cast<char>(c)) != std::string_view::npos)
      return false;
  return true;
}

std::string percent_encode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(text.size());
  for (unsigned char c : text) {
    bool unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
    if (unreserved) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

std::string entity_iri(std::string_view base, const Entity& e) {
  return std::string(base) + "entity/" + percent_encode(e.key);
}

std::string document_iri(std::string_view base, const DocumentInfo& d) {
  return std::string(base) + "doc/" + percent_encode(d.id);
}

std::string fact_iri(std::string_view base, const KnowledgeGraph& g, KnowledgeGraph::Edge e,
                     const Provenance& p) {
  const Fact& f = g.fact(e);
  std::string local = g.documents().at(p.document).id + "/" + std::to_string(p.begin) + "-" +
                      std::to_string(p.end) + "/" + std::string(name(f.relation)) +
                      (f.negated ? "-not" : "") + "/" + g.entity(g.subject(e)).key + "/" +
                      g.entity(g.object(e)).key;
  return std::string(base) + "fact/" + percent_encode(local);
}

std::string relation_iri(Relation r) { return std::string(kOntologyNs) + std::string(name(r)); }
std::string family_iri(Relation r) { return std::string(kOntologyNs) + std::string(name(family(r))); }
std::string type_iri(EntityType t) { return std::string(kOntologyNs) + std::string(name(t)); }

}  // namespace kg::exporters
