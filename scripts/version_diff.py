#!/usr/bin/env python3
"""version_diff: where real CPython 3.12-3.15 differ from real 3.11, program
by program, on the corpus (issue 14's groundwork: docs/versions.md).

Runs `gcfuzz run --backend=cpython@3.11,cpython@V` over the corpus for each
installed V (one warm worker per version), and writes a Markdown report:
a table of which programs each version runs differently from 3.11 (event
by event, `free` left out), and for each such program the first
difference, as the real interpreters printed it.

    scripts/version_diff.py CLI [-o docs/versions.md]
"""
import argparse
import datetime
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(os.environ.get("GCFUZZ_SOURCE_DIR") or Path(__file__).resolve().parent.parent)
VERSIONS = ("3.12", "3.13", "3.14", "3.15")


# One row per observable difference of the collector between 3.11 and
# 3.15: the program that pins it (it holds exactly on the versions that
# have the behaviour), what changed, and where it is written down. The
# report runs each on every real interpreter and on the model's profiles.
DIFFERENCES = (
    ("corpus/scenarios/auto_collection_runs_after_the_new_object_exists.gcops",
     "3.12+: an automatic collection runs at the eval breaker after the new "
     "object exists (it survives into generation 1), not inside its "
     "allocation", "docs/versions-measured.md section 4"),
    ("corpus/regressions/trashcan_deposits_seen_by_collection_in_del.gcops",
     "3.11-3.12: the trashcan defers deallocations 50 levels deep",
     "collector/version_rules.h trashcan_limit"),
    ("corpus/scenarios/v313_trashcan_no_deferral_at_depth_50.gcops",
     "3.13+: the trashcan defers only when the C stack runs low",
     "collector/version_rules.h trashcan_limit"),
    ("corpus/regressions/weakref_callback_tuple_survives_into_long_lived.gcops",
     "3.13+: even a lone weakref callback runs with its pair held in a new "
     "tuple; a `collect 1` the callback runs moves the tuple into generation "
     "2, where the 25% rule counts it (3.11-3.12 call a lone callback "
     "directly)", "collector/version_rules.h weakref_callbacks_via_tuple"),
    ("corpus/regressions/callbacks_tuple_of_ten_pairs_uncounted_from_3_12.gcops",
     "3.12+: tuple free lists hold 20-item tuples (3.11: 19), so ten "
     "weakref callbacks' pair tuple is uncounted there; eleven count on "
     "every version", "collector/version_rules.h tuple_free_list_max"),
    ("corpus/scenarios/v315_tuple_untracked_at_creation.gcops",
     "3.14+: a tuple of non-GC items is never tracked",
     "docs/cpython-3.15-collector.md V315-7"),
    ("corpus/scenarios/v315_dict_tracked_from_creation.gcops",
     "3.14+: dicts are tracked from creation and never untracked (shown "
     "with a young collection, which 3.14.2 runs its own way)",
     "docs/cpython-3.15-collector.md V315-6"),
    ("corpus/scenarios/late_weakref_gh91636.gcops",
     "3.11-3.14: a weakref a finalizer makes to garbage calls back when the "
     "garbage is cleared (gh-91636)", "cpython-3.11-gc.md 6.B-9"),
    ("corpus/scenarios/v315_late_weakref_cleared_silently.gcops",
     "3.15: such a weakref is cleared silently after resurrection handling",
     "docs/cpython-3.15-collector.md V315-4"),
    ("corpus/scenarios/v315_resurrected_keeps_plain_weakrefs.gcops",
     "3.15: weakrefs without a callback survive their object's resurrection",
     "docs/cpython-3.15-collector.md V315-3"),
    ("corpus/scenarios/v315_trash_weakref_called_during_finalize.gcops",
     "3.15: a weakref that is itself garbage is not cleared before the "
     "finalizers, so its callback can run", "docs/cpython-3.15-collector.md V315-2"),
)


