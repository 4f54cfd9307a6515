#!/usr/bin/env python3
"""Precision and recall of the nine extended relations alone, per relation and in total.

usage: scripts/extended_score.py GOLD_DIR SYSTEM_DIR [--score PATH_TO_score.py]

Reads score.py's --json --explain output: a gold fact of an extended relation that is not in the
missed list is a true positive; a system triple of an extended relation that is wrong, asserts a
denied fact, or lies on entities that match no gold entity is a false positive. Only gold files
with "vocabulary": "extended" count (score.py scores the nine only there).
"""
import collections, glob, json, os, subprocess, sys

EXTENDED = ['visits', 'cooperatesWith', 'releases', 'withdrawsFrom', 'protests', 'investigates',
            'arrests', 'expels', 'mobilizes']

def main():
    args = sys.argv[1:]
    score = os.path.join(os.path.dirname(__file__), '..', '..', 'shared', 'eval', 'score.py')
    if '--score' in args:
        i = args.index('--score'); score = args[i + 1]; del args[i:i + 2]
    if len(args) != 2:
        sys.exit(__doc__)
    gold, system = args
    out = subprocess.run([sys.executable, score, '--gold', gold, '--system', system, '--json', '--explain'],
                         capture_output=True, text=True, check=True).stdout
    report = json.loads(out)
    extended_docs, golds = set(), collections.Counter()
    for f in glob.glob(os.path.join(gold, '*.json')):
        d = json.load(open(f))
        if d.get('vocabulary') != 'extended':
            continue
        extended_docs.add(os.path.splitext(os.path.basename(f))[0])
        for r in d['relations']:
            if not r.get('negated'):
                golds[r['p']] += 1
    missed, wrong = collections.Counter(), collections.Counter()
    for doc, d in report['documents'].items():
        if doc not in extended_docs:
            continue
        e = d['explain']
        for r in e['missed_relations']:
            missed[r[1]] += 1
        for r in e['wrong_relations'] + e.get('asserted_negated', []) + e.get('relations_on_unmatched_nodes', []):
            if isinstance(r, list) and len(r) >= 2:
                wrong[r[1]] += 1
    tp = fp = total = 0
    for rel in EXTENDED:
        t = golds[rel] - missed[rel]
        tp, fp, total = tp + t, fp + wrong[rel], total + golds[rel]
        print(f'{rel:15s} gold {golds[rel]:3d}  found {t:3d}  false {wrong[rel]:3d}')
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / total if total else 0.0
    print(f'extended: P {p:.3f}  R {r:.3f}  ({tp} of {total} gold facts, {fp} false)')

main()
