#!/usr/bin/env python3
"""The canonical translation (translation/) against the embedded 3.11
backend, on the real native python3 (3.11), through the native worker.

Two harnesses run the same interpreter: the embedded backend (C hooks,
spec 3.4's count of program objects) and the canonical translation (plain
Python, CPython's own automatic collection and count). Where neither side
collects automatically and the program reads no count, nothing of the
counting decision (gcops spec section 7) is involved: their traces must be
equal, `free` events left out, and so must the program's expectation
results and status. Programs that collect automatically or read counts
are listed with how they differ: the evidence the counting decision is
settled on (docs/python-translation.md). A program with a
`# translation-limit:` line shows one of the translation's documented
limits (docs/python-translation.md, "Limits"): it must still differ, so a
limit lifted is noticed and its line removed. (The standalone script of
`export --python` is the same runtime inline: tests/triage/export_test.cc.)

usage: canonical_translation_test.py CLI   (GCFUZZ_SOURCE_DIR set)
"""
import glob
import json
import os
import re
import subprocess
import sys


def main():
    cli = sys.argv[1]
    src = os.environ["GCFUZZ_SOURCE_DIR"]
    files = sorted(glob.glob(f"{src}/corpus/seeds/*.gcops") +
                   glob.glob(f"{src}/corpus/scenarios/*.gcops") +
                   glob.glob(f"{src}/corpus/regressions/*.gcops"))
    r = subprocess.run([cli, "run", "--format=json",
                        "--backend=cpython,cpython@3.11"] + files,
                       capture_output=True, text=True, timeout=600)
    # Each file's events on both sides, and how they diverged
    # (docs/cli-json.md).
    traces, diverged = {}, {}
    for entry in json.loads(r.stdout)["files"]:
        f = entry["file"]
        traces[f] = [e for b in entry.get("backends", []) for e in b["trace"]]
        d = entry.get("divergence")
        if d and d["on"] == "trace":
            diverged[f] = (f"{d['left']} and {d['right']} differ at event "
                           f"{d['event']} (left out: "
                           f"{' '.join(entry['left_out'])})")
        elif d:
            diverged[f] = (f"{d['left']} and {d['right']} agree on every "
                           "event but not on the program's expectations")
    checked, counting, bad, limits = 0, [], [], 0
    for f in files:
        name = os.path.relpath(f, src)
        with open(f) as fh:
            text = fh.read()
        reads_counts = any(l.split()[:2] == ["expect", "count"]
                           for l in text.splitlines())
        if re.search(r"^# translation-limit:", text, re.M):
            limits += 1
            if f not in diverged:
                bad.append(f"{name}: marked as a translation limit, but the "
                           "translation now agrees (remove the line)")
            continue
        auto = any(e.endswith(" auto") for e in traces[f])
        if auto or reads_counts:
            if f in diverged:
                counting.append(f"{name}: {diverged[f]}")
            continue
        checked += 1
        if f in diverged:
            bad.append(f"{name}: {diverged[f]}")
    print(f"{checked} programs without automatic collection or counts: "
          f"{checked - len(bad)} agree; {limits} show a documented "
          "translation limit")
    print(f"{len(counting)} programs that collect automatically or read "
          "counts differ (the counting decision, not checked here):")
    for c in counting:
        print("  " + c)
    for b in bad:
        print("FAIL " + b)
    if checked < 50:
        print(f"FAIL only {checked} programs were comparable")
        return 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
