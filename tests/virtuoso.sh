#!/usr/bin/env bash
# ctest: kgbuild against a real Virtuoso (Debian's virtuoso-opensource), started here on loopback
# with a private virtuoso.ini and stopped at the end. Loads the examples and the dev set with the
# bulk loader, checks the count check, runs the cookbook through the SPARQL endpoint and compares
# with kgbuild's own answers, and checks the row-cap warning.
# usage: virtuoso.sh KGBUILD SOURCE_DIR
set -euo pipefail
kg=$1
src=$2
for prog in virtuoso-t isql-vt python3; do
  command -v "$prog" >/dev/null || { echo "$prog is missing: scripts/install-deps.sh installs it"; exit 1; }
done
tmp=$(mktemp -d)
source "$src/tests/virtuoso_server.sh"
trap 'virtuoso_stop; rm -rf "$tmp"' EXIT
VIRTUOSO_MAX_ROWS=50 virtuoso_start "$tmp" || exit 1
graph=https://w3id.org/kgbuild/graph/test
fail=0

inputs=("$src/examples/seed.txt" "$src/examples/baltic.txt")
if compgen -G "$src/../shared/eval/dev/*.txt" >/dev/null; then inputs+=("$src"/../shared/eval/dev/*.txt); fi
"$kg" extract "${inputs[@]}" -o "$tmp/data/all.nt"
"$kg" ontology -o "$tmp/data/kg.ttl"

echo "== bulk load, with the count check"
"$kg" load "$tmp/data/all.nt" "$tmp/data/kg.ttl" --virtuoso "127.0.0.1:$isql_port" --graph "$graph" --endpoint "$endpoint"

echo "== a file the bulk loader skips is caught by the count check"
printf '<http://ex/a> <http://ex/b> "broken .\n' > "$tmp/data/broken.nt"
if "$kg" load "$tmp/data/broken.nt" --virtuoso "127.0.0.1:$isql_port" --graph "$graph/broken" --endpoint "$endpoint" 2> "$tmp/err.txt"; then
  echo "FAIL: loading a broken file reported success"; fail=1
else
  cat "$tmp/err.txt"
fi

echo "== the cookbook through the endpoint gives kgbuild's own answers on the same data"
for q in "$src"/docs/cookbook/*.rq; do
  n=$(basename "$q")
  "$kg" query --endpoint "$endpoint" --query-file "$q" --results json > "$tmp/v.json"
  "$kg" query "$tmp/data/all.nt" --query-file "$q" --results json > "$tmp/k.json"
  if python3 "$src/tests/sparql_rows_equal.py" "$tmp/v.json" "$tmp/k.json"
  then echo "ok   $n"; else echo "FAIL $n"; fail=1; fi
done

echo "== (after the cookbook, whose queries see every graph) Graph Store protocol load as a user whose password never reaches a command line"
secret="kg-$RANDOM$RANDOM-pw"
isql-vt "127.0.0.1:$isql_port" dba dba exec="DB.DBA.USER_CREATE('kgload', '$secret'); GRANT SPARQL_UPDATE TO \"kgload\";" >/dev/null
( umask 077; printf '%s\n' "$secret" > "$tmp/pw" )
store_url="http://127.0.0.1:$http_port/sparql-graph-crud-auth"
# Watch every process's command line while the load runs: the password must appear in none.
( while :; do cat /proc/[0-9]*/cmdline 2>/dev/null | tr '\0' ' ' | { grep -c -F -f "$tmp/pw" || true; } >> "$tmp/seen"; sleep 0.05; done ) &
watcher=$!
"$kg" load "$tmp/data/all.nt" --graph-store "$store_url" --graph "$graph/gsp" --endpoint "$endpoint" \
  --user kgload --password-file "$tmp/pw" 2> "$tmp/gsp.txt" || { echo "FAIL: graph store load: $(cat "$tmp/gsp.txt")"; fail=1; }
kill "$watcher"; wait "$watcher" 2>/dev/null || true
cat "$tmp/gsp.txt"
if [[ ! -s "$tmp/seen" ]] || grep -qv "^0$" "$tmp/seen"; then echo "FAIL: the password appeared on a command line"; fail=1; else echo "ok   the password was on no command line"; fi
bulk=$("$kg" query --endpoint "$endpoint" -q "SELECT (COUNT(*) AS ?n) FROM <$graph/gsp> WHERE { ?s ?p ?o }" --results csv | tail -1 | tr -d '\r')
want=$(sort -u "$tmp/data/all.nt" | grep -c '^[<_]')
[[ "$bulk" == "$want" ]] && echo "ok   $bulk triples over HTTP, as many as sent" || { echo "FAIL: $bulk triples in the graph, $want sent"; fail=1; }
printf 'wrong\n' > "$tmp/pw-wrong"
rc=0; "$kg" load "$tmp/data/all.nt" --graph-store "$store_url" --graph "$graph/gsp" --user kgload --password-file "$tmp/pw-wrong" 2> "$tmp/err.txt" || rc=$?
[[ $rc -eq 1 ]] && grep -q "refused user 'kgload' (HTTP 401)" "$tmp/err.txt" && echo "ok   a wrong password: $(cut -c1-90 "$tmp/err.txt")" ||
  { echo "FAIL: wrong password gave status $rc: $(cat "$tmp/err.txt")"; fail=1; }
rc=0; "$kg" load "$tmp/data/all.nt" --graph-store "$store_url" --graph "$graph/gsp" --user kgload --password "$secret" 2> "$tmp/err.txt" || rc=$?
[[ $rc -eq 2 ]] && grep -q "password-file" "$tmp/err.txt" && echo "ok   --password on the command line is refused" ||
  { echo "FAIL: --password gave status $rc"; fail=1; }

echo "== a result at the server's row cap is flagged"
"$kg" query --endpoint "$endpoint" --row-cap 50 -q "SELECT ?s ?p ?o WHERE { ?s ?p ?o }" --results csv > /dev/null 2> "$tmp/cap.txt"
if grep -q "result cap" "$tmp/cap.txt"; then echo "ok   warning: $(head -1 "$tmp/cap.txt" | cut -c1-90)"; else echo "FAIL: no row-cap warning"; fail=1; fi

[[ $fail == 0 ]] && echo "virtuoso: 1 passed, 0 failed"
exit $fail
