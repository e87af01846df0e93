#!/usr/bin/env bash
# scripts/coverage.sh — what the corpus covers: clang source-based coverage.
#
# Builds every fuzz target in replay mode (fuzz/replay_main.cc) with
# clang 14 and -fprofile-instr-generate -fcoverage-mapping in
# build/coverage, replays the repository corpus through each (the targets
# and their corpus directories are the build's manifest,
# build/coverage/fuzz_targets.json: the same inputs ctest replays), merges
# the profiles with llvm-profdata-14 and writes
#   build/coverage/html/index.html   llvm-cov-14's report (all our sources)
# and prints one summary line for collector/ (lines and branches).
# Usage: scripts/coverage.sh [--campaign]   (--campaign: also replay each
# target's campaign corpus, build/fuzz/campaign/<target>/)
# Exit status: 0 done, 1 a replay failed, 2 build failure.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
with_campaign=0
usage="usage: gcfuzz coverage [--campaign]"
for arg in "$@"; do
  case "$arg" in
    --campaign) with_campaign=1 ;;
    -h|--help)
      echo "$usage"
      echo
      echo "clang source-based coverage of the corpus replayed through every fuzz"
      echo "target: HTML in build/coverage/html/, one summary line for collector/."
      echo "  --campaign  also replay each target's campaign corpus"
      echo "              (build/fuzz/campaign/<target>/)"
      exit 0 ;;
    *) echo "gcfuzz coverage: unknown option '$arg' (see 'gcfuzz coverage --help')" >&2
       exit 2 ;;
  esac
done
dir=${GCFUZZ_COVERAGE_DIR:-$root/build/coverage}
flags="-fprofile-instr-generate -fcoverage-mapping"
log=$dir/build.log
mkdir -p "$dir"

if [[ ! -f "$dir/build.ninja" ]]; then
  cmake -S "$root" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14 \
    -DCMAKE_C_FLAGS="$flags" -DCMAKE_CXX_FLAGS="$flags" \
    -DGCFUZZ_FUZZ_ENGINE=replay -DGCFUZZ_VERIFY=ON -DGCFUZZ_BUILD_TESTS=OFF >"$log" 2>&1 ||
    { tail -30 "$log" >&2; echo "coverage: configure failed" >&2; exit 2; }
fi
cmake --build "$dir" -j "${GCFUZZ_JOBS:-2}" --target gcfuzz_fuzzers gcfuzz_corpus_bin >>"$log" 2>&1 ||
  { grep -E "error|FAILED" "$log" | head -30 >&2; echo "coverage: build failed ($log)" >&2; exit 2; }

# The fuzz targets: the manifest CMake wrote for this build (the build
# above reran CMake if the fuzz CMake changed).
targets_py="$root/scripts/fuzz_targets.py"
names=$(python3 "$targets_py" "$dir" names) ||
  { echo "coverage: no fuzz target manifest in $dir" >&2; exit 2; }
[[ -n "$names" ]] || { echo "coverage: $dir defines no fuzz targets" >&2; exit 2; }

rm -rf "$dir/profiles"; mkdir -p "$dir/profiles"
objects=()
status=0
for name in $names; do
  bin=$(python3 "$targets_py" "$dir" get "$name" binary)
  mapfile -t inputs < <(python3 "$targets_py" "$dir" get "$name" corpus)
  if ((with_campaign)) && [[ -d "$root/build/fuzz/campaign/$name" ]]; then
    inputs+=("$root/build/fuzz/campaign/$name")
  fi
  existing=()
  for d in "${inputs[@]}"; do [[ -d "$d" ]] && existing+=("$d"); done
  if ! LLVM_PROFILE_FILE="$dir/profiles/$name-%p.profraw" GCFUZZ_SOURCE_DIR="$root" \
       "$bin" "${existing[@]}" >"$dir/$name.replay.log" 2>&1; then
    echo "coverage: replay through $name failed ($dir/$name.replay.log)" >&2
    status=1
  fi
  echo "coverage: $name: $(grep -oE 'replayed [0-9]+ inputs' "$dir/$name.replay.log" || echo 'no inputs')"
  objects+=(-object "$bin")
done

llvm-profdata-14 merge -sparse "$dir"/profiles/*.profraw -o "$dir/merged.profdata"
ignore='(/usr/|/\.pyenv/|/build/|/tests/|_deps/)'
rm -rf "$dir/html"
llvm-cov-14 show "${objects[@]:1}" -instr-profile="$dir/merged.profdata" \
  -format=html -output-dir="$dir/html" -show-branches=count \
  -ignore-filename-regex="$ignore" "$root"
llvm-cov-14 export "${objects[@]:1}" -instr-profile="$dir/merged.profdata" \
  -summary-only -ignore-filename-regex="$ignore" "$root/collector" >"$dir/collector-summary.json"
python3 - "$dir/collector-summary.json" "${#objects[@]}" <<'PY'
import datetime, json, sys
totals = json.load(open(sys.argv[1]))["data"][0]["totals"]
l, b = totals["lines"], totals["branches"]
print("coverage of collector/ (%s, corpus replayed through %d fuzz targets): "
      "lines %.1f%% (%d/%d), branches %.1f%% (%d/%d)"
      % (datetime.date.today().isoformat(), int(sys.argv[2]) // 2,
         l["percent"], l["covered"], l["count"],
         b["percent"], b["covered"], b["count"]))
PY
echo "coverage: report in $dir/html/index.html"
exit $status
