#!/usr/bin/env bash
# Builds kgbuild, extracts every article of an annotated set and prints score.py's score.
# usage: scripts/eval.sh [--heldout] [--explain]
#   default: the dev set of ../shared/eval (EVAL_DIR overrides ../shared/eval)
#   --heldout: eval/heldout, eight articles annotated for this project independently of the
#              extractor (see eval/heldout/README.md); never tune rules to it sentence by sentence
set -euo pipefail
cd "$(dirname "$0")/.."
eval_dir=${EVAL_DIR:-../shared/eval}
gold=$eval_dir/dev
if [[ ${1:-} == --heldout ]]; then gold=eval/heldout; shift; fi
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j2 >/dev/null
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for f in "$gold"/*.txt; do
  build/kgbuild extract "$f" -o "$out/$(basename "$f" .txt).nt"
done
python3 "$eval_dir/score.py" --gold "$gold" --system "$out" "$@"