# What the real interpreters did that looks like a bug; each was seen with
# a plain-Python probe (no gcops program can show it: the canonical
# translation never reaches it).
FINDINGS = [
    "## Findings: behaviour that looks like a bug", "",
    "* **CPython 3.12.7 nests an automatic collection inside an explicit",
    "  one.** When an allocation has scheduled a collection and",
    "  `gc.collect()` starts before the next eval-breaker check, 3.12.7 runs",
    "  the scheduled collection at the first Python code the explicit one",
    "  calls (a gc callback's `RESUME`), inside it; 3.11, 3.13, 3.14 and 3.15",
    "  never nest collections (3.13+ drop the pending one).",
    "  `python3 differential/worker/probes/run_probe.py",
    "  differential/worker/probes/where_auto_gc.py`, section H",
    "  (`docs/versions-measured.md` section 4). The canonical translation",
    "  always reaches a check between an allocation and the next statement,",
    "  so no gcops program can leave a collection pending; the model's 3.12",
    "  profile does not nest.",
    "* **The Pyodide builds of 3.13, 3.14 and 3.15 overflow the JavaScript",
    "  stack deallocating a deep chain.** From 3.13 the trashcan defers only",
    "  when the C recursion budget runs low; under WebAssembly the JS stack",
    "  runs out first: a chain of 6,000 nested lists dropped at once kills",
    "  the interpreter (`RangeError: Maximum call stack size exceeded`,",
    "  Pyodide fatal error), where 3.11 and 3.12 defer at 50 levels.",
    "  `differential/worker/probes/trash_depth.py` with depths 6,000 and up.",
    "  No deferral was seen up to depth 4,000.",
    "* **CPython 3.11 (3.11.7 and Debian's 3.11.2) crashes when a gc callback",
    "  empties a list that `tuple()` is copying.** `tuple(lst)` reads the",
    "  list's length and item array, then allocates the tuple: an automatic",
    "  collection there runs `gc.callbacks`, and one that empties `lst` frees",
    "  the array and the items before they are copied, so the tuple holds",
    "  freed objects (SIGSEGV when read or traversed). 3.12+ collect at the",
    "  next eval-breaker check, after the copy, and survive.",
    "  `python3 differential/worker/probes/v311_tuple_copy_use_after_free.py`.",
    "  Found by the 3.11 counting sweep (seed 5,005,320) through the",
    "  translation's runtime, which built lists and tuples in one shared",
    "  buffer (fixed: one buffer per body depth;",
    "  `corpus/regressions/translation_nested_bodies_build_in_their_own_buffer.gcops`).",
    "  3.11 gets security fixes only; not reported upstream from here (no",
    "  network).", ""]


def holds(cli, backend, files):
    """{file: None if it holds on `backend`, else its first failure}"""
    r = subprocess.run([cli, "run", "--backend=" + backend] + [str(f) for f in files],
                       capture_output=True, text=True, timeout=3600)
    out = {}
    for f in files:
        if re.search(r"^%s: ok\b" % re.escape(str(f)), r.stdout, re.M):
            out[f] = None
            continue
        m = re.search(r"^(?:\[\S+\] )?%s:(?:\d+: )?(.*)$" % re.escape(str(f)),
                      r.stderr, re.M)
        out[f] = m.group(1).strip() if m else "fails"
    return out


def differences_table(cli, versions, profiles):
    files = [ROOT / f for f, _, _ in DIFFERENCES]
    real = {v: holds(cli, "cpython@" + v, files) for v in ("3.11",) + tuple(versions)}
    model = {v: holds(cli, "collector@" + v, files) for v in profiles}
    md = ["## The differences, one row each", "",
          "Each program pins one behaviour: it holds on exactly the versions",
          "that have it. A cell is what the real interpreter (`cpython@V`) and",
          "the model's profile (`collector@V`, where it has one) did with it:",
          "`holds`, or the first expectation that failed.", "",
          "| difference | program | " + " | ".join(("3.11",) + tuple(versions)) + " |",
          "| --- | --- | " + " | ".join("---" for _ in ("3.11",) + tuple(versions)) + " |"]
    for (f, what, ref), path in zip(DIFFERENCES, files):
        cells = []
        for v in ("3.11",) + tuple(versions):
            r = real[v][path]
            cell = "holds" if r is None else "fails: " + r.replace("|", "\\|")[:70]
            if v in model:
                same = (model[v][path] is None) == (r is None)
                cell += " (model: %s)" % ("same" if same else "DIFFERS")
            cells.append(cell)
        md.append("| %s (%s) | `%s` | %s |" % (what, ref, f, " | ".join(cells)))
    return md + [""]


def installed(v):
    return (ROOT / "build" / "pyodide" / v / "node_modules" / "pyodide" /
            "package.json").exists()


