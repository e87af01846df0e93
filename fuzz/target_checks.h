// fuzz/target_checks.h — what the gcops heap fuzz targets check on each
// input, as functions that return a verdict instead of aborting.
//
// collector_fuzzer.cc and differential_fuzzer.cc are thin wrappers: decode,
// call one of these, and hand a finding to ReportVerdictAndAbort. Keeping
// the checks here lets tests run exactly what a target runs and hold its
// SUMMARY line to `gcfuzz repro`'s for the same input
// (tests/fuzz/summary_agreement_test.cc).
#ifndef GCFUZZ_FUZZ_TARGET_CHECKS_H_
#define GCFUZZ_FUZZ_TARGET_CHECKS_H_

#include <optional>

#include "collector/version_rules.h"
#include "differential/verdict.h"
#include "gcops/ast.h"
#include "gcops/backend.h"

namespace gcfuzz::fuzz {

// collector_fuzzer: the program on the collector, every collection checked
// by the Boost.Graph oracle when it is built (oracle-mismatch); when
// `run_twice`, a second run must give the very same result
// (nondeterminism). The collector's always-on checks abort by themselves.
// `rules`: the version profile the model runs (collector@V).
std::optional<differential::Verdict> CheckOnCollector(
    const gcops::Program& program, bool run_twice,
    const collector::VersionRules& rules = collector::kPython3_11);

// differential_fuzzer: the program on the collector and on `cpython` (the
// embedded real interpreter, reused across inputs); traces, expectation
// results and misuse must agree (divergence).
std::optional<differential::Verdict> CheckCollectorAgainst(
    const gcops::Program& program, gcops::Backend& cpython);

}  // namespace gcfuzz::fuzz

#endif  // GCFUZZ_FUZZ_TARGET_CHECKS_H_
