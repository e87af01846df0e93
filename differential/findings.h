// differential/findings.h — one report function per kind of finding of the heap
// fuzz targets.
//
// Each kind has its own non-inlined function, so the stack of the abort
// names the kind and crash deduplication (libFuzzer, ClusterFuzz) keeps
// different bugs apart even when their SUMMARY details look alike.
#ifndef GCFUZZ_DIFFERENTIAL_FINDINGS_H_
#define GCFUZZ_DIFFERENTIAL_FINDINGS_H_

#include <string_view>

#include "gcops/ast.h"
#include "differential/compare.h"
#include "gcops/runner.h"

namespace gcfuzz::differential {

// The collector and CPython disagree (trace, expectation results, misuse).
[[noreturn]] void ReportDivergence(const gcops::Program& program,
                                   const differential::Divergence& d);
// The oracle's prediction and the collector's collection disagree.
[[noreturn]] void ReportOracleMismatch(const gcops::Program& program,
                                       std::string_view kind_detail,
                                       std::string_view details);
// Running the same program twice on one backend gave different results.
[[noreturn]] void ReportNondeterminism(const gcops::Program& program,
                                       std::string_view backend,
                                       const differential::Divergence& d);

}  // namespace gcfuzz::differential

#endif  // GCFUZZ_DIFFERENTIAL_FINDINGS_H_
