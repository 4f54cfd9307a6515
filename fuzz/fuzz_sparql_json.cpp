// An endpoint's reply in SPARQL JSON, and the result writers on what was read from it.
#include <cstddef>
#include <cstdint>
#include <string>

#include "store/endpoint.hpp"
#include "store/store.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  kg::store::QueryResult r;
  if (!kg::store::parse_sparql_json(std::string(reinterpret_cast<const char*>(data), size), "http://fuzz/", r))
    return 0;
  for (auto f : {kg::store::ResultFormat::kTable, kg::store::ResultFormat::kCsv, kg::store::ResultFormat::kTsv,
                 kg::store::ResultFormat::kJson, kg::store::ResultFormat::kXml})
    (void)kg::store::format_results(r, f);
  return 0;
}
