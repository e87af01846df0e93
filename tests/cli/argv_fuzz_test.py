#!/usr/bin/env python3
"""A fuzz test of the command line itself: random argv (commands, known and
unknown flags, odd values, `--`, `-`) over random and odd files (corpus
programs and mutants of them, random bytes, empty, huge, not UTF-8, a
directory, /dev/null, /dev/zero, missing paths, names with spaces and
quotes), seeded so a failure replays.

Every run must exit 0, 1 or 2 (never a signal, never a hang) with no
sanitizer or internal-check report, and an exit 2 must say why: a usage
error (a line starting `gcfuzz`) in exactly one line on stderr; bad input
in lines whose first names the file (`FILE: why`, `FILE:LINE:COL: ...`,
`[backend] FILE:LINE: ...`; a run goes on with each failed expectation);
or, with nothing on stderr, on stdout (the JSON document's status, repro's
report of a misuse).

usage: argv_fuzz_test.py CLI [SEED] [RUNS]   (GCFUZZ_SOURCE_DIR: the tree)
"""
import glob
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time

CLI = sys.argv[1]
SEED = int(sys.argv[2]) if len(sys.argv) > 2 else 17
RUNS = int(sys.argv[3]) if len(sys.argv) > 3 else 300
SRC = os.environ["GCFUZZ_SOURCE_DIR"]
TIMEOUT = 60  # seconds per run: a hang is a failure
BROKEN = re.compile(r"AddressSanitizer|LeakSanitizer|runtime error:|"
                    r"terminate called|Assertion .* failed|"
                    r"==gcfuzz== ERROR: (?!divergence)")
# The embedded CPython's own gc statistics (a program's `debug` statement).
CPYTHON_DEBUG = re.compile(r"^gc: ")
# LeakSanitizer's count of the suppressed leaks of libpython
# (differential/cpython/lsan_suppressions.cc) at exit of an ASan build: not
# a report.
LSAN_STATS = re.compile(r"-{20,}\nSuppressions used:\n(?:.*\n)*?-{20,}\n")

rng = random.Random(SEED)
tmp = tempfile.mkdtemp(prefix="gcfuzz-argv-fuzz.")
failures = []


def write(name, data):
    path = os.path.join(tmp, name)
    with open(path, "wb") as f:
        f.write(data)
    return path


def mutant(text):
    """A corpus program with lines dropped, doubled, swapped or cut."""
    lines = text.splitlines(keepends=True)
    for _ in range(rng.randint(1, 4)):
        if not lines:
            break
        i = rng.randrange(len(lines))
        op = rng.randrange(4)
        if op == 0:
            del lines[i]
        elif op == 1:
            lines.insert(i, lines[i])
        elif op == 2:
            j = rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        else:
            lines[i] = lines[i][:rng.randrange(len(lines[i]) + 1)]
    return "".join(lines).encode()


programs = sorted(glob.glob(os.path.join(SRC, "corpus", "seeds", "*.gcops")))
programs = [p for p in programs if os.path.getsize(p) < 4000]
files = programs[:8] + [
    write("mutant%d.gcops" % i, mutant(open(rng.choice(programs)).read()))
    for i in range(8)] + [
    write("failing%d.gcops" % i, open(rng.choice(programs), "rb").read() +
          b"collect\nexpect collected 12345\n") for i in range(3)] + [
    write("random.gcops", bytes(rng.randrange(256) for _ in range(300))),
    write("crash-random", bytes(rng.randrange(256) for _ in range(600))),
    write("empty.gcops", b""),
    write("empty", b""),
    write("not-utf8.gcops", b"class A\nnew a \xff\xfe\n"),
    write("long-line.gcops", b"class A\nnew " + b"a" * 200000 + b" A\n"),
    write("many.gcops", b"class A slots=1\n" +
          b"".join(b"new o%d A\nset o%d.0 o%d\n" % (i, i, i) for i in range(400)) +
          b"collect\n"),
    write("with space and 'quote'.gcops", b"class A\nnew a A\ndel a\n"),
    write("-dash.gcops", b"class A\nnew a A\n"),
    tmp,  # a directory
    "/dev/null",
    "/dev/zero",
    os.path.join(tmp, "missing.gcops"),
    "-",
]
outputs = [os.path.join(tmp, "out.txt"), os.path.join(tmp, "no", "dir", "o"),
           tmp, "/dev/full", os.path.join(tmp, "o'ut $(x).py")]
