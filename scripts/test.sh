#!/usr/bin/env bash
# Installs what kgbuild needs, builds it with the tests, and runs the whole suite through ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DKG_BUILD_TESTS=ON >/dev/null
cmake --build build -j2
# Independent checkers (N3.js, jsonld, shacl-engine, Oxigraph) for the export tests.
npm ci --prefix tests/js --no-audit --no-fund --loglevel=error
cd build
ctest --output-on-failure -j2
