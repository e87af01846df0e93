#!/usr/bin/env python3
"""A third-party worker in 40 lines: proof that any implementation can plug
into gcfuzz through docs/backend-protocol.md, with no C++ and no gcfuzz code.

It is a deliberately naive "collector port": it reads the gcops text (never
the Python translation), knows only `collect [G]`, and answers each with
`collect G 0` (it never finds garbage). Right on programs without cycles,
wrong on any cycle: the tests use both.

usage: stub_worker.py [--nonsense | --hang-first | --die-first]
  --nonsense    answer with garbage
  --hang-first  never answer the first request a process gets
  --die-first   exit in the middle of the first request a process gets
Only the first process misbehaves (GCFUZZ_STUB_STATE names a file that
records it), so the fresh worker the client must start next serves.
"""
import os
import json
import sys


def trace_of(gcops):
    trace = []
    for line in gcops.splitlines():
        words = line.split("#")[0].split()
        if words[:1] == ["collect"]:
            trace.append(f"collect {words[1] if len(words) > 1 else 2} 0")
    return trace


# STATE: a file whose existence means "a process already misbehaved once",
# so only the very first process hangs or dies (GCFUZZ_STUB_STATE).
STATE = os.environ.get("GCFUZZ_STUB_STATE", "")


def misbehave_now():
    if not STATE or os.path.exists(STATE):
        return False
    open(STATE, "w").close()
    return True


def main():
    nonsense = "--nonsense" in sys.argv
    print(json.dumps({"protocol": 1, "implementation": "stub-port",
                      "version": "0.1"}), flush=True)
    for line in sys.stdin:
        req = json.loads(line)
        if nonsense:
            print("this is not JSON", flush=True)
            continue
        if "--hang-first" in sys.argv and misbehave_now():
            import time
            time.sleep(3600)
        if "--die-first" in sys.argv and misbehave_now():
            os._exit(9)
        print(json.dumps({"id": req["id"], "status": 0,
                          "trace": trace_of(req["gcops"]), "failures": [],
                          "misuse": None, "refused": None,
                          "unobserved": ["free", "del", "callback"]}),
              flush=True)


if __name__ == "__main__":
    main()
