#!/usr/bin/env bash
# .ci/oss_fuzz_build_test.sh — tests .clusterfuzzlite/build.sh without Docker.
#
# Exports what OSS-Fuzz's `compile` exports for a libFuzzer + ASan build
# (CC, CXX, CFLAGS, CXXFLAGS, LIB_FUZZING_ENGINE, SRC, WORK, OUT, SANITIZER,
# FUZZING_ENGINE, FUZZING_LANGUAGE, ARCHITECTURE), with clang 14, and runs
# build.sh. Then it moves $OUT elsewhere (a runner unpacks the build into a
# directory of its own) and runs every fuzzer from there for a few seconds
# on its unpacked seed corpus, with its .options, in a cleared environment
# holding only what OSS-Fuzz's runner sets (the sanitizer options).
# Checks on the way: $OUT's executables are exactly the fuzz targets of
# build.sh's manifest ($WORK/gcfuzz-build/fuzz_targets.json), each with a
# seed corpus zip; libpython, when linked, resolves into $OUT/lib, the
# running process maps libpython and extension modules from $OUT only, and
# it cannot start with $OUT's standard library hidden (so that is the one
# it uses); every run ends with libFuzzer's "Done".
# Usage: .ci/oss_fuzz_build_test.sh [SECONDS_PER_FUZZER]   (default 5)
# Exit status: 0 pass, 1 a check failed.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=${1:-5}
tmp=${GCFUZZ_OSSFUZZ_TMP:-$(mktemp -d /tmp/gcfuzz-ossfuzz.XXXXXX)}
mkdir -p "$tmp"/{src,work,out}
# The sources as the Dockerfile's COPY puts them: a copy of the checkout's
# files (tracked and new, not ignored), never the build directories.
rm -rf "$tmp/src/gcfuzz"; mkdir -p "$tmp/src/gcfuzz"
git -C "$root" ls-files -z -co --exclude-standard |
  (cd "$root" && tar --null --ignore-failed-read -T - -cf - 2>/dev/null) | tar -xf - -C "$tmp/src/gcfuzz"
cp "$root/.clusterfuzzlite/build.sh" "$tmp/src/build.sh"

fail() { echo "oss-fuzz-test: FAIL: $*" >&2; exit 1; }

# OSS-Fuzz's flags for SANITIZER=address, FUZZING_ENGINE=libfuzzer (its
# CXXFLAGS add -stdlib=libc++; Debian 12 has no libc++-14-dev installed by
# scripts/setup.sh, so this test builds against libstdc++).
san="-fsanitize=address -fsanitize-address-use-after-scope"
common="-O1 -fno-omit-frame-pointer -gline-tables-only -DFUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION"
export CC=clang-14 CXX=clang++-14
export CFLAGS="$common $san -fsanitize=fuzzer-no-link"
export CXXFLAGS="$CFLAGS"
export LIB_FUZZING_ENGINE=-fsanitize=fuzzer
export SANITIZER=address FUZZING_ENGINE=libfuzzer FUZZING_LANGUAGE=c++ ARCHITECTURE=x86_64
export SRC="$tmp/src" WORK="$tmp/work" OUT="$tmp/out"
export GCFUZZ_JOBS=${GCFUZZ_JOBS:-2}

echo "oss-fuzz-test: build.sh (log: $tmp/build.log)"
if ! (cd "$SRC/gcfuzz" && bash -eu "$SRC/build.sh") >"$tmp/build.log" 2>&1; then
  tail -40 "$tmp/build.log" >&2
  fail "build.sh failed"
fi

# A runner sees only the build's output, somewhere else.
run_dir="$tmp/runner-out"
rm -rf "$run_dir"
mv "$OUT" "$run_dir"

# What $OUT must hold: the targets CMake defined in build.sh's build
# (its build_dir), no fewer and no other executables.
manifest_dir=$WORK/gcfuzz-build
names=$(python3 "$root/scripts/fuzz_targets.py" "$manifest_dir" names) ||
  fail "no fuzz target manifest in $manifest_dir"
