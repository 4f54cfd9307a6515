#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/) with clang, ASan and UBSan, and runs each for
# FUZZ_SECONDS (default 60) from the committed seed corpora (fuzz/corpus/TARGET); a crash, a
# sanitizer report or a leak fails the run, and the input that caused it is kept in build-san/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
seconds=${FUZZ_SECONDS:-60}
bash scripts/configure-san.sh
cmake --build build-san -j2 --target fuzz_extract fuzz_read_graph fuzz_sparql_json fuzz_sparql_check
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
# Leaks inside librdf/raptor/Graphviz singletons are not ours; kgbuild's own are caught by the
# valgrind test. The fuzzers check memory safety and undefined behaviour.
export ASAN_OPTIONS=detect_leaks=0
for t in extract read_graph sparql_json sparql_check; do
  work=$(mktemp -d)
  cp fuzz/corpus/$t/* "$work/"
  echo "== fuzz_$t for ${seconds}s"
  if ! (cd build-san && ./fuzz/fuzz_$t -max_total_time="$seconds" -max_len=65536 -timeout=20 -rss_limit_mb=2048 \
         -print_final_stats=1 "$work" >"fuzz_$t.log" 2>&1); then
    grep -A40 "ERROR\|runtime error\|timeout\|out-of-memory" "build-san/fuzz_$t.log" | head -80
    echo "FAIL: fuzz_$t found a crash; the input is in build-san/ (crash-*, timeout-*, oom-*)"
    exit 1
  fi
  grep "stat::number_of_executed_units\|stat::new_units_added" "build-san/fuzz_$t.log"
  rm -rf "$work"
done
echo "fuzzing: no crash"
