#!/usr/bin/env python3
"""pin_programs: generated programs pinned on real interpreters, for the
corpus (corpus/pinned/).

The progen sweep (fuzz/sweep.py) checks the model against a real CPython
only where that interpreter is installed and only while it runs. A pinned
program carries the real interpreter's answer with it: `./gcfuzz test`
then checks every model profile against it offline, on a fresh machine
without Pyodide, and a planted fault that changes what the model does on
such a program fails the suite (tests/fuzz/version_planted_bugs_test.cc
hunts with the tagged corpus too).

For each seed: fuzz/progen.py's counting-free program (no legacy
finalizers when VERSION's build cannot make them) runs on `cpython@VERSION`;
the top-level expectations that do not hold there are dropped and one
`expect log` with the interpreter's whole trace (without `free`, which
plain Python cannot see) is appended. The result must hold on the real
interpreter and on the model's profile of VERSION (`run
--backend=collector@V,cpython@V`); a program the model gets wrong is a
finding, reported and not written. Its `# versions:` line names every
installed version on which the pair holds, like scripts/corpus_versions.py
tag does.

With --counting the programs keep `threshold`, `enable` and `expect
count` (no freeze, unfreeze or raise, as fuzz/sweep.py
--counting-free=exact), judged by the real interpreter: the canonical
translation's runtime makes every version count spec 3.4's count
(docs/python-translation.md, "Counting"). --judge=embedded pins 3.11
programs on the embedded backend instead (`cpython`: spec 3.4's count,
scheduled by code written apart from the model's); those carry no
`# versions:` line, like the corpus's other spec-3.4 counting programs:
ctest runs them on `both`.

    pin_programs.py CLI VERSION SEED COUNT [--counting [--scheduling]]
                    [--judge=real|embedded] [--out corpus/pinned]

Exit status: 0, 1 when the model disagreed with the real interpreter on
some program (the files are kept in --findings), 2 bad usage.
"""

import argparse
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "fuzz"))
import progen  # noqa: E402
import sweep  # noqa: E402  (legacy_finalizers: which builds have tp_del)

ALL = ("3.11", "3.12", "3.13", "3.14", "3.15")
EXPECT = re.compile(r"^expect ")


def installed(version):
    if version == "3.11":
        return True
    return (ROOT / "build" / "pyodide" / version / "node_modules" / "pyodide" /
            "package.json").exists()


def run_json(cli, backends, files):
    """`run --format=json` over files: {file: entry}."""
    out = subprocess.run([str(cli), "run", "--backend=" + backends,
                          "--format=json"] + [str(f) for f in files],
                         capture_output=True, text=True, timeout=1800).stdout
    return {e["file"]: e for e in json.loads(out)["files"]}


# A failed expectation whose answer is a plain value is rewritten to the
# judge's answer instead of dropped: counts, stats and generations after
# automatic collections are what pins a collector's scheduling.
REWRITE = (
    (re.compile(r"^expected count [-0-9 ]+, got ([0-9]+ [0-9]+ [0-9]+)$"),
     lambda m, stmt: "expect count " + m.group(1)),
    (re.compile(r"^expected stats [0-9]+ [0-9 ]+, got ([0-9]+ [0-9]+ [0-9]+)$"),
     lambda m, stmt: " ".join(stmt.split()[:3]) + " " + m.group(1)),
    (re.compile(r"^expected collected -?[0-9]+, got ([0-9]+)$"),
     lambda m, stmt: "expect collected " + m.group(1)),
    (re.compile(r"^expected generation \S+ \S+, got (0|1|2|permanent|untracked)$"),
     lambda m, stmt: " ".join(stmt.split()[:3]) + " " + m.group(1)),
)


def rewritten(stmt, message):
    """`stmt` (an expectation line) saying what the judge answered, or None
    when the answer is not a plain value."""
    for pattern, make in REWRITE:
        m = pattern.match(message)
        if m:
            return make(m, stmt)
    return None


def scheduling_program(seed):
    """A program that leans on automatic collection: small thresholds, kept
    and dropped instances, cycles, containers, explicit collections, and
    `expect count` / `expect stats` / `expect generation` along the way,
    which the judge's answers then pin (REWRITE)."""
    rng = random.Random(seed)
    out = ["class N slots=2", "class D slots=1 del",
           "threshold %d %d %d" % (rng.randint(1, 6), rng.randint(1, 4),
                                  rng.randint(1, 4))]
    names = []
    # Long-lived objects after a full collection: long_lived_total, whose
    # quarter the young survivors (long_lived_pending) must reach before a
    # due generation-2 collection runs (cpython-3.11-gc.md 4.2).
    for _ in range(rng.choice((0, 4, 5, 8, 9, 12, 13, 16, 20, 24, 33))):
        n = "k%d" % len(names)
        out.append("new %s N" % n)
        names.append(n)
    out.append("collect")
    for step in range(rng.randint(30, 90)):
        r = rng.random()
        if r < 0.35 or len(names) < 2:
            n = "x%d" % rng.randint(0, 19)
            out.append("new %s %s" % (n, rng.choice("NND")))
            if n not in names:
                names.append(n)
        elif r < 0.5:
            a, b = rng.sample(names, 2)
            out.append("set %s.0 %s" % (a, b))
        elif r < 0.62:
            n = rng.choice(names)
            out.append("del %s" % n)
            names.remove(n)
        elif r < 0.7:
            out.append("list l%d %s" % (rng.randint(0, 2),
                                        " ".join(rng.sample(names, 2))))
        elif r < 0.75:
            out.append("collect %d" % rng.randint(0, 1))
        elif r < 0.85:
            out.append("expect count 0 0 0")
        elif r < 0.92:
            out.append("expect generation %s 0" % rng.choice(names))
        else:
            out.append("new t%d N" % rng.randint(0, 3))
    out += ["expect stats %d 0 0 0" % g for g in range(3)]
    out.append("expect count 0 0 0")
    return "\n".join(out) + "\n"


