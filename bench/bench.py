#!/usr/bin/env python3
"""gcfuzz benchmarks: builds the Release benchmarks and the fuzz targets,
runs every suite, and writes docs/PERFORMANCE.md.

Suites (each reports CPU time, since the machine may be shared; the load
average is recorded with each one):
  collect   the model collector vs the embedded CPython 3.11, same heap
            shapes, one full collection timed (bench/collect_bench.cc), one
            process per benchmark so peak RSS is per benchmark
  scaling   the model's time per object, 10^4 -> 10^6 (from `collect`)
  memory    bytes per model object by kind (bench/memory_bench.cc) beside
            CPython's sys.getsizeof and tracemalloc's bytes per object
  fuzz      exec/s of every libFuzzer target, with and without ASan+UBSan,
            fixed seed, the binary corpus, -max_len for ~64 statements
  backend   gcops::Run on the CPython backend over the corpus, programs per
            CPU second, vs the same programs translated to Python and exec'd

Usage: bench/bench.py [--quick] [--only=collect,memory,fuzz,backend]
                      [--release-dir=D] [--fuzz-dir=D] [--fuzz-nosan-dir=D]
                      [--out=docs/PERFORMANCE.md] [--no-build]
"""
import argparse
import datetime
import json
import os
import platform
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SIZES_FULL = (1000, 10000, 100000, 1000000)
SIZES_QUICK = (1000, 10000, 100000)
SHAPES = ("ring", "tree_back_edges", "random4", "pairs", "live", "half_del", "weakrefs")
COMMANDS = []  # every command run, for the report


def log(msg):
    print("bench: " + msg, file=sys.stderr, flush=True)


def loadavg():
    return "%.2f %.2f %.2f" % os.getloadavg()


def run(cmd, **kw):
    COMMANDS.append(" ".join(str(c) for c in cmd))
    return subprocess.run([str(c) for c in cmd], **kw)


def children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


# ---------------------------------------------------------------- building

def configure_and_build(root, build_dir, cache, targets):
    build_dir = Path(build_dir)
    if not (build_dir / "build.ninja").exists():
        cmd = ["cmake", "-S", root, "-B", build_dir, "-G", "Ninja"]
        cmd += ["-D%s=%s" % kv for kv in cache.items()]
        if run(cmd, stdout=subprocess.DEVNULL).returncode != 0:
            sys.exit("bench: configuring %s failed" % build_dir)
    cmd = ["cmake", "--build", build_dir, "-j", os.environ.get("GCFUZZ_JOBS", "2")]
    for t in targets:
        cmd += ["--target", t]
    if run(cmd, stdout=subprocess.DEVNULL).returncode != 0:
        sys.exit("bench: building %s failed" % build_dir)


RELEASE_CACHE = {"CMAKE_BUILD_TYPE": "Release", "GCFUZZ_VERIFY": "OFF",
                 "GCFUZZ_BUILD_TESTS": "OFF", "CMAKE_C_COMPILER": "gcc",
                 "CMAKE_CXX_COMPILER": "g++"}
# libFuzzer build without sanitizers (cmake/GcfuzzFlags.cmake links the
# no-main runtime into the non-fuzzer tools, so nothing extra is needed).
FUZZ_NOSAN_CACHE = {"CMAKE_BUILD_TYPE": "RelWithDebInfo", "GCFUZZ_VERIFY": "OFF",
                    "GCFUZZ_BUILD_TESTS": "OFF", "CMAKE_C_COMPILER": "clang-14",
                    "CMAKE_CXX_COMPILER": "clang++-14", "GCFUZZ_FUZZ_ENGINE": "libfuzzer",
                    "GCFUZZ_SANITIZE": ""}
# The `fuzz` preset's settings: what `./gcfuzz campaign` runs.
FUZZ_SAN_CACHE = dict(FUZZ_NOSAN_CACHE)
FUZZ_SAN_CACHE.update(GCFUZZ_SANITIZE="address;undefined", GCFUZZ_VERIFY="ON")


