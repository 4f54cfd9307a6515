// Query results as SPARQL 1.1 Query Results JSON / XML / CSV / TSV, or an aligned table.
// Written by hand (small, deterministic); values are escaped per each format's specification.
#include <algorithm>
#include <cstdio>
#include <sstream>

#include <nlohmann/json.hpp>

#include "store/store.hpp"

namespace kg::store {
namespace {

constexpr std::string_view kXsdString = "http://www.w3.org/2001/XMLSchema#string";

struct Prefix {
  const char* prefix;
  const char* ns;
};
constexpr Prefix kPrefixes[] = {
    {"kg:", "https://w3id.org/kgbuild/ns#"},
    {"kgr:", "https://w3id.org/kgbuild/id/entity/"},
    {"rdf:", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"},
    {"rdfs:", "http://www.w3.org/2000/01/rdf-schema#"},
    {"owl:", "http://www.w3.org/2002/07/owl#"},
    {"xsd:", "http://www.w3.org/2001/XMLSchema#"},
    {"skos:", "http://www.w3.org/2004/02/skos/core#"},
    {"prov:", "http://www.w3.org/ns/prov#"},
    {"wd:", "http://www.wikidata.org/entity/"},
};

std::string compact(const std::string& iri) {
  for (const Prefix& p : kPrefixes) {
    std::string_view ns(p.ns);
    if (iri.compare(0, ns.size(), ns) == 0) return std::string(p.prefix) + iri.substr(ns.size());
  }
  return "<" + iri + ">";
}

// XML 1.0 cannot carry C0 control characters other than tab, LF and CR, even as character
// references: they become U+FFFD so that the document stays well-formed.
std::string xml_escape(const std::string& s) {
  std::string o;
  for (char c : s) {
    switch (c) {
      case '&': o += "&amp;"; break;
      case '<': o += "&lt;"; break;
      case '>': o += "&gt;"; break;
      case '"': o += "&quot;"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') o += "\xEF\xBF\xBD";
        else o += c;
    }
  }
  return o;
}

// For the terminal table: control characters (an ESC would drive the terminal) shown as \xHH.
std::string terminal_safe(const std::string& s) {
  std::string o;
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7F) {
      char b[5];
      std::snprintf(b, sizeof b, "\\x%02X", u);
      o += b;
    } else {
      o += c;
    }
  }
  return o;
}

// N-Triples form, for TSV.
std::string ntriples(const Term& t) {
  switch (t.kind) {
    case Term::Kind::kIri: return "<" + t.value + ">";
    case Term::Kind::kBlank: return "_:" + t.value;
    case Term::Kind::kUnbound: return "";
    case Term::Kind::kLiteral: {
      std::string o = "\"";
      for (char c : t.value) {
        if (c == '"' || c == '\\') o += '\\', o += c;
        else if (c == '\n') o += "\\n";
        else if (c == '\r') o += "\\r";
        else if (c == '\t') o += "\\t";
        else o += c;
      }
      o += "\"";
      if (!t.language.empty()) o += "@" + t.language;
      else if (!t.datatype.empty() && t.datatype != kXsdString) o += "^^<" + t.datatype + ">";
      return o;
    }
  }
  return "";
}

std::string csv_field(const std::string& v) {
  if (v.find_first_of(",\"\n\r") == std::string::npos) return v;
  std::string o = "\"";
  for (char c : v) o += c == '"' ? std::string("\"\"") : std::string(1, c);
  return o + "\"";
}

}  // namespace

