#!/usr/bin/env python3
"""A fake gcfuzz worker, for tests/differential/worker/worker_client_test.cc.

It speaks the worker protocol (docs/backend-protocol.md) well or badly, as
argv[1] says, and runs nothing:

  ok              hello; each answer: status 0, trace ["collect 2 0",
                  "pid PID"], unobserved ["free"]. A request whose file is
                  "echo" gets trace [gcops, python, "budget B", "id N"];
                  one whose file contains "fail" status 1 and a failure,
                  "misuse" status 2 and a misuse.
  hang-on-second  as ok, but sleeps for an hour on its second request
  crash           writes a line to stderr and exits 7 on a request
  segv            kills itself with SIGSEGV on a request
  crashed-answer  answers "crashed": true (the interpreter died), exits 3
  nonsense        answers "hello?"
  wrong-id        answers with the id after the request's
  error           answers {"id": N, "error": "bad request: ..."}
  missing-trace   answers without "trace"
  deep            answers with a trace nested 100000 lists deep
  deep-error      answers with an "error" nested 100000 lists deep
  huge-line       answers with one line of 2 MiB
  linger          as ok, but sleeps 30 s at the end of its stdin
  exit-after-one  as ok, but exits 3 after its first answer
  refuse          answers status 2 with "refused"
  stderr-flood    writes 1 MiB to stderr, then answers as ok
  close-stdin     closes its stdin before its hello, exits 4 soon after
  bad-hello       a hello without "version"
  protocol2       a hello of protocol 2
  no-hello        says on stderr that it is not installed, exits 2
  slow-hello      prints nothing for 30 s

Every mode's hello also carries "executable" (sys.executable), so a test
can start later workers without a slow python3 shim in front.
"""

import json
import os
import signal
import sys
import time


def send(obj):
    sys.stdout.write(json.dumps(obj) + "\n")
    sys.stdout.flush()


def hello(**fields):
    h = {"protocol": 1, "implementation": "fake", "version": "0.1",
         "executable": sys.executable, "unknown": {"ignored": True}}
    h.update(fields)
    send(h)


def answer(req, **fields):
    a = {"id": req["id"], "status": 0,
         "trace": ["collect 2 0", f"pid {os.getpid()}"], "failures": [],
         "misuse": None, "refused": None, "unobserved": ["free"], "ms": 0.5,
         "unknown": [1, 2]}
    a.update(fields)
    send(a)


def answer_ok(req):
    f = req["file"]
    if f == "echo":
        answer(req, trace=[req["gcops"], req["python"],
                           f"budget {req['budget']}", f"id {req['id']}"])
    elif "fail" in f:
        answer(req, status=1,
               failures=[f"{f}:2: expected unreachable, got reachable"])
    elif "misuse" in f:
        answer(req, status=2, misuse=f"{f}:1: del of unknown name x")
    else:
        answer(req)


def well_formed(req):
    types = {"id": int, "file": str, "gcops": str, "python": str,
             "budget": int}
    return isinstance(req, dict) and all(
        isinstance(req.get(k), t) for k, t in types.items())


def main():
    mode = sys.argv[1]
    if mode == "bad-hello":
        send({"protocol": 1, "implementation": "fake"})
    elif mode == "protocol2":
        hello(protocol=2)
    elif mode == "no-hello":
        print("fake worker: cpython 3.99 is not installed", file=sys.stderr)
        sys.exit(2)
    elif mode == "slow-hello":
        time.sleep(30)
        sys.exit(0)
    elif mode == "close-stdin":
        os.close(0)
        hello()
        time.sleep(0.2)
        sys.exit(4)
    else:
        hello()

    count = 0
    for line in sys.stdin:
        count += 1
        req = json.loads(line)
        if not well_formed(req):
            send({"id": req.get("id"), "error": "bad request: " + line})
        elif mode in ("ok", "stderr-flood", "linger", "exit-after-one") or (
                mode == "hang-on-second" and count != 2):
            if mode == "stderr-flood":
                sys.stderr.write(("y" * 1023 + "\n") * 1024)
                sys.stderr.write("flood done\n")
                sys.stderr.flush()
            answer_ok(req)
            if mode == "exit-after-one":
                sys.exit(3)
        elif mode == "hang-on-second":
            time.sleep(3600)
        elif mode == "crash":
            sys.stderr.write("fake worker: dying mid-request\n")
            sys.stderr.flush()
            os._exit(7)
        elif mode == "segv":
            os.kill(os.getpid(), signal.SIGSEGV)
        elif mode == "crashed-answer":
            send({"id": req["id"], "crashed": True, "status": None,
                  "stderr": "Fatal Python error: Segmentation fault\n"})
            sys.exit(3)
        elif mode == "nonsense":
            print("hello?", flush=True)
        elif mode == "wrong-id":
            answer(req, id=req["id"] + 1)
        elif mode == "error":
            send({"id": req["id"], "error": "bad request: want a program"})
        elif mode == "missing-trace":
            a = {"id": req["id"], "status": 0, "failures": [],
                 "misuse": None, "refused": None, "unobserved": []}
            send(a)
        elif mode in ("deep", "deep-error"):
            depth = 100000
            field = "trace" if mode == "deep" else "error"
            sys.stdout.write('{"id": %d, "status": 0, "%s": %s%s}\n' %
                             (req["id"], field, "[" * depth, "]" * depth))
            sys.stdout.flush()
        elif mode == "huge-line":
            sys.stdout.write("[" * (2 << 20) + "\n")
            sys.stdout.flush()
        elif mode == "refuse":
            answer(req, status=2, trace=[],
                   refused="needs _testcapi.with_tp_del")
        else:
            sys.exit(f"fake worker: unknown mode {mode}")
    if mode == "linger":
        time.sleep(30)


if __name__ == "__main__":
    main()
