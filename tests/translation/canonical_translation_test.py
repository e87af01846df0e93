#!/usr/bin/env python3
"""The canonical translation (translation/) against the embedded 3.11
backend, on the real native python3 (3.11).

Two harnesses run the same interpreter: the embedded backend (C hooks,
spec 3.4's count of program objects) and the canonical translation (plain
Python, CPython's own automatic collection and count). Where neither side
collects automatically and the program reads no count, nothing of the
counting decision (gcops spec section 7) is involved: their traces must be
equal, `free` events left out, and the translation must pass the
program's expectations. Programs that collect automatically or read counts
are listed with their first difference: the evidence the counting decision
is settled on (docs/python-translation.md).

usage: canonical_translation_test.py CLI [PYTHON]   (GCFUZZ_SOURCE_DIR set)
"""
import glob
import os
import subprocess
import sys


def trace_of_embedded(cli, path):
    r = subprocess.run([cli, "run", "--backend=cpython", "--trace", path],
                       capture_output=True, text=True, timeout=120)
    lines = [l for l in r.stdout.splitlines()
             if l and not l.startswith("#") and not l.endswith(")")
             and not l.startswith(path)]
    return r.returncode, [l for l in lines if not l.startswith("free ")]


def run_translation(cli, python, path):
    script = subprocess.run([cli, "translate", path], capture_output=True,
                            text=True, timeout=60, check=True).stdout
    r = subprocess.run([python, "-"], input=script, capture_output=True,
                       text=True, timeout=120)
    return r.returncode, r.stdout.splitlines(), r.stderr


def reads_counts(path):
    with open(path) as f:
        return any(l.split()[:2] == ["expect", "count"] for l in f)


def main():
    cli = sys.argv[1]
    python = sys.argv[2] if len(sys.argv) > 2 else "python3"
    src = os.environ["GCFUZZ_SOURCE_DIR"]
    files = sorted(glob.glob(f"{src}/corpus/seeds/*.gcops") +
                   glob.glob(f"{src}/corpus/scenarios/*.gcops") +
                   glob.glob(f"{src}/corpus/regressions/*.gcops"))
    checked, counting, bad = 0, [], []
    for path in files:
        name = os.path.relpath(path, src)
        emb_status, emb = trace_of_embedded(cli, path)
        status, got, err = run_translation(cli, python, path)
        auto = any(l.endswith(" auto") for l in emb + got)
        if auto or reads_counts(path):
            if emb != got or status != 0:
                first = next((i for i, (a, b) in enumerate(zip(emb, got))
                              if a != b), min(len(emb), len(got)))
                counting.append(f"{name}: event {first}: embedded "
                                f"{emb[first:first + 1]} translation "
                                f"{got[first:first + 1]}; status {status}")
            continue
        checked += 1
        if emb != got:
            bad.append(f"{name}: traces differ\n  embedded:    {emb}\n"
                       f"  translation: {got}")
        if status != emb_status:
            bad.append(f"{name}: status {status}, embedded {emb_status}\n"
                       f"  {err.strip()[:600]}")
    print(f"{checked} programs without automatic collection or counts: "
          f"{checked - len(set(b.split(':')[0] for b in bad))} agree")
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
