#!/usr/bin/env python3
"""corpus_fault_table: how many corpus programs catch each planted fault.

Runs every corpus program tagged with a version on the model's profile of
that version (`run --backend=collector@V`; untagged programs are spec 3.4
programs, run as 3.11) through the planted CLI (tests/CMakeLists.txt,
`gcfuzz_cli_planted`: the fault GCFUZZ_PLANTED_FAULT names by number is
switched on), once per fault of collector/faults.h, and prints a Markdown
table: per fault and version, the programs of corpus/pinned/ and of the
hand-written corpus (seeds, scenarios, regressions) that fail. A program
fails when an expectation or its pinned `expect log` no longer holds; a
batch that hangs counts as caught (shown as "hang"). The row of kNone must
be all zeros, or the table means nothing.

    corpus_fault_table.py PLANTED_CLI
"""

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(os.environ.get("GCFUZZ_SOURCE_DIR") or
            Path(__file__).resolve().parent.parent)
VERSIONS = ("3.11", "3.12", "3.13", "3.14", "3.15")
TAG = re.compile(r"^# versions:(.*)$", re.M)
GROUPS = {"hand-written": ("seeds", "scenarios", "regressions"),
          "pinned": ("pinned",)}
BATCH = 25


def faults():
    """The Fault enumerators, in order (their numbers)."""
    text = (ROOT / "collector" / "faults.h").read_text()
    body = text[text.index("enum class Fault"):]
    body = body[:body.index("};")]
    return re.findall(r"^\s+(k\w+),?", body, re.M)


def programs(dirs):
    out = {}
    for d in dirs:
        for p in sorted((ROOT / "corpus" / d).glob("*.gcops")):
            m = TAG.search(p.read_text())
            out[p] = m.group(1).split() if m else ["3.11"]
    return out


def failing(cli, fault, version, files):
    """Programs that do not pass; None when a batch hung."""
    env = dict(os.environ, GCFUZZ_PLANTED_FAULT=str(fault))
    backend = "collector" if version == "3.11" else "collector@" + version
    bad = 0
    for i in range(0, len(files), BATCH):
        chunk = [str(f) for f in files[i:i + BATCH]]
        try:
            r = subprocess.run([cli, "run", "--backend=" + backend] + chunk,
                               capture_output=True, text=True, env=env,
                               timeout=120)
        except subprocess.TimeoutExpired:
            return None
        ok = set(re.findall(r"^(\S+): ok \(", r.stdout, re.M))
        bad += len(chunk) - len(ok)
    return bad


def main():
    if len(sys.argv) != 2:
        sys.stderr.write(__doc__)
        return 2
    cli = sys.argv[1]
    sets = {g: programs(d) for g, d in GROUPS.items()}
    head = ["fault"] + ["%s %s" % (v, g) for v in VERSIONS for g in GROUPS]
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    print("| programs | " + " | ".join(
        str(sum(1 for vs in sets[g].values() if v in vs))
        for v in VERSIONS for g in GROUPS) + " |")
    for number, name in enumerate(faults()):
        cells = []
        for v in VERSIONS:
            for g in GROUPS:
                files = [p for p, vs in sets[g].items() if v in vs]
                n = failing(cli, number, v, files)
                cells.append("hang" if n is None else str(n))
        print("| %s | %s |" % (name, " | ".join(cells)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
