#!/usr/bin/env python3
"""sweep: progen programs through both backends until time runs out.

Generates batches of programs (fuzz/progen.py, seeds counting up from
--seed), runs each batch with `gcfuzz-cli run --backend=both` (or
`--backends=A,B,...`, e.g. `cpython,cpython@3.11`: any backends `gcfuzz run`
takes, real interpreters' workers included), and stops at the first
program where the backends diverge, a backend crashes or fails a check, or
a worker hangs, crashes or breaks the protocol. With a worker backend the
programs are made counting-free (progen --counting-free) unless
--counting-free=no: their meaning is the same under either counting rule
(gcops spec section 7). --counting-free=exact keeps the counting
statements and leaves out only freeze, unfreeze and raise (progen
--no-freezing): for the model against a real interpreter, which counts
spec 3.4's count through the canonical translation's runtime on every
version (docs/python-translation.md, "Counting"); --counting-free=mixed
alternates the two (even seeds exact, odd seeds counting-free), as the
campaign's sweeps against real interpreters do. The program is saved as
gcops text under --findings. Output follows
libFuzzer's shape (status lines, "Test unit written to", "SUMMARY:") so
`gcfuzz campaign` runs it as one of its targets, `progen_sweep`.

Exit status: 0 nothing found, 1 a finding, 2 bad usage.
"""
import argparse
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import progen  # noqa: E402

DIVERGED = re.compile(r"^(\S+\.gcops): backends diverged: (.*)$", re.M)
# A worker backend that gave no answer (cli/run_backends.cc).
WORKER_FAILED = re.compile(r"^(\S+\.gcops): (hang|crash|protocol) on (\S+): (.*)$",
                           re.M)
SUMMARY = re.compile(r"^SUMMARY: (.*)$", re.M)
# Versions whose real interpreter counts what the model's profile counts
# (spec 3.4's count, through the translation's runtime:
# docs/python-translation.md, "Counting"): where --counting-free=exact and
# mixed mean something.
EXACT_COUNTING = ("3.11", "3.12", "3.13", "3.14", "3.15")
# A crash or a failed internal check ends the whole batch's process.
BROKEN = re.compile(r"==gcfuzz== ERROR: (?!divergence)|ERROR: AddressSanitizer|"
                    r"runtime error:|ERROR: LeakSanitizer")


def run(cli, files, timeout, backends="both"):
    r = subprocess.run([cli, "run", "--backend=" + backends] + [str(f) for f in files],
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       text=True, errors="replace", timeout=timeout)
    return r.returncode, r.stdout


def broken(rc, out):
    return rc < 0 or rc > 2 or BROKEN.search(out) is not None


def find_broken(cli, files, backends):
    """The program of `files` that breaks the CLI's process, with its run:
    halving first (a batch with a worker backend restarts the worker for
    every process, 2-3 s on Pyodide, so one run per program would take an
    hour for a batch of 2,000), then one at a time over the last half that
    still broke when neither of its halves does alone (a break that needs
    the programs before it in the same process). None if no run breaks
    again."""
    while len(files) > 1:
        half = len(files) // 2
        for part in (files[:half], files[half:]):
            rc, out = run(cli, part, timeout=600, backends=backends)
            if broken(rc, out):
                files = part
                break
        else:
            break
    for f in files:
        rc, out = run(cli, [f], timeout=120, backends=backends)
        if broken(rc, out):
            return f, rc, out
    return None


def report(path, summary, findings):
    findings.mkdir(parents=True, exist_ok=True)
    dest = findings / ("sweep-" + path.name)
    shutil.copyfile(path, dest)
    print("==gcfuzz== progen program %s: %s" % (path.name, summary))
    print("Test unit written to %s" % dest)
    print("SUMMARY: %s" % summary)
    sys.stdout.flush()


