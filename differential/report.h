// differential/report.h — a finding about a gcops program, in the one
// report shape (report/report.h), and program diffs.
//
// The body of such a report is what differed, then the program:
//
//   ==gcfuzz== ERROR: <kind>
//   <details: what differed, first difference first>
//   --- program ---
//   <the program, in gcops text>
//   --- end program ---
//   SUMMARY: gcfuzz: <kind> <detail>
#ifndef GCFUZZ_DIFFERENTIAL_REPORT_H_
#define GCFUZZ_DIFFERENTIAL_REPORT_H_

#include <string>
#include <string_view>

#include "gcops/ast.h"

namespace gcfuzz::differential {

// `details`, then the program section above: the body of a report.
std::string BodyWithProgram(std::string_view details,
                            std::string_view program_text);

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
