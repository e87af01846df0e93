#!/usr/bin/env python3
"""gcfuzz campaign: the main job.

Builds the libFuzzer targets (preset `fuzz`: clang 14, ASan + UBSan), runs
every target the build's manifest lists (build/fuzz/fuzz_targets.json, see
scripts/fuzz_targets.py), and the progen sweep, on its seeds for a bounded
time, prints live progress and a summary table, and saves findings under
fuzz-findings/<target>/ with the commands that reproduce them. Exit status:
0 no finding, 1 a finding, 2 bad usage or a build failure.
"""

import argparse
import base64
import os
import re
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fuzz_targets  # noqa: E402  (scripts/ is not a package)

# libFuzzer's progress lines: "#1234  NEW    cov: 812 ft: 2010 corp: 103/2Kb ... exec/s: 4096 ..."
STATUS_RE = re.compile(
    r"^#(\d+)\s+(\w+)\s+cov: (\d+) ft: (\d+) corp: (\d+)/\S+(?:.*?exec/s: (\d+))?")
STAT_RE = re.compile(r"^stat::(\w+):\s+(\d+)")
ARTIFACT_RE = re.compile(r"Test unit written to (\S+)")
SUMMARY_RE = re.compile(r"^SUMMARY: (.*)")

# Not a libFuzzer binary, so not in the manifest: fuzz/sweep.py runs whole
# generated programs (fuzz/progen.py) through the CLI on both backends. It
# reaches what 1 KiB mutations rarely build (see progen's docstring) and
# speaks libFuzzer's output shape, so it is scheduled and reported like the
# others. Its weight is on the scale of the manifest's campaign_weight
# (gcfuzz_add_fuzzer's CAMPAIGN_WEIGHT): as much as the collector target.
SWEEP = "progen_sweep"
# Profiles with known, documented divergences from their real interpreter
# that are not fixed yet: the default campaign (and so CI) leaves their
# sweep out, saying so; `--backends=cpython@V` still sweeps them.
KNOWN_OPEN = {}
SWEEP_WEIGHT = 2


