// Refusals for what Rasqal 0.9.33 cannot do or does wrong (measured on this stack): property
// paths, EXISTS, MINUS and DESCRIBE are not implemented; VALUES crashes it; HAVING on a SELECT
// alias returns no rows; GROUP_CONCAT ignores its SEPARATOR. Each refusal says how to rewrite.
#include <cctype>
#include <regex>
#include <set>
#include <string>

#include "store/store.hpp"

namespace kg::store {
namespace {

// The query with comments removed and every string literal and <IRI> replaced by a placeholder
// ('"' and '<>'), so keywords inside them are not seen.
std::string skeleton(std::string_view q) {
  std::string out;
  for (std::size_t i = 0; i < q.size(); ++i) {
    char c = q[i];
    if (c == '#') {
      while (i < q.size() && q[i] != '\n') ++i;
      out += '\n';
    } else if (c == '"' || c == '\'') {
      bool triple = q.compare(i, 3, std::string(3, c)) == 0;
      std::size_t j = i + (triple ? 3 : 1);
      while (j < q.size()) {
        if (q[j] == '\\') { j += 2; continue; }
        if (triple ? q.compare(j, 3, std::string(3, c)) == 0 : q[j] == c) break;
        ++j;
      }
      i = j + (triple ? 2 : 0);
      out += " \"\" ";
    } else if (c == '<' && i + 1 < q.size() && !std::isspace(static_cast<unsigned char>(q[i + 1])) && q[i + 1] != '=') {
      std::size_t j = q.find('>', i);
      std::size_t sp = q.find_first_of(" \t\n", i);
      if (j != std::string_view::npos && (sp == std::string_view::npos || j < sp)) {
        out += " <> ";
        i = j;
      } else {
        out += c;
      }
    } else {
      out += c;
    }
  }
  return out;
}

bool has_word(const std::string& s, const char* word) {
  std::regex re(std::string("(^|[^A-Za-z0-9_:?$])") + word + "([^A-Za-z0-9_]|$)", std::regex::icase);
  return std::regex_search(s, re);
}

}  // namespace

Status check_supported(std::string_view sparql) {
  const std::string s = skeleton(sparql);
  if (has_word(s, "DESCRIBE"))
    return Status::error("DESCRIBE is not supported by Rasqal 0.9.33; ask for the triples instead: "
                         "CONSTRUCT { <x> ?p ?o } WHERE { <x> ?p ?o }");
  if (has_word(s, "EXISTS"))
    return Status::error("EXISTS / NOT EXISTS is not supported by Rasqal 0.9.33; rewrite with OPTIONAL and "
                         "BOUND: OPTIONAL { ?x kg:p ?y } FILTER(!BOUND(?y))");
  if (has_word(s, "MINUS"))
    return Status::error("MINUS is not supported by Rasqal 0.9.33; rewrite with OPTIONAL and "
                         "FILTER(!BOUND(?v)) on a variable of the removed pattern");
  if (has_word(s, "VALUES"))
    return Status::error("VALUES crashes Rasqal 0.9.33; write the alternatives as FILTER(?x IN (a, b)) or UNION");
  if (std::regex_search(s, std::regex("GROUP_CONCAT\\s*\\([^)]*;\\s*SEPARATOR", std::regex::icase)))
    return Status::error("Rasqal 0.9.33 ignores GROUP_CONCAT's SEPARATOR (it always uses a space); drop the "
                         "SEPARATOR, or concatenate in your program");
  // HAVING on an alias: (expr AS ?n) ... HAVING (... ?n ...)
  std::set<std::string> aliases;
  std::regex alias_re("\\bAS\\s+[?$]([A-Za-z_][A-Za-z0-9_]*)", std::regex::icase);
  for (auto it = std::sregex_iterator(s.begin(), s.end(), alias_re); it != std::sregex_iterator(); ++it)
    aliases.insert((*it)[1]);
  std::smatch having;
  if (std::regex_search(s, having, std::regex("\\bHAVING\\b([\\s\\S]*)", std::regex::icase))) {
    std::string rest = having[1];
    for (const std::string& a : aliases)
      if (std::regex_search(rest, std::regex("[?$]" + a + "\\b")))
        return Status::error("HAVING on the alias ?" + a + " returns no rows in Rasqal 0.9.33; repeat the "
                             "aggregate instead, e.g. HAVING (COUNT(?x) > 1)");
  }
  // Property paths: an operator next to an IRI or prefixed name in a pattern: kg:a/kg:b, kg:a|kg:b,
  // ^kg:a, kg:a*, kg:a+, (kg:a)?
  const std::string name = "(<>|[A-Za-z][A-Za-z0-9_-]*:[A-Za-z0-9_-]*|\\ba\\b)";
  std::regex path_re(name + "\\s*[/|]\\s*\\^?\\s*" + name + "|\\^\\s*" + name + "|" + name + "[*+?](?=\\s|[.;,}])" +
                     "|\\)\\s*[*+?](?=\\s+[?$<A-Za-z])");
  if (std::regex_search(s, path_re))
    return Status::error("property paths (/, |, ^, *, +, ?) are not supported by Rasqal 0.9.33; write the steps "
                         "as separate triple patterns (?s kg:a ?m . ?m kg:b ?o), or join the family with "
                         "?p rdfs:subPropertyOf kg:disapprove instead of a path");
  return Status::ok();
}

}  // namespace kg::store
