// collector/faults.cc — the planted fault of this process (test builds only;
// see faults.h). kNone until a planted-bug test sets it.
#include "collector/faults.h"

namespace gcfuzz::collector {

Fault& ActiveFaultForTesting() {
  static Fault fault = Fault::kNone;
  return fault;
}

}  // namespace gcfuzz::collector
