#!/usr/bin/env node
// pyodide_worker.mjs — a gcfuzz worker backend: one real CPython (a pinned
// Pyodide build, CPython compiled to WebAssembly) behind the JSON-lines
// protocol of docs/backend-protocol.md (v1 draft).
//
//   node differential/worker/pyodide_worker.mjs --version 3.14
//   node differential/worker/pyodide_worker.mjs --pyodide-dir DIR
//
// The pins are in pyodide_versions.json; scripts/pyodide.py installs them
// into build/pyodide/<minor>/node_modules/pyodide (or $GCFUZZ_PYODIDE_DIR/
// <minor>/...). The programs run through gcfuzz_harness.py (beside this
// file), which isolates each one from the next.
//
// stdout carries protocol lines only; diagnostics go to stderr. Exit
// status: 0 at the end of stdin; 2 bad usage or the version not installed
// (one line on stderr saying how to install it); 3 the interpreter died or
// the program ended it with os._exit() (after answering that request).

import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { fileURLToPath, pathToFileURL } from "node:url";

const PROTOCOL = 1;
const here = path.dirname(fileURLToPath(import.meta.url));
const sourceDir = path.resolve(here, "..", "..");

function die(message, status = 2) {
  process.stderr.write(`pyodide_worker: ${message}\n`);
  process.exit(status);
}

function parseArgs(argv) {
  const opts = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [key, inline] = a.includes("=") ? a.split(/=(.*)/s) : [a, undefined];
    const value = () => inline ?? argv[++i] ?? die(`${key} needs a value`);
    if (key === "--version") opts.version = value();
    else if (key === "--pyodide-dir") opts.dir = value();
    else if (key === "-h" || key === "--help") {
      process.stdout.write(
        "usage: pyodide_worker.mjs --version 3.12|3.13|3.14|3.15 | --pyodide-dir DIR\n");
      process.exit(0);
    } else die(`unknown argument ${a}`);
  }
  if (!opts.version === !opts.dir) die("give --version VERSION or --pyodide-dir DIR");
  return opts;
}

function resolvePackage(opts) {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(here, "pyodide_versions.json"), "utf8"));
  if (opts.dir) return { dir: path.resolve(opts.dir), pin: null };
  const minor = opts.version.split(".").slice(0, 2).join(".");
  const pin = manifest.versions[minor];
  if (!pin) {
    die(`no pinned Pyodide for CPython ${opts.version}; pinned: ` +
        Object.keys(manifest.versions).sort().join(", "));
  }
  const root = process.env.GCFUZZ_PYODIDE_DIR || path.join(sourceDir, "build", "pyodide");
  const dir = path.join(root, minor, "node_modules", manifest.package);
  let installed = null;
  try {
    installed = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")).version;
  } catch { /* not installed */ }
  if (installed !== pin.npm) {
    die(`CPython ${minor} (pyodide@${pin.npm}) is not installed: ` +
        `run scripts/pyodide.py install ${minor}`);
  }
  return { dir, pin };
}

const opts = parseArgs(process.argv.slice(2));
const { dir, pin } = resolvePackage(opts);
const t0 = performance.now();

// Output the interpreter writes below sys.stdout/sys.stderr (C-level
// writes, sys.__stdout__) is added to the current request's answer; between
// requests it is a diagnostic on stderr.
let fdOut = null;
let fdErr = null;
const toOut = (line) => (fdOut !== null ? (fdOut += line + "\n")
                                        : process.stderr.write(`[python stdout] ${line}\n`));
const toErr = (line) => (fdErr !== null ? (fdErr += line + "\n")
                                        : process.stderr.write(`[python stderr] ${line}\n`));

let py;
try {
  const { loadPyodide } = await import(pathToFileURL(path.join(dir, "pyodide.mjs")).href);
  // stdin is the protocol's: the interpreter's own stdin is at its end.
  py = await loadPyodide({ indexURL: dir + path.sep, stdout: toOut, stderr: toErr,
                           stdin: () => null });
} catch (e) {
  die(`loading Pyodide from ${dir} failed: ${e && e.message ? e.message : e}`, 3);
}

// The harness becomes an importable module (a native worker imports the
// same file).
py.FS.mkdirTree("/gcfuzz");
py.FS.writeFile("/gcfuzz/gcfuzz_harness.py",
                fs.readFileSync(path.join(here, "gcfuzz_harness.py"), "utf8"));
// The canonical translation's runtime (gcops programs: requests with
// "python"), loaded before any program.
py.FS.writeFile("/gcfuzz/gcfuzz_runtime.py",
                fs.readFileSync(path.join(sourceDir, "translation", "gcfuzz_runtime.py"), "utf8"));
