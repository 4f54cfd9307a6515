#!/usr/bin/env bash
# Installs what kgbuild needs, builds it, and runs it on the bundled example article.
# Outputs: out/seed.{ttl,nt,nq,rdf,json,dot,svg,png,pdf}
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DKG_BUILD_TESTS=OFF >/dev/null
cmake --build build -j2
mkdir -p out
args=()
for ext in ttl nt nq rdf json dot svg png pdf; do args+=(-o "out/seed.$ext"); done
build/kgbuild extract examples/seed.txt "${args[@]}"
echo "kgbuild: wrote the knowledge graph of examples/seed.txt to out/:"
ls -1 out/seed.*
