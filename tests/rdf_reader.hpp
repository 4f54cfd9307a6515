// Test helper: parses an RDF file or string with raptor (an independent reader of what the
// exporters wrote) into a sorted set of N-Triples-like lines.
#pragma once

#include <set>
#include <string>

namespace kg::testing {

// syntax: raptor parser name ("turtle", "ntriples", "nquads", "rdfxml"). Sets `error` on failure.
std::set<std::string> parse_rdf(const std::string& text, const char* syntax, std::string* error = nullptr);

}  // namespace kg::testing
