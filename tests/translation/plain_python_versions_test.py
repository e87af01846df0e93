#!/usr/bin/env python3
"""The plain form of `export --python` on every installed Pyodide version.

ctest (translation_plain_python_test) proves on native CPython 3.11 that
the plain script prints what the canonical translation prints. Here, for
every corpus program whose export is the plain form, on each version
3.12-3.15 its `# versions:` line names and that is installed
(scripts/pyodide.py install): the plain script runs on that real
interpreter (tests/translation/run_script.mjs, a fresh interpreter per
script) and must print the trace the canonical translation gives there
(`gcfuzz run --backend=cpython@V --format=json`, the worker), and end with
the same status. .ci/run runs it after installing Pyodide.

    plain_python_versions_test.py CLI
Exit status: 0 all agree, 1 a difference, 77 nothing to compare.
"""

import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(os.environ.get("GCFUZZ_SOURCE_DIR") or
            Path(__file__).resolve().parent.parent.parent)
TAG = re.compile(r"^# versions:(.*)$", re.M)
RUNNER = Path(__file__).resolve().parent / "run_script.mjs"


def installed(version):
    d = ROOT / "build" / "pyodide" / version / "node_modules" / "pyodide"
    return d if (d / "package.json").exists() else None


def main():
    cli = sys.argv[1]
    compared = differ = 0
    with tempfile.TemporaryDirectory(prefix="gcfuzz-plain.") as tmp:
        for prog in sorted(p for d in ("seeds", "scenarios", "regressions", "pinned")
                           for p in (ROOT / "corpus" / d).glob("*.gcops")):
            script = subprocess.run([cli, "export", "--python", str(prog)],
                                    capture_output=True, text=True).stdout
            if "as plain Python" not in script.split("\n", 1)[0]:
                continue
            path = Path(tmp) / (prog.stem + ".py")
            path.write_text(script)
            m = TAG.search(prog.read_text())
            for v in (m.group(1).split() if m else []):
                pkg = installed(v) if v != "3.11" else None
                if pkg is None:
                    continue
                plain = subprocess.run(["node", str(RUNNER), str(pkg), str(path)],
                                       capture_output=True, text=True, timeout=300)
                doc = json.loads(subprocess.run(
                    [cli, "run", "--backend=cpython@" + v, "--format=json", str(prog)],
                    capture_output=True, text=True, timeout=300).stdout)
                entry = doc["files"][0]
                want = [e for e in entry["backends"][0]["trace"]
                        if not e.startswith("free ")]
                got = plain.stdout.splitlines()
                compared += 1
                if got != want or plain.returncode != entry["status"]:
                    differ += 1
                    print("DIFFER %s on %s: plain %r (status %d), canonical %r "
                          "(status %d)\n%s" % (prog.name, v, got, plain.returncode,
                                               want, entry["status"], plain.stderr))
                else:
                    print("ok   %s on %s (%d events)" % (prog.name, v, len(want)))
    print("%d comparisons, %d differ" % (compared, differ))
    if compared == 0:
        return 77
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
