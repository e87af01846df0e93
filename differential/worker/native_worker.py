#!/usr/bin/env python3
"""gcfuzz worker backend for a native CPython (3.11 and later): the
JSON-lines protocol of docs/backend-protocol.md over this interpreter.

    python3.X differential/worker/native_worker.py

Pure Python, nothing of the model: gcfuzz_harness.py (beside this file)
isolates each program, and the canonical translation's runtime
(translation/gcfuzz_runtime.py) observes it. stdout carries protocol lines
only; exit status 0 at the end of stdin, 3 when a program ended the
interpreter itself (os._exit), after answering.
"""

import json
import os
import sys
import time

_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, _HERE)
sys.path.insert(0, os.path.join(_HERE, "..", "..", "translation"))

import gc  # noqa: E402

import gcfuzz_harness  # noqa: E402
import gcfuzz_runtime  # noqa: E402,F401  (loaded before any program)

PROTOCOL = 1


def _version():
    v = sys.version_info
    tag = "" if v.releaselevel == "final" else (
        {"alpha": "a", "beta": "b", "candidate": "rc"}[v.releaselevel] +
        str(v.serial))
    return f"{v.major}.{v.minor}.{v.micro}{tag}"


def _hello(t0):
    try:
        import _testcapi
        tp_del = hasattr(_testcapi, "with_tp_del")
    except ImportError:
        tp_del = False
    return {
        "protocol": PROTOCOL, "implementation": "cpython",
        "version": _version(), "wasm": False,
        "runtime": f"native {sys.executable}", "sys_version": sys.version,
        "gc": {"default_thresholds": list(gcfuzz_harness.DEFAULT_THRESHOLDS)},
        "features": {"with_tp_del": tp_del, "gcops": True},
        "startup_ms": round((time.perf_counter() - t0) * 1000),
    }


def _answer(line):
    try:
        req = json.loads(line)
    except ValueError as e:
        return {"id": None, "error": f"bad request: not JSON ({e})"}
    rid = req.get("id") if isinstance(req, dict) else None
    if not isinstance(req, dict) or not isinstance(
            req.get("python", req.get("code")), str):
        return {"id": rid, "error": 'bad request: want {"id":N,"code":'
                '"<python source>"} or {"id":N,"python":"<translation>"}'}
    t = time.perf_counter()
    if isinstance(req.get("python"), str):
        ans = gcfuzz_harness.run_gcops(req["python"])
    else:
        status, out, err = gcfuzz_harness.run(req["code"])
        ans = {"status": status, "stdout": out, "stderr": err}
    ans["id"] = rid
    ans["ms"] = round((time.perf_counter() - t) * 1000, 3)
    return ans


def main():
    t0 = time.perf_counter()
    out = sys.stdout
    # The protocol owns the real stdout; a program's output is captured.
    out.write(json.dumps(_hello(t0)) + "\n")
    out.flush()
    for line in sys.stdin:
        if not line.strip():
            continue
        ans = _answer(line)
        out.write(json.dumps(ans) + "\n")
        out.flush()
    return 0


if __name__ == "__main__":
    gc.collect()
    sys.exit(main())
