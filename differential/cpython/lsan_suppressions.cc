// differential/cpython/lsan_suppressions.cc — LeakSanitizer suppressions for
// every binary that embeds CPython.
//
// The interpreter is started once and never finalized (interpreter.h), so
// everything libpython allocates for its own lifetime (modules, interned
// strings, type caches, the frozen objects) is still reachable only from
// CPython's own globals at exit, or not at all. Those reports are noise;
// leaks in gcfuzz's own code are still reported, because only stacks that
// pass through libpython are suppressed. This file is compiled into each
// executable that links gcfuzz::differential (an INTERFACE source), since
// the sanitizer runtime looks the hook up in the main binary.
extern "C" const char* __lsan_default_suppressions() {
  return "leak:libpython3.11\n";
}
