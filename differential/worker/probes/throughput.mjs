// Start-up time and programs/second of the Pyodide worker.
//
//   node differential/worker/probes/throughput.mjs VERSION [N]
//
// Start-up: from spawning the worker to reading its hello line (and the
// hello's own startup_ms: loading Pyodide inside the process). Throughput:
// N requests of a 20-statement program ending in gc.collect(), first one
// at a time (send, wait for the answer: what a client that needs each
// verdict does), then all N written at once (pipelined).
import { spawn } from "node:child_process";
import path from "node:path";
import readline from "node:readline";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const version = process.argv[2] || "3.14";
const N = +(process.argv[3] || 2000);

export const PROGRAM = `import gc
class C:
    pass
a = C()
b = C()
a.other = b
b.other = a
c = C()
c.self = c
d = [a, b, c]
e = {"d": d}
f = C()
f.e = e
del a
del b
del c
del d
del e
g = C()
del f
gc.collect()
`;

const t0 = performance.now();
const w = spawn(process.execPath, [path.join(here, "..", "pyodide_worker.mjs"), "--version", version],
                { stdio: ["pipe", "pipe", "inherit"] });
const lines = readline.createInterface({ input: w.stdout })[Symbol.asyncIterator]();
const hello = JSON.parse((await lines.next()).value);
const startup = performance.now() - t0;

const req = (id) => JSON.stringify({ id, code: PROGRAM }) + "\n";
let bad = 0;
// warm-up
for (let i = 0; i < 20; i++) {
  w.stdin.write(req(i));
  const r = JSON.parse((await lines.next()).value);
  if (r.status !== 0) bad++;
}
let t = performance.now();
for (let i = 0; i < N; i++) {
  w.stdin.write(req(i));
  const r = JSON.parse((await lines.next()).value);
  if (r.status !== 0 || r.id !== i) bad++;
}
const seq = N / ((performance.now() - t) / 1000);
t = performance.now();
w.stdin.write(Array.from({ length: N }, (_, i) => req(i)).join(""));
for (let i = 0; i < N; i++) {
  const r = JSON.parse((await lines.next()).value);
  if (r.status !== 0 || r.id !== i) bad++;
}
const piped = N / ((performance.now() - t) / 1000);
w.stdin.end();
console.log(`CPython ${hello.version} (${hello.runtime}): start-up ${startup.toFixed(0)} ms ` +
            `(hello startup_ms ${hello.startup_ms}); ${N} programs: ` +
            `${seq.toFixed(0)}/s one at a time, ${piped.toFixed(0)}/s pipelined; failures ${bad}`);
