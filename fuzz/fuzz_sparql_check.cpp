// The refusal check that runs before Rasqal, on arbitrary query text.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "store/store.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  (void)kg::store::check_supported(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
