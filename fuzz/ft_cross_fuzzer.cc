// Fuzz target: the free-threaded collector mode cross-checked against the
// classic collector and the Boost.Graph oracle (differential/ft_cross_check.h).
// bytes -> Decode (every input is a valid program) -> normalise (both
// modes see the same full collections) -> run on both -> compare each
// collection's freed set, finalizer and callback calls, cleared weakrefs,
// gc.garbage appends and return value, and the free-threaded decisions
// against PredictCollection; then the program as written on the
// free-threaded mode alone (its own automatic collections), each collection
// against PredictCollection. Any disagreement aborts with the normalised
// program in gcops text. The structure-aware mutator hooks are linked in
// libFuzzer builds, as for collector_fuzzer.
#include <cstddef>
#include <cstdint>

#include "differential/ft_cross_check.h"
#include "gcops/binary.h"

using namespace gcfuzz;  // NOLINT: a short fuzz target

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const gcops::Program p = gcops::Decode({data, size});
  gcops::Program normalized;
  if (auto d = differential::FtCrossCheck(p, nullptr, &normalized)) {
    differential::ReportFtDisagreement(p, normalized, *d);
  }
  return 0;
}
