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

#include <cstddef>
#include <cstdint>
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

// An FNV-1a hash of an input's bytes: what the targets choose by content
// (so a replay chooses the same).
uint32_t InputHash(const uint8_t* data, size_t size);

// The version profile an input runs on in the targets that pick one.
const collector::VersionRules& ProfileForInput(const uint8_t* data,
                                               size_t size);

// Reports a finding of a run on `rules`' profile, saying which profile and
// how to reproduce it there (the campaign reads that line from the log),
// then aborts as ReportVerdictAndAbort does.
[[noreturn]] void ReportProfileVerdictAndAbort(
    const gcops::Program& program, const differential::Verdict& verdict,
    const collector::VersionRules& rules);

// differential_fuzzer: the program on the collector and on `cpython` (the
// embedded real interpreter, reused across inputs); traces, expectation
// results and misuse must agree (divergence).
std::optional<differential::Verdict> CheckCollectorAgainst(
    const gcops::Program& program, gcops::Backend& cpython);

}  // namespace gcfuzz::fuzz

#endif  // GCFUZZ_FUZZ_TARGET_CHECKS_H_
