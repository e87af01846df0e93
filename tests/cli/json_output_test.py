#!/usr/bin/env python3
"""`gcfuzz check|run|repro --format=json` against docs/cli-json.schema.json,
through the real CLI: every document validates, says what the text form
says, and carries the process's exit status.

usage: json_output_test.py CLI [WORKERS]   (GCFUZZ_SOURCE_DIR: the source tree;
WORKERS=1 when the CLI has worker backends, for a divergence through the
stub worker)
"""
import copy
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

try:
    import jsonschema
except ImportError:
    sys.exit("json_output_test: python3-jsonschema is missing "
             "(scripts/setup.sh installs it)")

CLI = sys.argv[1]
WORKERS = len(sys.argv) > 2 and sys.argv[2] == "1"
SRC = os.environ["GCFUZZ_SOURCE_DIR"]
with open(os.path.join(SRC, "docs", "cli-json.schema.json")) as f:
    SCHEMA = json.load(f)
jsonschema.Draft202012Validator.check_schema(SCHEMA)
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
failures = []


def check(name, cond, detail=""):
    print(("ok   " if cond else "FAIL ") + name)
    if not cond:
        failures.append(name)
        print("     " + str(detail).replace("\n", "\n     ")[:3000])


def cli(*args, stdin=None):
    r = subprocess.run([CLI, *args], capture_output=True, text=True,
                       input=stdin, timeout=300)
    return r.returncode, r.stdout, r.stderr


def document(*args, stdin=None):
    """Runs the CLI; returns (exit status, document or None, problems)."""
    st, out, err = cli(*args, stdin=stdin)
    try:
        doc = json.loads(out)
    except ValueError as e:
        return st, None, [f"not JSON ({e}): {out[:500]!r} {err[:500]!r}"]
    problems = [f"{list(e.absolute_path)}: {e.message[:300]}"
                for e in VALIDATOR.iter_errors(doc)]
    if doc.get("status") != st:
        problems.append(f"document status {doc.get('status')} != exit {st}")
    return st, doc, problems


def program(name, text):
    path = os.path.join(TMP, name)
    with open(path, "w") as f:
        f.write(text)
    return path


TMP = tempfile.mkdtemp(prefix="gcfuzz-json-test.")
corpus = sorted(glob.glob(os.path.join(SRC, "corpus", "seeds", "*.gcops")))
scenarios = sorted(glob.glob(os.path.join(SRC, "corpus", "scenarios", "*.gcops")))
# Tagged for 3.11 (so they hold on the model and the embedded 3.11).
on_311 = [p for p in corpus + scenarios
          if re.search(r"^# versions:.* 3\.11( |$)", open(p).read(), re.M)]
sample = corpus[:6] + on_311[::12]

cycle = program("cycle.gcops", "class A slots=1\nnew a A\nset a.0 a\ndel a\n"
                "collect\nexpect collected 1\n")
failing = program("failing.gcops", "class A slots=1\nnew a A\nset a.0 a\n"
                  "del a\ncollect\nexpect collected 1\nexpect collected 5\n"
                  "collect\nexpect collected 0\n")
misuse = program("misuse.gcops", "list l\ncollect\nexpect collected 0\n"
                 "ref w l\nexpect collected 0\n")
bad = program("bad.gcops", "class A\nnew a Nod\n")

# check
st, doc, problems = document("check", "--format=json", *sample, misuse, bad,
                             TMP)
check("CheckDocumentValidates", not problems, problems)
if doc:
    files = doc["files"]
    check("CheckHasOneEntryPerFileInOrder",
          [f["file"] for f in files] == sample + [misuse, bad, TMP], files)
    check("CheckCountsStatementsOfGoodFiles",
          all(f["status"] == 0 and f["statements"] > 0 for f in files[:-3]),
          files)
    check("CheckGivesWhatRunStopsOnAsMisuseWithItsLine",
          files[-3]["status"] == 2 and files[-3]["error"]["line"] == 4
          and files[-3]["error"]["message"] == misuse + ":4: cannot create "
          "weak reference to 'list' object", files[-3])
    check("CheckGivesParseErrorsWithLineAndColumn",
          files[-2]["error"]["line"] == 2 and files[-2]["error"]["column"] == 7
          and files[-2]["error"]["message"].startswith(bad + ":2:7: "),
          files[-2])
    check("CheckGivesUnreadableFilesAsErrors",
          "is a directory" in files[-1]["error"]["message"]
          and "line" not in files[-1]["error"], files[-1])
    check("CheckExitsTwoOnBadInput", st == 2 and doc["status"] == 2, st)

st, doc, problems = document("check", "--format=json", "-",
                             stdin=open(cycle).read())
check("CheckReadsStdinAsStdin",
      not problems and st == 0 and doc["files"][0]["file"] == "<stdin>",
      (problems, doc))