# ---------------------------------------------------------------- collect

def run_collect(release, sizes, fresh=False):
    """fresh: one iteration per process (GCFUZZ_BENCH_ITERATIONS=1), so both
    heaps are built in never-used memory: allocation order = address order."""
    exe = Path(release) / "bench" / "gcfuzz_collect_bench"
    env = dict(os.environ, GCFUZZ_BENCH_ITERATIONS="1") if fresh else None
    listed = run([exe, "--benchmark_list_tests=true"], capture_output=True,
                 text=True, check=True).stdout.split()
    rows = {}
    for name in listed:
        parts = name.split("/")
        side, shape = parts[1], parts[2]
        n = int(re.match(r"\d+", parts[3]).group(0))
        if n not in sizes:
            continue
        la = loadavg()
        if fresh:
            name = name.replace("iterations:%d" % IterationsFor(n), "iterations:1")
        out = run([exe, "--benchmark_filter=^%s$" % re.escape(name),
                   "--benchmark_format=json"], capture_output=True, text=True, env=env)
        if fresh:
            COMMANDS[-1] = "GCFUZZ_BENCH_ITERATIONS=1 " + COMMANDS[-1]
        if out.returncode != 0:
            log("%s failed: %s" % (name, out.stderr[-500:]))
            continue
        b = json.loads(out.stdout)["benchmarks"][0]
        us = b["real_time"] if b["time_unit"] == "us" else b["real_time"] / 1000
        rows[(side, shape, n)] = {
            "seconds": us * 1e-6, "found": int(b["found"]),
            "rss_kb": int(b["peak_rss_kb"]), "load": la,
            "iterations": b["iterations"]}
        log("%-40s %10.1f us  found=%d  load %s" % (name, us, int(b["found"]), la))
    return rows


def IterationsFor(n):  # as bench/collect_bench.cc registers them
    return 300 if n <= 1000 else 60 if n <= 10000 else 10 if n <= 100000 else 3


def collect_table(rows, sizes):
    lines = ["| shape | objects | model objects/s | CPython objects/s | ratio | found (model/CPython) | peak RSS MB (model/CPython) |",
             "|---|---:|---:|---:|---:|---|---|"]
    for shape in SHAPES:
        for n in sizes:
            m, c = rows.get(("model", shape, n)), rows.get(("cpython", shape, n))
            if not m or not c:
                continue
            mo, co = n / m["seconds"], n / c["seconds"]
            lines.append("| %s | %s | %s | %s | %.2f× | %d / %d | %.0f / %.0f |" % (
                shape, fmt_n(n), fmt_rate(mo), fmt_rate(co), mo / co,
                m["found"], c["found"], m["rss_kb"] / 1024, c["rss_kb"] / 1024))
    return "\n".join(lines)


def scaling_table(rows, sizes):
    lo, hi = min(s for s in sizes if s >= 10000), max(sizes)
    lines = ["| shape | model ns/object at %s | at %s | model ratio | CPython ns/object at %s | at %s | CPython ratio |" % (
                 fmt_n(lo), fmt_n(hi), fmt_n(lo), fmt_n(hi)),
             "|---|---:|---:|---:|---:|---:|---:|"]
    worst = 0
    for shape in SHAPES:
        a, b = rows.get(("model", shape, lo)), rows.get(("model", shape, hi))
        if not a or not b:
            continue
        pa, pb = a["seconds"] / lo * 1e9, b["seconds"] / hi * 1e9
        worst = max(worst, pb / pa)
        ca, cb = rows.get(("cpython", shape, lo)), rows.get(("cpython", shape, hi))
        cpy = ("%.1f | %.1f | %.2f×" % (ca["seconds"] / lo * 1e9, cb["seconds"] / hi * 1e9,
                                         (cb["seconds"] / hi) / (ca["seconds"] / lo))
               if ca and cb else "– | – | –")
        lines.append("| %s | %.1f | %.1f | %.2f× | %s |" % (shape, pa, pb, pb / pa, cpy))
    return "\n".join(lines), worst


