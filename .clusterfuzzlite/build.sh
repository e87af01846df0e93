#!/bin/bash -eu
# .clusterfuzzlite/build.sh — builds gcfuzz's fuzz targets the OSS-Fuzz way.
#
# Runs inside the base-builder image (see Dockerfile), or on a plain Debian
# 12 machine under .ci/oss_fuzz_build_test.sh, which exports the same
# variables. Reads the OSS-Fuzz contract: $CC $CXX $CFLAGS $CXXFLAGS
# (sanitizer and coverage flags already in them), $LIB_FUZZING_ENGINE, $SRC,
# $WORK, $OUT, $SANITIZER. Writes to $OUT, for every fuzz target the
# build's manifest lists ($WORK/gcfuzz-build/fuzz_targets.json, written by
# CMake: fuzz/CMakeLists.txt; .ci/oss_fuzz_build_test.sh reads it too):
#   NAME                   the libFuzzer binary
#   NAME_seed_corpus.zip   its seeds (the files of its manifest corpus dirs)
#   NAME.options, NAME.dict  libFuzzer settings, when the target has them
# and, for the embedded-CPython target, what it needs to run from $OUT alone:
#   lib/libpython3.11.so.1.0 (+ its non-libc deps)   found through the
#       binaries' RPATH $ORIGIN/lib
#   python-stdlib/lib/python3.11/   the standard library and lib-dynload,
#       found by differential/cpython/python_home.cc next to the executable.

project_dir=${GCFUZZ_SRC:-$SRC/gcfuzz}
build_dir=$WORK/gcfuzz-build
python=${GCFUZZ_PYTHON:-python3.11}

# The libFuzzer link flag comes from gcfuzz_add_fuzzer (-fsanitize=fuzzer);
# only libFuzzer is supported (project.yaml says so).
if [[ "$LIB_FUZZING_ENGINE" != "-fsanitize=fuzzer" ]]; then
  echo "build.sh: only libFuzzer is supported (LIB_FUZZING_ENGINE=$LIB_FUZZING_ENGINE)" >&2
  exit 1
fi

# The fuzz targets need no worker backends (real interpreters as separate
# processes, for the CLI): GCFUZZ_WITH_WORKERS=OFF keeps Boost.Process and
# nlohmann/json out of the image, and GCFUZZ_BUILD_CLI=OFF CLI11 (the
# command line's flag parser; not packaged in the base image's Ubuntu).
# Sanitizer and coverage flags come from $CFLAGS/$CXXFLAGS, so GCFUZZ_SANITIZE
# stays empty and no CMAKE_BUILD_TYPE adds its own optimisation flags.
# RPATH (not RUNPATH: --disable-new-dtags) so libpython's own dependencies
# are found in $OUT/lib too.
cmake -S "$project_dir" -B "$build_dir" -G Ninja \
  -DCMAKE_BUILD_TYPE= \
  -DCMAKE_C_COMPILER="$CC" -DCMAKE_CXX_COMPILER="$CXX" \
  -DCMAKE_C_FLAGS="$CFLAGS" -DCMAKE_CXX_FLAGS="$CXXFLAGS" \
  -DCMAKE_EXE_LINKER_FLAGS="-Wl,--disable-new-dtags" \
  -DCMAKE_BUILD_WITH_INSTALL_RPATH=ON -DCMAKE_INSTALL_RPATH='$ORIGIN/lib' \
  -DPython3_EXECUTABLE="$(command -v "$python")" \
  -DGCFUZZ_FUZZ_ENGINE=libfuzzer -DGCFUZZ_SANITIZE= \
  -DGCFUZZ_VERIFY=ON -DGCFUZZ_BUILD_TESTS=OFF \
  -DGCFUZZ_WITH_WORKERS=OFF -DGCFUZZ_BUILD_CLI=OFF
cmake --build "$build_dir" -j "${GCFUZZ_JOBS:-$(nproc)}" \
  --target gcfuzz_fuzzers gcfuzz_corpus_bin

# zip_dir ZIP DIR...: the regular files of each DIR, flat, into ZIP
# (python3's zipfile: no zip(1) needed on a bare build machine).
zip_dir() {
  python3 - "$@" <<'PY'
import sys, zipfile
from pathlib import Path
zip_path, dirs = sys.argv[1], [Path(d) for d in sys.argv[2:]]
files = sorted(f for d in dirs if d.is_dir() for f in d.iterdir() if f.is_file())
if not files:
    sys.exit("build.sh: no seeds for %s" % zip_path)
with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED) as z:
    for f in files:
        z.write(f, f.name)
PY
}

# The fuzz targets are the manifest's, never a list of names here: a new
# target reaches $OUT by being added in fuzz CMake.
targets_py="$project_dir/scripts/fuzz_targets.py"
names=$(python3 "$targets_py" "$build_dir" names)
if [[ -z "$names" ]]; then
  echo "build.sh: $build_dir/fuzz_targets.json lists no fuzz targets" >&2
  exit 1
fi

python_user=  # a target that links libpython, if any
for name in $names; do
  bin=$(python3 "$targets_py" "$build_dir" get "$name" binary)
  cp "$bin" "$OUT/$name"
  # The manifest's dict/options are the copies next to the binary, already
  # named NAME.dict and NAME.options as OSS-Fuzz expects.
  for field in options dict; do
    f=$(python3 "$targets_py" "$build_dir" get "$name" "$field")
    if [[ -n "$f" ]]; then cp "$f" "$OUT/"; fi
  done
  mapfile -t seeds < <(python3 "$targets_py" "$build_dir" get "$name" corpus --existing)
  zip_dir "$OUT/${name}_seed_corpus.zip" "${seeds[@]}"
  if ldd "$bin" | grep -q 'libpython3\.11'; then python_user=$bin; fi
done

if [[ -n "$python_user" ]]; then
  # libpython and what it links that a runner image may lack (not libc).
  mkdir -p "$OUT/lib"
  libpython=$(ldd "$python_user" | awk '/libpython3\.11/ {print $3}')
  cp -L "$libpython" "$OUT/lib/"
  ldd "$libpython" | awk '$3 ~ /^\// {print $3}' |
    grep -Ev '/(libc|libm|libpthread|libdl|librt|libutil|ld-linux[^/]*)\.so' |
    while read -r dep; do cp -L "$dep" "$OUT/lib/"; done
  # The standard library, without its tests and GUI/packaging parts.
  stdlib=$("$python" -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')
  dynload=$("$python" -c 'import sysconfig; print(sysconfig.get_config_var("DESTSHARED"))')
  dest="$OUT/python-stdlib/lib/python3.11"
  rm -rf "$OUT/python-stdlib"
  mkdir -p "$dest/lib-dynload"
  (cd "$stdlib" && tar --exclude='./test' --exclude='./idlelib' \
     --exclude='./tkinter' --exclude='./turtledemo' --exclude='./ensurepip' \
     --exclude='./lib2to3' --exclude='./site-packages' --exclude='./dist-packages' \
     --exclude='__pycache__' --exclude='./lib-dynload' -cf - .) | tar -xf - -C "$dest"
  cp -L "$dynload"/*.so "$dest/lib-dynload/"
fi
