// Fuzz target: gcops programs on the C++ collector alone, as fast as it
// goes. bytes -> Decode -> CheckOnCollector (fuzz/target_checks.h). What
// finds bugs here: the collector's always-on checks and, in GCFUZZ_VERIFY
// builds, VerifyHeap after every top-level call; the Boost.Graph oracle
// checking every collection (when built); ASan/UBSan; and a replay of some
// inputs that must give the very same run.
//
// Each input runs on one of the model's version profiles
// (collector::kVersionProfiles), chosen by the input's content so a replay
// runs the same one; a finding names it, and `gcfuzz repro
// --backend=collector@V FILE` reproduces it.
#include <cstddef>
#include <cstdint>

#include "collector/version_rules.h"
#include "fuzz/target_checks.h"
#include "gcops/binary.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const gcfuzz::gcops::Program p = gcfuzz::gcops::Decode({data, size});
  const gcfuzz::collector::VersionRules& rules =
      gcfuzz::fuzz::ProfileForInput(data, size);
  // One input in eight (chosen by content, so replays repeat) runs twice:
  // the model must be a function of the program.
  const bool twice = gcfuzz::fuzz::InputHash(data, size) % 8 == 0;
  if (auto v = gcfuzz::fuzz::CheckOnCollector(p, twice, rules)) {
    gcfuzz::fuzz::ReportProfileVerdictAndAbort(p, *v, rules);
  }
  return 0;
}