values = ["", "0", "1", "3", "-3", "abc", "99999999999", "json", "text", "xml",
          "collector", "cpython", "both", "collector@3.12", "collector@3.9",
          "cpython@3.11", "nosuch", "exec:/bin/false", "exec:", "classic", "ft",
          "my test", "Good_Name", "1bad", "ü", "--", "-", "a,b,,c",
          "collector,collector@3.15"]


def known_flags(command):
    """The flags `COMMAND --help` lists, with whether each takes a value."""
    r = subprocess.run([CLI, command, "--help"], capture_output=True,
                       text=True, timeout=TIMEOUT)
    flags = []
    if "\noptions:\n" not in r.stdout:
        return flags
    for line in r.stdout.split("\noptions:\n", 1)[1].splitlines():
        m = re.match(r"^  (-[-\w]+)([= ]\S+)?", line)
        if m and m.group(1) != "-h":
            flags.append((m.group(1), bool(m.group(2))))
    return flags


table = subprocess.run([CLI, "help", "--markdown"], capture_output=True,
                       text=True, timeout=TIMEOUT).stdout
commands = re.findall(r"^\| `\./gcfuzz (\w+)", table, re.M)
flags_of = {c: known_flags(c) for c in commands}
# Real interpreters beyond the native 3.11 start Pyodide (seconds, an npm
# install the first time): left out of `values` above on purpose.


def value():
    r = rng.random()
    if r < 0.5:
        return rng.choice(values)
    if r < 0.8:
        return rng.choice(files)
    return rng.choice(outputs)


# Values each flag takes when a run is well-formed (`sane_argv`).
SANE = {"--backend": ["collector", "both", "cpython", "collector@3.12",
                      "collector,collector@3.15"],
        "--collector": ["classic", "ft"], "--format": ["json", "text"],
        "--at": ["1", "2", "4", "8"], "--name": ["Good_Name"],
        "-o": [os.path.join(tmp, "out.txt")],
        "--svg": [os.path.join(tmp, "o.svg")],
        "--png": [os.path.join(tmp, "o.png")]}
good_files = [f for f in files if f.endswith(".gcops") and
              os.path.basename(f).startswith(("mutant", "many", "failing")) or
              f in programs]


def sane_argv():
    """A well-formed command line over programs and their mutants, so that
    runs get past the parser to 0 (ok) and 1 (failed expectations)."""
    command = rng.choice([c for c in commands if flags_of[c]] or commands)
    args = [command]
    if command == "export":
        args.append(rng.choice(["--python", "--gtest"]))
    for flag, takes in rng.sample(flags_of[command],
                                  min(len(flags_of[command]), rng.randrange(3))):
        if flag in ("--python", "--gtest", "--svg", "--png"):
            continue
        if takes:
            args.append(flag + "=" + rng.choice(SANE.get(flag, ["x"])))
        else:
            args.append(flag)
    n = rng.randint(1, 3) if command in ("check", "run") else 1
    return args + [rng.choice(good_files) for _ in range(n)]


