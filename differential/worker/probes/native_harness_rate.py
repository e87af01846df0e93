#!/usr/bin/env python3
"""For comparison with the Pyodide worker: programs/second of the same
harness (gcfuzz_harness.run) on native python3, called in a loop in one
process (no protocol, no pipe). The program is throughput.mjs's.

Usage: python3 native_harness_rate.py [N]
"""
import re
import sys
import time
from pathlib import Path

here = Path(__file__).resolve().parent
sys.path.insert(0, str(here.parent))
import gcfuzz_harness  # noqa: E402

src = (here / "throughput.mjs").read_text()
PROGRAM = re.search(r"PROGRAM = `(.*?)`;", src, re.S).group(1)
N = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
for _ in range(50):
    assert gcfuzz_harness.run(PROGRAM)[0] == 0
t = time.perf_counter()
for _ in range(N):
    gcfuzz_harness.run(PROGRAM)
dt = time.perf_counter() - t
print(f"native python3 {sys.version.split()[0]}: {N} programs through "
      f"gcfuzz_harness.run: {N / dt:.0f}/s")
