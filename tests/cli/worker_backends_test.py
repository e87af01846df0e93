#!/usr/bin/env python3
"""`gcfuzz run --backend=A,B` over worker backends, and `gcfuzz backends`,
through the real CLI. usage: worker_backends_test.py CLI (GCFUZZ_SOURCE_DIR)
"""
import os
import subprocess
import sys
import tempfile

CLI = sys.argv[1]
SRC = os.environ["GCFUZZ_SOURCE_DIR"]
STUB = f"exec:{sys.executable} {SRC}/tests/cli/stub_worker.py"
failures = []


def cli(*args):
    r = subprocess.run([CLI, *args], capture_output=True, text=True,
                       timeout=300)
    return r.returncode, r.stdout, r.stderr


def check(name, cond, detail=""):
    print(("ok   " if cond else "FAIL ") + name)
    if not cond:
        failures.append(name)
        print("     " + detail.replace("\n", "\n     ")[:2000])


def program(text):
    f = tempfile.NamedTemporaryFile("w", suffix=".gcops", delete=False)
    f.write(text)
    f.close()
    return f.name


no_cycle = program("class A\nnew a A\ndel a\ncollect\ncollect 0\n")
cycle = program("class A slots=1\nnew a A\nset a.0 a\ndel a\ncollect\n")
legacy = program("class L tp_del\nnew l L\ncollect\n")

st, out, err = cli("backends")
check("BackendsListsTheNativeWorkerWithTheVersionItReports",
      st == 0 and "cpython@3.11\tcpython 3.11." in out, out + err)
check("BackendsSaysWhatExecMeans", "exec:COMMAND" in out, out)

st, out, err = cli("run", "--backend=collector,cpython@3.9", no_cycle)
check("UnknownVersionListsWhatExistsAndExits2",
      st == 2 and "cpython@3.11" in err and "cpython@3.15" in err, err)

st, out, err = cli("run", "--backend=collector@3.11,cpython@3.11", cycle, no_cycle)
check("TheModelByItsVersionAgreesWithTheNativeWorker", st == 0, out + err)
st, out, err = cli("run", "--backend=collector@3.10,cpython@3.14", no_cycle)
check("AModelVersionNotBuiltIsRefusedWithExit2",
      st == 2 and "collector@3.10" in err and "3.11" in err, err)

st, out, err = cli("run", "--backend=cpython,cpython@3.11", cycle, no_cycle)
check("EmbeddedAndNativeWorkerAgreeOnPlainPrograms", st == 0,
      out + err)

st, out, err = cli("run", "--trace", "--backend=collector,cpython@3.11", no_cycle)
check("AgreeingBackendsPrintOneTrace",
      st == 0 and out.count("# trace of") == 1 and "(they agree)" in out, out + err)

st, out, err = cli("run", f"--backend=collector,{STUB}", no_cycle)
check("AThirdPartyWorkerPlugsInWithoutCxx",
      st == 0 and "ok on collector exec:" in out, out + err)
check("EventsAWorkerCannotSeeAreLeftOutAndSaid",
      "without" in out and "del" in out, out)

st, out, err = cli("run", f"--backend=cpython@3.11,{STUB}", cycle)
check("AWrongWorkerDivergesAtTheFirstDifferentEvent",
      st == 1 and "backends diverged" in err and "collect 2 1" in err
      and "collect 2 0" in err, err)

st, out, err = cli("run", f"--backend=collector,{STUB} --nonsense", no_cycle)
check("AWorkerSendingNonsenseGivesAProtocolVerdictNamingIt",
      st == 1 and "protocol on exec:" in err, err)

# A worker that hangs, or dies, on a program: a `hang` / `crash` verdict
# naming the backend, exit 1, and a fresh worker for the next program.
for mode, verdict in (("--hang-first", "hang"), ("--die-first", "crash")):
    state = tempfile.mktemp(prefix="gcfuzz-stub-state.")
    r = subprocess.run([CLI, "run", f"--backend={STUB} {mode}", no_cycle, no_cycle],
                       capture_output=True, text=True, timeout=120,
                       env=dict(os.environ, GCFUZZ_STUB_STATE=state,
                                GCFUZZ_WORKER_TIMEOUT="1"))
    check(f"AWorkerThat{verdict.capitalize()}sGivesA{verdict.capitalize()}VerdictAndAFreshWorker",
          r.returncode == 1 and f"{verdict} on exec:" in r.stderr
          and r.stdout.count("ok on exec:") == 1, r.stdout + r.stderr)
    if os.path.exists(state):
        os.unlink(state)

pyodide = os.path.exists(
    f"{SRC}/build/pyodide/3.12/node_modules/pyodide/package.json")
if pyodide:
    st, out, err = cli("run", "--backend=cpython@3.12", legacy)
    check("TpDelWithoutTestcapiIsRefusedWithTheReason",
          st == 2 and "refused on cpython@3.12" in err
          and "with_tp_del" in err, err)
else:
    print("skip TpDelWithoutTestcapiIsRefusedWithTheReason (no Pyodide 3.12)")

iso = [f"{SRC}/tests/cli/isolation_{x}.gcops" for x in "abb"]
versions = ["cpython@3.11"] + [
    f"cpython@{v}" for v in ("3.12", "3.13", "3.14", "3.15")
    if os.path.exists(f"{SRC}/build/pyodide/{v}/node_modules/pyodide/"
                      "package.json")]
for v in versions:
    st, out, err = cli("run", f"--backend={v}", *iso)
    check(f"ProgramsOnOneWorkerCannotSeeEachOther[{v}]",
          st == 0 and out.count(f"ok on {v}") == 3, out + err)

for f in (no_cycle, cycle, legacy):
    os.unlink(f)
sys.exit(1 if failures else 0)
