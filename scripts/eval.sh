#!/usr/bin/env bash
# Builds kgbuild, extracts every dev article of ../shared/eval/dev and prints the score.
# usage: scripts/eval.sh [--explain]    (EVAL_DIR overrides the folder of annotated articles)
set -euo pipefail
cd "$(dirname "$0")/.."
eval_dir=${EVAL_DIR:-../shared/eval}
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j2 >/dev/null
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for f in "$eval_dir"/dev/*.txt; do
  build/kgbuild extract "$f" -o "$out/$(basename "$f" .txt).nt"
done
python3 "$eval_dir/score.py" --gold "$eval_dir/dev" --system "$out" "$@"
