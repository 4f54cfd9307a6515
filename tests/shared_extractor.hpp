// One Extractor for a whole test binary (loading the lexicon takes a few milliseconds; the
// Extractor is immutable and may be shared). A failed load fails the first test that asks.
#pragma once

#include <gtest/gtest.h>

#include <memory>

#include "extract/pipeline.hpp"

namespace kg::testing {

inline const kg::extract::Extractor& shared_extractor() {
  static std::unique_ptr<kg::extract::Extractor> ex = [] {
    std::unique_ptr<kg::extract::Extractor> e;
    kg::Status s = kg::extract::Extractor::create(e);
    EXPECT_TRUE(s.is_ok()) << s.message();
    return e;
  }();
  return *ex;
}

}  // namespace kg::testing
