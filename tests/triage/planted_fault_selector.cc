// The planted CLI (tests/triage/CMakeLists.txt): the dev CLI's main plus
// this file, which switches on the fault GCFUZZ_PLANTED_FAULT names by
// number (collector/faults.h) before main runs; unset or 0 is the correct
// collector. The ordinary CLI never reads the variable.
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
