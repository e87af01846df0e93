// differential/findings.h — the crash path of the gcops fuzz targets.
//
// ReportVerdictAndAbort prints a verdict's report (report/report.h: the
// body, the program in gcops text, the SUMMARY line) and aborts, so
// libFuzzer saves the input. Each verdict kind goes through its own
// non-inlined function, so the stack of the abort names the kind and crash
// deduplication (libFuzzer, ClusterFuzz) keeps different bugs apart even
// when their SUMMARY details look alike.
#ifndef GCFUZZ_DIFFERENTIAL_FINDINGS_H_
#define GCFUZZ_DIFFERENTIAL_FINDINGS_H_

#include "differential/verdict.h"
#include "gcops/ast.h"

namespace gcfuzz::differential {

[[noreturn]] void ReportVerdictAndAbort(const gcops::Program& program,
                                        const Verdict& verdict);

}  // namespace gcfuzz::differential

#endif  // GCFUZZ_DIFFERENTIAL_FINDINGS_H_
