// report/report.h — the one shape of every gcfuzz finding, and the exit
// statuses of every gcfuzz program.
//
// Whatever finds a bug — a fuzz target, an always-on check inside the
// collector or the free-threading models, `gcfuzz repro`, the CLI — prints
// it the way libFuzzer prints its own crashes, so crash triage and
// deduplication (libFuzzer, ClusterFuzz, the campaign) work on one shape:
//
//   ==gcfuzz== ERROR: <kind>
//   <body: what differed, first difference first; the program>
//   SUMMARY: gcfuzz: <kind> <detail>
//
// <kind> is one stable word (differential/verdicts.def lists the words of
// gcops programs' verdicts); <detail> is short and stable across inputs that
// hit the same bug: it is the deduplication key. This file is the only
// place the shape is assembled; everything else calls it.
//
// The lowest layer of the project: it depends on nothing of gcfuzz, so the
// collector and the free-threading models can use it too.
#ifndef GCFUZZ_REPORT_REPORT_H_
#define GCFUZZ_REPORT_REPORT_H_

#include <string>
#include <string_view>

namespace gcfuzz::report {

// The exit status of every gcfuzz command and script.
enum ExitStatus : int {
  kExitOk = 0,        // success: nothing found, the check held
  kExitFinding = 1,   // a finding: a failed expectation, a divergence, ...
  kExitBadInput = 2,  // bad input or usage (FILE:LINE:COL: what was expected)
};

// "SUMMARY: gcfuzz: <kind> <detail>" (no trailing newline; no space when
// `detail` is empty).
std::string SummaryLine(std::string_view kind, std::string_view detail);

// The whole report, ending in the SUMMARY line and a newline. `body` may be
// empty or end with or without a newline.
std::string FormatReport(std::string_view kind, std::string_view body,
                         std::string_view summary_detail);

// Writes FormatReport(...) to stderr, flushes, and aborts (a fuzz target's
// crash). Never returns.
[[noreturn]] void ReportAndAbort(std::string_view kind, std::string_view body,
                                 std::string_view summary_detail);

}  // namespace gcfuzz::report

#endif  // GCFUZZ_REPORT_REPORT_H_
