// Private to export/: the namespaces of the vocabularies the RDF writers and readers use, as
// compile-time constants (never string literals at call sites).
#pragma once

#include <string>
#include <string_view>

namespace kg::exporters::vocab {

inline constexpr std::string_view kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline constexpr std::string_view kRdfs = "http://www.w3.org/2000/01/rdf-schema#";
inline constexpr std::string_view kXsd = "http://www.w3.org/2001/XMLSchema#";
inline constexpr std::string_view kOwl = "http://www.w3.org/2002/07/owl#";
inline constexpr std::string_view kSkos = "http://www.w3.org/2004/02/skos/core#";
inline constexpr std::string_view kProv = "http://www.w3.org/ns/prov#";
inline constexpr std::string_view kDcterms = "http://purl.org/dc/terms/";
inline constexpr std::string_view kWikidata = "http://www.wikidata.org/entity/";

inline std::string iri(std::string_view ns, std::string_view local) {
  return std::string(ns) + std::string(local);
}

}  // namespace kg::exporters::vocab
