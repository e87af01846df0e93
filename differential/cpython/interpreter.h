// differential/cpython/interpreter.h — the one embedded CPython of this
// process.
//
// CPython cannot be restarted cleanly, and libFuzzer needs its own signal
// handlers, so the interpreter is started once, on first use, and lives
// until the process exits (its interpreter-lifetime allocations are
// suppressed for LeakSanitizer by lsan_suppressions.cc). It is started with
// PYTHONHASHSEED=0 so runs repeat, without Python's signal handlers, without
// site or user site-packages, and with the GIL held by the calling thread
// from then on. All of gcfuzz's embedded-Python code runs on that thread.
#ifndef GCFUZZ_DIFFERENTIAL_CPYTHON_INTERPRETER_H_
#define GCFUZZ_DIFFERENTIAL_CPYTHON_INTERPRETER_H_

namespace gcfuzz::differential {

// Starts the interpreter if this process has none yet. Aborts with a
// message if CPython cannot start (there is nothing useful to fall back to).
void EnsureInterpreter();

}  // namespace gcfuzz::differential

#endif  // GCFUZZ_DIFFERENTIAL_CPYTHON_INTERPRETER_H_
