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
    corpus_versions.py check-model CLI [VERSION...]   each program on the
        model's profile of each tagged version it has (`collector@V`)
    corpus_versions.py check-pair CLI [VERSION...]   each program on
        `collector@V,cpython@V` for each tagged, installed version: the
        model and the real interpreter give one trace and hold
    corpus_versions.py tag CLI VERSION...       run every program on each
        version and rewrite its tag (a maintainer's tool: review the diff;
        the real interpreter is the judge)

Needs GCFUZZ_SOURCE_DIR or runs from the checkout.
"""
import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(os.environ.get("GCFUZZ_SOURCE_DIR") or Path(__file__).resolve().parent.parent)
ALL = ("3.11", "3.12", "3.13", "3.14", "3.15")
TAG = re.compile(r"^# versions:(.*)$", re.M)


def programs():
    return sorted(p for d in ("seeds", "scenarios", "regressions", "pinned")
                  for p in (ROOT / "corpus" / d).glob("*.gcops"))


def installed(version):
    if version == "3.11":
        return True
    return (ROOT / "build" / "pyodide" / version / "node_modules" / "pyodide" /
            "package.json").exists()


def tagged(path):
    m = TAG.search(path.read_text())
    return m.group(1).split() if m else []


BACKENDS = {"check": "cpython@{v}", "check-model": "collector@{v}",
            "check-pair": "collector@{v},cpython@{v}"}


def passing(cli, version, files, backends="cpython@{v}"):
    """The files that pass (and, on several backends, agree) on `backends`
    for VERSION (one warm worker for all), and for each other file what
    went wrong, read from `run --format=json` (docs/cli-json.md)."""
    r = subprocess.run([cli, "run", "--format=json",
                        "--backend=" + backends.format(v=version)] +
                       [str(f) for f in files],
                       capture_output=True, text=True, timeout=3600)
    try:
        entries = json.loads(r.stdout)["files"]
    except (ValueError, KeyError):  # bad usage: one line on stderr
        return set(), {f: r.stdout + r.stderr for f in files}
    ok, why = set(), {}
    for f, entry in zip(files, entries):
        if entry["status"] == 0:
            ok.add(f)
        else:
            why[f] = explain(entry)
    return ok, why


def explain(entry):
    """A file entry of `run --format=json` that did not pass, in words."""
    if "error" in entry:
        return entry["error"]["message"]
    lines = []
    for b in entry["backends"]:
        lines += ["[%s] %s" % (b["name"], m) for m in b["messages"]]
    d = entry["divergence"]
    if d:
        lines.append("backends diverged on %s: %s and %s, from event %d" % (
            d["on"], d["left"], d["right"], d["event"]))
        lines.append("  %s: %s" % (d["left"], ", ".join(d["left_from_event"][:12])))
        lines.append("  %s: %s" % (d["right"], ", ".join(d["right_from_event"][:12])))
    return "\n".join(lines) or entry["verdict"]


def model_versions(cli):
    """The versions the model has a profile of (`gcfuzz backends`)."""
    r = subprocess.run([cli, "backends"], capture_output=True, text=True,
                       timeout=600)
    return re.findall(r"^collector@(\S+)\t", r.stdout, re.M)


def check(cli, versions, how="check"):
    versions = versions or ALL
    if how != "check-model":
        versions = [v for v in versions if installed(v)]
    if how != "check":
        have = model_versions(cli)
        versions = [v for v in versions if v in have]
    if not versions:
        print("corpus_versions: no version to check here (scripts/pyodide.py install)")
        return 77
    failed = 0
    for v in versions:
        files = [p for p in programs() if v in tagged(p)]
        ok, why = passing(cli, v, files, BACKENDS[how])
        bad = [f for f in files if f not in ok]
        print("%s: %d programs tagged %s, %d hold" % (
            BACKENDS[how].format(v=v), len(files), v, len(ok)))
        for f in bad:
            failed += 1
            print("FAIL %s does not hold on %s:" % (f.relative_to(ROOT),
                                                   BACKENDS[how].format(v=v)))
            for line in why.get(f, "").splitlines():
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
    if len(sys.argv) < 3 or sys.argv[1] not in ("tag", *BACKENDS):
        print(__doc__)
        return 2
    cli, versions = sys.argv[2], sys.argv[3:]
    bad = [v for v in versions if v not in ALL]
    if bad:
        print("corpus_versions: unknown version %s (known: %s)" % (" ".join(bad), " ".join(ALL)))
        return 2
    if sys.argv[1] == "tag":
        return tag(cli, versions)
    return check(cli, versions, sys.argv[1])


if __name__ == "__main__":
    sys.exit(main())
