#!/usr/bin/env bash
# Throughput of kgbuild's default pipeline against wink-nlp's tokenize-and-tag (bench/js) on the
# same corpus: the dev articles repeated to about 110k words. Prints medians of RUNS runs and the
# ratio. kgbuild is timed end to end (process start, extraction, JSON output); wink-nlp inside
# the Node process, after its model has loaded (in its favour). Not a test.
# usage: bench/throughput.sh [RUNS]        (from the repository root, after building)
set -euo pipefail
runs=${1:-5}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
[[ -d bench/js/node_modules ]] || npm ci --prefix bench/js --no-audit --no-fund --loglevel=error
for i in $(seq 1 40); do cat ../shared/eval/dev/*.txt; echo; done > "$tmp/corpus.txt"
words=$(wc -w < "$tmp/corpus.txt")
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
kg=()
wink=()
for r in $(seq 1 "$runs"); do
  s=$(date +%s.%N); build/kgbuild extract "$tmp/corpus.txt" -o "$tmp/out.json"; e=$(date +%s.%N)
  kg+=("$(echo "$e - $s" | bc)")
  wink+=("$(node bench/js/wink_tag.mjs "$tmp/corpus.txt" | python3 -c 'import json,sys; print(json.load(sys.stdin)["seconds"])')")
done
k=$(printf '%s\n' "${kg[@]}" | median)
w=$(printf '%s\n' "${wink[@]}" | median)
printf 'corpus: %d words\n' "$words"
printf 'kgbuild extract (full pipeline + JSON): median %.3f s  %8.0f words/s\n' "$k" "$(echo "$words / $k" | bc -l)"
printf 'wink-nlp tokenize + POS tag:           median %.3f s  %8.0f words/s\n' "$w" "$(echo "$words / $w" | bc -l)"
printf 'ratio (kgbuild / wink-nlp throughput): %.2f\n' "$(echo "$w / $k" | bc -l)"
