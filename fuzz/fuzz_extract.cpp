// The extractor on arbitrary bytes: it must return an error or a document, never crash.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>

#include "extract/pipeline.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static std::unique_ptr<kg::extract::Extractor> ex = [] {
    std::unique_ptr<kg::extract::Extractor> e;
    if (!kg::extract::Extractor::create(e)) __builtin_trap();
    return e;
  }();
  kg::extract::Document doc;
  (void)ex->run(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.txt", doc, "2024-01-01");
  return 0;
}
