#!/usr/bin/env python3
"""Checks of fuzz/progen.py and fuzz/sweep.py, run by ctest.

    progen_test.py valid CLI          programs are deterministic and run to
                                      the end on the collector (no misuse)
    progen_test.py agree CLI          a fixed sweep finds no divergence
    progen_test.py bisect CLI         the sweep narrows a batch that breaks
                                      the CLI by halving (CLI unused: a
                                      stand-in that crashes on one program)
    progen_test.py exact CLI          the exact-counting mode (--no-freezing)
                                      keeps counting statements, leaves out
                                      freeze/unfreeze/raise and body saveall,
                                      and its programs run to the end
    progen_test.py planted CLI FAULT [BACKENDS]
                                      the sweep finds planted fault FAULT
                                      (BACKENDS: what it compares, e.g.
                                      collector,cpython@3.11: the model
                                      against the real interpreter alone)
"""
import subprocess
import sys
import tempfile
from pathlib import Path

TOOLS = Path(__file__).resolve().parents[2] / "fuzz"
sys.path.insert(0, str(TOOLS))
import progen  # noqa: E402


def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)


def valid(cli):
    for seed in range(20):
        if progen.generate(seed) != progen.generate(seed):
            fail("seed %d gives two programs" % seed)
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for seed in range(400):
            f = Path(tmp) / ("p%d.gcops" % seed)
            f.write_text(progen.generate(seed))
            files.append(str(f))
        r = subprocess.run([cli, "run", "--backend=collector"] + files,
                           capture_output=True, text=True)
        # 0: every expectation held; 1: some failed (progen's expectations
        # are guesses). 2 would be misuse, i.e. a top-level statement that
        # could not run: progen's promise is broken.
        if r.returncode not in (0, 1):
            lines = [l for l in r.stdout.splitlines() + r.stderr.splitlines()
                     if ".gcops:" in l and not l.startswith("[")]
            fail("exit %d; misuse: %s" % (r.returncode, "\n".join(lines[:5])))
        # Every program reports: an "ok" line, or its failed expectations.
        ran = {l.split(".gcops:")[0] for l in (r.stdout + r.stderr).splitlines()
               if ".gcops:" in l}
        if len(ran) < 400:
            fail("only %d of 400 programs reported" % len(ran))
    print("ok: 400 programs ran to the end")


def exact(cli):
    import re
    texts = [progen.generate(seed, False, True, False) for seed in range(400)]
    gone = re.compile(r"(?:^|[{;] ?)(?:unfreeze|freeze|raise) *(?:$|[;}])", re.M)
    for seed, text in enumerate(texts):
        if gone.search(text):
            fail("seed %d keeps freeze/unfreeze/raise:\n%s" % (seed, text))
        for line in text.splitlines():
            body = line.partition("{")[2]
            if re.search(r"\bdebug\b[^;}]*\b(?:saveall|leak)\b", body):
                fail("seed %d keeps saveall in a body: %s" % (seed, line))
    with_counting = sum(1 for t in texts if re.search(r"^threshold ", t, re.M))
    if with_counting < 100:
        fail("only %d of 400 programs set a threshold" % with_counting)
    full = [progen.generate(seed) for seed in range(400)]
    if not any(re.search(r"\braise\b", t) for t in full):
        fail("the default mode makes no raise: the check above proves nothing")
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for seed, text in enumerate(texts):
            f = Path(tmp) / ("p%d.gcops" % seed)
            f.write_text(text)
            files.append(str(f))
        r = subprocess.run([cli, "run", "--backend=collector@3.14"] + files,
                           capture_output=True, text=True)
        if r.returncode not in (0, 1):
            fail("exit %d: %s" % (r.returncode, r.stderr[-800:]))
    print("ok: 400 exact-counting programs, %d set a threshold" % with_counting)


def sweep(cli, count, seed, env=None, backends="both", counting=None):
    with tempfile.TemporaryDirectory() as tmp:
        r = subprocess.run([sys.executable, str(TOOLS / "sweep.py"), "--cli", cli,
                            "--seconds", "600", "--count", str(count), "--seed", str(seed),
                            "--batch", "100", "--findings", tmp, "--backends", backends]
                           + (["--counting-free=" + counting] if counting else []),
                           capture_output=True, text=True, env=env)
        print(r.stdout[-2000:])
        return r.returncode, list(Path(tmp).iterdir())


def bisect():
    """A batch that breaks the CLI's process is narrowed by halving, not by
    running each program alone (with a worker backend each run restarts
    the worker): a stand-in CLI that crashes whenever one given program is
    among its files must be called about twice per halving."""
    import math
    import tempfile
    with tempfile.TemporaryDirectory(prefix="gcfuzz-bisect.") as tmp:
        calls = Path(tmp) / "calls"
        fake = Path(tmp) / "cli"
        fake.write_text(
            "#!/bin/sh\n"
            "echo x >> %s\n"
            "for a; do case \"$a\" in *p7000137.gcops)\n"
            "  echo '==gcfuzz== ERROR: planted-crash'\n"
            "  echo 'SUMMARY: gcfuzz: planted-crash'; exit 134;; esac; done\n"
            "for a; do echo \"$a: ok (1 statements, 0 events)\"; done\n" % calls)
        fake.chmod(0o755)
        r = subprocess.run([sys.executable, str(TOOLS / "sweep.py"),
                            "--cli", str(fake), "--seed", "7000000",
                            "--count", "256", "--batch", "256", "--findings",
                            str(Path(tmp) / "found")],
                           capture_output=True, text=True, timeout=300)
        found = list((Path(tmp) / "found").glob("*"))
        runs = len(calls.read_text().splitlines())
        if r.returncode != 1 or [f.name for f in found] != ["sweep-p7000137.gcops"]:
            fail("the breaking program was not found: %s\n%s" % (found, r.stdout))
        bound = 1 + 2 * int(math.log2(256)) + 1
        if runs > bound:
            fail("%d runs of the CLI to find it in 256 programs (at most %d)"
                 % (runs, bound))
        print("ok: found in %d runs of the CLI" % runs)


def main():
    what, cli = sys.argv[1], sys.argv[2]
    if what == "bisect":
        bisect()
        return
    if what == "valid":
        valid(cli)
    elif what == "exact":
        exact(cli)
    elif what == "agree":
        rc, found = sweep(cli, 600, 1000)
        if rc != 0 or found:
            fail("the correct collector diverged from CPython on %s" % found)
    elif what == "planted":
        import os
        env = dict(os.environ, GCFUZZ_PLANTED_FAULT=sys.argv[3])
        backends = sys.argv[4] if len(sys.argv) > 4 else "both"
        counting = sys.argv[5] if len(sys.argv) > 5 else None  # e.g. exact
        rc, found = sweep(cli, 3000, 1, env, backends, counting)
        if rc != 1 or len(found) != 1:
            fail("planted fault %s not found in 3000 programs against %s (exit %d)"
                 % (sys.argv[3], backends, rc))
    else:
        fail("unknown check " + what)


if __name__ == "__main__":
    main()
