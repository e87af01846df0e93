#!/usr/bin/env bash
# scripts/setup.sh — installs what a fresh Debian 12 machine lacks for gcfuzz.
#
# Idempotent: a package already installed is skipped, so this costs one
# `dpkg-query` when everything is there. Only Debian packages are fetched.
# After a check that found (or made) everything present it touches
# build/.setup-ok; ./gcfuzz runs this script again only when that stamp is
# older than the script (so a package list change is always installed).
# Usage: scripts/setup.sh [--quiet]
set -euo pipefail

quiet=0
[[ "${1:-}" == "--quiet" ]] && quiet=1

# Build tools, test libraries, the embedded CPython backend's and the
# oracle's libraries, the worker client's (Boost.Process needs
# Boost.Filesystem; nlohmann/json), clang's libFuzzer/sanitizer runtimes,
# clang-format-14 (.clang-format; .ci/check_format.sh), the CLI's flag
# parser (CLI11) and the JSON Schema validator of its tests.
packages=(
  cmake ninja-build g++ clang-14 libclang-rt-14-dev llvm-14 clang-format-14
  libgtest-dev libgmock-dev libbenchmark-dev
  pybind11-dev libboost-graph-dev libboost-filesystem-dev nlohmann-json3-dev
  libcli11-dev python3-jsonschema
)

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
stamp="$root/build/.setup-ok"
present() {
  mkdir -p "$root/build" && touch "$stamp"
}

# One dpkg-query for all of them: a package it does not know is missing.
declare -A installed=()
while read -r name state; do
  [[ "$state" == "install ok installed" ]] && installed[$name]=1
done < <(dpkg-query -W -f='${Package} ${Status}\n' "${packages[@]}" 2>/dev/null || true)
missing=()
for p in "${packages[@]}"; do
  [[ -n "${installed[$p]:-}" ]] || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
  ((quiet)) || echo "setup: all packages present"
  present
  exit 0
fi

echo "setup: installing ${missing[*]}" >&2
sudo=()
if [[ $(id -u) -ne 0 ]]; then
  if command -v sudo >/dev/null; then sudo=(sudo); else
    echo "setup: need root (or sudo) to apt-get install: ${missing[*]}" >&2
    exit 2
  fi
fi
export DEBIAN_FRONTEND=noninteractive
log=$(mktemp)
if ! { "${sudo[@]}" apt-get update -qq && \
       "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
  cat "$log" >&2
  echo "setup: apt-get install failed" >&2
  exit 2
fi
rm -f "$log"
echo "setup: installed ${missing[*]}" >&2
present
