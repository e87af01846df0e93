// The fault a planted-bug build of the CLI runs with: GCFUZZ_PLANTED_FAULT
// names a collector::Fault by number (collector/faults.h); unset or 0 is
// the correct collector.
#include <cstdlib>

#include "collector/faults.h"

namespace gcfuzz::collector {

Fault& ActiveFaultForTesting() {
  static Fault fault = [] {
    const char* v = std::getenv("GCFUZZ_PLANTED_FAULT");
    return static_cast<Fault>(v == nullptr ? 0 : std::atoi(v));
  }();
  return fault;
}

}  // namespace gcfuzz::collector