def compare(cli, version, files):
    """{file: ("same"|"differs"|"refused"|"other", detail lines)}"""
    r = subprocess.run([cli, "run", "--backend=cpython@3.11,cpython@" + version] +
                       [str(f) for f in files], capture_output=True, text=True,
                       timeout=3600)
    out = {}
    for f in files:
        out[f] = ("same", [])
    for m in re.finditer(r"^(\S+\.gcops): ok on ", r.stdout, re.M):
        out[Path(m.group(1))] = ("same", [])
    lines = r.stderr.splitlines()
    for i, line in enumerate(lines):
        m = re.match(r"^(\S+\.gcops): backends diverged: (.*)$", line)
        if m:
            detail = [line.split(": ", 1)[1]]
            j = i + 1
            while j < len(lines) and lines[j].startswith("  "):
                detail.append(lines[j])
                j += 1
            out[Path(m.group(1))] = ("differs", detail)
        m = re.match(r"^\[cpython@[\d.]+\] (\S+\.gcops): refused on (.*)$", line)
        if m:
            out[Path(m.group(1))] = ("refused", [m.group(2)])
    return out


def main():
    ap = argparse.ArgumentParser(prog="version_diff", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("cli")
    ap.add_argument("-o", "--out", default=str(ROOT / "docs" / "versions.md"))
    args = ap.parse_args()
    versions = [v for v in VERSIONS if installed(v)]
    if not versions:
        print("version_diff: no Pyodide version installed (scripts/pyodide.py install all)")
        return 2
    files = sorted(p for d in ("seeds", "scenarios", "regressions")
                   for p in (ROOT / "corpus" / d).glob("*.gcops"))
    results = {v: compare(args.cli, v, files) for v in versions}
    rel = lambda f: str(f.relative_to(ROOT))
    md = ["# What the real interpreters do differently from 3.11, program by program",
          "",
          "Generated by `scripts/version_diff.py build/dev/cli/gcfuzz-cli` on %s: every"
          % datetime.date.today().isoformat(),
          "corpus program through `gcfuzz run --backend=cpython@3.11,cpython@V` (the",
          "canonical translation on each real interpreter, `free` events left out).",
          "A difference here is what the real interpreters did, not a model's guess:",
          "a change of the collector or of its scheduling (every version counts",
          "spec 3.4's count through the translation's runtime:",
          "`docs/python-translation.md`, \"Counting\").",
          "", "| versions | programs |", "| --- | --- |"]
    for v in versions:
        n = sum(1 for s, _ in results[v].values() if s == "differs")
        r = sum(1 for s, _ in results[v].values() if s == "refused")
        md.append("| 3.11 → %s | %d of %d run differently%s |"
                  % (v, n, len(files), ", %d refused (no `_testcapi`)" % r if r else ""))
    profiles = re.findall(r"^collector@(\S+)\t",
                          subprocess.run([args.cli, "backends"], capture_output=True,
                                         text=True, timeout=600).stdout, re.M)
    md += [""] + differences_table(args.cli, versions, profiles)
    md += FINDINGS
    md += ["## Every corpus program", "",
           "A cell says where the trace first differs from 3.11's (`event N`),",
           "or `expectations` when the events agree and an expectation's result",
           "does not (a count, say).",
           "", "| program | " + " | ".join(versions) + " |",
           "| --- | " + " | ".join("---" for _ in versions) + " |"]
    differing = [f for f in files
                 if any(results[v][f][0] == "differs" for v in versions)]
    for f in differing:
        cells = []
        for v in versions:
            s, d = results[v][f]
            if s == "differs":
                m = re.search(r"differ at event (\d+)", d[0])
                cells.append("event %s" % m.group(1) if m else
                             "expectations" if "expectations" in d[0] else "differs")
            else:
                cells.append({"same": "same", "refused": "refused"}.get(s, s))
        md.append("| `%s` | %s |" % (rel(f), " | ".join(cells)))
    md += ["", "## First differences", ""]
    for f in differing:
        md += ["### `%s`" % rel(f), ""]
        for v in versions:
            s, d = results[v][f]
            if s != "differs":
                continue
            md += ["```", "$ gcfuzz run --backend=cpython@3.11,cpython@%s %s" % (v, rel(f))]
            md += d
            md += ["```", ""]
    Path(args.out).write_text("\n".join(md) + "\n")
    print("version_diff: %d programs differ somewhere; wrote %s" % (len(differing), args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
