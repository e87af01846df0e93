#!/usr/bin/env python3
"""gcfuzz corpus: corpus upkeep.

  gcfuzz corpus merge [--target=NAME] [--no-build]

Merges what the campaigns found (build/fuzz/campaign/<target>/) into the
repository corpus. For each target whose input is `gcops-binary` in the
build's manifest (build/fuzz/fuzz_targets.json, scripts/fuzz_targets.py),
or the one --target:

  1. coverage before: libFuzzer's `cov:` on the union of the campaign's
     working corpus and the repository corpus (the target's corpus in the
     manifest: build/fuzz/corpus-bin, the binary form of
     corpus/{seeds,scenarios,regressions}), by -runs=0;
  2. libFuzzer -merge=1 into a copy of the repository corpus: only campaign
     inputs that add coverage (features) beyond it are added;
  3. coverage of that merged set (must equal step 1: the check that merging
     loses nothing; exit 1 otherwise);
  4. each added input is decoded to gcops text (`gcfuzz-cli decode`) and
     kept as corpus/seeds/fuzzed-<sha1 of the binary input>.gcops only if it
     passes what the test suite asks of every seed: `gcfuzz-cli check`, and
     `gcfuzz-cli run --backend=both` (or collector) exits 0 (no misuse, no
     failed expectation, no divergence). `expect` lines that fail are
     dropped first (fuzzed expectations are arbitrary; the targets only
     compare backends). A divergence is a finding: it is saved under
     fuzz-findings/<target>/ and reported, not written back;
  5. coverage after write-back: the text files are re-encoded (as the build
     does) and measured with the repository corpus, so the line printed
     shows what the repository now holds.

Names are stable: an input already in the corpus is not written twice.
Exit status: 0 done, 1 a coverage check failed or a finding, 2 bad usage.
"""

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fuzz_targets  # noqa: E402  (scripts/ is not a package)

# The input kind whose finds can be written back: programs in the binary
# form decode to .gcops text (gcfuzz_add_fuzzer's INPUT).
MERGEABLE_INPUT = "gcops-binary"
COV_RE = re.compile(r"#\d+\s+(?:INITED|DONE)\s+cov: (\d+) ft: (\d+)")


def log(msg):
    print(msg, flush=True)


def configure(root):
    """Configures the fuzz preset once (which writes its manifest)."""
    build_dir = root / "build" / "fuzz"
    if not (build_dir / "build.ninja").exists():
        subprocess.run(["cmake", "--preset", "fuzz"], cwd=root, check=True,
                       stdout=subprocess.DEVNULL)
    return build_dir


def build(build_dir, targets):
    """Builds the corpus tools (the binary corpus and its encoder) and the
    `targets` (fuzz_targets.Target)."""
    cmd = ["cmake", "--build", str(build_dir), "-j",
           os.environ.get("GCFUZZ_JOBS", "2"), "--target", "gcfuzz_corpus_bin",
           "gcfuzz_corpus_encode"]
    for t in targets:
        cmd += ["--target", t.name]
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       text=True)
    if r.returncode != 0:
        sys.stderr.write(r.stdout[-4000:])
        raise SystemExit("gcfuzz corpus: building the fuzz preset failed")


def options_flags(path):
    """The [libfuzzer] flags of NAME.options (max_len matters here: it
    decides how inputs are read, so every measurement uses it)."""
    flags, section = [], None
    if path is not None and path.exists():
        for line in path.read_text().splitlines():
            line = line.strip()
            if line.startswith("["):
                section = line.strip("[]")
            elif section == "libfuzzer" and "=" in line:
                k, v = (x.strip() for x in line.split("=", 1))
                if k != "dict":
                    flags.append("-%s=%s" % (k, v))
    return flags


def coverage(target, dirs, work):
    """(cov, ft) libFuzzer reports after loading `dirs`, running nothing new."""
    binary = target.binary
    dirs = [str(d) for d in dirs if Path(d).is_dir() and any(Path(d).iterdir())]
    if not dirs:
        return (0, 0)
    r = subprocess.run([str(binary), "-runs=0", "-timeout=60",
                        "-rss_limit_mb=6000"] + options_flags(target.options) + dirs,
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       text=True, errors="replace", cwd=work)
    found = COV_RE.findall(r.stdout)
    if r.returncode != 0 or not found:
        sys.stderr.write(r.stdout[-3000:])
        raise SystemExit("gcfuzz corpus: %s failed to load the corpus"
                         % binary.name)
    cov, ft = found[-1]
    return (int(cov), int(ft))


