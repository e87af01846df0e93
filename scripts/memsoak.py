#!/usr/bin/env python3
"""memsoak: is a fuzz target's memory flat over many executions?

Runs a libFuzzer target over a fixed set of inputs (the binary corpus) again
and again, about --executions times in all, and samples the process's
resident set size from /proc every --interval seconds. No mutation, no
corpus growth: whatever RSS the process gains after warm-up is memory the
harness keeps from one program to the next (a leaked interpreter object, a
label table that never shrinks, ...). Prints one line per sample and a
verdict: the growth from the first sample after warm-up to the last.

  python3 scripts/memsoak.py --target build/bench-fuzz/fuzz/TARGET \
      --corpus build/bench-fuzz/corpus-bin --executions 1000000

Exit status: 0 flat (growth within --tolerance-mb), 1 grew, 2 bad usage or
the target failed.
"""
import argparse
import subprocess
import sys
import time
from pathlib import Path


def rss_kb(pid):
    try:
        for line in open("/proc/%d/status" % pid):
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--target", required=True, help="a libFuzzer binary")
    ap.add_argument("--corpus", required=True, help="a directory of inputs")
    ap.add_argument("--executions", type=int, default=1_000_000)
    ap.add_argument("--interval", type=float, default=5.0)
    ap.add_argument("--warmup", type=float, default=0.05,
                    help="fraction of the run before the baseline sample")
    ap.add_argument("--tolerance-mb", type=float, default=8.0)
    args = ap.parse_args()

    inputs = sorted(p for p in Path(args.corpus).iterdir() if p.is_file())
    if not inputs:
        sys.exit("memsoak: no inputs in %s" % args.corpus)
    rounds = max(1, -(-args.executions // len(inputs)))
    total = rounds * len(inputs)
    cmd = [args.target, "-runs=%d" % rounds] + [str(p) for p in inputs]
    print("memsoak: %s: %d inputs x %d rounds = %d executions" % (
        Path(args.target).name, len(inputs), rounds, total), flush=True)
    start = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    samples = []  # (seconds, rss_kb)
    while proc.poll() is None:
        kb = rss_kb(proc.pid)
        if kb is not None:
            t = time.monotonic() - start
            samples.append((t, kb))
            print("  %7.1fs  rss %8.1f MB" % (t, kb / 1024), flush=True)
        time.sleep(args.interval)
    elapsed = time.monotonic() - start
    if proc.returncode != 0:
        print("memsoak: the target exited with %d" % proc.returncode)
        return 2
    if len(samples) < 3:
        print("memsoak: too few samples (%d); lower --interval" % len(samples))
        return 2
    # The baseline is the first sample past the warm-up fraction of the run.
    warm = [s for s in samples if s[0] >= args.warmup * elapsed] or samples
    base, last = warm[0], samples[-1]
    peak = max(kb for _, kb in samples)
    growth_mb = (last[1] - base[1]) / 1024
    print("memsoak: %d executions in %.0f s (%.0f/s); rss after warm-up %.1f MB, "
          "at the end %.1f MB, peak %.1f MB: growth %+.1f MB" % (
              total, elapsed, total / elapsed, base[1] / 1024, last[1] / 1024,
              peak / 1024, growth_mb))
    flat = abs(growth_mb) <= args.tolerance_mb
    print("memsoak: %s (tolerance %.0f MB)" % ("flat" if flat else "GREW", args.tolerance_mb))
    return 0 if flat else 1


if __name__ == "__main__":
    sys.exit(main())
