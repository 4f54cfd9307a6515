#!/usr/bin/env bash
# ctest: every example sentence of the relation tables in README.md ("The 35 relations") and
# docs/extraction.md is run through `kgbuild extract`, and the fact the table promises must be
# in the output (asserted, not denied). The docs cannot claim what the extractor does not do.
# usage: relation_examples.sh KGBUILD SOURCE_DIR
set -euo pipefail
kg=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$kg" "$tmp" "$src/ontology/kg.ttl" "$src/README.md" "$src/docs/extraction.md" <<'PY'
import json, re, subprocess, sys
kg, tmp, ttl, *docs = sys.argv[1:]
# Symmetric relations (owl:SymmetricProperty in kg.ttl) are written in one canonical direction.
symmetric = set(re.findall(r'^kg:(\w+)\n\s+a owl:ObjectProperty\s*,\s*owl:SymmetricProperty', open(ttl).read(), re.M))
row = re.compile(r'^\| `(\w+)`(?: \*)? \|.*\| ([^|]+?) \| ([^|]+?) \|\s*$')
names = set()
fail = checked = 0
for doc in docs:
    for line in open(doc, encoding='utf-8'):
        m = row.match(line)
        if not m:
            continue
        relation, sentence, fact = m.group(1), m.group(2).strip(), m.group(3).strip()
        if not sentence.endswith(('.', '?', '!')) or f' {relation} ' not in f' {fact} ':
            continue
        names.add(relation)
        checked += 1
        path = f'{tmp}/{checked}.txt'
        open(path, 'w', encoding='utf-8').write(sentence + '\n')
        subprocess.run([kg, 'extract', path, '-o', f'{tmp}/{checked}.json'], check=True, capture_output=True)
        g = json.load(open(f'{tmp}/{checked}.json'))
        label = {n['id']: n['label'] for n in g['nodes']}
        got = {f"{label[e['source']]} {e['relation']} {label[e['target']]}" for e in g['edges'] if not e['negated']}
        a, _, b = fact.partition(f' {relation} ')
        if fact not in got and not (relation in symmetric and f'{b} {relation} {a}' in got):
            fail += 1
            print(f'FAIL {doc.split("/")[-1]}: "{sentence}" gives no "{fact}"; got: {sorted(got)}')
print(f'{checked} examples checked, {len(names)} relations, {fail} failed')
if len(names) < 35:
    print('FAIL: the tables should show all 35 relations'); fail += 1
sys.exit(1 if fail else 0)
PY
