// The data files under ontology/ (kg.ttl, gazetteer, lexicon), compiled into the binary.
// Lookup by path relative to ontology/, e.g. "lexicon/triggers.tsv". Static storage,
// thread-safe. Also a tiny TSV reader shared by the loaders of these files.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace kg::ontology {

// Bytes of an embedded data file, or nullopt when no such file was compiled in.
std::optional<std::string_view> data_file(std::string_view path);

// Paths of all embedded files, in build order.
std::vector<std::string_view> data_files();

// Rows of a tab-separated file: '#' lines and blank lines skipped, fields not trimmed.
struct TsvRow {
  std::size_t line;  // 1-based line number in the file, for error messages
  std::vector<std::string_view> fields;
};
std::vector<TsvRow> parse_tsv(std::string_view text);

// Splits a '|'-separated list; empty input gives no items.
std::vector<std::string_view> split_list(std::string_view field);

}  // namespace kg::ontology