# run: corpus programs on the default backend and on `both` (when built),
# each document valid and agreeing with the text form.
st_b, out_b, _ = cli("backends")
both = "cpython\t" in out_b
backend = "both" if both else "collector"
st, doc, problems = document("run", "--format=json", "--backend=" + backend,
                             *sample)
check(f"RunDocumentOfCorpusProgramsValidates[{backend}]", not problems,
      problems)
if doc:
    check("RunCorpusProgramsAreOk", st == 0 and all(
        f["verdict"] == "ok" and f["divergence"] is None for f in doc["files"]),
        [(f["file"], f["verdict"]) for f in doc["files"]])
    check("RunNamesTheBackendsItRan",
          doc["backends"] == (["collector", "cpython"] if both
                              else ["collector"]), doc["backends"])
    for f in doc["files"]:
        tst, tout, _ = cli("run", "--backend=" + backend, "--trace", f["file"])
        # The one trace the agreeing backends share: rows "LINE  EVENT",
        # the event indented by its depth (cli/trace_output.h).
        blocks = tout.split("# trace of ")
        rows = [l for l in blocks[1].splitlines()[1:]
                if l and ": ok" not in l] if len(blocks) == 2 else []
        text_trace = [r.split(None, 1)[1] for r in rows]
        text_sites = [(int(r.split()[0]), (len(r) - 6 - len(e)) // 2)
                      for r, e in zip(rows, text_trace)]
        events = f["backends"][0]["events"]
        if (f["backends"][0]["trace"] != text_trace or
                [(e["line"], e["depth"]) for e in events] != text_sites):
            check("RunTraceIsTheTextTrace[" + os.path.basename(f["file"]) + "]",
                  False, (f["backends"][0]["trace"], tout))
            break
    else:
        check("RunTraceIsTheTextTrace", True)
    check("RunEventsAreTheTraceOneForOne", all(
        [e["event"] for e in b["events"]] == b["trace"]
        for f in doc["files"] for b in f["backends"]), doc["files"])

# Each event's line and body depth: a finalizer's events nest under its
# `del`, two identical collects are told apart by their lines.
nested = program("nested.gcops", "class D del\nnew a D\nnew b D\n"
                 "on_del a { del b }\non_del b { collect 1 }\ncollect\n"
                 "del a\ncollect\n")
NESTED_EVENTS = [{"event": "collect 2 0", "line": 6, "depth": 0},
                 {"event": "del a", "line": 7, "depth": 0},
                 {"event": "del b", "line": 7, "depth": 1},
                 {"event": "collect 1 0", "line": 7, "depth": 2},
                 {"event": "free b", "line": 7, "depth": 1},
                 {"event": "free a", "line": 7, "depth": 0},
                 {"event": "collect 2 0", "line": 8, "depth": 0}]
st, doc, problems = document("run", "--format=json", "--backend=collector",
                             nested)
check("RunEventsCarryLineAndDepth",
      not problems and doc["files"][0]["backends"][0]["events"] ==
      NESTED_EVENTS, (problems, doc))

st, doc, problems = document("run", "--format=json", "--backend=collector",
                             cycle, failing, misuse, bad)
check("RunDocumentOfFailuresValidates", not problems, problems)
if doc:
    ok, fail, mis, bad_entry = doc["files"]
    check("RunExitStatusIsTheWorstFilesStatus", st == 2, st)
    check("RunPassingProgramHasEveryExpectationPassed",
          ok["verdict"] == "ok" and ok["backends"][0]["expectations"] ==
          [{"line": 6, "result": "passed"}], ok)
    check("RunFailedExpectationIsNamedByLine",
          fail["verdict"] == "expectation-failed" and fail["status"] == 1
          and fail["backends"][0]["expectations"] ==
          [{"line": 6, "result": "passed"}, {"line": 7, "result": "failed"},
           {"line": 9, "result": "passed"}]
          and fail["backends"][0]["failures"] ==
          [{"line": 7, "message": "expected collected 5, got 1"}], fail)
    check("RunMisuseStopsTheProgramAndLeavesLaterExpectationsNotRun",
          mis["verdict"] == "misuse" and mis["status"] == 2
          and mis["backends"][0]["misuse"]["line"] == 4
          and [e["result"] for e in mis["backends"][0]["expectations"]] ==
          ["passed", "not-run"], mis)
    check("RunUnparsableFileIsBadInputWithItsError",
          bad_entry["verdict"] == "bad-input" and
          bad_entry["error"]["line"] == 2, bad_entry)

st, doc, problems = document("run", "--format=json", "--backend=collector",
                             "--collector=ft", cycle)
check("RunFreeThreadedModeValidates",
      not problems and st == 0 and doc["collector"] == "ft", problems)

if WORKERS:
    stub = f"exec:{sys.executable} {SRC}/tests/cli/stub_worker.py"
    st, doc, problems = document("run", "--format=json",
                                 "--backend=cpython@3.11," + stub, cycle)
    check("RunDivergenceValidates", not problems, problems)
    if doc:
        f = doc["files"][0]
        d = f["divergence"]
        check("RunDivergenceNamesBothSidesAndTheFirstDifferentEvent",
              st == 1 and f["verdict"] == "divergence" and d["on"] == "trace"
              and d["left"] == "cpython@3.11" and d["right"] == stub
              and d["left_from_event"][0] != d["right_from_event"][0]
              and "free" in f["left_out"], f)
    # A worker reports events only: its events take the model's line and
    # depth while the traces agree, then are not known (null).
    two = program("two.gcops", "class A slots=1\ncollect\nnew a A\n"
                  "set a.0 a\ndel a\ncollect\ncollect 0\n")
    st, doc, problems = document("run", "--format=json",
                                 "--backend=cpython@3.11," + stub, two)
    if doc:
        real, naive = doc["files"][0]["backends"]
        check("RunWorkerEventsTakeTheModelsSitesWhileTheTracesAgree",
              not problems and naive["events"] ==
              [{"event": "collect 2 0", "line": 2, "depth": 0},
               {"event": "collect 2 0", "line": None, "depth": None},
               {"event": "collect 0 0", "line": None, "depth": None}]
              and [e["line"] for e in real["events"]] == [2, 6, 7],
              (problems, doc))
    st, doc, problems = document("run", "--format=json",
                                 "--backend=collector," + stub + " --nonsense",
                                 cycle)
    check("RunWorkerWithoutAnswerIsItsOutcome",
          not problems and st == 1 and doc["files"][0]["verdict"] == "protocol"
          and doc["files"][0]["backends"][1]["outcome"] == "protocol",
          (problems, doc))

# repro
for path in sample[:4] + [cycle, failing, misuse]:
    st, doc, problems = document("repro", "--format=json", path)
    name = os.path.basename(path)
    check(f"ReproDocumentValidates[{name}]", not problems, problems)
    if not doc:
        continue
    tst, tout, _ = cli("repro", path)
    summary = re.search(r"^SUMMARY: .*$", tout, re.M)
    check(f"ReproSummaryIsTheTextSummary[{name}]",
          summary and doc["verdict"]["summary"] == summary.group(0)
          and tst == st, (doc["verdict"], summary and summary.group(0)))
st, doc, problems = document("repro", "--format=json", nested)
check("ReproRunsCarryEventsWithLineAndDepth",
      not problems and doc["runs"][0]["events"] == NESTED_EVENTS,
      (problems, doc and doc["runs"]))
_, doc, _ = document("repro", "--format=json", failing)
check("ReproFailedExpectationVerdict",
      doc and doc["verdict"]["kind"] == "expectation-failed"
      and doc["status"] == 1, doc and doc["verdict"])
crash = os.path.join(TMP, "crash-1")
with open(crash, "wb") as f:
    f.write(bytes(range(256)) * 2)
st, doc, problems = document("repro", "--format=json", crash)
check("ReproDecodesBinaryInput",
      not problems and doc["input"] == "binary", problems or doc["input"])
st, doc, problems = document("repro", "--format=json", bad)
check("ReproBadInputIsTheDocumentsError",
      not problems and st == 2 and doc["error"]["message"].startswith(bad),
      (problems, doc))

# repro --target of a target whose own binary judges (the build's
# free-threaded cross-check, on a clean program).
st, doc, problems = document("repro", "--format=json",
                             "--target=ft_cross_fuzzer", cycle)
check("ReproOnATargetsBinaryValidates", not problems, problems)
if doc:
    check("ReproOnATargetsBinaryNamesTheTargetAndItsVerdict",
          st == 0 and doc["target"]["name"] == "ft_cross_fuzzer"
          and doc["finding"] is False
          and doc["summary"] == "SUMMARY: gcfuzz: ok"
          and doc["program"].startswith("class A slots=1\n"), doc)

# The schema is not vacuous: documents with a wrong field fail it.
_, good, _ = document("run", "--format=json", "--backend=collector", cycle)
broken = []
for mutate in (lambda d: d["files"][0].update(verdict="fine"),
               lambda d: d["files"][0]["backends"][0].pop("trace"),
               lambda d: d["files"][0]["backends"][0]["events"][0].pop("line"),
               lambda d: d["files"][0]["backends"][0]["events"][0]
               .update(depth=-1),
               lambda d: d.update(status=3),
               lambda d: d["files"][0]["backends"][0]["expectations"][0]
               .update(result="maybe"),
               lambda d: d.update(extra=1)):
    d = copy.deepcopy(good)
    mutate(d)
    broken.append(VALIDATOR.is_valid(d))
check("SchemaRejectsWrongDocuments", good and not any(broken), broken)

# Bad usage is still one line on stderr and no document.
st, out, err = cli("run", "--format=xml", cycle)
check("UnknownFormatIsOneUsageLine",
      st == 2 and out == "" and err.count("\n") == 1
      and "expected 'text' or 'json', got 'xml'" in err, err)

sys.exit(1 if failures else 0)