namespace {

std::string json_binding(const std::vector<std::string>& vars, const std::vector<Term>& row) {
  nlohmann::ordered_json b = nlohmann::ordered_json::object();
  for (std::size_t i = 0; i < row.size() && i < vars.size(); ++i) {
    const Term& t = row[i];
    if (t.kind == Term::Kind::kUnbound) continue;
    nlohmann::ordered_json v;
    v["type"] = t.kind == Term::Kind::kIri ? "uri" : t.kind == Term::Kind::kBlank ? "bnode" : "literal";
    v["value"] = t.value;
    if (!t.language.empty()) v["xml:lang"] = t.language;
    else if (!t.datatype.empty() && t.datatype != kXsdString) v["datatype"] = t.datatype;
    b[vars[i]] = v;
  }
  // Invalid UTF-8 from another store's data is replaced, never thrown on.
  return b.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

class JsonWriter final : public ResultWriter {
 public:
  explicit JsonWriter(std::ostream& out) : out_(out) {}
  void head(const std::vector<std::string>& vars) override {
    vars_ = vars;
    nlohmann::ordered_json v = vars;
    out_ << "{\"head\": {\"vars\": " << v.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace)
         << "},\n \"results\": {\"bindings\": [";
  }
  void row(const std::vector<Term>& row) override {
    out_ << (first_ ? "\n  " : ",\n  ") << json_binding(vars_, row);
    first_ = false;
  }
  void end() override { out_ << "\n ]}}\n"; }

 private:
  std::ostream& out_;
  std::vector<std::string> vars_;
  bool first_ = true;
};

class XmlWriter final : public ResultWriter {
 public:
  explicit XmlWriter(std::ostream& out) : out_(out) {}
  void head(const std::vector<std::string>& vars) override {
    vars_ = vars;
    out_ << "<?xml version=\"1.0\"?>\n<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\">\n  <head>\n";
    for (const auto& v : vars) out_ << "    <variable name=\"" << xml_escape(v) << "\"/>\n";
    out_ << "  </head>\n  <results>\n";
  }
  void row(const std::vector<Term>& row) override {
    out_ << "    <result>\n";
    for (std::size_t i = 0; i < row.size() && i < vars_.size(); ++i) {
      const Term& t = row[i];
      if (t.kind == Term::Kind::kUnbound) continue;
      out_ << "      <binding name=\"" << xml_escape(vars_[i]) << "\">";
      if (t.kind == Term::Kind::kIri) out_ << "<uri>" << xml_escape(t.value) << "</uri>";
      else if (t.kind == Term::Kind::kBlank) out_ << "<bnode>" << xml_escape(t.value) << "</bnode>";
      else {
        out_ << "<literal";
        if (!t.language.empty()) out_ << " xml:lang=\"" << xml_escape(t.language) << "\"";
        else if (!t.datatype.empty() && t.datatype != kXsdString) out_ << " datatype=\"" << xml_escape(t.datatype) << "\"";
        out_ << ">" << xml_escape(t.value) << "</literal>";
      }
      out_ << "</binding>\n";
    }
    out_ << "    </result>\n";
  }
  void end() override { out_ << "  </results>\n</sparql>\n"; }

 private:
  std::ostream& out_;
  std::vector<std::string> vars_;
};

class CsvWriter final : public ResultWriter {
 public:
  explicit CsvWriter(std::ostream& out) : out_(out) {}
  void head(const std::vector<std::string>& vars) override {
    for (std::size_t i = 0; i < vars.size(); ++i) out_ << (i ? "," : "") << csv_field(vars[i]);
    out_ << "\r\n";
  }
  void row(const std::vector<Term>& row) override {
    for (std::size_t i = 0; i < row.size(); ++i)
      out_ << (i ? "," : "") << csv_field(row[i].kind == Term::Kind::kBlank ? "_:" + row[i].value : row[i].value);
    out_ << "\r\n";
  }
  void end() override {}

 private:
  std::ostream& out_;
};

class TsvWriter final : public ResultWriter {
 public:
  explicit TsvWriter(std::ostream& out) : out_(out) {}
  void head(const std::vector<std::string>& vars) override {
    for (std::size_t i = 0; i < vars.size(); ++i) out_ << (i ? "\t" : "") << "?" << vars[i];
    out_ << "\n";
  }
  void row(const std::vector<Term>& row) override {
    for (std::size_t i = 0; i < row.size(); ++i) out_ << (i ? "\t" : "") << ntriples(row[i]);
    out_ << "\n";
  }
  void end() override {}

