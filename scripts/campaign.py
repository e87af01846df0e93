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
import hashlib
import json
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
# Profiles whose sweeps stay counting-free in the campaign while a
# divergence found with counting kept is open (each named by its program):
# `fuzz/sweep.py --counting-free=exact --backends=collector@V,cpython@V`
# still sweeps them.
COUNTING_OPEN = {}
SWEEP_WEIGHT = 2
# The input kind (fuzz/CMakeLists.txt, INPUT) of a target whose bytes are
# the program generator's choices (fuzz/program_generator.h): a finding is
# turned into its program (`gcfuzz generate`) and triaged as gcops text.
GENERATOR_INPUT = "generator-choices"


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
                 options=None, weight=1, triage="replay"):
        self.name = name
        self.triage = triage
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
        self.slow_units = []
        self.summary_lines = []
        self.exit_code = None
        self.backends = "both"  # the sweep's `run --backend=` (sweep targets)
        self.started = None
        self.ended = None
        self.log_path = None


# Progress and the report go to stdout, or to stderr with --format=json
# (stdout is then the one JSON document).
LOG = sys.stdout


def log(msg):
    print(msg, file=LOG, flush=True)


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
                            t.dict, t.options, t.campaign_weight, t.triage)
             for t in manifest}
    cli = build_dir / "cli" / "gcfuzz-cli"
    if executable(cli):
        # Generated programs, run as gcops text.
        found[SWEEP] = Target(SWEEP, cli, "gcops-text", weight=SWEEP_WEIGHT)
        # Against real interpreters: the model beside each worker backend
        # (sweep.py --counting-free=mixed: half the programs keep counting).
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
            if v in COUNTING_OPEN:
                log("gcfuzz campaign: %s sweeps counting-free programs only: "
                    "collector@%s has an open divergence with counting kept (%s)"
                    % (t.name, v, COUNTING_OPEN[v]))
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


def run_target(root, build_dir, target, seconds, findings_root,
               libfuzzer_flags=()):
    work = build_dir / "campaign" / target.name
    work.mkdir(parents=True, exist_ok=True)
    artifacts = findings_root / target.name
    artifacts.mkdir(parents=True, exist_ok=True)
    target.corpus_start = sum(1 for _ in work.iterdir())
    if target.name.startswith(SWEEP):
        cmd = [sys.executable, str(root / "fuzz" / "sweep.py"),
               "--cli", str(target.binary), "--seconds", str(max(1, seconds)),
               "--findings", str(artifacts), "--backends", target.backends]
        version = target.name.rpartition("@")[2]
        if target.name != SWEEP and version not in COUNTING_OPEN:
            # Against a real interpreter: half the programs keep counting
            # (thresholds, automatic collections, `expect count`), which
            # checks each profile's scheduling; the other half are
            # counting-free with freeze/unfreeze/raise.
            cmd.append("--counting-free=mixed")
    else:
        cmd = [str(target.binary),
               "-max_total_time=%d" % max(1, seconds),
               "-print_final_stats=1",
               "-timeout=20",
               "-rss_limit_mb=6000",
               "-artifact_prefix=%s/" % artifacts]
        cmd += options_flags(target.options)
        # The user's flags last: libFuzzer takes the last of a repeated flag.
        cmd += list(libfuzzer_flags)
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
            if m and Path(m.group(1)).name.startswith("slow-unit-"):
                # -report_slow_units: an input that took long, kept for a
                # look; libFuzzer goes on. A hang is -timeout's finding.
                target.slow_units.append(m.group(1))
            elif m:
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


def minimize(root, cmd, out):
    """Runs the finding's minimize command (triage_commands); returns the
    path of the small input, or None if it could not be made."""
    try:
        r = subprocess.run(cmd, cwd=root, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, timeout=600)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return out if r.returncode in (0, 1) and Path(out).exists() else None


def program_of(crash):
    """Where the program of a generator-choices finding is written."""
    return crash + ".gcops"


