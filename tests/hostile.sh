#!/usr/bin/env bash
# ctest: hostile input (issue 9). Every file is made here. For each, kgbuild either writes every
# output and each one reads back through an independent parser (N3.js, rdfxml-streaming-parser,
# jsonld: the same triples in every RDF format; Graphviz for DOT; xmllint for SVG), or it fails
# with exit status 1 and a message that names the file (and the byte offset for bad encodings)
# and leaves no output and no temporary file behind.
# usage: hostile.sh KGBUILD SOURCE_DIR
set -uo pipefail
kg=$1
src=$2
js=$src/tests/js
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
bad() { echo "FAIL: $*"; fail=1; }

mkdir -p "$tmp/in"
cd "$tmp/in"
python3 - <<'EOF'
import os
W = lambda name, data: open(name, 'wb').write(data)
base = b'Russia accused Ukraine of shelling Donetsk. Putin met Erdogan in Ankara.\n'
# Refused encodings (must fail, naming the byte offset or the encoding).
W('bad-ff.txt', b'Russia \xff accused Ukraine.')
W('bad-f5.txt', b'Russia \xf5\x80\x80\x80 accused Ukraine.')
W('bad-overlong.txt', b'Russia \xc0\xaf accused Ukraine.')
W('bad-overlong3.txt', b'Russia \xe0\x80\xaf accused Ukraine.')
W('bad-surrogate.txt', b'Russia \xed\xa0\x80 accused Ukraine.')
W('bad-above.txt', b'Russia \xf4\x90\x80\x80 accused Ukraine.')
W('bad-truncated.txt', b'Russia accused Ukraine \xe2\x82')
W('bad-cp1252.txt', b'Russia \x93accused\x94 Ukraine.')
W('bad-latin1.txt', 'Fran\u00e7ois Hollande criticised Russia.'.encode('latin-1'))
W('bad-utf16le-bom.txt', '\ufeffRussia accused Ukraine.'.encode('utf-16-le'))
W('bad-utf16be-bom.txt', '\ufeffRussia accused Ukraine.'.encode('utf-16-be'))
W('bad-utf16le.txt', 'Russia accused Ukraine of shelling Donetsk.'.encode('utf-16-le'))
W('bad-binary.txt', bytes(range(256)) * 4)
# Accepted inputs (must give valid outputs).
W('ok-bom.txt', b'\xef\xbb\xbfKenya Accuses Uganda\n' + base)
W('ok-crlf.txt', base.replace(b'\n', b'\r\n') * 3)
W('ok-cr.txt', base.replace(b'\n', b'\r') * 3)
W('ok-nul-controls.txt', b'Russia\x00 accused\x01\x1b[31m Ukraine\x7f of shelling \xc2\x85Donetsk.\x0c\n' + base)
W('ok-quotes.txt', b'Putin said \\"Russia\\" accused Ukraine \\ of "shelling" <Donetsk> {a} #b %c.\n' + base)
W('ok-rtl.txt', 'Israel criticised Iran. \u05d9\u05e9\u05e8\u05d0\u05dc \u0625\u064a\u0631\u0627\u0646 \u202eRussia\u202c met Turkey.\n'.encode())
W('ok-emoji.txt', 'Russia \U0001F525 accused Ukraine \u200d\U0001F468\u200d\U0001F469 of shelling Donetsk. \u6771\u4eac Japan met China.\n'.encode())
W('ok-brackets.txt', (b'(' * 2000) + b'Russia accused Ukraine.' + (b')' * 2000) + b'\n' + base)
W('ok-longline.txt', (b'word ' * 2_000_000) + b'\n' + base)  # a 10 MB line
W('ok-longsentence.txt', b'Russia accused ' + b'Ukraine and ' * 100_000 + b'Poland of lying.\n')
W('ok-html-inject.txt', b'<script>alert(1)</script> Russia accused Ukraine of "</title><img src=x onerror=alert(2)>".\n')
# Names with awkward characters, and a file name that is not UTF-8.
for name in ['ok name "q" <a> {b} #c %d \\e.txt', 'ok\nnewline.txt', 'ok-\u00e9t\u00e9.txt']:
    W(name, base)
