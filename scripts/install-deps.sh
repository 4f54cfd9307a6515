#!/usr/bin/env bash
# Installs every Debian package kgbuild needs to build, test and render. Idempotent: packages
# already present are skipped by apt, and `dot -c` (which registers Graphviz plugins so that
# gvc finds its layout and render engines in-process) is cheap to rerun.
set -euo pipefail

PACKAGES=(
  build-essential cmake pkg-config
  libboost-graph-dev
  librdf0-dev libraptor2-dev librasqal3-dev raptor2-utils libcurl4-gnutls-dev librdf-storage-sqlite
  nlohmann-json3-dev
  libgraphviz-dev graphviz
  libgtest-dev libxml2-dev libxml2-utils
  libicu-dev wordnet-base link-grammar-dictionaries-en libssl-dev
  python3 curl valgrind
  # libFuzzer targets (scripts/fuzz.sh)
  clang libclang-rt-14-dev
  # the server triple store the tests start on loopback (tests/virtuoso.sh)
  virtuoso-opensource
  # headless browser for the HTML report test (tests/render.sh)
  chromium
)
# Node.js and npm run the independent checkers of the test suite (tests/js).
command -v npm >/dev/null 2>&1 || PACKAGES+=(nodejs npm)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi

if ((${#missing[@]})); then
  echo "install-deps: installing ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# gvc loads layout/render plugins listed in a config file that `dot -c` writes; without it
# in-process rendering fails with "Layout type: dot not recognized".
$SUDO dot -c