def as_program(build_dir, crash):
    """Writes the program a generator-choices input makes (`gcfuzz generate`
    of the fuzz build's CLI) next to it; its path, or None."""
    out = program_of(crash)
    try:
        r = subprocess.run([str(build_dir / "cli" / "gcfuzz-cli"), "generate",
                            crash, "-o", out], stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return out if r.returncode == 0 else None


def profile_in_log(log_path):
    """The model profile (`collector@3.14`) a target's log says its failing
    input ran on, or None (a heap target that picks a version profile per
    input prints it)."""
    if log_path is None:
        return None
    try:
        text = Path(log_path).read_text(errors="replace")
    except OSError:
        return None
    m = re.findall(r"this input ran on (collector@[0-9.]+);", text)
    return m[-1] if m else None


def triage_commands(root, build_dir, t, f):
    """How finding `f` of target `t` is reproduced and minimized, as the
    manifest says the target is triaged (scripts/fuzz_targets.py: "repro",
    gcfuzz repro's own verdict; "replay", the target's binary through
    `repro --target`, cli/target_repro.h). Returns (commands, minimize),
    commands an ordered {label: shell line} and minimize (argv, out) or
    None. `./gcfuzz` runs the dev build; a finding of a replayed target is
    reproduced exactly by the fuzz build's CLI, whose manifest names the
    sanitizer-built binary that found it."""
    gcfuzz = str(root / "gcfuzz")
    fuzz_cli = str(build_dir / "cli" / "gcfuzz-cli")
    cmds = {}
    mini = None
    if t.input == GENERATOR_INPUT:
        # The input is the program generator's choices: its program, as
        # text (written by as_program), is what repro and minimize take.
        cmds["as gcops"] = "./gcfuzz generate %s -o %s" % (f, program_of(f))
        f = program_of(f)
    if t.name.startswith(SWEEP):
        if t.backends == "both":
            cmds["reproduce"] = "./gcfuzz repro %s" % f
            out = f + ".min.gcops"
            mini = ([gcfuzz, "minimize", f, "-o", out], out)
        else:  # worker backends: `run` compares them
            cmds["reproduce"] = "./gcfuzz run --backend=%s --trace %s" % (
                t.backends, f)
        cmds["raw"] = "%s run --backend=%s --trace %s" % (t.binary, t.backends, f)
    elif t.triage == "repro":
        # A target that runs each input on a version profile chosen by its
        # content says which in its log; repro and minimize must run that
        # profile (a 3.14-only oracle finding is "ok" on 3.11's).
        profile = profile_in_log(t.log_path)
        flag = ["--backend=" + profile] if profile else []
        cmds["reproduce"] = " ".join(["./gcfuzz repro"] + flag + [f])
        out = f + ".min.gcops"
        mini = ([gcfuzz, "minimize"] + flag + [f, "-o", out], out)
    else:
        cmds["reproduce"] = "./gcfuzz repro --target=%s %s" % (t.name, f)
        cmds["exactly"] = "%s repro --target=%s %s" % (fuzz_cli, t.name, f)
        out = f + (".min.gcops" if t.input.startswith("gcops-") else ".min")
        mini = ([fuzz_cli, "minimize", "--target=" + t.name, f, "-o", out], out)
    if t.input == "gcops-binary":  # text needs no decoding; ops are not gcops
        cmds["as gcops"] = "./gcfuzz decode %s" % f
    if not t.name.startswith(SWEEP):
        raw = f[:-len(".gcops")] if t.input == GENERATOR_INPUT else f
        cmds["raw"] = "%s %s" % (t.binary, raw)
    if mini:
        cmds["minimize"] = " ".join(
            ["./gcfuzz" if mini[0][0] == gcfuzz else mini[0][0]] + mini[0][1:])
    return cmds, mini


def rule_of(signature):
    """A finding's kind, for SARIF's ruleId: `gcfuzz/divergence`,
    `AddressSanitizer/heap-use-after-free`, ..."""
    m = re.match(r"(?:SUMMARY: )?([A-Za-z]\w*): (\S+)", signature)
    if not m:
        return "gcfuzz/crash"
    return "%s/%s" % (m.group(1), m.group(2).rstrip(":"))


def campaign_document(args, targets, build_dir, findings, status):
    """The campaign as one JSON document (docs/cli-json.md, `campaign`)."""
    rows = []
    for t in targets:
        work = build_dir / "campaign" / t.name
        now = sum(1 for _ in work.iterdir()) if work.is_dir() else 0
        rows.append({
            "name": t.name,
            "seconds": int((t.ended or time.time()) - (t.started or time.time())),
            "execs": t.execs, "exec_per_second": t.exec_s, "cov": t.cov,
            "ft": t.ft, "corpus": t.corpus,
            "new_inputs": max(0, now - (t.corpus_start or 0)),
            "findings": len(t.findings),
            "slow_inputs": t.slow_units,
            "exit_code": t.exit_code})
    return {"schema_version": 1, "command": "campaign", "status": status,
            "seconds": args.seconds, "targets": rows, "findings": findings}


def sarif_document(findings, version, root):
    """The findings as SARIF 2.1.0 (one run, one result per signature), for
    code-scanning dashboards."""
    rules = {}
    results = []
    for f in findings:
        rule = rule_of(f["signature"])
        rules.setdefault(rule, {"id": rule,
                                "shortDescription": {"text": rule}})
        try:
            uri = str(Path(f["input"]).resolve().relative_to(root))
        except ValueError:
            uri = Path(f["input"]).resolve().as_uri()
        text = "%s (found by %s; reproduce: %s)" % (
            f["signature"], ", ".join(f["found_by"]), f["commands"]["reproduce"])
        results.append({
            "ruleId": rule,
            "level": "error",
            "message": {"text": text},
            "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": uri}}}],
            "partialFingerprints": {"gcfuzzSignature/v1": hashlib.sha1(
                f["signature"].encode()).hexdigest()},
            "properties": {"commands": f["commands"],
                           "minimized": f["minimized"]}})
    return {"$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [{"tool": {"driver": {
                "name": "gcfuzz", "version": version,
                "informationUri": "https://gcfuzz.invalid/README.md",
                "rules": list(rules.values())}},
                "results": results}]}


