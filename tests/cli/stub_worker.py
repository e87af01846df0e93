#!/usr/bin/env python3
"""A third-party worker in 40 lines: proof that any implementation can plug
into gcfuzz through docs/backend-protocol.md, with no C++ and no gcfuzz code.

It is a deliberately naive "collector port": it reads the gcops text (never
the Python translation), knows only `collect [G]`, and answers each with
`collect G 0` (it never finds garbage). Right on programs without cycles,
wrong on any cycle: the tests use both.

usage: stub_worker.py [--nonsense]   (--nonsense: answer with garbage)
"""
import json
import sys


def trace_of(gcops):
    trace = []
    for line in gcops.splitlines():
        words = line.split("#")[0].split()
        if words[:1] == ["collect"]:
            trace.append(f"collect {words[1] if len(words) > 1 else 2} 0")
    return trace


def main():
    nonsense = "--nonsense" in sys.argv
    print(json.dumps({"protocol": 1, "implementation": "stub-port",
                      "version": "0.1"}), flush=True)
    for line in sys.stdin:
        req = json.loads(line)
        if nonsense:
            print("this is not JSON", flush=True)
            continue
        print(json.dumps({"id": req["id"], "status": 0,
                          "trace": trace_of(req["gcops"]), "failures": [],
                          "misuse": None, "refused": None,
                          "unobserved": ["free", "del", "callback"]}),
              flush=True)


if __name__ == "__main__":
    main()
