#!/usr/bin/env python3
"""The Pyodide worker (differential/worker/pyodide_worker.mjs) speaks
protocol v1 (docs/backend-protocol.md) on a real CPython, and no program
it runs can see the one before it.

For each pinned version that is installed (scripts/pyodide.py install
VERSION), one warm worker:
  - its hello names protocol 1, cpython, the pinned version, wasm, and
    whether _testcapi.with_tp_del exists as the manifest says;
  - two programs run, each with its own stdout and stderr;
  - a program that changes every piece of gc state (thresholds, debug
    flags, callbacks, gc.garbage through DEBUG_SAVEALL and, where there is
    tp_del, uncollectable cycles, a disabled gc, frozen objects, a global
    name) leaves none of it to the next: that one starts as the first did;
  - an uncaught exception is status 1 with its traceback, SystemExit gives
    its code, a SyntaxError is status 1, a bad request line gets an error
    answer and the worker goes on;
  - os._exit(5) answers status 5 with `exited` and the worker ends (3).

Usage: pyodide_worker_test.py [VERSION...]   (default: every pinned version
that is installed). Exit 0 all passed, 1 a check failed, 77 (skipped)
when node or the Pyodide packages are missing, saying what to install.
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

SOURCE = Path(os.environ.get("GCFUZZ_SOURCE_DIR",
                             Path(__file__).resolve().parents[2]))
WORKER = SOURCE / "differential" / "worker" / "pyodide_worker.mjs"
sys.path.insert(0, str(SOURCE / "scripts"))
import pyodide  # noqa: E402  (scripts/pyodide.py: the manifest and install dir)

SKIP = 77
passed = 0
failed = 0


def check(name, cond, detail=""):
    global passed, failed
    if cond:
        passed += 1
        print(f"ok    {name}")
    else:
        failed += 1
        print(f"FAIL  {name}{': ' + str(detail) if detail else ''}")


class Worker:
    def __init__(self, version):
        self.p = subprocess.Popen(
            ["node", str(WORKER), "--version", version],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True)
        self.next_id = 0
        self.hello = self.read()

    def read(self):
        line = self.p.stdout.readline()
        if not line:
            raise RuntimeError("worker closed stdout: "
                               + self.p.stderr.read()[-2000:])
        return json.loads(line)

    def send_line(self, line):
        self.p.stdin.write(line + "\n")
        self.p.stdin.flush()
        return self.read()

    def run(self, code):
        self.next_id += 1
        r = self.send_line(json.dumps({"id": self.next_id, "code": code}))
        if r.get("id") != self.next_id:
            raise RuntimeError(f"answer for id {r.get('id')}, "
                               f"want {self.next_id}: {r}")
        return r

    def close(self):
        try:
            self.p.stdin.close()
        except OSError:
            pass
        return self.p.wait(timeout=60)


# What a program sees of the gc state at its first statement.
STATE = """import gc, sys
print(gc.get_count(), gc.get_threshold(), gc.get_debug(), gc.isenabled(),
      len(gc.callbacks), len(gc.garbage), "leaked" in globals(),
      gc.collect(), sep="|")
"""

MESS = """import gc, sys
class Node:
    pass
a = Node(); b = Node(); a.b = b; b.a = a
gc.set_threshold(3, 4, 5)
gc.set_debug(gc.DEBUG_SAVEALL)
gc.callbacks.append(lambda phase, info: None)
del a, b
gc.collect()
assert len(gc.garbage) >= 2, gc.garbage
gc.set_debug(0)
if TP_DEL:
    import _testcapi
    class Legacy:
        def __tp_del__(self):
            pass
    Legacy = _testcapi.with_tp_del(Legacy)
    x = Legacy(); x.self = x
    del x
    gc.collect()
    assert any(type(o).__name__ == "Legacy" for o in gc.garbage), gc.garbage
