#!/usr/bin/env bash
# ctest: diagrams and the HTML report. Golden DOT for the example; Graphviz's own `dot` reads our
# DOT; `kgbuild render` from every export format gives the same bytes; PNG and PDF have their
# magic bytes and a sane size; the HTML report works in headless Chromium (rows, filter,
# screenshot) without touching the network.
# usage: render.sh KGBUILD SOURCE_DIR      (UPDATE_GOLDEN=1 rewrites tests/golden/seed.dot)
set -euo pipefail
kg=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
# Relative input path: the document's source is written as given, so the golden file does not
# depend on where the repository is checked out.
(cd "$src" && "$kg" extract examples/seed.txt -o "$tmp/seed.dot" -o "$tmp/seed.ttl" -o "$tmp/seed.nt" \
  -o "$tmp/seed.nq" -o "$tmp/seed.rdf" -o "$tmp/seed.jsonld" -o "$tmp/seed.json")

echo "== golden DOT for the example"
if [[ ${UPDATE_GOLDEN:-} == 1 ]]; then cp "$tmp/seed.dot" "$src/tests/golden/seed.dot"; fi
if ! diff -u "$src/tests/golden/seed.dot" "$tmp/seed.dot" > "$tmp/dot.diff"; then
  echo "FAIL: seed.dot differs from tests/golden/seed.dot (UPDATE_GOLDEN=1 after checking the change):"
  head -30 "$tmp/dot.diff"; fail=1
fi

echo "== Graphviz's dot reads our DOT"
dot -Tsvg "$tmp/seed.dot" -o "$tmp/by-dot.svg" && grep -q "Vladimir Putin" "$tmp/by-dot.svg" || { echo "FAIL: dot rejected our DOT"; fail=1; }

echo "== render from every export format gives the same diagram"
for ext in ttl nt nq rdf jsonld json; do "$kg" render "$tmp/seed.$ext" -o "$tmp/from-$ext.svg"; done
for ext in nt nq rdf jsonld json; do
  cmp -s "$tmp/from-ttl.svg" "$tmp/from-$ext.svg" || { echo "FAIL: render from .$ext differs from .ttl"; fail=1; }
done
"$kg" render "$tmp/seed.ttl" -o "$tmp/again.svg"
cmp -s "$tmp/from-ttl.svg" "$tmp/again.svg" || { echo "FAIL: same input, different bytes"; fail=1; }

echo "== one SVG node per drawn entity (plus the legend)"
entities=$(grep -c '^\s*[^ ]* \[label=' "$tmp/seed.dot" || true)
svg_nodes=$(grep -o 'class="node"' "$tmp/from-ttl.svg" | wc -l)
python3 -c 'import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])' "$tmp/from-ttl.svg" || { echo "FAIL: SVG not well-formed"; fail=1; }
grep -q '<title>Legend' "$tmp/from-ttl.svg" || grep -q 'legend' "$tmp/from-ttl.svg" || { echo "FAIL: no legend"; fail=1; }
echo "   $svg_nodes SVG nodes"
grep -q 'xlink:title="Vladimir Putin congratulates Donald Trump' "$tmp/from-ttl.svg" || { echo "FAIL: no evidence tooltip"; fail=1; }

echo "== PNG and PDF"
"$kg" render "$tmp/seed.ttl" -o "$tmp/seed.png"
"$kg" render "$tmp/seed.ttl" -o "$tmp/seed.pdf"
[[ $(head -c 8 "$tmp/seed.png" | od -An -tx1 | tr -d ' \n') == 89504e470d0a1a0a ]] || { echo "FAIL: PNG magic"; fail=1; }
[[ $(head -c 5 "$tmp/seed.pdf") == %PDF- ]] || { echo "FAIL: PDF magic"; fail=1; }
for f in seed.png seed.pdf; do
  size=$(stat -c %s "$tmp/$f")
  (( size > 20000 && size < 20000000 )) || { echo "FAIL: $f has $size bytes"; fail=1; }
done

echo "== filters change what is drawn"
"$kg" render "$tmp/seed.ttl" --focus Putin --depth 1 -o "$tmp/putin.dot"
grep -q '"Vladimir Putin"\|label="Vladimir Putin"' "$tmp/putin.dot" || { echo "FAIL: focus lost Putin"; fail=1; }
if grep -q 'Zaporizhzhia' "$tmp/putin.dot"; then echo "FAIL: --focus kept an entity two facts away"; fail=1; fi
"$kg" render "$tmp/seed.ttl" --relations doubts -o "$tmp/doubts.dot"
if grep -q 'label=congratulates' "$tmp/doubts.dot"; then echo "FAIL: --relations kept another relation"; fail=1; fi
grep -q 'label=doubts' "$tmp/doubts.dot" || { echo "FAIL: --relations dropped doubts"; fail=1; }
if "$kg" render "$tmp/seed.ttl" --focus Nobody -o "$tmp/x.svg" 2>/dev/null; then echo "FAIL: unknown focus accepted"; fail=1; fi

echo "== the HTML report in headless Chromium"
"$kg" render "$tmp/seed.ttl" "$src/examples/baltic.txt" -o "$tmp/x.html" 2>/dev/null && { echo "FAIL: a .txt accepted as a graph"; fail=1; }
"$kg" extract "$src/examples/seed.txt" "$src/examples/baltic.txt" -o "$tmp/both.ttl"
"$kg" render "$tmp/both.ttl" -o "$tmp/report.html"
rows=$(grep -c '^<tr' "$tmp/report.html" || true)
if [[ -x /usr/bin/chromium && -d $src/tests/js/node_modules/playwright-core ]]; then
  out=$(node "$src/tests/js/html_report.mjs" "$tmp/report.html" "russia demands" "$tmp/report.png")
  echo "   $out"
  python3 - "$out" <<'PY' || fail=1
import json, sys
r = json.loads(sys.argv[1])
ok = r["before"] > 20 and 0 < r["after"] < r["before"] and r["allMatch"] and not r["network"] and r["svgNodes"] > 10
print("   ok" if ok else f"FAIL: {r}")
sys.exit(0 if ok else 1)
PY
  [[ -s $tmp/report.png ]] || { echo "FAIL: no screenshot"; fail=1; }
  echo "== markup in an article is text in the report, never run (issue 9)"
  printf 'Russia accused Ukraine of "<img src=x onerror=alert(2)>" and <script>alert(1)</script> lies. Putin met Erdogan.\n' > "$tmp/inject.txt"
  "$kg" extract "$tmp/inject.txt" -o "$tmp/inject.html"
  out=$(node "$src/tests/js/html_report.mjs" "$tmp/inject.html" "russia" "$tmp/inject.png")
  echo "   $out"
  python3 - "$out" <<'PY' || fail=1
import json, sys
r = json.loads(sys.argv[1])
ok = r["dialogs"] == 0 and r["injected"] == 0 and not r["network"] and r["before"] >= 1
print("   ok" if ok else f"FAIL: injected markup ran or was kept as markup: {r}")
sys.exit(0 if ok else 1)
PY
  mkdir -p "$src/build" 2>/dev/null && cp "$tmp/report.png" "${SCREENSHOT_DIR:-$tmp}/report.png" 2>/dev/null || true
else
  echo "FAIL: Chromium or playwright-core missing (scripts/install-deps.sh and npm ci --prefix tests/js)"; fail=1
fi
[[ $fail == 0 ]] && echo "render: 1 passed, 0 failed"
exit $fail
