// Linked into the executables that plant a fault chosen at run time — the
// planted CLI (tests/CMakeLists.txt), the planted fuzz build (the
// `fuzz-planted` preset; bench/detection.py) and the exported-case test —
// and into nothing else: it switches on the fault GCFUZZ_PLANTED_FAULT
// names by number (collector/faults.h) before main runs; unset or 0 is the
// correct collector. The ordinary CLI and the campaign's fuzzers never read
// the variable.
#include <cstdlib>

#include "collector/faults.h"

namespace {

const bool kFaultSelected = [] {
  const char* v = std::getenv("GCFUZZ_PLANTED_FAULT");
  gcfuzz::collector::ActiveFaultForTesting() =
      static_cast<gcfuzz::collector::Fault>(v == nullptr ? 0 : std::atoi(v));
  return true;
}();

}  // namespace
