// What leaks from one program to the next in a warm Pyodide, and what the
// worker's harness leaves: program A changes every piece of gc state, B
// reports it. Run three ways: plain runPython in Pyodide's own globals,
// runPython with a fresh dict of globals each time, and through the worker
// (pyodide_worker.mjs). Also: how many unreachable objects each plain
// runPython call leaves for the next gc.collect().
//
//   node differential/worker/probes/leaks.mjs VERSION
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const version = process.argv[2] || "3.14";
const root = process.env.GCFUZZ_PYODIDE_DIR || path.resolve(here, "../../../build/pyodide");
const dir = path.join(root, version, "node_modules", "pyodide");

const A = `
import gc
gc.set_threshold(5, 6, 7)
gc.set_debug(gc.DEBUG_SAVEALL)
gc.callbacks.append(lambda phase, info: None)
class Cyc:
    pass
c = Cyc(); c.self = c
del c
gc.collect()
keep = [Cyc() for _ in range(3)]
gc.freeze()
gc.disable()
leaked_name = 1
`;
const B = `
import gc
found = gc.collect()
print("collect() at start finds", found, "| thresholds", gc.get_threshold(),
      "| callbacks", len(gc.callbacks), "| garbage", len(gc.garbage),
      "| debug", gc.get_debug(), "| enabled", gc.isenabled(),
      "| count", gc.get_count(), "| frozen", gc.get_freeze_count(),
      "| leaked_name" , "leaked_name" in globals())
`;
const RESET = `
import gc
gc.set_threshold(*{"3.12": (700, 10, 10), "3.14": (2000, 10, 0)}.get("${version}", (2000, 10, 10)))
gc.set_debug(0); gc.callbacks.clear(); gc.garbage.clear(); gc.enable(); gc.unfreeze(); gc.collect()
`;

const { loadPyodide } = await import(pathToFileURL(path.join(dir, "pyodide.mjs")).href);
let out = "";
const py = await loadPyodide({ indexURL: dir + path.sep, stdout: (s) => (out += s + "\n") });
const ver = py.runPython("import sys; sys.version.split()[0]");
console.log(`CPython ${ver} (pyodide ${py.version})`);

py.runPython("import gc; gc.collect()");
const left = [];
for (let i = 0; i < 5; i++) left.push(py.runPython("import gc; gc.collect()"));
console.log(`plain runPython("gc.collect()") x5 returns: ${left.join(" ")}`);

out = "";
py.runPython(A);
py.runPython(B);
console.log(`plain runPython, shared globals: ${out.trim()}`);
py.runPython(RESET);

out = "";
const fresh = () => py.runPython("dict")();
py.runPython(A, { globals: fresh() });
py.runPython(B, { globals: fresh() });
console.log(`plain runPython, fresh globals:  ${out.trim()}`);

// Through the worker.
const w = spawn(process.execPath, [path.join(here, "..", "pyodide_worker.mjs"), "--version", version],
                { stdio: ["pipe", "pipe", "inherit"] });
const lines = readline.createInterface({ input: w.stdout })[Symbol.asyncIterator]();
await lines.next(); // hello
w.stdin.write(JSON.stringify({ id: 1, code: A }) + "\n");
await lines.next();
w.stdin.write(JSON.stringify({ id: 2, code: B }) + "\n");
const r = JSON.parse((await lines.next()).value);
console.log(`worker, fresh program:           ${r.stdout.trim()}`);
w.stdin.write(JSON.stringify({ id: 3, code: B }) + "\n");
const r3 = JSON.parse((await lines.next()).value);
console.log(`worker, one more program:        ${r3.stdout.trim()}`);
w.stdin.end();
