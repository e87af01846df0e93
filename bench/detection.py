#!/usr/bin/env python3
"""detection: what the fuzzing itself finds, fault by planted fault.

For each fault of collector/faults.h and each gcops fuzz target of the
planted fuzz build (preset `fuzz-planted`: the campaign's build, ASan+UBSan,
verifiers and the oracle on, with the faults compiled in and
GCFUZZ_PLANTED_FAULT selecting one), libFuzzer runs from an **empty**
corpus, and again from the **seeds alone** (corpus/seeds, without the
scenarios, regressions and pinned programs that were written around known
bugs), until its first finding or --seconds. The program generator's sweep
(fuzz/sweep.py, which needs no corpus) runs too, through the planted CLI.
Each cell is the executions and CPU-seconds until the finding, or "-" when
none came within the budget. CPU time is the child's own (os.wait4), so a
busy machine stretches the wall time, not the figures.

A control row runs every target with no fault for the same budget: a
finding there is a false alarm and is reported as an error (exit 1).

    bench/detection.py [--build build/fuzz-planted] [--planted-cli CLI]
                       [--seconds 60] [--faults 1,2,...] [--starts empty,seeds]
                       [--write docs/PERFORMANCE.md] [--json FILE]

Build first: cmake --preset fuzz-planted && cmake --build build/fuzz-planted
--target collector_fuzzer differential_fuzzer ft_cross_fuzzer
generator_fuzzer gcfuzz_corpus_encode; the planted CLI is the dev build's
build/dev/tests/gcfuzz_cli_planted.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import campaign  # noqa: E402  (options_flags: the campaign's .options reader)
import corpus_fault_table  # noqa: E402  (faults: the Fault enumerators)
import fuzz_targets  # noqa: E402

STAT = re.compile(r"^stat::number_of_executed_units: (\d+)", re.M)
PROGRESS = re.compile(r"^#(\d+)\s", re.M)
# The sweep names the program it stopped at; seeds count up from 1.
SWEEP_FOUND = re.compile(r"^==gcfuzz== progen program p(\d+)\.gcops", re.M)
REAL = "progen sweep vs the real interpreter"
BEGIN = "<!-- detection.py: begin -->"
END = "<!-- detection.py: end -->"


def fault_names():
    """The faults of collector/faults.h by number (kNone is 0), as the
    corpus fault table reads them."""
    return dict(enumerate(corpus_fault_table.faults()))


def fault_versions():
    """number -> the CPython version whose rule each fault breaks: the
    version its faults.h comment starts with ("3.15: ...", "3.12+: ..."),
    else 3.11 (the classic faults break every version's shared code)."""
    text = (ROOT / "collector" / "faults.h").read_text()
    body = text[text.index("enum class Fault"):]
    body = body[:body.index("};")]
    versions, comment = {}, []
    number = 0
    for line in body.splitlines()[1:]:
        line = line.strip()
        if line.startswith("//"):
            comment.append(line[2:].strip())
        elif re.match(r"k\w+,", line):
            m = re.match(r"(3\.\d+)\+?:", comment[0]) if comment else None
            versions[number] = m.group(1) if m else "3.11"
            number += 1
            comment = []
    return versions


def first_summary(out):
    """The finding's own SUMMARY line (gcfuzz's or a sanitizer's), not the
    "deadly signal" one libFuzzer adds after it."""
    for line in out.splitlines():
        if line.startswith("SUMMARY:"):
            return line[len("SUMMARY:"):].strip()
    return ""


def run_child(cmd, env, cwd, wall_limit):
    """Runs cmd; (exit status, output, CPU seconds of the child)."""
    with tempfile.TemporaryFile() as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT,
                                env=env, cwd=cwd)
        deadline = time.time() + wall_limit
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.time() > deadline:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.05)
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
    return proc.returncode, text, usage.ru_utime + usage.ru_stime