def pinned_text(text, entry, version, seed, judge):
    """The program without the expectations that failed on the real
    interpreter, and with its trace as one `expect log`; None when the run
    cannot be pinned (misuse, no answer, a trace no `expect log` can say)."""
    (side,) = entry["backends"]
    if side["outcome"] != "ok" or side["misuse"]:
        return None
    failed = {e["line"] for e in side["expectations"] if e["result"] == "failed"}
    answers = {f["line"]: f["message"] for f in side["failures"]}
    lines = text.splitlines()
    kept = []
    for n, l in enumerate(lines, 1):
        if n in failed and EXPECT.match(l):
            l = rewritten(l, answers.get(n, ""))
            if l is None:
                continue
        kept.append(l)
    if judge == "cpython":
        header = [
            "# Pinned on the embedded CPython 3.11 with spec 3.4's count",
            "# (scripts/pin_programs.py --counting, seed %d): every" % seed,
            "# expectation below held there, and the last line is its whole",
            "# trace (no `free`). Regenerate rather than edit.",
        ]
    else:
        header = [
            "# Pinned on CPython %s (scripts/pin_programs.py, seed %d,"
            % (version, seed),
            "# %s): every expectation below held on the real"
            % ("counting kept" if "threshold" in text or "expect count" in text
               else "counting-free"),
            "# interpreter, and the last line is its whole trace (no `free`).",
            "# Regenerate rather than edit.",
        ]
    body = [l for l in kept if not l.startswith("#")]
    # `expect log` leaves out `free` (spec 3.6); in-process judges report it.
    events = [e for e in side["trace"] if not e.startswith("free ")]
    log = ("expect log " + ", ".join(events)).rstrip()
    return "\n".join(header + body + [log]) + "\n"


def main():
    ap = argparse.ArgumentParser(prog="pin_programs", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("cli")
    ap.add_argument("version", choices=ALL)
    ap.add_argument("seed", type=int)
    ap.add_argument("count", type=int)
    ap.add_argument("--counting", action="store_true",
                    help="keep counting (no freeze, unfreeze or raise)")
    ap.add_argument("--judge", choices=("real", "embedded"), default="real",
                    help="embedded: 3.11 with --counting, judged by the "
                         "embedded backend")
    ap.add_argument("--scheduling", action="store_true",
                    help="with --counting: scheduling_program()'s programs "
                         "instead of progen's")
    ap.add_argument("--out", default=str(ROOT / "corpus" / "pinned"))
    ap.add_argument("--findings", default="fuzz-findings/pinning")
    args = ap.parse_args()
    if not installed(args.version):
        ap.error("CPython %s is not installed (scripts/pyodide.py install %s)"
                 % (args.version, args.version))
    if args.scheduling and not args.counting:
        ap.error("--scheduling programs count: give --counting")
    if args.judge == "embedded" and not (args.counting and args.version == "3.11"):
        ap.error("--judge=embedded pins 3.11 counting programs: give 3.11 --counting")
    judge = "cpython@" + args.version
    if args.judge == "embedded":
        judge = "cpython"
    legacy = sweep.legacy_finalizers("cpython@" + args.version)
    out_dir = Path(args.out)
    out_dir.mkdir(parents=True, exist_ok=True)
    disagreed = 0
    with tempfile.TemporaryDirectory(prefix="gcfuzz-pin.") as tmp:
        tmp = Path(tmp)
        raw = {}
        for s in range(args.seed, args.seed + args.count):
            f = tmp / ("raw_%d.gcops" % s)
            if args.scheduling:
                f.write_text(scheduling_program(s))
            else:
                # --counting: counting kept, no freeze/unfreeze/raise.
                f.write_text(progen.generate(s, not args.counting, legacy,
                                             not args.counting))
            raw[str(f)] = s
        real = run_json(args.cli, judge, list(raw))
        pinned = {}
        for f, seed in raw.items():
            text = pinned_text(Path(f).read_text(), real[f], args.version,
                               seed, judge)
            if text is None:
                continue
            kind = "s" if args.scheduling else "c" if args.counting else ""
            p = tmp / ("v%s%s_p%d.gcops" % (args.version.replace(".", ""),
                                             kind, seed))
            p.write_text(text)
            pinned[str(p)] = seed
        holds = {}
        for v in ALL:
            if not installed(v) or not pinned:
                continue
            pairing = "collector@%s,cpython@%s" % (v, v)
            if judge == "cpython":
                if v != "3.11":
                    continue
                pairing = "collector,cpython"
            pair = run_json(args.cli, pairing, list(pinned))
            for f, e in pair.items():
                if e["status"] == 0:
                    holds.setdefault(f, []).append(v)
                elif v == args.version and e["verdict"] == "divergence":
                    disagreed += 1
                    dest = Path(args.findings)
                    dest.mkdir(parents=True, exist_ok=True)
                    shutil.copy(f, dest)
                    print("FINDING: collector@%s and cpython@%s diverge on %s"
                          % (v, v, dest / Path(f).name))
        written = 0
        for f in pinned:
            versions = holds.get(f, [])
            if args.version not in versions:
                continue
            text = Path(f).read_text().splitlines()
            if judge != "cpython":  # spec 3.4 counting: no real version
                text.insert(4, "# versions: " + " ".join(versions))
            (out_dir / Path(f).name).write_text("\n".join(text) + "\n")
            written += 1
    print("pin_programs: %d of %d programs pinned on %s into %s"
          % (written, args.count, args.version, out_dir))
    return 1 if disagreed else 0


if __name__ == "__main__":
    sys.exit(main())
