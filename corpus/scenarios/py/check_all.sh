#!/bin/sh
# Regenerate every scenario's Python rendering and run it on python3.
# Usage: sh corpus/scenarios/py/check_all.sh [NAME ...]
cd "$(dirname "$0")" || exit 2
status=0
if [ $# -eq 0 ]; then set -- $(cd .. && ls *.gcops | sed 's/\.gcops$//'); fi
for n in "$@"; do
  "${PYTHON:-python3}" gcops2py.py "../$n.gcops" > "$n.py" || { echo "$n: translate failed"; status=1; continue; }
  if "${PYTHON:-python3}" "$n.py" > "/tmp/scen-py-$n.out" 2>&1; then echo "$n: ok"
  else echo "$n: FAIL (see /tmp/scen-py-$n.out)"; status=1; fi
done
exit $status
