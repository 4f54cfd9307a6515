#!/usr/bin/env bash
# Configures build-san/: clang, ASan and UBSan, the tests and the libFuzzer targets, at -O1 with
# line tables only (fast to build, readable stack traces). Used by sanitize.sh and fuzz.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build-san -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER=clang++ \
  "-DCMAKE_CXX_FLAGS_RELEASE=-O1 -gline-tables-only" -DKG_FUZZ=ON -DKG_BUILD_TESTS=ON >/dev/null
