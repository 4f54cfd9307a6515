#!/usr/bin/env bash
# Builds kgbuild, its GoogleTest suite and the libFuzzer targets with clang, AddressSanitizer and
# UBSan in build-san/ (one build serves scripts/fuzz.sh too), and runs the unit and end-to-end
# tests there; any sanitizer report fails the run. The server and browser tests (Virtuoso,
# Chromium), valgrind and the SPARQL cookbook run in the normal build only.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/configure-san.sh
cmake --build build-san -j2
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
# librdf, raptor and Graphviz keep process-lifetime singletons; leaks are checked by valgrind.
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
npm ci --prefix tests/js --no-audit --no-fund --loglevel=error
cd build-san
ctest --output-on-failure -j2 -E '^(virtuoso|render_and_report|valgrind_end_to_end|sparql_cookbook)$'