py.runPython("import sys; sys.path.insert(0, '/gcfuzz'); import gcfuzz_runtime");
const harness = py.pyimport("gcfuzz_harness");
const runProgram = harness.run;
const runGcops = harness.run_gcops;
const info = py.runPython(`
import sys, gc
try:
    import _testcapi
    _tp_del = hasattr(_testcapi, "with_tp_del")
except ImportError:
    _tp_del = False
import gcfuzz_harness
v = sys.version_info
{"version": f"{v.major}.{v.minor}.{v.micro}" + ("" if v.releaselevel == "final"
             else {"alpha": "a", "beta": "b", "candidate": "rc"}[v.releaselevel] + str(v.serial)),
 "sys_version": sys.version,
 "thresholds": list(gcfuzz_harness.DEFAULT_THRESHOLDS),
 "with_tp_del": _tp_del}
`).toJs({ dict_converter: Object.fromEntries });

function send(obj) {
  process.stdout.write(JSON.stringify(obj) + "\n");
}

send({
  protocol: PROTOCOL,
  implementation: "cpython",
  version: info.version,
  wasm: true,
  runtime: `pyodide ${py.version}`,
  node: process.version,
  sys_version: info.sys_version,
  gc: { default_thresholds: info.thresholds },
  features: { with_tp_del: info.with_tp_del, gcops: true },
  startup_ms: Math.round(performance.now() - t0),
  pinned: pin ? { cpython: pin.cpython, npm: pin.npm } : null,
});

function alive() {
  try {
    return py.runPython("1 + 1") === 2;
  } catch {
    return false;
  }
}

function handle(line) {
  if (line.trim() === "") return true;
  let req;
  try {
    req = JSON.parse(line);
  } catch (e) {
    send({ id: null, error: `bad request: not JSON (${e.message})` });
    return true;
  }
  const id = req && typeof req === "object" && "id" in req ? req.id : null;
  const gcops = req !== null && typeof req === "object" && typeof req.python === "string";
  if (req === null || typeof req !== "object" || Array.isArray(req) ||
      (typeof req.code !== "string" && !gcops)) {
    send({ id, error: "bad request: want {\"id\":N,\"code\":\"<python source>\"} " +
                      "or {\"id\":N,\"python\":\"<translation>\"}" });
    return true;
  }
  fdOut = "";
  fdErr = "";
  const t = performance.now();
  let status, out, err;
  let answer = null;  // a gcops run's result fields
  let fatal = null;
  let exitStatus = null;
  try {
    if (gcops) {
      const res = runGcops(req.python);
      answer = res.toJs({ dict_converter: Object.fromEntries });
      res.destroy();
      out = answer.stdout;
      err = answer.stderr;
      delete answer.stdout;
      delete answer.stderr;
      // None becomes undefined in JavaScript: the protocol says null.
      if ("status" in answer) {
        answer.misuse = answer.misuse ?? null;
        answer.refused = answer.refused ?? null;
      }
      status = answer.status;
    } else {
      const res = runProgram(req.code);
      [status, out, err] = res.toJs();
      res.destroy();
    }
  } catch (e) {
    // Not a Python exception of the program (the harness catches those):
    // an error of Pyodide or of the harness itself.
    fatal = `${e && e.name ? e.name : "Error"}: ${e && e.message ? e.message : e}`;
    // os._exit(N) ends the Emscripten program: the process would exit N.
    const m = /exit\((-?\d+)\)/.exec(fatal);
    if (e && e.name === "Exit") exitStatus = typeof e.status === "number" ? e.status : m ? +m[1] : null;
  }
  const ms = +(performance.now() - t).toFixed(3);
  const extraOut = fdOut, extraErr = fdErr;
  fdOut = fdErr = null;
  if (fatal === null) {
    send({ id, ...(answer || {}), status, stdout: out + extraOut, stderr: err + extraErr, ms });
    return true;
  }
  // The interpreter may have survived (an error of the harness): then the
  // request failed like an uncaught exception, and the worker goes on.
  // Otherwise (a fatal Pyodide error, e.g. the JS stack overflowed) there
  // is no exit status: `crashed`, and the worker exits with status 3.
  const ok = alive();
  if (!ok && exitStatus !== null) {
    send({ id, status: exitStatus & 0xff, stdout: extraOut, stderr: extraErr, ms, exited: true });
    return false;
  }
  send({ id, status: ok ? 1 : null, stdout: extraOut, stderr: extraErr + `worker: ${fatal}\n`,
         ms, ...(ok ? {} : { crashed: true }) });
  return ok;
}

const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
rl.on("line", (line) => {
  if (!handle(line)) {
    process.stderr.write("pyodide_worker: the interpreter died; exiting\n");
    process.exit(3);
  }
});
rl.on("close", () => process.exit(0));
