#!/usr/bin/env bash
# ctest: the end-to-end run under valgrind: no invalid read or write and no definite leak in
# kgbuild's code (tests/valgrind.supp suppresses only memory allocated inside Graphviz, Pango,
# fontconfig, GLib and cairo, each with its reason).
# usage: valgrind.sh KGBUILD SOURCE_DIR
set -euo pipefail
kg=$1
src=$2
command -v valgrind >/dev/null || { echo "valgrind is missing: scripts/install-deps.sh installs it"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
vg=(valgrind -q --leak-check=full --errors-for-leak-kinds=definite --show-leak-kinds=definite
    --suppressions="$src/tests/valgrind.supp" --error-exitcode=99)
run() {
  echo "== kgbuild $*"
  "${vg[@]}" "$kg" "$@" >/dev/null 2>"$tmp/vg.log" || {
    rc=$?
    cat "$tmp/vg.log"
    [[ $rc -eq 99 ]] && { echo "FAIL: valgrind found errors in: kgbuild $*"; exit 1; }
    echo "FAIL: kgbuild $* exited with $rc"; exit 1
  }
}
outs=()
for ext in ttl nt nq rdf jsonld json dot svg png pdf html; do outs+=(-o "$tmp/g.$ext"); done
# SVG, PNG, PDF and the report in one run: the case that read freed memory in Graphviz's pango plugin.
run extract "$src/examples/seed.txt" --date 2024-11-08 "${outs[@]}"
run render "$tmp/g.ttl" -o "$tmp/r.svg"
run stats "$tmp/g.json"
run query "$tmp/g.ttl" -q 'PREFIX kg: <https://w3id.org/kgbuild/ns#> SELECT ?s ?o WHERE { ?s kg:criticizes ?o }' --results xml
run inspect "$src/examples/seed.txt"
echo "valgrind: clean"
