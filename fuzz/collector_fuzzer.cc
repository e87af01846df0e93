// Fuzz target: gcops programs on the C++ collector alone, as fast as it
// goes. bytes -> Decode -> Run on CollectorBackend. What finds bugs here:
// the collector's always-on checks and, in GCFUZZ_VERIFY builds, VerifyHeap
// after every top-level call (refcounts, list links, generations); the
// Boost.Graph oracle checking every collection (when built); ASan/UBSan;
// and a replay of some inputs that must give the very same run.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "collector/collector_backend.h"
#include "differential/findings.h"
#include "gcops/binary.h"
#include "differential/compare.h"
#include "gcops/runner.h"
#if GCFUZZ_HAVE_ORACLE_CHECK
#include "oracle/collector_check.h"
#endif

using namespace gcfuzz;  // NOLINT: a short fuzz target

namespace {

gcops::RunResult RunOnce(const gcops::Program& p) {
  gcops::RunOptions opt;
  opt.max_body_steps = 5000;
#if GCFUZZ_HAVE_ORACLE_CHECK
  oracle::CheckedCollectorBackend backend;
  // Debug-flag output (gc.set_debug) is not part of a trace; keep the
  // fuzzer's log free of it.
  backend.collector().heap().set_debug_sink([](std::string_view) {});
  gcops::RunResult r = gcops::Run(p, backend, opt);
  if (const auto& f = backend.finding()) {
    differential::ReportOracleMismatch(
        p, std::string(oracle::FindingName(f->kind)) + " " + f->detail,
        f->ToString() + "\n" + f->context);
  }
  return r;
#else
  collector::CollectorBackend backend;
  backend.heap().set_debug_sink([](std::string_view) {});
  return gcops::Run(p, backend, opt);
#endif
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const gcops::Program p = gcops::Decode({data, size});
  const gcops::RunResult first = RunOnce(p);
  // One input in eight (chosen by content, so replays repeat) runs twice:
  // the model must be a function of the program.
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < size; ++i) h = (h ^ data[i]) * 16777619u;
  if (h % 8 == 0) {
    const gcops::RunResult second = RunOnce(p);
    if (auto d = differential::Compare(first, "first run", second, "second run")) {
      differential::ReportNondeterminism(p, "collector", *d);
    }
  }
  return 0;
}