W(b'ok-latin1-\xe9t\xe9.txt', base)
EOF

for f in "$tmp"/in/*; do
  name=$(basename -- "$f")
  out="$tmp/out-${RANDOM}${RANDOM}"
  mkdir -p "$out"
  outs=()
  for ext in ttl nt nq rdf jsonld json dot svg html; do outs+=(-o "$out/g.$ext"); done
  "$kg" extract "$f" "${outs[@]}" >"$out/stdout" 2>"$out/stderr"
  rc=$?
  leftovers=$(find "$out" -name '*.tmp.*' | wc -l)
  [[ $leftovers -eq 0 ]] || bad "$name: $leftovers temporary files left behind"
  case "$name" in
    bad-*)
      if [[ $rc -ne 1 ]]; then bad "$name: exit status $rc, expected 1"; continue; fi
      grep -q -- "$(basename -- "$f" | head -c 10)" "$out/stderr" || bad "$name: the message does not name the file: $(cat "$out/stderr")"
      grep -q "UTF-8\|UTF-16" "$out/stderr" || bad "$name: the message does not say what is wrong: $(cat "$out/stderr")"
      grep -q "iconv" "$out/stderr" || bad "$name: the message does not say what to do: $(cat "$out/stderr")"
      ls "$out"/g.* >/dev/null 2>&1 && bad "$name: a refused input left outputs"
      ;;
    *)
      if [[ $rc -ne 0 ]]; then bad "$name: exit status $rc: $(head -c 400 "$out/stderr")"; continue; fi
      node "$js/check.mjs" same "$out/g.nt" "$out/g.ttl" "$out/g.nq" "$out/g.rdf" "$out/g.jsonld" >"$out/check" 2>&1 ||
        bad "$name: the RDF outputs do not read back to the same triples: $(tail -5 "$out/check")"
      python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$out/g.json" || bad "$name: JSON does not parse"
      dot -Tcanon "$out/g.dot" >/dev/null 2>"$out/dot.err" || bad "$name: Graphviz rejects the DOT: $(head -3 "$out/dot.err")"
      [[ ! -s $out/dot.err ]] || bad "$name: Graphviz warns on the DOT: $(head -3 "$out/dot.err")"
      xmllint --noout "$out/g.svg" 2>"$out/svg.err" || bad "$name: SVG is not well-formed: $(head -3 "$out/svg.err")"
      grep -q "<script>alert\|<img src=x" "$out/g.html" && bad "$name: the report carries injected markup unescaped"
      if [[ $name == ok-bom.txt ]] && grep -q $'\xef\xbb\xbf' "$out/g.nt"; then bad "$name: the BOM reached the output"; fi
      ;;
  esac
done

echo "== non-UTF-8 and control characters in names are escaped, the source kept"
if ! grep -q 'ok-latin1-%E9t%E9.txt' "$tmp"/out-*/g.nt 2>/dev/null; then bad "the Latin-1 file name is not shown as %E9"; fi

echo "== a symbolic link or FIFO as output is refused without --force"
ln -s "$tmp/target.nt" "$tmp/link.nt"
"$kg" extract "$tmp/in/ok-crlf.txt" -o "$tmp/link.nt" 2>"$tmp/link.err" && bad "an output symlink was written through"
grep -q "symbolic link" "$tmp/link.err" || bad "the symlink refusal does not say why: $(cat "$tmp/link.err")"
[[ -e $tmp/target.nt ]] && bad "the symlink's target was created"
"$kg" extract "$tmp/in/ok-crlf.txt" -o "$tmp/link.nt" --force || bad "--force did not replace the symlink"
[[ -L $tmp/link.nt ]] && bad "--force kept the symlink"
mkfifo "$tmp/fifo.nt"
timeout 20 "$kg" extract "$tmp/in/ok-crlf.txt" -o "$tmp/fifo.nt" 2>"$tmp/fifo.err" && bad "a FIFO output was accepted"
grep -q "FIFO" "$tmp/fifo.err" || bad "the FIFO refusal does not say why: $(cat "$tmp/fifo.err")"

