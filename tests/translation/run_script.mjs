// Runs one standalone Python script on a Pyodide build (a real CPython
// compiled to WebAssembly), as `python3 SCRIPT` would: its stdout and stderr
// passed through, and the process's exit status its SystemExit code (0 when
// it ends normally, 1 on an uncaught exception).
//   node run_script.mjs PYODIDE_PACKAGE_DIR SCRIPT
import { readFileSync } from "fs";

const [, , pkg, script] = process.argv;
const { loadPyodide } = await import(pkg + "/pyodide.mjs");
const py = await loadPyodide({
  stdout: (s) => process.stdout.write(s + "\n"),
  stderr: (s) => process.stderr.write(s + "\n"),
});
let status = 0;
try {
  py.runPython(readFileSync(script, "utf8"));
} catch (e) {
  // sys.exit(N) is a SystemExit; os._exit(N) ends the WebAssembly program,
  // which Emscripten reports as "Program terminated with exit(N)".
  const text = String(e);
  const m = /SystemExit: (\d*)\s*$/.exec(text) ||
            /Program terminated with exit\((\d+)\)/.exec(text);
  status = m ? Number(m[1] || 0) : 1;
  if (!m) process.stderr.write(text + "\n");
}
process.exitCode = status;
