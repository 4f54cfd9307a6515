#!/usr/bin/env bash
# ctest: the README's SPARQL cookbook (docs/cookbook/*.rq) runs as written with `kgbuild query`
# on the export of the examples and gives the expected answers; Oxigraph (an independent SPARQL
# engine, tests/js) and a real Virtuoso server (started here on loopback, the export bulk-loaded)
# give the same rows for every query, the family query without reasoning among them.
# usage: cookbook.sh KGBUILD SOURCE_DIR
set -euo pipefail
kg=$1
src=$2
tmp=$(mktemp -d)
source "$src/tests/virtuoso_server.sh"
trap 'virtuoso_stop; rm -rf "$tmp"' EXIT
"$kg" extract "$src/examples/seed.txt" "$src/examples/baltic.txt" -o "$tmp/ex.ttl"
virtuoso_start "$tmp" || exit 1
cp "$tmp/ex.ttl" "$tmp/data/ex.ttl"
"$kg" ontology -o "$tmp/data/kg.ttl"
"$kg" load "$tmp/data/ex.ttl" "$tmp/data/kg.ttl" --virtuoso "127.0.0.1:$isql_port" \
  --graph https://w3id.org/kgbuild/graph/test --endpoint "$endpoint"
fail=0
expect() {  # expect QUERY-NUMBER TEXT: a row of the TSV answer contains TEXT (tab-separated)
  local q=$1 text=$2
  if ! grep -qF -- "$text" "$tmp/$q.tsv"; then
    echo "FAIL: cookbook query $q: no row with '$text'"; cat "$tmp/$q.tsv"; fail=1
  fi
}
for q in "$src"/docs/cookbook/*.rq; do
  n=$(basename "$q" | cut -d- -f1)
  "$kg" query "$tmp/ex.ttl" --query-file "$q" --results tsv > "$tmp/$n.tsv"
  "$kg" query "$tmp/ex.ttl" --query-file "$q" --results json > "$tmp/$n.json"
  if [[ -d $src/tests/js/node_modules ]]; then
    node "$src/tests/js/check.mjs" sparql-compare "$tmp/ex.ttl" "$src/ontology/kg.ttl" -q "$q" --expect "$tmp/$n.json" || fail=1
  else
    echo "FAIL: tests/js/node_modules missing: run 'npm ci --prefix tests/js'"; fail=1
  fi
  "$kg" query --endpoint "$endpoint" --query-file "$q" --results json > "$tmp/$n.virtuoso.json"
  if python3 "$src/tests/sparql_rows_equal.py" "$tmp/$n.virtuoso.json" "$tmp/$n.json" > "$tmp/cmp.txt"; then
    echo "ok   $(basename "$q"): Virtuoso gives kgbuild's rows"
  else
    echo "FAIL $(basename "$q"): Virtuoso and kgbuild differ"; cat "$tmp/cmp.txt"; fail=1
  fi
done
expect 1 $'"Dmitry Medvedev"\t"Donald Trump"'
expect 1 $'"Sergey Lavrov"\t"Donald Trump"'
expect 2 $'"Vladimir Putin"\t"warns"\t"West"'
expect 2 $'"Dmitry Medvedev"\t"doubts"\t"Donald Trump"'
expect 3 $'"Poland"\t"memberOf"\t"NATO"'
expect 3 $'"Mark Rutte"\t"warns"\t"Russia"'
expect 4 $'"Germany"\t"criticizes"\t"Russia"'
expect 6 $'"Dmitry Medvedev"\t"Donald Trump"'
expect 6 $'"Vladimir Putin"\t"West"'
[[ $(wc -l < "$tmp/6.tsv") -ge 5 ]] || { echo "FAIL: query 6 (family, no reasoning) has too few rows"; cat "$tmp/6.tsv"; fail=1; }
grep -qF $'"Germany"\t"Russia"' "$tmp/6.tsv" && { echo "FAIL: query 6 lists a fact the text denies (Germany, Russia)"; fail=1; }
"$kg" extract "$src/examples/seed.txt" "$src/examples/baltic.txt" --no-family-triples -o "$tmp/plain.ttl"
rows=$("$kg" query "$tmp/plain.ttl" --no-ontology --query-file "$src/docs/cookbook/6-family-without-reasoning.rq" --results tsv | wc -l)
[[ $rows -eq 1 ]] || { echo "FAIL: --no-family-triples still answers the family query ($rows lines)"; fail=1; }
head -2 "$tmp/5.tsv" | tail -1 | grep -qF '"Russia"' || { echo "FAIL: query 5: Russia is not the most connected"; cat "$tmp/5.tsv"; fail=1; }
# Facts the text denies are no direct triples.
if "$kg" query "$tmp/ex.ttl" -q 'PREFIX kg: <https://w3id.org/kgbuild/ns#> ASK { ?g kg:criticizes ?r . ?g <http://www.w3.org/2000/01/rdf-schema#label> "Germany" }' | grep -q true; then
  echo "FAIL: a denied fact is asserted as a direct triple"; fail=1
fi
[[ $fail == 0 ]] && echo "cookbook: 1 passed, 0 failed"
exit $fail