def fmt_n(n):
    return "10^%d" % (len(str(n)) - 1) if str(n).strip("0") == "1" else str(n)


def fmt_rate(r):
    return "%.1f M" % (r / 1e6) if r >= 1e6 else "%.0f k" % (r / 1e3)


# ---------------------------------------------------------------- memory

CPYTHON_MEMORY = r"""
import gc, json, sys, tracemalloc, weakref
gc.disable()
def cls(k):
    return type('C%d' % k, (), {'__slots__': tuple('s%02d' % i for i in range(k)) + ('__weakref__',)})
classes = {k: cls(k) for k in (0, 1, 2, 4, 8)}
def dict4():
    d = {}
    for k in range(4): d[k] = k
    return d
kinds = {'instance_%d_slots' % k: (lambda c=c: c()) for k, c in classes.items()}
kinds['list_empty'] = lambda: []
kinds['list_4'] = lambda: [1, 1, 1, 1]
items4 = [1, 1, 1, 1]
kinds['tuple_4'] = lambda: tuple(items4)  # a literal would be one shared constant
kinds['dict_empty'] = lambda: {}
kinds['dict_4'] = dict4
def weak():
    t = classes[1]()
    return (t, weakref.ref(t))
kinds['instance_1_slots_plus_weakref'] = weak
N = 200000
out = {}
for name, make in kinds.items():
    one = make()
    size = sys.getsizeof(one) if name != 'instance_1_slots_plus_weakref' else sum(map(sys.getsizeof, one))
    parts = one if name == 'instance_1_slots_plus_weakref' else (one,)
    inner = sum(o.__sizeof__() + (16 if gc.is_tracked(o) or type(o) is not tuple else 0) for o in parts)
    keep = []
    tracemalloc.start()
    a = tracemalloc.get_traced_memory()[0]
    for _ in range(N): keep.append(make())
    b = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    # the list 'keep' itself costs 8 bytes per entry; tuples of the weakref
    # kind are the harness's, not the objects'
    extra = 8 + (sys.getsizeof((1, 2)) if name == 'instance_1_slots_plus_weakref' else 0)
    out[name] = {'getsizeof': size, 'sizeof_plus_gc_head': inner,
                 'tracemalloc_per_object': (b - a) / N - extra}
    del keep
print(json.dumps(out))
"""