def sha1(path):
    return hashlib.sha1(path.read_bytes()).hexdigest()


def copy_by_hash(src_dirs, dst_dir):
    names = set()
    for src_dir in src_dirs:
        for f in sorted(Path(src_dir).iterdir()):
            if f.is_file():
                h = sha1(f)
                shutil.copyfile(f, dst_dir / h)
                names.add(h)
    return names


def cli_ok(cli, args, work):
    r = subprocess.run([str(cli)] + args, stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, text=True, errors="replace",
                       cwd=work)
    return r.returncode, r.stdout


def run_json(cli, backend, path, work):
    """`run --format=json` of one file (docs/cli-json.md): the exit status,
    the file's entry (None on bad usage) and its problems in words."""
    r = subprocess.run([str(cli), "run", "--format=json", "--backend=" + backend,
                        str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       text=True, errors="replace", cwd=work)
    try:
        entry = json.loads(r.stdout)["files"][0]
    except (ValueError, KeyError, IndexError):
        return r.returncode, None, (r.stdout + r.stderr).strip()
    if "error" in entry:
        return r.returncode, entry, entry["error"]["message"]
    words = [m for b in entry["backends"] for m in b["messages"]]
    if entry["divergence"]:
        d = entry["divergence"]
        words.append("backends diverged: %s and %s differ on %s at event %d" % (
            d["left"], d["right"], d["on"], d["event"]))
    return r.returncode, entry, "\n".join(words)


def run_repairing(cli, backend, path, work):
    """Runs `path`; while the only complaints are failed expectations, drops
    those `expect` lines (the fuzzer mutates expectations freely and its
    targets only compare backends; the test suite demands every seed's
    expectations hold). Misuse or divergence is returned as is. Returns
    (exit status, message, whether the backends diverged)."""
    for _ in range(4):
        rc, entry, msg = run_json(cli, backend, path, work)
        if rc != 1 or entry is None or entry.get("divergence"):
            return rc, msg, bool(entry and entry.get("divergence"))
        bad = {f["line"] for b in entry["backends"] for f in b["failures"]}
        lines = path.read_text().splitlines(keepends=True)
        if not bad or any(n < 1 or n > len(lines) or
                          not lines[n - 1].lstrip().startswith("expect")
                          for n in bad):
            return rc, msg, False
        path.write_text("".join(l for i, l in enumerate(lines, 1) if i not in bad))
        rc, check = cli_ok(cli, ["check", str(path)], work)
        if rc != 0:
            return rc, check, False
    rc, entry, msg = run_json(cli, backend, path, work)
    return rc, msg, bool(entry and entry.get("divergence"))


def merge_target(root, build_dir, cli, t, backend, work):
    target = t.name
    binary = t.binary
    campaign = build_dir / "campaign" / target
    repo = t.existing_corpus()  # the repository corpus in binary form
    seeds = root / "corpus" / "seeds"
    tdir = work / target
    tdir.mkdir()
    log("== %s" % target)

    before = coverage(t, [campaign] + repo, tdir)
    merged = tdir / "merged"
    merged.mkdir()
    base = copy_by_hash(repo, merged)
    if campaign.is_dir() and any(campaign.iterdir()):
        r = subprocess.run([str(binary), "-merge=1", "-timeout=60",
                            "-rss_limit_mb=6000",
                            "-merge_control_file=%s" % (tdir / "merge.ctl")]
                           + options_flags(t.options) + [str(merged), str(campaign)],
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           text=True, errors="replace", cwd=tdir)
        if r.returncode != 0:
            sys.stderr.write(r.stdout[-3000:])
            raise SystemExit("gcfuzz corpus: %s -merge=1 failed" % target)
    added = sorted(f for f in merged.iterdir() if f.name not in base)
    after_merge = coverage(t, [merged], tdir)

    written, existing, rejected, findings = [], 0, [], []
    for f in added:
        out = seeds / ("fuzzed-%s.gcops" % f.name)
        if out.exists():
            existing += 1
            continue
        rc, text = cli_ok(cli, ["decode", str(f)], tdir)
        if rc != 0:
            rejected.append((f.name, "decode: " + text.strip()[-200:]))
            continue
        candidate = tdir / ("fuzzed-%s.gcops" % f.name)
        candidate.write_text(text)
        rc, msg = cli_ok(cli, ["check", str(candidate)], tdir)
        if rc != 0:
            rejected.append((f.name, "check: " + msg.strip()[-200:]))
            continue
        rc, msg, diverged = run_repairing(cli, backend, candidate, tdir)
        if rc != 0:
            if diverged:
                dest = root / "fuzz-findings" / target
                dest.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(f, dest / ("merge-" + f.name))
                findings.append(dest / ("merge-" + f.name))
            else:
                rejected.append((f.name, "run: " + msg.strip().splitlines()[-1][:200]
                                 if msg.strip() else "run: exit %d" % rc))
            continue
        shutil.copyfile(candidate, out)
        written.append(out)

    # What the repository holds now, measured the way the build encodes it.
    reenc = tdir / "reencoded"
    encoder = build_dir / "fuzz" / "gcfuzz_corpus_encode"
    subprocess.run([str(encoder), str(reenc)] + [str(w) for w in written],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after_text = coverage(t, repo + [reenc], tdir)

    log("  campaign inputs: %d; kept by -merge=1: %d; written: %d "
        "(already there: %d, rejected: %d, findings: %d)"
        % (sum(1 for _ in campaign.iterdir()) if campaign.is_dir() else 0,
           len(added), len(written), existing, len(rejected), len(findings)))
    for name, why in rejected[:10]:
        log("  rejected %s: %s" % (name[:12], why))
    for f in findings:
        log("  FINDING (backends diverge): ./gcfuzz repro %s" % f)
    ok = after_merge[0] >= before[0]
    log("  coverage: union before cov %d ft %d; merged set cov %d ft %d (%s); "
        "repository after write-back cov %d ft %d"
        % (before[0], before[1], after_merge[0], after_merge[1],
           "no loss" if ok else "LOST %d edges" % (before[0] - after_merge[0]),
           after_text[0], after_text[1]))
    return ok and not findings, (target, before, after_merge, after_text, len(written))


def main():
    ap = argparse.ArgumentParser(prog="gcfuzz corpus", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--root", default=str(Path(__file__).resolve().parent.parent))
    ap.add_argument("--cli", default="", help="gcfuzz-cli (default build/dev/cli/gcfuzz-cli)")
    ap.add_argument("action", choices=["merge"])
    ap.add_argument("--target", default="",
                    help="one fuzz target whose input is gcops-binary")
    ap.add_argument("--no-build", action="store_true")
    ap.add_argument("--build-dir", default="",
                    help="a libFuzzer build (default build/fuzz, the campaign's); "
                         "implies --no-build")
    args = ap.parse_args()
    root = Path(args.root).resolve()
    # Absolute: the CLI runs with each target's scratch directory as cwd.
    cli = (Path(args.cli).resolve() if args.cli
           else root / "build" / "dev" / "cli" / "gcfuzz-cli")
    build_dir = root / "build" / "fuzz"
    if args.build_dir:
        build_dir = Path(args.build_dir).resolve()
    elif not args.no_build:
        # The corpus tools first: that build reruns CMake if fuzz CMake
        # changed, so the manifest read next is this checkout's.
        build_dir = configure(root)
        build(build_dir, [])
    try:
        if fuzz_targets.engine(build_dir) != "libfuzzer":
            ap.error("%s is not a libFuzzer build" % build_dir)
        mergeable = [t for t in fuzz_targets.load(build_dir)
                     if t.input == MERGEABLE_INPUT]
    except fuzz_targets.ManifestError as e:
        raise SystemExit("gcfuzz corpus: %s" % e)
    if args.target:
        mergeable = [t for t in mergeable if t.name == args.target]
        if not mergeable:
            ap.error("--target: %s is not a fuzz target whose input is %s in "
                     "%s" % (args.target, MERGEABLE_INPUT,
                             fuzz_targets.manifest_path(build_dir)))
    if not args.build_dir and not args.no_build:
        build(build_dir, mergeable)
    # A target that was not built has no campaign to merge.
    targets = [t for t in mergeable if t.binary.exists()]
    r = subprocess.run([str(cli), "backends"], stdout=subprocess.PIPE, text=True)
    backend = "both" if "cpython" in r.stdout.split() else "collector"

    results, ok = [], True
    with tempfile.TemporaryDirectory(prefix="gcfuzz-corpus-") as tmp:
        for t in targets:
            t_ok, res = merge_target(root, build_dir, cli, t, backend, Path(tmp))
            ok = ok and t_ok
            results.append(res)
    log("")
    log("%-24s %14s %14s %16s %8s" % ("target", "cov before", "cov merged",
                                      "cov repo after", "written"))
    for t, b, m, a, n in results:
        log("%-24s %14d %14d %16d %8d" % (t, b[0], m[0], a[0], n))
    log("gcfuzz corpus merge: %s" % ("ok, no coverage lost" if ok else
                                     "FAILED (coverage lost or a finding, see above)"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
