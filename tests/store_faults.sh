#!/usr/bin/env bash
# ctest: the persistent store survives faults (issue 9). Real `kgbuild load` processes are
# killed with SIGKILL at several points; each time the store must read as it was before the load
# (or, if the load had finished, with all of it), `load --check` must pass, and the next load must
# work. Two loads at once: one is refused with a message, the other loads everything.
# usage: store_faults.sh KGBUILD SOURCE_DIR
set -uo pipefail
kg=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
bad() { echo "FAIL: $*"; fail=1; }
count() {
  "$kg" query --store "$tmp/store" --results csv \
    -q 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' 2>"$tmp/q.err" | tail -1 | tr -dc '0-9'
}

python3 -c "import sys; sys.stdout.write('Russia accused Ukraine of shelling Donetsk, and Putin met Erdogan in Ankara on Monday. ' * 1500)" > "$tmp/a.txt"
"$kg" extract "$src/examples/seed.txt" -o "$tmp/small.nt" || exit 1
"$kg" extract "$tmp/a.txt" -o "$tmp/big.nt" || exit 1
"$kg" load "$tmp/small.nt" --store "$tmp/store" 2>/dev/null || { echo "FAIL: the first load failed"; exit 1; }
before=$(count)
[[ -n $before && $before -gt 0 ]] || { echo "FAIL: the store cannot be counted: $(cat "$tmp/q.err")"; exit 1; }
"$kg" load "$tmp/big.nt" --store "$tmp/full" 2>/dev/null
full=$("$kg" query --store "$tmp/full" --results csv -q 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' | tail -1 | tr -dc '0-9')
echo "store: $before statements; the big file alone: $full"

for delay in 0.05 0.3 1 2; do
  "$kg" load "$tmp/big.nt" --store "$tmp/store" 2>/dev/null &
  pid=$!
  sleep "$delay"
  kill -KILL $pid 2>/dev/null
  wait $pid 2>/dev/null
  rc=$?
  now=$(count)
  if [[ $rc -eq 0 ]]; then
    echo "note: the load finished before the kill at ${delay}s"
    [[ -n $now && $now -ge $full ]] || bad "after a finished load the store holds '$now'"
    before=$now
  else
    [[ $now == "$before" ]] || bad "killed at ${delay}s: the store holds '$now' statements, not the $before it had: $(cat "$tmp/q.err")"
  fi
  "$kg" load --check --store "$tmp/store" >"$tmp/check.out" 2>&1 || bad "killed at ${delay}s: --check fails: $(cat "$tmp/check.out")"
done

echo "== the next load after the kills works and is complete"
"$kg" load "$tmp/big.nt" --store "$tmp/store" 2>"$tmp/l.err" || bad "a load after the kills failed: $(cat "$tmp/l.err")"
after=$(count)
[[ -n $after && $after -ge $full ]] || bad "after a complete load the store holds '$after' (the big file alone has $full)"

echo "== two loads at once: one refused with a message, the other complete"
"$kg" extract "$src/examples/seed.txt" --base https://example.org/other/ -o "$tmp/other.nt"
"$kg" load "$tmp/big.nt" "$tmp/other.nt" --store "$tmp/two" 2>"$tmp/one.err" & p1=$!
sleep 0.2
"$kg" load "$tmp/other.nt" --store "$tmp/two" 2>"$tmp/two.err"; r2=$?
wait $p1; r1=$?
if [[ $r1 -eq 0 && $r2 -eq 0 ]]; then
  echo "note: the first load ended before the second began"
elif [[ $r2 -ne 0 ]]; then
  grep -q "one at a time" "$tmp/two.err" || bad "the refused load does not say why: $(cat "$tmp/two.err")"
else
  bad "the second load succeeded while the first failed: $(cat "$tmp/one.err")"
fi
"$kg" load --check --store "$tmp/two" >"$tmp/check.out" 2>&1 || bad "--check after two loads: $(cat "$tmp/check.out")"

echo "== a store path that would inject librdf options is refused"
"$kg" load "$tmp/small.nt" --store "$tmp/x',new='yes" 2>"$tmp/inj.err" && bad "a store path with a quote was accepted"
grep -q "quote" "$tmp/inj.err" || bad "the refusal does not say why: $(cat "$tmp/inj.err")"

if [[ $fail -ne 0 ]]; then echo "store faults: FAILED"; exit 1; fi
echo "store faults: all checks passed"
