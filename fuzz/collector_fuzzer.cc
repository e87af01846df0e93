// Fuzz target: gcops programs on the C++ collector alone, as fast as it
// goes. bytes -> Decode -> CheckOnCollector (fuzz/target_checks.h). What
// finds bugs here: the collector's always-on checks and, in GCFUZZ_VERIFY
// builds, VerifyHeap after every top-level call; the Boost.Graph oracle
// checking every collection (when built); ASan/UBSan; and a replay of some
// inputs that must give the very same run.
#include <cstddef>
#include <cstdint>

#include "differential/findings.h"
#include "fuzz/target_checks.h"
#include "gcops/binary.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const gcfuzz::gcops::Program p = gcfuzz::gcops::Decode({data, size});
  // One input in eight (chosen by content, so replays repeat) runs twice:
  // the model must be a function of the program.
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < size; ++i) h = (h ^ data[i]) * 16777619u;
  if (auto v = gcfuzz::fuzz::CheckOnCollector(p, /*run_twice=*/h % 8 == 0)) {
    gcfuzz::differential::ReportVerdictAndAbort(p, *v);
  }
  return 0;
}