mapfile -t fuzzers < <(printf '%s\n' $names | sort)
((${#fuzzers[@]} > 0)) || fail "the manifest in $manifest_dir lists no fuzz targets"
mapfile -t found < <(find "$run_dir" -maxdepth 1 -type f -perm -u+x -printf '%f\n' | sort)
[[ "${found[*]}" == "${fuzzers[*]}" ]] ||
  fail "\$OUT's executables are not the manifest's fuzz targets: expected ${fuzzers[*]}; found ${found[*]:-none}"
echo "oss-fuzz-test: ${#fuzzers[@]} fuzzers (the manifest's): ${fuzzers[*]}"

# The sanitizer options OSS-Fuzz's runner sets (a subset that matters here).
asan_options="alloc_dealloc_mismatch=0:allocator_may_return_null=1:detect_leaks=1:detect_stack_use_after_return=1:detect_odr_violation=0:handle_abort=1:handle_segv=1:handle_sigill=1:symbolize=1:print_scariness=1:dedup_token_length=3"
ubsan_options="print_stacktrace=1:print_summary=1:silence_unsigned_overflow=1:halt_on_error=1"

status=0
for name in "${fuzzers[@]}"; do
  zip="$run_dir/${name}_seed_corpus.zip"
  [[ -s "$zip" ]] || fail "$name: no ${name}_seed_corpus.zip"
  if ldd "$run_dir/$name" | grep -q libpython; then
    ldd "$run_dir/$name" | grep libpython | grep -q "$run_dir/lib/" ||
      fail "$name: libpython does not resolve into \$OUT/lib: $(ldd "$run_dir/$name" | grep libpython)"
  fi
  corpus="$tmp/corpus/$name"
  rm -rf "$corpus"; mkdir -p "$corpus"
  python3 -m zipfile -e "$zip" "$corpus"
  flags=()
  if [[ -f "$run_dir/$name.options" ]]; then
    while IFS='=' read -r k v; do
      k=$(echo "$k" | tr -d ' '); v=$(echo "$v" | tr -d ' ')
      [[ -n "$k" && -n "$v" && "$k" != \[* ]] && flags+=("-$k=$v")
    done <"$run_dir/$name.options"
  fi
  log="$tmp/$name.log"
  start=$(date +%s)
  rc=0
  (cd "$run_dir" && exec env -i PATH=/usr/bin:/bin HOME=/nonexistent \
       ASAN_OPTIONS="$asan_options" UBSAN_OPTIONS="$ubsan_options" \
       "./$name" -max_total_time="$seconds" -timeout=25 -rss_limit_mb=2560 \
       "${flags[@]}" "$corpus") >"$log" 2>&1 &
  pid=$!
  # An embedding target must run on what $OUT ships, not on this machine's
  # Python: its mappings must show libpython from $OUT and no libpython or
  # extension module from elsewhere.
  embeds=0; lib_ok=0
  if ldd "$run_dir/$name" | grep -q libpython; then embeds=1; fi
  while kill -0 "$pid" 2>/dev/null; do
    if ((embeds)) && [[ -r /proc/$pid/maps ]]; then
      grep -q "$run_dir/lib/libpython3.11" "/proc/$pid/maps" 2>/dev/null && lib_ok=1
      if grep -E 'libpython3\.11|lib-dynload' "/proc/$pid/maps" 2>/dev/null | grep -qv "$run_dir/"; then
        echo "oss-fuzz-test: $name maps Python files from outside \$OUT:" >&2
        grep -E 'libpython3\.11|lib-dynload' "/proc/$pid/maps" | grep -v "$run_dir/" | head -3 >&2
        status=1
      fi
    fi
    sleep 0.5
  done
  wait "$pid" || rc=$?
  if ((embeds)); then
    ((lib_ok)) || { echo "oss-fuzz-test: $name: libpython not seen loaded from \$OUT" >&2; status=1; }
    # The standard library it starts from is $OUT's: with $OUT's
    # `encodings` package hidden, the interpreter must fail to start.
    enc="$run_dir/python-stdlib/lib/python3.11/encodings"
    mv "$enc" "$enc.hidden"
    if (cd "$run_dir" && env -i PATH=/usr/bin:/bin HOME=/nonexistent \
          ASAN_OPTIONS="$asan_options:detect_leaks=0" "./$name" -runs=0 -artifact_prefix="$tmp/nostdlib-" "$corpus") \
          >"$tmp/$name.nostdlib.log" 2>&1; then
      echo "oss-fuzz-test: $name started without \$OUT's standard library: it uses another one" >&2
      status=1
    fi
    mv "$enc.hidden" "$enc"
  fi
  runs=$(grep -oE '^Done [0-9]+ runs' "$log" | grep -oE '[0-9]+' || true)
  if [[ $rc -ne 0 || -z "$runs" ]]; then
    echo "oss-fuzz-test: $name FAILED (exit $rc); last lines of $log:" >&2
    tail -25 "$log" >&2
    status=1
  else
    echo "oss-fuzz-test: $name ok: $runs runs in $(( $(date +%s) - start )) s from \$OUT (seeds: $(ls "$corpus" | wc -l))"
  fi
done
((status == 0)) || fail "a fuzzer did not run from \$OUT"
echo "oss-fuzz-test: PASS ($(du -sh "$run_dir" | cut -f1) in \$OUT; work dir $tmp)"