echo "== all or nothing: a failing output leaves every other target as it was"
echo old > "$tmp/keep.nt"
"$kg" extract "$tmp/in/ok-crlf.txt" -o "$tmp/keep.nt" -o "$tmp/no-such-dir/x.ttl" 2>/dev/null && bad "an unwritable output did not fail"
[[ $(cat "$tmp/keep.nt") == old ]] || bad "a failed run replaced an output it had written"
[[ -z $(find "$tmp" -maxdepth 1 -name '*.tmp.*') ]] || bad "a failed run left temporary files"

echo "== an interrupted run leaves the old outputs and no temporary file (SIGINT, SIGTERM)"
python3 -c "import sys; sys.stdout.write('Russia accused Ukraine of shelling Donetsk, and Putin met Erdogan in Ankara. ' * 12000)" > "$tmp/big.txt"
for sig in INT TERM; do
  echo old > "$tmp/sig.nt"
  "$kg" extract "$tmp/big.txt" -o "$tmp/sig.nt" -o "$tmp/sig.ttl" -o "$tmp/sig.json" &
  pid=$!
  # Wait until a temporary file exists (the run is writing), then interrupt it.
  for _ in $(seq 1 2400); do
    compgen -G "$tmp/sig.*.tmp.*" >/dev/null && break
    kill -0 $pid 2>/dev/null || break
    sleep 0.05
  done
  compgen -G "$tmp/sig.*.tmp.*" >/dev/null || bad "SIG$sig: no temporary file appeared while the run was writing"
  kill -$sig $pid 2>/dev/null
  wait $pid
  rc=$?
  [[ $rc -ne 0 ]] || echo "note: the run finished before SIG$sig arrived"
  if [[ $rc -ne 0 ]]; then
    [[ $(cat "$tmp/sig.nt") == old ]] || bad "SIG$sig: the interrupted run replaced an output"
  fi
  [[ -z $(compgen -G "$tmp/sig.*.tmp.*") ]] || bad "SIG$sig: temporary files left: $(ls "$tmp"/sig.*.tmp.*)"
done

echo "== strict numbers and checked options"
"$kg" extract "$tmp/in/ok-crlf.txt" -o "$tmp/g.ttl"
for opt in "--depth x" "--depth -1" "--max-nodes 3x" "--min-confidence abc" "--min-confidence 2"; do
  # shellcheck disable=SC2086
  "$kg" render "$tmp/g.ttl" $opt -o "$tmp/r.svg" 2>"$tmp/opt.err"
  rc=$?
  [[ $rc -eq 2 ]] || bad "render $opt: exit status $rc, expected 2 (usage)"
done
for b in "http://ex.org/a b/" 'http://ex.org/"q"/' "no-scheme/" "http://ex.org/x"; do
  "$kg" extract "$tmp/in/ok-crlf.txt" --base "$b" -o "$tmp/b.nt" 2>/dev/null
  [[ $? -eq 2 ]] || bad "--base '$b' was accepted"
done

"$kg" extract "$tmp/in/ok-crlf.txt" --max-sentence-tokens 0 -o "$tmp/b.nt" 2>/dev/null
[[ $? -eq 2 ]] || bad "--max-sentence-tokens 0 was accepted"
"$kg" extract "$tmp/in/ok-crlf.txt" --max-sentence-tokens 4 -o "$tmp/b.nt" 2>"$tmp/cut.err" || bad "--max-sentence-tokens 4 failed"
grep -q "was cut" "$tmp/cut.err" || bad "a cut sentence gave no warning: $(cat "$tmp/cut.err")"
"$kg" extract "$tmp/in/ok-crlf.txt" --exact-betweenness 1 -o "$tmp/b.json" || bad "--exact-betweenness 1 failed"
grep -q '"betweenness": *"estimated"' "$tmp/b.json" || bad "--exact-betweenness 1 did not estimate"