def plan(targets, seconds, jobs):
    """Seconds per target: the CPU budget (seconds x jobs) split by weight,
    never more than the wall budget, so greedy scheduling of the targets on
    `jobs` workers ends in about `seconds`."""
    weights = [t.weight for t in targets]
    cpu = seconds * jobs
    share = [max(5, min(seconds, cpu * w // sum(weights))) for w in weights]
    return dict(zip((t.name for t in targets), share))


class Target:
    """A target's run. `input`, `seeds`, `dict`, `options` and `weight` come
    from the manifest (the sweep's are fixed here)."""

    def __init__(self, name, binary, input_kind, seeds=(), dict_path=None,
                 options=None, weight=1):
        self.name = name
        self.binary = binary
        self.input = input_kind
        self.seeds = list(seeds)
        self.dict = dict_path
        self.options = options
        self.weight = weight
        self.execs = 0
        self.exec_s = 0
        self.cov = 0
        self.ft = 0
        self.corpus = 0
        self.corpus_start = None
        self.seconds = 0
        self.findings = []
        self.summary_lines = []
        self.exit_code = None
        self.backends = "both"  # the sweep's `run --backend=` (sweep targets)
        self.started = None
        self.ended = None
        self.log_path = None


def log(msg):
    print(msg, flush=True)


def build(root, quiet_log):
    """Configures (once) and builds the fuzz preset; returns its build dir."""
    build_dir = root / "build" / "fuzz"
    with open(quiet_log, "w") as out:
        if not (build_dir / "build.ninja").exists():
            r = subprocess.run(["cmake", "--preset", "fuzz"], cwd=root,
                               stdout=out, stderr=subprocess.STDOUT)
            if r.returncode != 0:
                return None
        jobs = os.environ.get("GCFUZZ_JOBS", str(os.cpu_count() or 2))
        r = subprocess.run(["cmake", "--build", str(build_dir), "-j", jobs],
                           stdout=out, stderr=subprocess.STDOUT)
        if r.returncode != 0:
            return None
    return build_dir


def executable(path):
    return path.is_file() and os.access(path, os.X_OK)


def t_name(backend):
    return "%s@%s" % (SWEEP, backend)


def model_profiles(cli):
    """The versions the model has a profile of (`gcfuzz backends`)."""
    try:
        out = subprocess.run([str(cli), "backends"], capture_output=True,
                             text=True, timeout=300).stdout
    except (OSError, subprocess.TimeoutExpired):
        return set()
    return set(re.findall(r"^collector@(\S+)\t", out, re.M))


def installed_interpreters(root):
    """The real interpreters a default campaign sweeps the model against:
    native 3.11 (python3) and each Pyodide build already installed
    (scripts/pyodide.py install): no network is needed."""
    out = ["cpython@3.11"]
    for d in sorted((root / "build" / "pyodide").glob("3.*")):
        if (d / "node_modules" / "pyodide" / "package.json").exists():
            out.append("cpython@" + d.name)
    return out


def discover(build_dir, wanted, versions=(), only_versions=True):
    """The manifest's targets plus the sweep, heaviest first (then by name).
    Every manifest target must be built: a campaign that silently skips one
    would report "no findings" for a target it never ran."""
    try:
        if fuzz_targets.engine(build_dir) != "libfuzzer":
            raise SystemExit("gcfuzz campaign: %s is not a libFuzzer build"
                             % build_dir)
        manifest = fuzz_targets.load(build_dir)
    except fuzz_targets.ManifestError as e:
        raise SystemExit("gcfuzz campaign: %s" % e)
    found = {t.name: Target(t.name, t.binary, t.input, t.existing_corpus(),
                            t.dict, t.options, t.campaign_weight)
             for t in manifest}
    cli = build_dir / "cli" / "gcfuzz-cli"
    if executable(cli):
        # Generated programs, run as gcops text.
        found[SWEEP] = Target(SWEEP, cli, "gcops-text", weight=SWEEP_WEIGHT)
        # Against real interpreters: the model beside each worker backend
        # (counting-free programs: fuzz/progen.py --counting-free).
        # A real CPython V meets the model's profile of V (collector@V)
        # where the model has one, and the 3.11 model otherwise.
        profiles = model_profiles(cli)
        for b in versions:
            t = Target("%s@%s" % (SWEEP, b), cli, "gcops-text",
                       weight=SWEEP_WEIGHT if only_versions else 1)
            v = b[len("cpython@"):] if b.startswith("cpython@") else None
            if not only_versions and v not in profiles:
                continue  # a default campaign meets only modelled versions
            if not only_versions and v in KNOWN_OPEN:
                log("gcfuzz campaign: leaving out %s: collector@%s has open "
                    "divergences (%s); sweep it with --backends=%s"
                    % (t_name(b), v, KNOWN_OPEN[v], b))
                continue
            model = "collector@" + v if v in profiles else "collector"
            t.backends = model + "," + b
            found[t.name] = t
        if versions and only_versions and not wanted:
            wanted = [n for n in found if n.startswith(SWEEP + "@")]
    if wanted:
        missing = [w for w in wanted if w not in found]
        if missing:
            raise SystemExit("gcfuzz campaign: no such fuzz target: %s "
                             "(known: %s)" % (", ".join(missing),
                                              ", ".join(found) or "none"))
        found = {w: found[w] for w in wanted}
    unbuilt = [n for n, t in found.items() if not executable(t.binary)]
    if unbuilt:
        raise SystemExit("gcfuzz campaign: not built: %s (build %s, or pick "
                         "--targets)" % (", ".join(unbuilt), build_dir))
    return sorted(found.values(), key=lambda t: (-t.weight, t.name))


def options_flags(path):
    """libFuzzer flags from NAME.options (the [libfuzzer] section ClusterFuzz
    reads), so local campaigns fuzz with the same settings."""
    flags = []
    if path is None or not path.exists():
        return flags
    section = None
    for line in path.read_text().splitlines():
        line = line.strip()
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
        elif section == "libfuzzer" and "=" in line:
            key, value = (x.strip() for x in line.split("=", 1))
            if key == "dict":
                value = str(path.parent / value)
            flags.append("-%s=%s" % (key, value))
    return flags


def run_target(root, build_dir, target, seconds, findings_root):
    work = build_dir / "campaign" / target.name
    work.mkdir(parents=True, exist_ok=True)
    artifacts = findings_root / target.name
    artifacts.mkdir(parents=True, exist_ok=True)
    target.corpus_start = sum(1 for _ in work.iterdir())
    if target.name.startswith(SWEEP):
        cmd = [sys.executable, str(root / "fuzz" / "sweep.py"),
               "--cli", str(target.binary), "--seconds", str(max(1, seconds)),
               "--findings", str(artifacts), "--backends", target.backends]
    else:
        cmd = [str(target.binary),
               "-max_total_time=%d" % max(1, seconds),
               "-print_final_stats=1",
               "-timeout=20",
               "-rss_limit_mb=6000",
               "-artifact_prefix=%s/" % artifacts]
        cmd += options_flags(target.options)
        d = target.dict
        if d and d.exists() and not any(f.startswith("-dict=") for f in cmd):
            cmd.append("-dict=%s" % d)
        cmd.append(str(work))
        cmd += [str(d) for d in target.seeds]
    target.log_path = build_dir / "campaign" / (target.name + ".log")
    target.seconds = seconds
    target.started = time.time()
    with open(target.log_path, "w") as logf:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, text=True,
                                errors="replace", cwd=root)
        for line in proc.stdout:
            logf.write(line)
            m = STATUS_RE.match(line)
            if m:
                target.execs = int(m.group(1))
                target.cov = int(m.group(3))
                target.ft = int(m.group(4))
                target.corpus = int(m.group(5))
                if m.group(6):
                    target.exec_s = int(m.group(6))
                continue
            m = STAT_RE.match(line)
            if m and m.group(1) == "number_of_executed_units":
                target.execs = int(m.group(2))
            elif m and m.group(1) == "average_exec_per_sec":
                target.exec_s = int(m.group(2))
            m = ARTIFACT_RE.search(line)
            if m:
                target.findings.append(m.group(1))
            m = SUMMARY_RE.match(line)
            if m:
                target.summary_lines.append(m.group(1))
        target.exit_code = proc.wait()
    target.ended = time.time()


def progress_line(targets, elapsed, total):
    remaining = max(0, total - elapsed)
    parts = []
    for t in targets:
        if t.started is None:
            state = "waiting"
        elif t.ended is None:
            state = "%s execs %s/s cov %d corp %d" % (
                human(t.execs), human(t.exec_s), t.cov, t.corpus)
        else:
            state = "done%s" % (" FINDING" if t.findings else "")
        parts.append("%s: %s" % (t.name, state))
    return "[%4ds elapsed, ~%ds left] %s" % (elapsed, remaining, " | ".join(parts))


def human(n):
    for unit in ("", "k", "M", "G"):
        if abs(n) < 1000:
            return "%d%s" % (n, unit)
        n /= 1000.0
    return "%dT" % n


def minimize(root, crash):
    """Minimizes a finding with the CLI (same signature); returns the path of
    the small gcops program, or None if the CLI could not do it."""
    out = crash + ".min.gcops"
    cmd = [str(root / "gcfuzz"), "minimize", crash, "-o", out]
    try:
        r = subprocess.run(cmd, cwd=root, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, timeout=600)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return out if r.returncode in (0, 1) and Path(out).exists() else None


# Inline copies of a finding in the report: CI machines are thrown away
# after a run, so the log alone must be enough to reproduce what was found.
INLINE_PROGRAM_LINES = 200
INLINE_INPUT_BYTES = 4096


def print_for_log(crash, small):
    if small:
        lines = Path(small).read_text(errors="replace").splitlines()
        log("  minimized program (save as x.gcops; ./gcfuzz repro x.gcops):")
        for line in lines[:INLINE_PROGRAM_LINES]:
            log("    | %s" % line)
        if len(lines) > INLINE_PROGRAM_LINES:
            log("    | ... (%d more lines in %s)"
                % (len(lines) - INLINE_PROGRAM_LINES, small))
    data = Path(crash).read_bytes()
    if len(data) <= INLINE_INPUT_BYTES:
        log("  input as base64 (base64 -d > x.bin; ./gcfuzz repro x.bin):")
        text = base64.b64encode(data).decode("ascii")
        for i in range(0, len(text), 76):
            log("    %s" % text[i:i + 76])


def main():
    ap = argparse.ArgumentParser(prog="gcfuzz campaign", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--root", default=str(Path(__file__).resolve().parent.parent))
    ap.add_argument("--seconds", type=int, default=300,
                    help="wall-clock budget for the whole campaign (default 300)")
    ap.add_argument("--targets", default="",
                    help="comma-separated fuzz targets (default: every target "
                         "in build/fuzz/fuzz_targets.json, and %s)" % SWEEP)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2,
                    help="targets fuzzed at once (default: cores)")
    ap.add_argument("--findings", default="fuzz-findings",
                    help="where crash inputs are saved (default fuzz-findings/)")
    ap.add_argument("--no-build", action="store_true")
    ap.add_argument("--backends", default="",
                    help="comma-separated real interpreters (cpython@3.11 ... "
                         "cpython@3.15, exec:COMMAND): sweep the model against "
                         "each (instead of the default targets, unless "
                         "--targets names some)")
    args = ap.parse_args()
    if args.seconds < 1 or args.jobs < 1:
        ap.error("--seconds and --jobs must be positive")

    root = Path(args.root).resolve()
    log("gcfuzz campaign: building fuzz targets (preset 'fuzz') ...")
    build_log = root / "build" / "fuzz-build.log"
    build_log.parent.mkdir(parents=True, exist_ok=True)
    build_dir = root / "build" / "fuzz"
    if not args.no_build:
        build_dir = build(root, build_log)
        if build_dir is None:
            sys.stderr.write(open(build_log).read()[-6000:])
            log("gcfuzz campaign: build failed (log: %s)" % build_log)
            return 2
    wanted = [t for t in args.targets.split(",") if t]
    versions = [b for b in args.backends.split(",") if b]
    if versions:
        targets = discover(build_dir, wanted, versions)
    else:
        # The default campaign also spreads time over the versions: one
        # light sweep against each real interpreter at hand.
        targets = discover(build_dir, wanted, installed_interpreters(root),
                           only_versions=False)
    if not targets:
        log("gcfuzz campaign: no fuzz targets were built")
        return 2

    # Time: every target gets an equal share of the cores for the budget.
    jobs = min(args.jobs, len(targets))
    seconds_of = plan(targets, args.seconds, jobs)
    findings_root = (root / args.findings).resolve()
    log("gcfuzz campaign: %d target(s), %d at a time, about %ds in all: %s"
        % (len(targets), jobs, args.seconds,
           ", ".join("%s %ds" % (t.name, seconds_of[t.name]) for t in targets)))

    start = time.time()
    pending = list(targets)
    running = []
    while pending or running:
        while pending and len(running) < jobs:
            t = pending.pop(0)
            th = threading.Thread(target=run_target,
                                  args=(root, build_dir, t, seconds_of[t.name],
                                        findings_root))
            th.start()
            running.append((t, th))
        time.sleep(1)
        running = [(t, th) for t, th in running if th.is_alive()]
        elapsed = int(time.time() - start)
        if elapsed % 10 == 0 or not (pending or running):
            log(progress_line(targets, elapsed, args.seconds))

    log("")
    log("%-28s %8s %10s %8s %6s %7s %7s %5s %8s" % (
        "target", "seconds", "execs", "exec/s", "cov", "ft", "corpus", "new", "findings"))
    any_finding = False
    for t in targets:
        secs = int((t.ended or time.time()) - (t.started or time.time()))
        work = build_dir / "campaign" / t.name
        now = sum(1 for _ in work.iterdir()) if work.is_dir() else 0
        new = max(0, now - (t.corpus_start or 0))
        log("%-28s %8d %10d %8d %6d %7d %7d %5d %8d" % (
            t.name, secs, t.execs, t.exec_s, t.cov, t.ft, t.corpus, new,
            len(t.findings)))
        crashed = t.exit_code not in (0, None) and not t.findings
        if crashed:
            log("  %s exited with status %s without a saved input; log: %s"
                % (t.name, t.exit_code, t.log_path))
            any_finding = True
    # Dedup: one report per signature (the SUMMARY line), however many
    # targets or inputs hit it.
    by_signature = {}
    for t in targets:
        for i, f in enumerate(t.findings):
            any_finding = True
            # One libFuzzer process stops at its first crash, so a target has
            # one finding per run; its first SUMMARY line (gcfuzz's own, or
            # the sanitizer's) is the signature.
            sig = (t.summary_lines[0] if t.summary_lines
                   else "%s crashed (no SUMMARY line)" % t.name)
            by_signature.setdefault(sig, []).append((t, f))
    for sig, hits in by_signature.items():
        t, f = hits[0]
        log("")
        log("FINDING: %s" % sig)
        log("  found by:    %s" % ", ".join(sorted({h[0].name for h in hits})))
        log("  input:       %s%s" % (f, " (+%d more with this signature)"
                                     % (len(hits) - 1) if len(hits) > 1 else ""))
        small = minimize(root, f)
        log("  reproduce:   ./gcfuzz repro %s" % f)
        if small:
            log("  minimized:   %s (./gcfuzz repro %s)" % (small, small))
        if t.input == "gcops-binary":  # text needs no decoding; ops are not gcops
            log("  as gcops:    ./gcfuzz decode %s" % f)
        if t.name.startswith(SWEEP):
            log("  raw:         %s run --backend=%s --trace %s"
                % (t.binary, t.backends, f))
        else:
            log("  raw:         %s %s" % (t.binary, f))
        log("  full log:    %s" % t.log_path)
        print_for_log(f, small)
    log("")
    log("new inputs stay in build/fuzz/campaign/<target>/; "
        "`./gcfuzz corpus merge` writes the ones that add coverage into corpus/")
    log("gcfuzz campaign: %s" % ("FINDINGS (see above)" if any_finding
                                 else "no findings"))
    return 1 if any_finding else 0


if __name__ == "__main__":
    sys.exit(main())
