#!/usr/bin/env bash
# Loading rate of kgbuild's persistent store backends: Berkeley DB hashes against sqlite,
# on the dev-set export and on a ~100k-triple file (the dev set extracted many times, each copy
# with its own document IRIs). Prints the median of RUNS runs per case. Not a test.
# usage: bench/store_backends.sh [RUNS]     (from the repository root, after building)
set -euo pipefail
runs=${1:-3}
kg=build/kgbuild
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dev=../shared/eval/dev
"$kg" extract "$dev"/*.txt -o "$tmp/dev.nt"
# ~100k triples: copies of the dev articles under different names give distinct documents.
for i in $(seq 1 56); do for f in "$dev"/*.txt; do cp "$f" "$tmp/c$i-$(basename "$f")"; done; done
"$kg" extract "$tmp"/c*.txt -o "$tmp/big.nt"
rm "$tmp"/c*.txt
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for file in dev.nt big.nt; do
  n=$(wc -l < "$tmp/$file")
  for backend in bdb sqlite; do
    times=()
    for r in $(seq 1 "$runs"); do
      rm -rf "$tmp/store"
      s=$(date +%s.%N)
      "$kg" load "$tmp/$file" --store "$tmp/store" --backend "$backend" --no-ontology 2>/dev/null
      e=$(date +%s.%N)
      times+=("$(echo "$e - $s" | bc)")
    done
    t=$(printf '%s\n' "${times[@]}" | median)
    printf '%-7s %-6s %7d triples  median %7.2f s  %9.0f triples/s\n' "$file" "$backend" "$n" "$t" "$(echo "$n / $t" | bc -l)"
  done
done
