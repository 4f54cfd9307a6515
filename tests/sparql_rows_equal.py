#!/usr/bin/env python3
"""usage: sparql_rows_equal.py A.json B.json: exit 0 when two SPARQL JSON results hold the same rows
(in any order); Virtuoso's xsd:boolean 1/0 count as true/false. Prints the first difference."""
import json, sys
BOOL = "http://www.w3.org/2001/XMLSchema#boolean"
def value(v):
    # Virtuoso answers xsd:boolean values as 1 / 0.
    if v.get("datatype") == BOOL:
        return {"1": "true", "0": "false"}.get(v["value"], v["value"])
    return v["value"]
def rows(p):
    d = json.load(open(p))
    return sorted(json.dumps(sorted((k, value(v)) for k, v in b.items())) for b in d["results"]["bindings"])
a, b = rows(sys.argv[1]), rows(sys.argv[2])
print(f"  {len(a)} rows from Virtuoso, {len(b)} from kgbuild")
for x, y in zip(a, b):
    if x != y:
        print(f"  first difference:\n    Virtuoso: {x}\n    kgbuild:  {y}")
        break
sys.exit(0 if a == b else 1)