kept = [Node() for _ in range(5)]
gc.freeze()
leaked = 1
live = Node(); live.self = live
gc.disable()
print("messed up")
"""


def test_version(version):
    pin = pyodide.manifest()["versions"][version]
    print(f"# CPython {pin['cpython']} (pyodide@{pin['npm']})")
    w = Worker(version)
    try:
        h = w.hello
        check(f"{version} hello protocol 1", h.get("protocol") == 1, h)
        check(f"{version} hello cpython {pin['cpython']}",
              h.get("implementation") == "cpython"
              and h.get("version") == pin["cpython"] and h.get("wasm") is True, h)
        check(f"{version} hello with_tp_del={pin['with_tp_del']}",
              h.get("features", {}).get("with_tp_del") == pin["with_tp_del"], h)
        defaults = tuple(h.get("gc", {}).get("default_thresholds", ()))

        r = w.run("print('one')\nimport sys\nprint('err one', file=sys.stderr)")
        check(f"{version} program 1", r.get("status") == 0
              and r.get("stdout") == "one\n" and r.get("stderr") == "err one\n", r)
        r = w.run("x = [i * i for i in range(5)]\nprint(sum(x))")
        check(f"{version} program 2", r.get("status") == 0
              and r.get("stdout") == "30\n" and r.get("stderr") == "", r)

        before = w.run(STATE)
        check(f"{version} start state", before.get("status") == 0, before)
        fields = before.get("stdout", "").strip().split("|")
        check(f"{version} start state: count (0, 0, 0), defaults {defaults}, "
              f"no debug, enabled, no callbacks/garbage/names, nothing to collect",
              fields == ["(0, 0, 0)", str(defaults), "0", "True", "0", "0",
                         "False", "0"], fields)

        r = w.run(f"TP_DEL = {pin['with_tp_del']}\n" + MESS)
        check(f"{version} the messy program ran", r.get("status") == 0
              and r.get("stdout") == "messed up\n", r)
        after = w.run(STATE)
        check(f"{version} nothing leaks into the next program",
              after.get("stdout") == before.get("stdout"),
              f"{before.get('stdout')!r} then {after.get('stdout')!r}")
        r = w.run("print(leaked)")
        check(f"{version} globals are fresh", r.get("status") == 1
              and "NameError" in r.get("stderr", ""), r)
        fc = [w.run("import gc\nprint(gc.get_freeze_count())")["stdout"]
              for _ in range(3)]
        check(f"{version} the frozen harness stays the same size", len(set(fc)) == 1, fc)

        r = w.run("def f():\n    raise ValueError('boom')\nf()")
        err = r.get("stderr", "")
        check(f"{version} an uncaught exception is status 1 with a traceback",
              r.get("status") == 1 and err.startswith("Traceback")
              and 'File "<program>", line 3' in err
              and err.endswith("ValueError: boom\n")
              and "gcfuzz_harness" not in err, r)
        for code, status, out in (("import sys\nsys.exit(3)", 3, ""),
                                  ("import sys\nsys.exit()", 0, ""),
                                  ("raise SystemExit('bye')", 1, "bye\n"),
                                  ("import sys\nsys.exit(256 + 7)", 7, "")):
            r = w.run(code)
            check(f"{version} {code.splitlines()[-1]} -> {status}",
                  r.get("status") == status and r.get("stderr") == out, r)
        r = w.run("x = (")
        check(f"{version} a SyntaxError is status 1", r.get("status") == 1
              and "SyntaxError" in r.get("stderr", ""), r)
        r = w.run("print(input())")
        check(f"{version} stdin is empty", r.get("status") == 1
              and "EOFError" in r.get("stderr", ""), r)
        r = w.send_line("not json")
        check(f"{version} a bad line gets an error answer",
              r.get("id") is None and "error" in r, r)
        r = w.send_line('{"id": 99}')
        check(f"{version} a request without code gets an error answer",
              r.get("id") == 99 and "error" in r, r)
        r = w.run("print('still here')")
        check(f"{version} the worker goes on", r.get("stdout") == "still here\n", r)

        r = w.run("import os\nos._exit(5)")
        check(f"{version} os._exit(5) -> status 5, exited",
              r.get("status") == 5 and r.get("exited") is True, r)
        rc = w.close()
        check(f"{version} the worker ends with 3 after os._exit", rc == 3, rc)
    except (RuntimeError, ValueError, OSError) as e:
        check(f"{version} worker protocol", False, e)
        w.p.kill()
        w.p.wait()


def main(argv):
    versions = sorted(pyodide.manifest()["versions"])
    wanted = argv or versions
    if shutil.which("node") is None:
        print("SKIP: node not found: install Node.js 18 or later "
              "(Debian 12: apt-get install nodejs npm)")
        return SKIP
    missing = [v for v in wanted if not pyodide.is_installed(v)]
    present = [v for v in wanted if v not in missing]
    if not present:
        print("SKIP: no pinned Pyodide installed ("
              + ", ".join(wanted) + "): run scripts/pyodide.py install "
              + (" ".join(wanted) if argv else "all"))
        return SKIP
    for v in missing:
        print(f"# {v}: not installed (scripts/pyodide.py install {v}), not tested")
    for v in present:
        test_version(v)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
