// Refusals for what Rasqal 0.9.33 cannot do or does wrong (measured on this stack): property
// paths, EXISTS, MINUS and DESCRIBE are not implemented; VALUES crashes it; HAVING on a SELECT
// alias returns no rows; GROUP_CONCAT ignores its SEPARATOR. Each refusal says how to rewrite.
// SERVICE is refused for safety: it would make kgbuild fetch any URL a query names.
#include <cctype>
#include <vector>
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

// The skeleton as tokens: "<>", names (letters, digits, '_', '-', ':'), variables (?x, $x),
// single punctuation characters. `space_after` says whether white space follows. Scanning tokens
// instead of std::regex keeps the check linear and off the stack on long queries.
struct Tok {
  std::string text;  // names upper-cased
  char kind;         // 'n' name, 'v' variable, 'i' <>, 'p' punctuation
  bool space_after;
};

std::vector<Tok> tokens(const std::string& s) {
  std::vector<Tok> out;
  auto name_char = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == ':'; };
  for (std::size_t i = 0; i < s.size();) {
    char c = s[i];
    if (std::isspace(static_cast<unsigned char>(c))) {
      if (!out.empty()) out.back().space_after = true;
      ++i;
      continue;
    }
    Tok t{std::string(), 'p', false};
    std::size_t j = i + 1;
    if (c == '<' && j < s.size() && s[j] == '>') {
      t.kind = 'i';
      ++j;
    } else if ((c == '?' || c == '$') && j < s.size() && (std::isalnum(static_cast<unsigned char>(s[j])) || s[j] == '_')) {
      t.kind = 'v';
      while (j < s.size() && (std::isalnum(static_cast<unsigned char>(s[j])) || s[j] == '_')) ++j;
    } else if (name_char(c)) {
      t.kind = 'n';
      while (j < s.size() && name_char(s[j])) ++j;
    }
    t.text = s.substr(i, j - i);
    if (t.kind == 'n')
      for (char& ch : t.text) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    if (t.kind == 'v') t.text = t.text.substr(1);  // the name without ? or $
    out.push_back(std::move(t));
    i = j;
  }
  return out;
}

bool has_word(const std::vector<Tok>& ts, std::string_view word) {
  for (const Tok& t : ts)
    if (t.kind == 'n' && t.text == word) return true;
  return false;
}

// An IRI, a prefixed name or the keyword 'a' in a triple pattern.
bool path_name(const Tok& t) {
  if (t.kind == 'i') return true;
  if (t.kind != 'n') return false;
  if (t.text == "A") return true;
  std::size_t colon = t.text.find(':');
  return colon != std::string::npos && std::isalpha(static_cast<unsigned char>(t.text[0]));
}

}  // namespace

Status check_supported(std::string_view sparql) {
  const std::vector<Tok> ts = tokens(skeleton(sparql));
  if (has_word(ts, "DESCRIBE"))
    return Status::error("DESCRIBE is not supported by Rasqal 0.9.33; ask for the triples instead: "
                         "CONSTRUCT { <x> ?p ?o } WHERE { <x> ?p ?o }");
  if (has_word(ts, "EXISTS"))
    return Status::error("EXISTS / NOT EXISTS is not supported by Rasqal 0.9.33; rewrite with OPTIONAL and "
                         "BOUND: OPTIONAL { ?x kg:p ?y } FILTER(!BOUND(?y))");
  if (has_word(ts, "MINUS"))
    return Status::error("MINUS is not supported by Rasqal 0.9.33; rewrite with OPTIONAL and "
                         "FILTER(!BOUND(?v)) on a variable of the removed pattern");
  if (has_word(ts, "VALUES"))
    return Status::error("VALUES crashes Rasqal 0.9.33; write the alternatives as FILTER(?x IN (a, b)) or UNION");
  if (has_word(ts, "SERVICE"))
    return Status::error("SERVICE is refused: a federated query would make kgbuild fetch any URL the query "
                         "names; query each source separately");
  // GROUP_CONCAT( ... ; SEPARATOR = ...)
  for (std::size_t i = 0; i + 1 < ts.size(); ++i) {
    if (ts[i].kind != 'n' || ts[i].text != "GROUP_CONCAT" || ts[i + 1].text != "(") continue;
    int depth = 0;
    for (std::size_t j = i + 1; j < ts.size(); ++j) {
      if (ts[j].text == "(") ++depth;
      if (ts[j].text == ")" && --depth == 0) break;
      if (depth == 1 && ts[j].text == ";" && j + 1 < ts.size() && ts[j + 1].text == "SEPARATOR")
        return Status::error("Rasqal 0.9.33 ignores GROUP_CONCAT's SEPARATOR (it always uses a space); drop the "
                             "SEPARATOR, or concatenate in your program");
    }
  }
  // HAVING on an alias: (expr AS ?n) ... HAVING (... ?n ...)
  std::set<std::string> aliases;
  for (std::size_t i = 0; i + 1 < ts.size(); ++i)
    if (ts[i].kind == 'n' && ts[i].text == "AS" && ts[i + 1].kind == 'v') aliases.insert(ts[i + 1].text);
  bool after_having = false;
  for (const Tok& t : ts) {
    if (t.kind == 'n' && t.text == "HAVING") after_having = true;
    else if (after_having && t.kind == 'v' && aliases.count(t.text))
      return Status::error("HAVING on the alias ?" + t.text + " returns no rows in Rasqal 0.9.33; repeat the "
                           "aggregate instead, e.g. HAVING (COUNT(?x) > 1)");
  }
  // Property paths: an operator next to an IRI or prefixed name in a pattern: kg:a/kg:b, kg:a|kg:b,
  // ^kg:a, kg:a*, kg:a+, (kg:a)?
  for (std::size_t i = 0; i < ts.size(); ++i) {
    const Tok& t = ts[i];
    const Tok* n1 = i + 1 < ts.size() ? &ts[i + 1] : nullptr;
    const Tok* n2 = i + 2 < ts.size() ? &ts[i + 2] : nullptr;
    const Tok* n3 = i + 3 < ts.size() ? &ts[i + 3] : nullptr;
    bool path = false;
    if (path_name(t) && n1 && (n1->text == "/" || n1->text == "|") && n2)
      path = path_name(*n2) || (n2->text == "^" && n3 && path_name(*n3));
    if (t.text == "^" && t.kind == 'p' && n1 && path_name(*n1)) path = true;
    if (path_name(t) && !t.space_after && n1 && (n1->text == "*" || n1->text == "+" || n1->text == "?") &&
        (n1->space_after || (n2 && (n2->text == "." || n2->text == ";" || n2->text == "," || n2->text == "}"))))
      path = true;
    if (t.text == ")" && n1 && (n1->text == "*" || n1->text == "+" || n1->text == "?") && n1->space_after && n2 &&
        (n2->kind == 'v' || n2->kind == 'i' || (n2->kind == 'n' && std::isalpha(static_cast<unsigned char>(n2->text[0])))))
      path = true;
    if (path)
      return Status::error("property paths (/, |, ^, *, +, ?) are not supported by Rasqal 0.9.33; write the steps "
                           "as separate triple patterns (?s kg:a ?m . ?m kg:b ?o), or join the family with "
                           "?p rdfs:subPropertyOf kg:disapprove instead of a path");
  }
  return Status::ok();
}

}  // namespace kg::store