def run_memory(release):
    exe = Path(release) / "bench" / "gcfuzz_memory_bench"
    model = json.loads(run([exe], capture_output=True, text=True, check=True).stdout)
    py = json.loads(run([sys.executable, "-c", CPYTHON_MEMORY], capture_output=True,
                        text=True, check=True).stdout)
    COMMANDS[-1] = "python3 -c <CPYTHON_MEMORY script in bench/bench.py>"
    lines = ["| kind | model sizeof | model bytes/object (allocated) | CPython sys.getsizeof | CPython `__sizeof__` + 16 per GC object | CPython bytes/object (tracemalloc, requested) | CPython ≈ allocated (getsizeof rounded up to 16) | model ≤ CPython? |",
             "|---|---:|---:|---:|---:|---:|---:|---|"]
    verdicts = []
    for kind, m in model.items():
        p = py.get(kind)
        if not p:
            continue
        # pymalloc (3.11, x86-64) hands out 16-byte size classes; tracemalloc
        # reports requested sizes, so the rounded figure is the fair match
        # for the model's allocated bytes.
        cpy = max(p["tracemalloc_per_object"], (p["getsizeof"] + 15) // 16 * 16)
        ok = m["bytes_per_object"] <= cpy + 0.5
        verdicts.append((kind, ok, m["bytes_per_object"], cpy))
        lines.append("| %s | %d | %.1f | %d | %d | %.1f | %d | %s |" % (
            kind, m["sizeof"], m["bytes_per_object"], p["getsizeof"],
            p["sizeof_plus_gc_head"], p["tracemalloc_per_object"], cpy,
            "yes" if ok else "**no**"))
    return "\n".join(lines), verdicts


# ---------------------------------------------------------------- fuzz

STAT_RE = re.compile(r"^stat::(\w+):\s+(\d+)")
TEXT_TARGETS = ("gcops_parse_fuzzer",)


def fuzz_targets(build_dir):
    d = Path(build_dir) / "fuzz"
    if not d.is_dir():
        return []
    return sorted(p for p in d.iterdir()
                  if p.name.endswith("_fuzzer") and os.access(p, os.X_OK) and p.is_file())


def run_fuzz(root, build_dir, seconds, max_len):
    results = {}
    for exe in fuzz_targets(build_dir):
        if exe.name in TEXT_TARGETS:
            seeds = [Path(root) / "corpus" / d for d in ("seeds", "scenarios", "regressions")]
        else:
            seeds = [Path(build_dir) / "corpus-bin"]
        work = Path(tempfile.mkdtemp(prefix="gcfuzz-bench-"))
        la = loadavg()
        cpu0, t0 = children_cpu(), time.time()
        out = run([exe, "-seed=1", "-max_total_time=%d" % seconds, "-print_final_stats=1",
                   "-max_len=%d" % max_len, "-timeout=20", "-rss_limit_mb=4000",
                   "-artifact_prefix=%s/" % work, work] + [s for s in seeds if s.is_dir()],
                  capture_output=True, text=True, errors="replace")
        cpu, wall = children_cpu() - cpu0, time.time() - t0
        shutil.rmtree(work, ignore_errors=True)
        stats = {m.group(1): int(m.group(2)) for m in
                 (STAT_RE.match(l) for l in out.stderr.splitlines()) if m}
        execs = stats.get("number_of_executed_units", 0)
        # Replay: every seed of at most max_len bytes, each run `reps` times
        # (libFuzzer runs file arguments -runs times each): the harness's own
        # cost per input, without libFuzzer's corpus bookkeeping, which
        # dominates while a short run's corpus is still growing fast.
        # (Text targets read .gcops text, several times longer than the
        # binary form: every seed file.)
        limit = float("inf") if exe.name in TEXT_TARGETS else max_len
        files = sorted(str(f) for d in seeds if d.is_dir() for f in d.iterdir()
                       if f.is_file() and f.stat().st_size <= limit)
        reps = 20 if seconds < 30 else 100
        cpu1 = children_cpu()
        rep = run([exe, "-runs=%d" % reps] + files, capture_output=True, text=True,
                  errors="replace")
        COMMANDS[-1] = "%s -runs=%d <%d seed files of <= %d bytes>" % (exe, reps, len(files), max_len)
        rcpu = children_cpu() - cpu1
        results[exe.name] = {"execs": execs, "exec_s": stats.get("average_exec_per_sec", 0),
                             "exec_per_cpu_s": execs / cpu if cpu else 0,
                             "replay_per_cpu_s": reps * len(files) / rcpu if rcpu and rep.returncode == 0 else 0,
                             "cpu": cpu, "wall": wall, "load": la,
                             "rc": out.returncode}
        log("%-28s %s: %d execs, %d exec/s, %.0f exec/CPU-s, replay %.0f/CPU-s, load %s" % (
            exe.name, build_dir, execs, results[exe.name]["exec_s"],
            results[exe.name]["exec_per_cpu_s"], results[exe.name]["replay_per_cpu_s"], la))
    return results


def corpus_bytes_per_statement(root, release):
    """Average binary-form bytes per top-level statement over the corpus,
    to pick -max_len for programs of up to 64 statements."""
    total_bytes = total_stmts = 0
    for d in ("seeds", "scenarios", "regressions"):
        for f in sorted((Path(root) / "corpus" / d).glob("*.gcops")):
            stmts = sum(1 for l in f.read_text().splitlines()
                        if l.strip() and not l.strip().startswith(("#", "expect", "}")))
            b = Path(release) / "corpus-bin"
            total_stmts += stmts
    bins = list((Path(release) / "corpus-bin").glob("*"))
    total_bytes = sum(p.stat().st_size for p in bins)
    return total_bytes / max(1, total_stmts)


# ---------------------------------------------------------------- backend

def corpus_files(root):
    files = []
    for d in ("seeds", "scenarios", "regressions"):
        files += sorted((Path(root) / "corpus" / d).glob("*.gcops"))
    return files


def translate(text):
    """A plain translation of a gcops program to Python, the way someone
    would write the same heap operations without gcfuzz: classes with
    __slots__ (and a trivial __del__), object creation, stores, dels and
    gc calls. Bodies, expectations and gc knobs beyond enable/disable/
    freeze are left out (they are not the work being compared)."""
    out = ["import gc, weakref",
           "def _s(o, k, v):",
           "    if isinstance(o, (list, dict)): o[k] = v",
           "    else: setattr(o, 's%02d' % k, v)",
           "def _g(o, k):",
           "    return o[k] if isinstance(o, (list, dict, tuple)) else getattr(o, 's%02d' % k)",
           "def _c(o, k):",
           "    if isinstance(o, dict): o.pop(k, None)",
           "    elif isinstance(o, list): o[k] = None",
           "    else:",
           "        try: delattr(o, 's%02d' % k)",
           "        except AttributeError: pass"]
    depth = 0

    def item(tok):
        if tok == "none":
            return "None"
        if re.fullmatch(r"-?\d+", tok):
            return tok
        parts = tok.split(".")
        expr = name(parts[0])
        for p in parts[1:]:
            expr = "_g(%s, %s)" % (expr, p)
        return expr

    def name(tok):
        return "v_" + tok.split("@")[0]

    for raw in text.splitlines():
        line = raw.split("#", 1)[0]
        line = re.sub(r"\s*\.\s*", ".", line).strip()
        if not line:
            continue
        opens, closes = line.count("{"), line.count("}")
        if depth > 0:
            depth += opens - closes
            continue
        has_block = opens > 0
        if opens > closes:
            depth += opens - closes
        line = line.split("{", 1)[0].strip()
        t = line.split()
        if not t:
            continue
        op, a = t[0], t[1:]
        try:
            if op == "class":
                slots = next((int(x[6:]) for x in a if x.startswith("slots=")), 0)
                names = ["s%02d" % i for i in range(slots)]
                if "noweakref" not in a:
                    names.append("__weakref__")
                out.append("class %s:" % a[0])
                out.append("    __slots__ = %r" % (tuple(names),))
                if "del" in a:
                    out.append("    def __del__(self): pass")
            elif op == "new":
                out.append("%s = %s()" % (name(a[0]), a[1]))
            elif op == "list":
                out.append("%s = [%s]" % (name(a[0]), ", ".join(item(x) for x in a[1:])))
            elif op == "tuple":
                out.append("%s = (%s,)" % (name(a[0]), ", ".join(item(x) for x in a[1:])))
            elif op == "dict":
                out.append("%s = {}" % name(a[0]))
            elif op in ("ref", "proxy"):
                fn = "weakref.ref" if op == "ref" else "weakref.proxy"
                cb = ", lambda r: None" if has_block else ""
                out.append("%s = %s(%s%s)" % (name(a[0]), fn, item(a[1]), cb))
            elif op == "set":
                base, _, key = a[0].rpartition(".")
                out.append("_s(%s, %s, %s)" % (item(base), key, item(a[1])))
            elif op == "clear":
                base, _, key = a[0].rpartition(".")
                out.append("_c(%s, %s)" % (item(base), key))
            elif op == "append":
                out.append("%s.append(%s)" % (item(a[0]), item(a[1])))
            elif op == "let":
                out.append("%s = %s" % (name(a[0]), item(a[1])))
            elif op == "del":
                # Rebinding to None drops the reference as `del` does, and
                # stays valid when the name was bound only in a body.
                out.append("%s = None" % name(a[0]))
            elif op == "collect":
                out.append("gc.collect(%s)" % (a[0] if a else ""))
            elif op in ("enable", "disable", "freeze", "unfreeze"):
                out.append("gc.%s()" % op)
        except (IndexError, ValueError):
            continue
    names = sorted(set(re.findall(r"\bv_\w+", "\n".join(out))))
    return "\n".join(out[:12] + ["%s = None" % n for n in names] + out[12:]) + "\n"


EXEC_BENCH = r"""
import gc, json, sys, time
sources = json.load(open(sys.argv[1]))
seconds = float(sys.argv[2])
frozen = sys.argv[3] == 'frozen'
codes = [compile(s, '<gcops %d>' % i, 'exec') for i, s in enumerate(sources)]
def once(code):
    ns = {}
    try:
        exec(code, ns)
    except Exception:
        pass  # a translation the simple translator got wrong: it stops early
    ns.clear()
    gc.enable()
    # 'frozen': the interpreter's own objects stay in the permanent
    # generation, as the CPython backend keeps them, so gc.collect() scans
    # the program's objects only; 'plain': as a script would run.
    gc.freeze() if frozen else gc.unfreeze()
gc.collect()
for c in codes: once(c)
runs, t0 = 0, time.process_time()
while time.process_time() - t0 < seconds:
    for c in codes:
        once(c)
        runs += 1
cpu = time.process_time() - t0
print(json.dumps({'runs': runs, 'cpu_seconds': cpu, 'programs_per_cpu_second': runs / cpu}))
"""


def run_backend(root, release, seconds):
    files = corpus_files(root)
    res = {}
    exe = Path(release) / "bench" / "gcfuzz_backend_bench"
    for backend in ("cpython", "collector"):
        la = loadavg()
        out = run([exe, "--backend=" + backend, "--seconds=%g" % seconds] + files,
                  capture_output=True, text=True)
        COMMANDS[-1] = "%s --backend=%s --seconds=%g corpus/{seeds,scenarios,regressions}/*.gcops" % (
            exe, backend, seconds)
        if out.returncode != 0:
            log("backend bench failed: " + out.stderr[-400:])
            continue
        res[backend] = dict(json.loads(out.stdout), load=la)
        log("backend %s: %.0f programs/CPU-s (load %s)" % (
            backend, res[backend]["programs_per_cpu_second"], la))
    sources = [translate(f.read_text()) for f in files]
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as tf:
        json.dump(sources, tf)
    for mode in ("plain", "frozen"):
        la = loadavg()
        out = run([sys.executable, "-c", EXEC_BENCH, tf.name, str(seconds), mode],
                  capture_output=True, text=True)
        COMMANDS[-1] = "python3 -c <EXEC_BENCH in bench/bench.py> <translated corpus> %g %s" % (
            seconds, mode)
        if out.returncode == 0:
            res["python_exec_" + mode] = dict(json.loads(out.stdout), load=la)
            log("python exec (%s): %.0f programs/CPU-s (load %s)" % (
                mode, res["python_exec_" + mode]["programs_per_cpu_second"], la))
        else:
            log("exec bench failed: " + out.stderr[-400:])
    os.unlink(tf.name)
    res["nprograms"] = len(files)
    return res


# ---------------------------------------------------------------- report

def machine():
    cpu = "unknown"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem = next(l for l in open("/proc/meminfo") if l.startswith("MemTotal"))
        mem_gb = int(mem.split()[1]) / 1024 / 1024
    except (OSError, StopIteration):
        mem_gb = 0
    py = subprocess.run([sys.executable, "-c", "import sys; print(sys.version.split()[0])"],
                        capture_output=True, text=True).stdout.strip()
    return {"nproc": os.cpu_count(), "cpu": cpu, "mem_gb": mem_gb,
            "kernel": platform.release(), "python": py,
            "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")}


