// Fuzz target: the C++ collector against real CPython 3.11 (embedded), on
// the same gcops program. bytes -> Decode -> Run on both -> traces,
// expectation results and misuse must agree; the first difference is
// reported as `==gcfuzz== ERROR: divergence` with both traces side by side.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>

#include "collector/collector_backend.h"
#include "differential/cpython/cpython_backend.h"
#include "differential/findings.h"
#include "gcops/binary.h"
#include "differential/compare.h"
#include "gcops/runner.h"

using namespace gcfuzz;  // NOLINT: a short fuzz target

namespace {
// One interpreter per process, started before the first input.
differential::CpythonBackend* cpython = nullptr;
}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  cpython = new differential::CpythonBackend();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (cpython == nullptr) LLVMFuzzerInitialize(nullptr, nullptr);
  const gcops::Program p = gcops::Decode({data, size});
  gcops::RunOptions opt;
  opt.max_body_steps = 5000;
  collector::CollectorBackend model;
  model.heap().set_debug_sink([](std::string_view) {});  // not in traces
  const gcops::RunResult a = gcops::Run(p, model, opt);
  const gcops::RunResult b = gcops::Run(p, *cpython, opt);
  if (auto d = differential::Compare(a, "collector", b, "cpython")) {
    differential::ReportDivergence(p, *d);
  }
  return 0;
}