def argv():
    if rng.random() < 0.5:
        return sane_argv()
    r = rng.random()
    if r < 0.04:
        return [rng.choice(["", "-x", "--help", "-h", "--version", "help",
                            "nosuch", "--format=json"])] + \
            [rng.choice(commands + ["--markdown", "x"])
             for _ in range(rng.randrange(3))]
    command = rng.choice(commands)
    args = [command]
    if command == "backends":  # starts every interpreter it knows: seconds
        args.append(rng.choice(["--help", "--bogus", "-", "x"]))
    for _ in range(rng.randrange(6)):
        k = rng.random()
        known = flags_of[command]
        if k < 0.4 and known:
            flag, takes = rng.choice(known)
            if flag in ("--svg", "--png", "-o"):
                v = rng.choice(outputs)
            else:
                v = value()
            if takes and rng.random() < 0.9:
                if flag.startswith("--") and rng.random() < 0.5:
                    args.append(flag + "=" + v)
                else:
                    args += [flag, v]
            else:
                args.append(flag)
        elif k < 0.75:
            args.append(rng.choice(files))
        elif k < 0.85:
            args.append(rng.choice(["--bogus", "-z", "--", "-", "---",
                                    "--format", "--=x", "-oo", "--help=1"]))
        else:
            args.append(value())
    return args


start = time.time()
statuses = {}
slowest = []
env = dict(os.environ, GCFUZZ_WORKER_TIMEOUT="5")
for run in range(RUNS):
    args = argv()
    stdin = bytes(rng.randrange(256) for _ in range(rng.randrange(200)))
    if rng.random() < 0.5 and programs:
        stdin = open(rng.choice(programs), "rb").read()
    what = "run %d: gcfuzz-cli %s" % (run, " ".join(repr(a) for a in args))
    t0 = time.time()
    try:
        r = subprocess.run([CLI, *args], input=stdin, capture_output=True,
                           timeout=TIMEOUT, cwd=tmp, env=env)
        slowest.append((time.time() - t0, what))
    except subprocess.TimeoutExpired:
        failures.append(what + ": no exit within %d s" % TIMEOUT)
        continue
    err = LSAN_STATS.sub("", r.stderr.decode("utf-8", "replace"))
    statuses[r.returncode] = statuses.get(r.returncode, 0) + 1
    if r.returncode not in (0, 1, 2):
        failures.append("%s: exit %d\n%s" % (what, r.returncode, err[-2000:]))
        continue
    if BROKEN.search(err):
        failures.append("%s: a sanitizer or check report\n%s" % (what, err[-2000:]))
        continue
    if r.returncode == 2:
        lines = [l for l in err.splitlines()
                 if l and not CPYTHON_DEBUG.match(l)]
        out = r.stdout.decode("utf-8", "replace")
        if not lines:
            # Said on stdout instead: in the JSON document, or in repro's
            # report of a misuse every backend agrees on.
            try:
                said = json.loads(out)["status"] == 2
            except (ValueError, KeyError, TypeError):
                said = "SUMMARY: gcfuzz: misuse " in out
            if not said:
                failures.append(what + ": exit 2 and nowhere a reason")
        elif any(l.startswith("gcfuzz") for l in lines):
            if len(lines) != 1:
                failures.append("%s: a usage error in %d lines\n%s" % (
                    what, len(lines), err[-2000:]))
        else:
            # Bad input: its first line names the file (a run may go on with
            # each failed expectation and a divergence report).
            first = re.sub(r"^\[[^]]*\] ", "", lines[0])
            named = [a for a in args[1:] + ["<stdin>"] if a and
                     first.startswith(a + ":")]
            if not named:
                failures.append("%s: exit 2, first line names no file\n%s" % (
                    what, err[-2000:]))

elapsed = time.time() - start
print("seed %d: %d runs in %.1f s, exit statuses %s" % (
    SEED, RUNS, elapsed, dict(sorted(statuses.items()))))
for secs, what in sorted(slowest, reverse=True)[:3]:
    print("slowest: %.2f s %s" % (secs, what))
shutil.rmtree(tmp, ignore_errors=True)
for f in failures[:20]:
    print("FAIL " + f)
# The runs must reach every outcome, or the test stopped testing.
if not all(statuses.get(s, 0) > 0 for s in (0, 1, 2)):
    print("FAIL the runs did not reach every exit status 0, 1 and 2: %s" % statuses)
    failures.append("coverage")
sys.exit(1 if failures else 0)
