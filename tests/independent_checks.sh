#!/usr/bin/env bash
# ctest: kgbuild's exports checked by implementations that share no code with ours
# (tests/js/check.mjs: N3.js, rdfxml-streaming-parser, jsonld, shacl-engine).
# usage: independent_checks.sh KGBUILD SOURCE_DIR
set -euo pipefail
kg=$1
src=$2
js=$src/tests/js
if [[ ! -d $js/node_modules ]]; then
  echo "tests/js/node_modules is missing: run 'npm ci --prefix tests/js' (scripts/test.sh does)"
  exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
check() { node "$js/check.mjs" "$@"; }

inputs=("$src/examples/seed.txt")
if compgen -G "$src/../shared/eval/dev/*.txt" >/dev/null; then inputs+=("$src"/../shared/eval/dev/*.txt); fi
outs=()
for ext in nt ttl nq rdf jsonld; do outs+=(-o "$tmp/all.$ext"); done
"$kg" extract "${inputs[@]}" --date 2024-11-08 "${outs[@]}"

echo "== every format reads back to the same triples"
check same "$tmp/all.nt" "$tmp/all.ttl" "$tmp/all.nq" "$tmp/all.rdf" "$tmp/all.jsonld"

echo "== the export conforms to ontology/shapes.ttl"
check shacl "$tmp/all.ttl" "$src/ontology/shapes.ttl"
check shacl "$tmp/all.jsonld" "$src/ontology/shapes.ttl"

echo "== the SHACL check can fail: an entity without its label, a fact without evidence"
grep -v -m1 'rdf-schema#label' "$tmp/all.nt" >/dev/null
awk 'BEGIN{done=0} /rdf-schema#label/ && !done {done=1; next} {print}' "$tmp/all.nt" > "$tmp/nolabel.nt"
if check shacl "$tmp/nolabel.nt" "$src/ontology/shapes.ttl"; then
  echo "FAIL: data with an unlabelled entity passed the shapes"; exit 1
fi
grep -v 'ns#evidence>' "$tmp/all.nt" > "$tmp/noevidence.nt"
if check shacl "$tmp/noevidence.nt" "$src/ontology/shapes.ttl"; then
  echo "FAIL: fact records without evidence passed the shapes"; exit 1
fi

echo "== the ontology itself parses with N3.js and the published context matches the inlined one"
check count "$src/ontology/kg.ttl"
check count "$src/ontology/shapes.ttl"
node -e '
const fs = require("fs");
const doc = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
const ctx = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
if (JSON.stringify(doc["@context"]) !== JSON.stringify(ctx["@context"])) { console.log("inlined @context differs from ontology/context.jsonld"); process.exit(1); }
console.log("inlined @context = ontology/context.jsonld");
' "$tmp/all.jsonld" "$src/ontology/context.jsonld"
echo "independent checks: 1 passed, 0 failed"
