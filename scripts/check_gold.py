#!/usr/bin/env python3
"""Sanity checks for the gold files of an annotated set under eval/ (usage:
scripts/check_gold.py FOLDER; each set's check.py calls it for its own folder).

Every NAME.json parses and has its NAME.txt; every evidence is a verbatim substring of the text;
every s/o is a defined entity id; every p is one of the 35 relation names of GUIDELINES.md;
every alias (and name, unless noted) occurs in the text (case-insensitive); entity types are
the five of the guide; ids are unique; no duplicate (s, p, o)."""
import json, re, sys
from pathlib import Path
from collections import Counter

CORE = ["congratulates", "praises", "supports", "meetsWith", "negotiatesWith", "signsAgreementWith",
        "proposes", "promises", "aids", "urges", "demands", "doubts", "criticizes", "accuses", "warns",
        "opposes", "rejects", "threatens", "sanctions", "attacks", "occupies", "annexes", "claims",
        "affiliatedWith", "memberOf", "locatedIn"]
EXT = ["visits", "cooperatesWith", "releases", "withdrawsFrom", "protests", "investigates", "arrests",
       "expels", "mobilizes"]
TYPES = {"Person", "Country", "Organization", "Place", "Group"}
SYM = {"meetsWith", "negotiatesWith", "signsAgreementWith"}
here = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else Path.cwd()
errors = 0
def err(msg):
    global errors
    errors += 1
    print("ERROR", msg)

tot_e = tot_r = 0
pc = Counter(); neg = Counter()
for jf in sorted(here.glob("*.json")):
    g = json.loads(jf.read_text(encoding="utf-8"))
    txt = jf.with_suffix(".txt").read_text(encoding="utf-8")
    low = txt.lower()
    if g.get("id") != jf.stem: err(f"{jf.name}: id {g.get('id')}")
    if g.get("vocabulary") != "extended": err(f"{jf.name}: vocabulary")
    if list(g.keys()) != ["id", "url", "vocabulary", "entities", "relations"]: err(f"{jf.name}: keys {list(g)}")
    ids = [e["id"] for e in g["entities"]]
    if len(ids) != len(set(ids)): err(f"{jf.name}: duplicate entity ids")
    for e in g["entities"]:
        if set(e) != {"id", "name", "type", "aliases"}: err(f"{jf.name}: entity keys {e}")
        if e["type"] not in TYPES: err(f"{jf.name}: type {e}")
        if not e["aliases"]: err(f"{jf.name}: no aliases {e['id']}")
        for a in e["aliases"]:
            if a.lower() not in low: err(f"{jf.name}: alias not in text: {e['id']} {a!r}")
    seen = set()
    for r in g["relations"]:
        if set(r) != {"s", "p", "o", "negated", "evidence"}: err(f"{jf.name}: relation keys {r}")
        if r["s"] not in ids: err(f"{jf.name}: s {r['s']}")
        if r["o"] not in ids: err(f"{jf.name}: o {r['o']}")
        if r["s"] == r["o"]: err(f"{jf.name}: s == o {r}")
        if r["p"] not in CORE + EXT: err(f"{jf.name}: p {r['p']}")
        if not isinstance(r["negated"], bool): err(f"{jf.name}: negated {r}")
        if r["evidence"] not in txt: err(f"{jf.name}: evidence not verbatim: {r['evidence']!r}")
        k = (r["s"], r["p"], r["o"])
        if r["p"] in SYM: k = (min(r["s"], r["o"]), r["p"], max(r["s"], r["o"]))
        if k in seen: err(f"{jf.name}: duplicate {k}")
        seen.add(k)
        pc[r["p"]] += 1
        neg[r["p"]] += r["negated"]
    tot_e += len(ids); tot_r += len(g["relations"])
    words = len(txt.split())
    print(f"{jf.stem}: {words} words, {len(ids)} entities, {len(g['relations'])} relations")
    if not 150 <= words <= 420: print(f"  note: {words} words")
    if not txt.endswith("\n") or txt.endswith("\n\n"): err(f"{jf.name}: text should end with one newline")
core = sum(pc[p] for p in CORE); ext = sum(pc[p] for p in EXT)
print(f"total: {tot_e} entities, {tot_r} relations ({core} core, {ext} extended; {sum(neg.values())} negated)")
for label, names in (("extended", EXT), ("core", CORE)):
    print(label + ":", ", ".join(f"{p} {pc[p]}" + (f" ({neg[p]} negated)" if neg[p] else "")
                             for p in sorted(names, key=lambda p: (-pc[p], names.index(p))) if pc[p]))
print("errors:", errors)
sys.exit(1 if errors else 0)