def legacy_finalizers(backend):
    """Can `backend` make a legacy (tp_del) finalizer? Pyodide builds say
    so in differential/worker/pyodide_versions.json (with_tp_del); every
    other backend can."""
    if not backend.startswith("cpython@"):
        return True
    pins = json.loads((Path(__file__).resolve().parent.parent / "differential" /
                       "worker" / "pyodide_versions.json").read_text())
    entry = pins["versions"].get(backend[len("cpython@"):])
    return entry is None or entry.get("with_tp_del", True)


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cli", required=True, help="the gcfuzz-cli binary to run")
    ap.add_argument("--seconds", type=int, default=60)
    ap.add_argument("--count", type=int, default=0,
                    help="stop after this many programs (default: no limit)")
    ap.add_argument("--seed", type=int, default=None,
                    help="first program seed (default: random)")
    ap.add_argument("--batch", type=int, default=None,
                    help="programs per CLI run (default 200; 2000 with a worker "
                         "backend, whose interpreter starts once per run)")
    ap.add_argument("--findings", default="fuzz-findings/progen_sweep")
    ap.add_argument("--backends", default="both",
                    help="what `gcfuzz run --backend=` gets (default: both)")
    ap.add_argument("--counting-free", choices=("auto", "yes", "no", "exact", "mixed"),
                    default="auto",
                    help="counting-free programs (auto: when a worker backend is "
                         "used); exact: counting kept, no freeze/unfreeze/raise; "
                         "mixed: even seeds exact, odd seeds counting-free")
    ap.add_argument("--legacy", choices=("auto", "yes", "no"), default="auto",
                    help="classes with legacy finalizers (tp_del) (auto: when "
                         "every backend can make them)")
    args = ap.parse_args()
    workers = any(b.startswith(("cpython@", "exec:")) for b in args.backends.split(","))
    names = ["collector@3.11" if n == "collector" else n
             for n in args.backends.split(",")]
    # The model and the real interpreter of one version; on 3.11 the
    # embedded backend too, whose CPython schedules by itself over spec
    # 3.4's count (docs/cpython-backend.md, section 4).
    exact = next((v for v in EXACT_COUNTING
                  if len(set(names)) >= 2 and set(names) <=
                  {"collector@" + v, "cpython@" + v} |
                  ({"cpython"} if v == "3.11" else set())), None)
    if args.counting_free in ("exact", "mixed") and workers and exact is None:
        ap.error("--counting-free=exact compares the model with a real "
                 "interpreter whose count it follows: collector@V,cpython@V "
                 "for V in %s (with cpython, the embedded 3.11, beside 3.11's)"
                 % ", ".join(EXACT_COUNTING))
    counting_free = args.counting_free == "yes" or (
        args.counting_free == "auto" and workers)
    freezing = args.counting_free != "exact"
    mixed = args.counting_free == "mixed"
    legacy = args.legacy == "yes" or (
        args.legacy == "auto" and
        all(legacy_finalizers(b) for b in args.backends.split(",")))
    if args.batch is None:
        args.batch = 2000 if workers else 200
    if args.seconds < 1 or args.batch < 1:
        ap.error("--seconds and --batch must be positive")
    seed = args.seed if args.seed is not None else random.randrange(1 << 40)
    findings = Path(args.findings)
    print("INFO: progen sweep from seed %d, batches of %d, backends %s%s%s"
          % (seed, args.batch, args.backends,
             ", even seeds counting kept (no freeze/unfreeze/raise), odd "
             "seeds counting-free" if mixed else
             ", counting-free programs" if counting_free else
             "" if freezing else
             ", counting kept, no freeze/unfreeze/raise",
             "" if legacy else ", no legacy finalizers"))
    start = time.time()
    done = 0
    with tempfile.TemporaryDirectory(prefix="gcfuzz-sweep.") as tmp:
        tmp = Path(tmp)
        while (time.time() - start < args.seconds and
               (args.count == 0 or done < args.count)):
            files = []
            for s in range(seed, seed + args.batch):
                f = tmp / ("p%d.gcops" % s)
                if mixed:  # the two kinds of program, alternately
                    f.write_text(progen.generate(s, s % 2 == 1, legacy, s % 2 == 1))
                else:
                    f.write_text(progen.generate(s, counting_free, legacy, freezing))
                files.append(f)
            seed += args.batch
            rc, out = run(args.cli, files, timeout=600, backends=args.backends)
            w = WORKER_FAILED.search(out)
            if w:
                report(Path(w.group(1)), "gcfuzz: %s %s" % (w.group(2), w.group(3)),
                       findings)
                return 1
            m = DIVERGED.search(out)
            if m:
                path = Path(m.group(1))
                # The CLI's report of it ends in the verdict layer's SUMMARY
                # line, the same words the fuzz targets print.
                s = SUMMARY.search(out, m.end())
                report(path, s.group(1) if s else "gcfuzz: divergence " + m.group(2),
                       findings)
                return 1
            if broken(rc, out):
                # Find the program that broke the batch's process.
                culprit = find_broken(args.cli, files, args.backends)
                if culprit is not None:
                    f, rc1, out1 = culprit
                    s = SUMMARY.search(out1)
                    report(f, s.group(1) if s else "gcfuzz: crash (exit %d)" % rc1,
                           findings)
                    return 1
            for f in files:
                f.unlink()
            done += len(files)
            secs = max(time.time() - start, 1e-6)
            print("#%d\tpulse  cov: 0 ft: 0 corp: 0/0b exec/s: %d" % (done, done / secs))
            sys.stdout.flush()
    print("Done %d runs in %d second(s)" % (done, time.time() - start))
    return 0


if __name__ == "__main__":
    sys.exit(main())