 private:
  std::ostream& out_;
};

// The aligned table: column widths need every row, so it holds them (for the terminal).
class TableWriter final : public ResultWriter {
 public:
  explicit TableWriter(std::ostream& out) : out_(out) {}
  void head(const std::vector<std::string>& vars) override { r_.variables = vars; }
  void row(const std::vector<Term>& row) override { r_.rows.push_back(row); }
  void end() override { out_ << table(r_); }

 private:
  static std::string table(const QueryResult& r) {
    std::ostringstream out;
    {
      std::vector<std::vector<std::string>> cells;
      cells.push_back(r.variables);
      for (const auto& row : r.rows) {
        std::vector<std::string> line;
        for (const Term& t : row)
          line.push_back(terminal_safe(t.kind == Term::Kind::kIri     ? compact(t.value)
                                       : t.kind == Term::Kind::kBlank ? "_:" + t.value
                                                                      : t.value));
        cells.push_back(line);
      }
      std::vector<std::size_t> width(r.variables.size(), 0);
      auto display = [](const std::string& s) {  // code points, for alignment
        std::size_t n = 0;
        for (unsigned char c : s) n += (c & 0xC0) != 0x80;
        return n;
      };
      for (const auto& line : cells)
        for (std::size_t i = 0; i < line.size(); ++i) width[i] = std::max(width[i], std::min<std::size_t>(display(line[i]), 80));
      for (std::size_t k = 0; k < cells.size(); ++k) {
        for (std::size_t i = 0; i < cells[k].size(); ++i) {
          std::string v = cells[k][i];
          out << (i ? " | " : "") << v;
          if (i + 1 < cells[k].size())
            for (std::size_t p = display(v); p < width[i]; ++p) out << ' ';
        }
        out << "\n";
        if (k == 0) {
          for (std::size_t i = 0; i < width.size(); ++i) out << (i ? "-+-" : "") << std::string(width[i], '-');
          out << "\n";
        }
      }
      out << "(" << r.rows.size() << (r.rows.size() == 1 ? " row" : " rows") << ")\n";
    }
    return out.str();
  }
  std::ostream& out_;
  QueryResult r_;
};

}  // namespace

std::unique_ptr<ResultWriter> make_result_writer(ResultFormat f, std::ostream& out) {
  switch (f) {
    case ResultFormat::kJson: return std::make_unique<JsonWriter>(out);
    case ResultFormat::kXml: return std::make_unique<XmlWriter>(out);
    case ResultFormat::kCsv: return std::make_unique<CsvWriter>(out);
    case ResultFormat::kTsv: return std::make_unique<TsvWriter>(out);
    case ResultFormat::kTable: break;
  }
  return std::make_unique<TableWriter>(out);
}

std::string format_results(const QueryResult& r, ResultFormat f) {
  if (r.kind == QueryResult::Kind::kGraph) return r.graph;
  if (r.kind == QueryResult::Kind::kBoolean) {
    switch (f) {
      case ResultFormat::kJson: return std::string("{\"head\": {}, \"boolean\": ") + (r.boolean ? "true" : "false") + "}\n";
      case ResultFormat::kXml:
        return std::string("<?xml version=\"1.0\"?>\n<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\">\n"
                           "  <head/>\n  <boolean>") + (r.boolean ? "true" : "false") + "</boolean>\n</sparql>\n";
      default: return std::string(r.boolean ? "true" : "false") + "\n";
    }
  }
  std::ostringstream out;
  std::unique_ptr<ResultWriter> w = make_result_writer(f, out);
  w->head(r.variables);
  for (const auto& row : r.rows) w->row(row);
  w->end();
  return out.str();
}

}  // namespace kg::store
