#!/usr/bin/env bash
# Builds kgbuild and its GoogleTest suite with AddressSanitizer and UBSan (-DKG_SANITIZE=ON) in
# build-asan/ and runs the unit and end-to-end tests there; any sanitizer report fails the run.
# The server and browser tests (Virtuoso, Chromium) and valgrind run in the normal build only.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKG_SANITIZE=ON -DKG_BUILD_TESTS=ON >/dev/null
cmake --build build-asan -j2
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
# librdf, raptor and Graphviz keep process-lifetime singletons; leaks are checked by valgrind.
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
npm ci --prefix tests/js --no-audit --no-fund --loglevel=error
cd build-asan
ctest --output-on-failure -j2 -E '^(virtuoso|render_and_report|valgrind_end_to_end|sparql_cookbook)$'
