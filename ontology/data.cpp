#include "ontology/data.hpp"

#include "ontology/data_table.hpp"

namespace kg::ontology {

std::optional<std::string_view> data_file(std::string_view path) {
  for (std::size_t i = 0; i < detail::kEmbeddedCount; ++i) {
    const auto& f = detail::kEmbedded[i];
    if (path == f.path) return std::string_view(f.bytes, f.size);
  }
  return std::nullopt;
}

std::vector<std::string_view> data_files() {
  std::vector<std::string_view> out;
  for (std::size_t i = 0; i < detail::kEmbeddedCount; ++i) out.emplace_back(detail::kEmbedded[i].path);
  return out;
}

std::vector<TsvRow> parse_tsv(std::string_view text) {
  std::vector<TsvRow> rows;
  std::size_t line_no = 0;
  while (!text.empty()) {
    std::size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    TsvRow row{line_no, {}};
    std::size_t start = 0;
    while (true) {
      std::size_t tab = line.find('\t', start);
      row.fields.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

std::vector<std::string_view> split_list(std::string_view field) {
  std::vector<std::string_view> out;
  while (!field.empty()) {
    std::size_t bar = field.find('|');
    std::string_view item = field.substr(0, bar);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
    if (!item.empty()) out.push_back(item);
    if (bar == std::string_view::npos) break;
    field.remove_prefix(bar + 1);
  }
  return out;
}

}  // namespace kg::ontology