def libfuzzer_hunt(target, fault, start_dir, seconds, work):
    corpus = work / "corpus"
    shutil.rmtree(corpus, ignore_errors=True)
    if start_dir is not None:
        shutil.copytree(start_dir, corpus)
    else:
        corpus.mkdir(parents=True)
    artifacts = work / "artifacts"
    shutil.rmtree(artifacts, ignore_errors=True)
    artifacts.mkdir(parents=True)
    cmd = [str(target.binary), "-max_total_time=%d" % seconds,
           "-print_final_stats=1", "-timeout=20", "-rss_limit_mb=6000",
           "-seed=1", "-artifact_prefix=%s/" % artifacts]
    cmd += campaign.options_flags(target.options)
    if target.dict and target.dict.exists():
        cmd.append("-dict=%s" % target.dict)
    cmd.append(str(corpus))
    env = dict(os.environ, GCFUZZ_PLANTED_FAULT=str(fault))
    rc, out, cpu = run_child(cmd, env, work, seconds * 3 + 120)
    execs = [int(x) for x in STAT.findall(out)] or \
        [int(x) for x in PROGRESS.findall(out)] or [0]
    found = any(p.name.startswith(("crash-", "timeout-", "oom-", "leak-"))
                for p in artifacts.iterdir())
    summary = first_summary(out)
    return {"found": found, "execs": execs[-1], "cpu": round(cpu, 1),
            "summary": summary if found else "", "rc": rc}


def sweep_hunt(cli, fault, seconds, work, version=None):
    """The progen sweep: the model against the embedded 3.11, or (with
    `version`) against that version's real interpreter alone, half the
    programs keeping counting, as the campaign's version sweeps run."""
    findings = work / "sweep-findings"
    shutil.rmtree(findings, ignore_errors=True)
    cmd = [sys.executable, str(ROOT / "fuzz" / "sweep.py"), "--cli", str(cli),
           "--seconds", str(seconds), "--seed", "1",
           "--findings", str(findings)]
    if version is not None:
        cmd += ["--backends=collector@%s,cpython@%s" % (version, version),
                "--counting-free=mixed"]
    env = dict(os.environ, GCFUZZ_PLANTED_FAULT=str(fault))
    rc, out, cpu = run_child(cmd, env, work, seconds * 3 + 120)
    found = SWEEP_FOUND.search(out)
    runs = [int(found.group(1))] if found else \
        [int(x) for x in PROGRESS.findall(out)] or [0]
    summary = first_summary(out)
    return {"found": rc == 1, "execs": runs[-1], "cpu": round(cpu, 1),
            "summary": summary if rc == 1 else "", "rc": rc}


def cell(r):
    if isinstance(r, list):  # one sweep per version
        return "; ".join(cell(x) for x in r)
    if "version" in r:
        return "%s: %s" % (r["version"], cell({k: v for k, v in r.items()
                                                if k != "version"}))
    if not r["found"]:
        return "- (%s in %s s)" % (format(r["execs"], ","), r["cpu"])
    return "%s in %s s" % (format(r["execs"], ","), r["cpu"])


def table(results, names, columns):
    head = "| fault | " + " | ".join(c for c in columns) + " |"
    rows = [head, "|---" * (len(columns) + 1) + "|"]
    for fault in sorted(results):
        cells = [cell(results[fault][c]) if c in results[fault] else "n/a"
                 for c in columns]
        rows.append("| %s | %s |" % (names[fault], " | ".join(cells)))
    return "\n".join(rows)


