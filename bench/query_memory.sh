#!/usr/bin/env bash
# Peak memory of `kgbuild query` on a result of about 1.2 million rows (a cross join over 1,100
# triples): streamed (--results csv, also json, xml, tsv) against the aligned table, which holds
# every row for its column widths. Prints the figures; asserts nothing (benchmarks are not tests).
# usage: bench/query_memory.sh [KGBUILD]
set -euo pipefail
kg=${1:-build/kgbuild}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 -c "import sys; sys.stdout.write('Russia accused Ukraine of shelling Donetsk, and Putin met Erdogan in Ankara on Monday. ' * 40)" > "$tmp/a.txt"
"$kg" extract "$tmp/a.txt" -o "$tmp/a.nt"
head -1100 "$tmp/a.nt" > "$tmp/q.nt"
q='SELECT ?a ?b ?c WHERE { ?a ?p ?b . ?c ?q ?d }'
for f in csv json table; do
  /usr/bin/time -f "$f: %e s, peak %M KB" "$kg" query "$tmp/q.nt" --no-ontology --results $f -q "$q" \
    2> >(grep -v warning >&2) > "$tmp/out.$f"
  echo "   $(wc -l < "$tmp/out.$f") lines"
done
