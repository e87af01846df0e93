#!/usr/bin/env python3
"""corpus_versions: which real CPython versions each corpus program holds on.

A program's `# versions: 3.11 3.12 ...` line names the CPython versions on
whose real interpreter (its canonical Python translation, through the
worker backend `cpython@V`) every expectation of the program holds. The
model and the embedded backend run every program as 3.11 with spec 3.4's
count (ctest corpus.*); the tag is about the real interpreters, which
count on their own (docs/python-translation.md).

    corpus_versions.py check CLI [VERSION...]   each program on each of its
        tagged versions that is installed (or those named): exit 1 if one
        fails, 77 if no version could run
    corpus_versions.py tag CLI VERSION...       run every program on each
        version and rewrite its tag (a maintainer's tool: review the diff;
        the real interpreter is the judge)

Needs GCFUZZ_SOURCE_DIR or runs from the checkout.
"""
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(os.environ.get("GCFUZZ_SOURCE_DIR") or Path(__file__).resolve().parent.parent)
ALL = ("3.11", "3.12", "3.13", "3.14", "3.15")
TAG = re.compile(r"^# versions:(.*)$", re.M)


def programs():
    return sorted(p for d in ("seeds", "scenarios", "regressions")
                  for p in (ROOT / "corpus" / d).glob("*.gcops"))


def installed(version):
    if version == "3.11":
        return True
    return (ROOT / "build" / "pyodide" / version / "node_modules" / "pyodide" /
            "package.json").exists()


def tagged(path):
    m = TAG.search(path.read_text())
    return m.group(1).split() if m else []


def passing(cli, version, files):
    """The files that pass on cpython@VERSION (one warm worker for all)."""
    r = subprocess.run([cli, "run", "--backend=cpython@" + version] +
                       [str(f) for f in files],
                       capture_output=True, text=True, timeout=3600)
    ok = set(re.findall(r"^(\S+\.gcops): ok on ", r.stdout, re.M))
    return {f for f in files if str(f) in ok}, r.stdout + r.stderr


def check(cli, versions):
    versions = [v for v in (versions or ALL) if installed(v)]
    if not versions:
        print("corpus_versions: no version installed (scripts/pyodide.py install)")
        return 77
    failed = 0
    for v in versions:
        files = [p for p in programs() if v in tagged(p)]
        ok, log = passing(cli, v, files)
        bad = [f for f in files if f not in ok]
        print("CPython %s: %d programs tagged, %d hold" % (v, len(files), len(ok)))
        for f in bad:
            failed += 1
            print("FAIL %s does not hold on %s:" % (f.relative_to(ROOT), v))
            for line in log.splitlines():
                if line.startswith(str(f)) or ("[cpython@%s]" % v in line
                                               and str(f) in line):
                    print("  " + line[:300])
    return 1 if failed else 0


def tag(cli, versions):
    holds = {p: set(tagged(p)) - set(versions) for p in programs()}
    for v in versions:
        ok, _ = passing(cli, v, programs())
        for p in ok:
            holds[p].add(v)
    for p, vs in holds.items():
        text = p.read_text()
        line = "# versions: " + " ".join(sorted(vs)) if vs else None
        # The line goes last: no statement moves (line numbers are in
        # failure messages, golden files and the spec's examples).
        text = re.sub(r"^# versions:.*\n?", "", text, flags=re.M)
        text = text.rstrip("\n") + "\n"
        if line:
            text += line + "\n"
        p.write_text(text)
    for v in versions:
        n = sum(1 for vs in holds.values() if v in vs)
        print("CPython %s: %d of %d programs hold" % (v, n, len(holds)))
    return 0


def main():
    if len(sys.argv) < 3 or sys.argv[1] not in ("check", "tag"):
        print(__doc__)
        return 2
    cli, versions = sys.argv[2], sys.argv[3:]
    bad = [v for v in versions if v not in ALL]
    if bad:
        print("corpus_versions: unknown version %s (known: %s)" % (" ".join(bad), " ".join(ALL)))
        return 2
    return check(cli, versions) if sys.argv[1] == "check" else tag(cli, versions)


if __name__ == "__main__":
    sys.exit(main())