def main():
    ap = argparse.ArgumentParser(prog="bench/detection.py",
                                 description=__doc__.split("\n\n")[0])
    ap.add_argument("--build", default=str(ROOT / "build" / "fuzz-planted"))
    ap.add_argument("--planted-cli",
                    default=str(ROOT / "build" / "dev" / "tests" / "gcfuzz_cli_planted"))
    ap.add_argument("--seconds", type=int, default=60)
    ap.add_argument("--faults", default=None,
                    help="comma-separated fault numbers (default: all)")
    ap.add_argument("--starts", default="empty,seeds")
    ap.add_argument("--targets", default=None,
                    help="comma-separated fuzz targets (default: every "
                         "built target that reads GCFUZZ_PLANTED_FAULT) "
                         "and/or sweep (against the embedded 3.11) and "
                         "real (against the real interpreter of the "
                         "fault's version)")
    ap.add_argument("--write", default=None,
                    help="replace the table between detection.py's markers "
                         "in this file")
    ap.add_argument("--json", default=None)
    args = ap.parse_args()

    names = fault_names()
    faults = sorted(names) if args.faults is None else \
        [int(f) for f in args.faults.split(",")]
    for f in faults:
        if f not in names:
            ap.error("no fault %d in collector/faults.h (0..%d)" % (f, max(names)))
    starts = args.starts.split(",")
    for s in starts:
        if s not in ("empty", "seeds"):
            ap.error("--starts takes empty and/or seeds, not %r" % s)
    try:
        targets = [t for t in fuzz_targets.load(args.build)
                   if t.input in ("gcops-binary", "generator-choices")]
    except fuzz_targets.ManifestError as e:
        ap.error(str(e))
    chosen = None if args.targets is None else args.targets.split(",")
    if chosen is not None:
        unknown = set(chosen) - {t.name for t in targets} - {"sweep", "real"}
        if unknown:
            ap.error("unknown targets: %s" % ", ".join(sorted(unknown)))
        targets = [t for t in targets if t.name in chosen]
    if chosen is None:
        # The targets that plant a fault: those linked with
        # collector/planted_fault_selector.cc, which reads the variable.
        targets = [t for t in targets if t.binary.exists() and
                   b"GCFUZZ_PLANTED_FAULT" in t.binary.read_bytes()]
    for t in targets:
        if not t.binary.exists():
            ap.error("%s is not built (%s)" % (t.name, t.binary))
    use_sweep = (chosen is None or "sweep" in chosen) and \
        Path(args.planted_cli).exists()
    use_real = (chosen is None or "real" in chosen) and \
        Path(args.planted_cli).exists()
    versions = fault_versions()

    work = Path(tempfile.mkdtemp(prefix="gcfuzz-detection-"))
    seeds_dir = None
    if "seeds" in starts:
        seeds_dir = work / "seeds-bin"
        encode = Path(args.build) / "fuzz" / "gcfuzz_corpus_encode"
        subprocess.run([str(encode), str(seeds_dir), str(ROOT / "corpus" / "seeds")],
                       check=True, stdout=subprocess.DEVNULL)

    columns = []
    for t in targets:
        for s in starts:
            if s == "seeds" and t.input != "gcops-binary":
                continue
            columns.append("%s from %s" % (t.name, s))
    if use_sweep:
        columns.append("progen sweep")
    if use_real:
        columns.append(REAL)
    results = {}
    for fault in [0] + [f for f in faults if f != 0]:
        results[fault] = {}
        for t in targets:
            for s in starts:
                if s == "seeds" and t.input != "gcops-binary":
                    continue  # its bytes are choices: it has no seeds
                r = libfuzzer_hunt(t, fault, seeds_dir if s == "seeds" else None,
                                   args.seconds, work)
                results[fault]["%s from %s" % (t.name, s)] = r
                print("detection: %s %s from %s: %s %s" % (
                    names[fault], t.name, s, cell(r), r["summary"]),
                    file=sys.stderr, flush=True)
        if use_sweep:
            r = sweep_hunt(args.planted_cli, fault, args.seconds, work)
            results[fault]["progen sweep"] = r
            print("detection: %s progen sweep: %s %s" % (
                names[fault], cell(r), r["summary"]), file=sys.stderr, flush=True)
        if use_real:
            # The control runs every version the faults name.
            for v in sorted(set(versions[f] for f in faults)) if fault == 0 \
                    else [versions[fault]]:
                r = sweep_hunt(args.planted_cli, fault, args.seconds, work, v)
                r["version"] = v
                results[fault].setdefault(REAL, []).append(r)
                print("detection: %s progen sweep vs cpython@%s: %s %s" % (
                    names[fault], v, cell(r), r["summary"]),
                    file=sys.stderr, flush=True)
    shutil.rmtree(work, ignore_errors=True)

    text = table(results, names, columns)
    print(text)
    if args.json:
        Path(args.json).write_text(json.dumps(
            {"seconds": args.seconds, "results": {
                names[f]: v for f, v in results.items()}}, indent=1))
    if args.write:
        doc = Path(args.write)
        body = doc.read_text()
        if BEGIN not in body or END not in body:
            sys.exit("detection: %s has no %s ... %s markers" % (doc, BEGIN, END))
        stamp = "Measured %s UTC, %d s budget per cell, load average %s.\n\n" % (
            time.strftime("%Y-%m-%d %H:%M", time.gmtime()), args.seconds,
            " ".join("%.2f" % x for x in os.getloadavg()))
        body = body[:body.index(BEGIN) + len(BEGIN)] + "\n" + stamp + text + \
            "\n" + body[body.index(END):]
        doc.write_text(body)
    false_alarms = [c for c, r in results.get(0, {}).items()
                    if any(x["found"] for x in (r if isinstance(r, list) else [r]))]
    if false_alarms:
        print("detection: the correct collector gave findings in: %s" %
              ", ".join(false_alarms), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
