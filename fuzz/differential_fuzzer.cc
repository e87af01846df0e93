// Fuzz target: the C++ collector against real CPython 3.11 (embedded), on
// the same gcops program. bytes -> Decode -> CheckCollectorAgainst
// (fuzz/target_checks.h): traces, expectation results and misuse must
// agree; the first difference is reported as `==gcfuzz== ERROR: divergence`
// with both traces side by side.
#include <cstddef>
#include <cstdint>

#include "differential/cpython/cpython_backend.h"
#include "differential/findings.h"
#include "fuzz/target_checks.h"
#include "gcops/binary.h"

namespace {
// One interpreter per process, started before the first input.
gcfuzz::differential::CpythonBackend* cpython = nullptr;
}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  cpython = new gcfuzz::differential::CpythonBackend();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (cpython == nullptr) LLVMFuzzerInitialize(nullptr, nullptr);
  const gcfuzz::gcops::Program p = gcfuzz::gcops::Decode({data, size});
  if (auto v = gcfuzz::fuzz::CheckCollectorAgainst(p, *cpython)) {
    gcfuzz::differential::ReportVerdictAndAbort(p, *v);
  }
  return 0;
}
