#!/usr/bin/env bash
# Installs what kgbuild needs, builds it with the tests, and runs the whole suite: the ctest
# suite in build/, then the same unit and end-to-end tests under ASan and UBSan
# (scripts/sanitize.sh), then each libFuzzer target for FUZZ_SECONDS (scripts/fuzz.sh).
# KG_QUICK=1 runs the first part only (for a quick local loop).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DKG_BUILD_TESTS=ON >/dev/null
cmake --build build -j2
# Independent checkers (N3.js, jsonld, shacl-engine, Oxigraph) for the export tests.
npm ci --prefix tests/js --no-audit --no-fund --loglevel=error
(cd build && ctest --output-on-failure -j2)
if [[ ${KG_QUICK:-0} != 1 ]]; then
  echo "== the suite under AddressSanitizer and UBSan"
  bash scripts/sanitize.sh
  echo "== fuzzing"
  bash scripts/fuzz.sh
fi