echo "== saved graphs that are not kgbuild's are refused with a reason, never an abort"
printf '{}' > "$tmp/e1.json"; printf '[]' > "$tmp/e2.json"; printf '{"nodes": 3, "edges": []}' > "$tmp/e3.json"
printf '{"nodes": [{"id": 1}], "edges": []}' > "$tmp/e4.json"; printf '{"nodes": [], "edges": [{"relation": 5}]}' > "$tmp/e5.json"
printf '{"nodes": [{"id":"a","type":"Person"}], "edges": [{"source":"a","target":"a","relation":"praises","support":[{"sentence":"x"}]}]}' > "$tmp/e6.json"
printf '{"a": ' > "$tmp/e7.json"; printf '{}' > "$tmp/e8.jsonld"; printf '{"@graph": 1}' > "$tmp/e9.jsonld"
printf '{"@graph": [{"@id": "x", "label": {"a": 1}}]}' > "$tmp/e10.jsonld"; printf '[1,2]' > "$tmp/e11.jsonld"
cat > "$tmp/e12.ttl" <<'TTL'
@prefix kg: <https://w3id.org/kgbuild/ns#> .
<http://x/a> a kg:Person ; <http://www.w3.org/2000/01/rdf-schema#label> "A" .
<http://x/f> a kg:Fact ; kg:subject <http://x/a> ; kg:predicate kg:praises ; kg:object <http://x/a> ; kg:sentenceIndex "abc" .
TTL
for f in "$tmp"/e*.json "$tmp"/e*.jsonld "$tmp/e12.ttl"; do
  "$kg" stats "$f" >/dev/null 2>"$tmp/read.err"
  rc=$?
  [[ $rc -eq 1 ]] || bad "stats $(basename "$f"): exit status $rc, expected 1: $(head -c 300 "$tmp/read.err")"
  grep -q "$(basename "$f")" "$tmp/read.err" || bad "stats $(basename "$f"): the message does not name the file"
done

echo "== a long query is checked, SERVICE refused"
python3 -c "print('SELECT * WHERE { ?s ?p ?o FILTER(?o IN (' + ', '.join('<http://example.org/e%d>' % i for i in range(4000)) + ')) }')" > "$tmp/long.rq"
"$kg" query "$tmp/g.ttl" -f "$tmp/long.rq" >/dev/null 2>"$tmp/q.err" || bad "a 100 KB query failed: $(head -c 300 "$tmp/q.err")"
"$kg" query "$tmp/g.ttl" -q 'SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }' >/dev/null 2>"$tmp/q.err"
[[ $? -eq 1 ]] && grep -q "SERVICE" "$tmp/q.err" || bad "SERVICE was not refused: $(cat "$tmp/q.err")"

echo "== control characters of saved data: escaped on a terminal, U+FFFD in SPARQL XML"
printf '@prefix kg: <https://w3id.org/kgbuild/ns#> .\n<http://x/a> a kg:Person ; <http://www.w3.org/2000/01/rdf-schema#label> "A\\u001B[31mred\\u0001" .\n<http://x/b> a kg:Country ; <http://www.w3.org/2000/01/rdf-schema#label> "B" .\n<http://x/a> kg:praises <http://x/b> .\n' > "$tmp/esc.ttl"
q='SELECT ?l WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l }'
if command -v script >/dev/null; then
  SHELL=/bin/bash script -qc "$(printf '%q ' "$kg" path "$tmp/esc.ttl" --from B --to $'A\x1b[31mred\x01')" /dev/null > "$tmp/tty.out"
  grep -q $'\x1b\[31' "$tmp/tty.out" && bad "path printed a raw ESC to the terminal"
  grep -qF 'A\x1B[31mred' "$tmp/tty.out" || bad "path did not show the ESC as \\x1B: $(cat -v "$tmp/tty.out")"
  SHELL=/bin/bash script -qc "$(printf '%q ' "$kg" query "$tmp/esc.ttl" --no-ontology -q "$q")" /dev/null > "$tmp/tty.out"
  grep -q $'\x1b\[31' "$tmp/tty.out" && bad "query printed a raw ESC to the terminal"
fi
"$kg" query "$tmp/esc.ttl" --no-ontology -q "$q" --results xml > "$tmp/r.xml" || bad "query --results xml failed"
xmllint --noout "$tmp/r.xml" || bad "SPARQL XML results with control characters are not well-formed"

if [[ $fail -ne 0 ]]; then echo "hostile input: FAILED"; exit 1; fi
echo "hostile input: all checks passed"
