#!/bin/sh
# Render every scenario as plain Python (gcops2py.py) and run it on python3.
# The renderings are generated, so they are written to OUT (default: a
# directory under /tmp), next to a copy of their runtime gcops_rt.py, never
# into the source tree.
# Usage: sh corpus/scenarios/py/check_all.sh [NAME ...]
#   PYTHON=...  the interpreter (default python3)
#   OUT=...     where renderings and their outputs go
cd "$(dirname "$0")" || exit 2
py=${PYTHON:-python3}
out=${OUT:-/tmp/gcfuzz-scenario-py}
mkdir -p "$out" && cp gcops_rt.py "$out/" || exit 2
status=0
if [ $# -eq 0 ]; then set -- $(cd .. && ls *.gcops | sed 's/\.gcops$//'); fi
for n in "$@"; do
  "$py" gcops2py.py "../$n.gcops" > "$out/$n.py" || { echo "$n: translate failed"; status=1; continue; }
  if "$py" "$out/$n.py" > "$out/$n.out" 2>&1; then echo "$n: ok"
  else echo "$n: FAIL (see $out/$n.out)"; status=1; fi
done
exit $status
