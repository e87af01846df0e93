#!/usr/bin/env python3
"""Runs a probe program on native python3 and through the Pyodide worker of
every installed pinned version, and prints each one's output. Lines of the
form `... line N ...` get the probe's source line N appended, so the
output says which statement a collection ran after.

Usage: run_probe.py PROBE.py [VERSION...]    (default: every installed one)
"""

import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE.parent.parent.parent
sys.path.insert(0, str(SOURCE / "scripts"))
import pyodide  # noqa: E402  (scripts/pyodide.py)

LINE = re.compile(r"\bline (\d+)\b")


def annotate(text, src):
    out = []
    for l in text.splitlines():
        m = LINE.search(l)
        if m and 0 < int(m.group(1)) <= len(src):
            l += f"   | {src[int(m.group(1)) - 1].strip()}"
        out.append(l)
    return "\n".join(out)


def run_worker(version, code):
    p = subprocess.Popen(
        ["node", str(HERE.parent / "pyodide_worker.mjs"), "--version", version],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    hello = json.loads(p.stdout.readline())
    p.stdin.write(json.dumps({"id": 1, "code": code}) + "\n")
    p.stdin.flush()
    resp = json.loads(p.stdout.readline())
    p.stdin.close()
    p.wait()
    return hello["version"], resp


def main(argv):
    probe = Path(argv[0])
    code = probe.read_text()
    src = code.splitlines()
    versions = argv[1:] or [v for v in sorted(pyodide.manifest()["versions"])
                            if pyodide.is_installed(v)]
    r = subprocess.run(["python3", str(probe)], capture_output=True, text=True)
    ver = subprocess.run(["python3", "-c", "import sys; print(sys.version.split()[0])"],
                         capture_output=True, text=True).stdout.strip()
    print(f"== native python3 {ver} (status {r.returncode})")
    print(annotate(r.stdout + r.stderr, src))
    for v in versions:
        got, resp = run_worker(v, code)
        print(f"== pyodide CPython {got} (status {resp.get('status')})")
        print(annotate(resp.get("stdout", "") + resp.get("stderr", "")
                       + resp.get("error", ""), src))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