# Inline copies of a finding in the report: CI machines are thrown away
# after a run, so the log alone must be enough to reproduce what was found.
INLINE_PROGRAM_LINES = 200
INLINE_INPUT_BYTES = 4096


def cli_version(build_dir):
    try:
        out = subprocess.run([str(build_dir / "cli" / "gcfuzz-cli"),
                              "--version"], capture_output=True, text=True,
                             timeout=60).stdout.split()
    except (OSError, subprocess.TimeoutExpired):
        return "unknown"
    return out[-1] if out else "unknown"


def print_for_log(crash, small, reproduce):
    """`reproduce` is the finding's reproduce command; the inline copies
    say how to use them with it (FILE replaced)."""
    how = reproduce.rsplit(" ", 1)[0]
    if small and small.endswith(".gcops"):
        lines = Path(small).read_text(errors="replace").splitlines()
        log("  minimized program (save as x.gcops; %s x.gcops):" % how)
        for line in lines[:INLINE_PROGRAM_LINES]:
            log("    | %s" % line)
        if len(lines) > INLINE_PROGRAM_LINES:
            log("    | ... (%d more lines in %s)"
                % (len(lines) - INLINE_PROGRAM_LINES, small))
    data = Path(crash).read_bytes()
    if len(data) <= INLINE_INPUT_BYTES and not crash.endswith(".gcops"):
        log("  input as base64 (base64 -d > x.bin; %s x.bin):" % how)
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
    ap.add_argument("--format", choices=("text", "json"), default="text",
                    help="json: progress and report on stderr, and on stdout "
                         "one JSON document (docs/cli-json.md, `campaign`); "
                         "either way the findings are also written to "
                         "FINDINGS/campaign.json and FINDINGS/campaign.sarif")
    ap.add_argument("libfuzzer_flags", nargs="*", metavar="-FLAG=VALUE",
                    help="after `--`: libFuzzer flags for the one libFuzzer "
                         "target --targets names (e.g. -- -max_len=4096 "
                         "-use_value_profile=1); they come after the "
                         "campaign's own and its .options, so they win")
    args = ap.parse_args()
    if args.seconds < 1 or args.jobs < 1:
        ap.error("--seconds and --jobs must be positive")
    bad = [f for f in args.libfuzzer_flags
           if not re.match(r"^-[a-z_]+=\S*$", f)]
    if bad:
        ap.error("not a libFuzzer flag (-name=value): %s" % " ".join(bad))
    if args.format == "json":
        global LOG
        LOG = sys.stderr

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
    if args.libfuzzer_flags:
        fuzzers = [t for t in targets if not t.name.startswith(SWEEP)]
        if len(targets) != 1 or len(fuzzers) != 1:
            ap.error("libFuzzer flags are for one libFuzzer target: name it "
                     "with --targets (this campaign runs %s)"
                     % ", ".join(t.name for t in targets))

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
                                        findings_root, args.libfuzzer_flags))
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
    findings = []
    for sig, hits in by_signature.items():
        t, f = hits[0]
        log("")
        log("FINDING: %s" % sig)
        log("  found by:    %s" % ", ".join(sorted({h[0].name for h in hits})))
        log("  input:       %s%s" % (f, " (+%d more with this signature)"
                                     % (len(hits) - 1) if len(hits) > 1 else ""))
        program = as_program(build_dir, f) if t.input == GENERATOR_INPUT else None
        cmds, mini = triage_commands(root, build_dir, t, f)
        small = minimize(root, *mini) if mini else None
        for label, cmd in cmds.items():
            log("  %-12s %s" % (label + ":", cmd))
        if small:
            log("  minimized:   %s" % small)
        log("  full log:    %s" % t.log_path)
        print_for_log(program or f, small or program, cmds["reproduce"])
        findings.append({"signature": sig,
                         "found_by": sorted({h[0].name for h in hits}),
                         "target": t.name, "input": f,
                         "more_inputs": [h[1] for h in hits[1:]],
                         "minimized": small, "commands": cmds,
                         "log": str(t.log_path)})
    status = 1 if any_finding else 0
    if any_finding and not findings:  # a target died without saving input
        findings = [{"signature": "%s exited with status %s without a saved "
                     "input" % (t.name, t.exit_code), "found_by": [t.name],
                     "target": t.name, "input": str(t.log_path),
                     "more_inputs": [], "minimized": None,
                     "commands": {"reproduce": "see %s" % t.log_path},
                     "log": str(t.log_path)}
                    for t in targets
                    if t.exit_code not in (0, None) and not t.findings]
    doc = campaign_document(args, targets, build_dir, findings, status)
    findings_root.mkdir(parents=True, exist_ok=True)
    (findings_root / "campaign.json").write_text(json.dumps(doc, indent=2) + "\n")
    (findings_root / "campaign.sarif").write_text(json.dumps(
        sarif_document(findings, cli_version(build_dir), root), indent=2) + "\n")
    log("")
    log("findings as JSON and SARIF: %s, %s"
        % (findings_root / "campaign.json", findings_root / "campaign.sarif"))
    if args.format == "json":
        print(json.dumps(doc, indent=2), flush=True)
    for t in targets:
        for f in t.slow_units:
            log("")
            log("slow input of %s (over libFuzzer's -report_slow_units, not a "
                "finding; -timeout=20 makes a hang one): %s" % (t.name, f))
    log("")
    log("new inputs stay in build/fuzz/campaign/<target>/; "
        "`./gcfuzz corpus merge` writes the ones that add coverage into corpus/")
    log("gcfuzz campaign: %s" % ("FINDINGS (see above)" if any_finding
                                 else "no findings"))
    return status


if __name__ == "__main__":
    sys.exit(main())
