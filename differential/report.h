// differential/report.h — the one shape of a fuzz finding, and program diffs.
//
// Every fatal finding of a fuzz target is printed the way libFuzzer prints
// its own, so that crash triage and deduplication work the same:
//
//   ==gcfuzz== ERROR: <kind>
//   <details: what differed, first difference first>
//   <the program, in gcops text>
//   SUMMARY: gcfuzz: <kind> <detail>
//
// and then the process aborts (libFuzzer saves the input as a crash file).
#ifndef GCFUZZ_DIFFERENTIAL_REPORT_H_
#define GCFUZZ_DIFFERENTIAL_REPORT_H_

#include <string>
#include <string_view>

#include "gcops/ast.h"

namespace gcfuzz::differential {

// Prints the report to stderr and aborts. `summary_detail` should be short
// and stable across inputs that hit the same bug (it is the dedup key).
[[noreturn]] void ReportAndAbort(std::string_view kind,
                                 std::string_view details,
                                 std::string_view program_text,
                                 std::string_view summary_detail);

// Describes the first difference between two programs ("statement 3: ...
// vs ..."), or returns "" when they are equal.
std::string FirstDifference(const gcops::Program& a, const gcops::Program& b);

}  // namespace gcfuzz::differential

#endif  // GCFUZZ_DIFFERENTIAL_REPORT_H_