def main():
    ap = argparse.ArgumentParser(prog="gcfuzz bench",
                                 description=__doc__.split("\n")[0])
    ap.add_argument("--root", default=str(Path(__file__).resolve().parent.parent))
    ap.add_argument("--quick", action="store_true",
                    help="10^3..10^5 objects only, shorter fuzz and backend runs")
    ap.add_argument("--only", default="collect,fresh,memory,fuzz,backend")
    ap.add_argument("--release-dir", default=None)
    ap.add_argument("--fuzz-dir", default=None, help="ASan+UBSan libFuzzer build")
    ap.add_argument("--fuzz-nosan-dir", default=None, help="libFuzzer build without sanitizers")
    ap.add_argument("--fuzz-seconds", type=int, default=None)
    ap.add_argument("--max-len", type=int, default=None)
    ap.add_argument("--out", default=None)
    ap.add_argument("--no-build", action="store_true")
    ap.add_argument("--json", default=None, help="also write raw results here")
    ap.add_argument("--reuse", action="append", default=[],
                    help="a --json file of an earlier run: its suites go into the report"
                         " unless this run measures them again")
    args = ap.parse_args()
    root = Path(args.root)
    release = Path(args.release_dir or root / "build" / "release")
    fuzz_san = Path(args.fuzz_dir or root / "build" / "bench-fuzz-asan")
    fuzz_nosan = Path(args.fuzz_nosan_dir or root / "build" / "bench-fuzz")
    only = set(args.only.split(","))
    sizes = SIZES_QUICK if args.quick else SIZES_FULL
    fuzz_seconds = args.fuzz_seconds or (10 if args.quick else 60)
    backend_seconds = 3 if args.quick else 15
    out_path = Path(args.out or root / "docs" / "PERFORMANCE.md")

    if not args.no_build:
        log("building %s (Release)" % release)
        configure_and_build(root, release, RELEASE_CACHE,
                            ["gcfuzz_collect_bench", "gcfuzz_memory_bench",
                             "gcfuzz_backend_bench", "gcfuzz_corpus_bin"])
        if "fuzz" in only:
            for d, cache in ((fuzz_nosan, FUZZ_NOSAN_CACHE), (fuzz_san, FUZZ_SAN_CACHE)):
                log("building fuzz targets in %s" % d)
                configure_and_build(root, d, cache, ["gcfuzz_fuzzers", "gcfuzz_corpus_bin"])

    m = machine()
    raw = {"machine": m, "quick": args.quick}
    bps = corpus_bytes_per_statement(root, fuzz_nosan if (fuzz_nosan / "corpus-bin").is_dir() else release)
    max_len = args.max_len or max(64, int(round(64 * bps)))
    if "collect" in only:
        raw["collect"] = {"%s/%s/%d" % k: v for k, v in run_collect(release, sizes).items()}
    if "fresh" in only:
        raw["fresh"] = {"%s/%s/%d" % k: v for k, v in
                        run_collect(release, [n for n in sizes if n >= 100000], fresh=True).items()}
    if "memory" in only:
        raw["memory"] = run_memory(release)
    if "fuzz" in only:
        raw["fuzz"] = {"nosan": run_fuzz(root, fuzz_nosan, fuzz_seconds, max_len),
                       "san": run_fuzz(root, fuzz_san, fuzz_seconds, max_len),
                       "max_len": max_len, "bytes_per_statement": bps,
                       "seconds": fuzz_seconds}
    if "backend" in only:
        raw["backend"] = run_backend(root, release, backend_seconds)
    # Paths relative to the checkout, so the report reads the same from any clone.
    raw["commands"] = [c.replace(str(root) + "/", "").replace(str(root), ".")
                       for c in COMMANDS]
    for f in args.reuse:
        old = json.loads(Path(f).read_text())
        for k in ("collect", "fresh", "memory", "fuzz", "backend"):
            if k in old and k not in raw:
                raw[k] = old[k]
        raw["commands"] = old.get("commands", []) + raw["commands"]
    if args.json:
        Path(args.json).write_text(json.dumps(raw, indent=1, default=str))
    import bench_report  # noqa: E402  (bench/bench_report.py)
    previous = out_path.read_text() if out_path.exists() else ""
    out_path.write_text(bench_report.render(raw, sizes, previous))
    log("wrote %s" % out_path)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    main()
