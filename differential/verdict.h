// differential/verdict.h — what a check concluded about one gcops program,
// in the words every consumer shares.
//
// A Verdict is the one result type of the verdict layer: the fuzz targets
// (fuzz/target_checks.h), `gcfuzz repro` and `minimize` (triage/) and the CLI
// build theirs with the functions below, so the same input gives the same
// SUMMARY line and the same signature wherever it is judged
// (tests/fuzz/summary_agreement_test.cc holds them to it).
//
// Two strings identify a finding:
//   detail     the SUMMARY line's detail: short, stable across inputs that
//              hit the same bug (deduplication key of libFuzzer/ClusterFuzz)
//   signature  the kind plus a description without line numbers, event
//              indices or labels, so a reduced program can be checked to
//              still show "the same bug" (triage/minimize.h):
//     divergence (trace)        "divergence trace A 'E1' B 'E2'", each event
//                               with its label replaced by `L`
//                               ("del L", "collect 2 3"), "(end)" for none
//     divergence (expectation)  "divergence expectation A 'M1' B 'M2'", the
//                               first differing failure messages (no lines)
//     divergence (misuse)       "divergence misuse A 'M1' B 'M2'"
//     oracle-mismatch           "oracle-mismatch " + the finding's kind name
//     nondeterminism            as divergence, prefixed with the backend
//     misuse                    "misuse " + the message (no line)
//     expectation-failed        "expectation-failed " + the first message
//     ok                        "ok"
#ifndef GCFUZZ_DIFFERENTIAL_VERDICT_H_
#define GCFUZZ_DIFFERENTIAL_VERDICT_H_

#include <optional>
#include <string>
#include <string_view>

#include "differential/compare.h"
#include "gcops/runner.h"

namespace gcfuzz::differential {

enum class VerdictKind {
#define GCFUZZ_VERDICT(id, word, meaning) id,
#include "differential/verdicts.def"
#undef GCFUZZ_VERDICT
};

// The stable word of a kind ("oracle-mismatch", "expectation-failed").
const char* VerdictName(VerdictKind kind);

struct Verdict {
  VerdictKind kind = VerdictKind::kOk;
  std::string detail;     // the SUMMARY line's detail
  std::string signature;  // kind + normalized description (file comment)
  std::string body;       // multi-line: what differed, side by side
  bool ok() const { return kind == VerdictKind::kOk; }
  // "SUMMARY: gcfuzz: <kind> <detail>" (report/report.h).
  std::string SummaryLine() const;
  // The whole report: the shape of report/report.h around the body and,
  // when given, the program's gcops text.
  std::string Report(std::string_view program_text = {}) const;
};

// A verdict of `kind` whose signature is the kind word plus `normalized`.
Verdict MakeVerdict(VerdictKind kind, std::string detail,
                    std::string_view normalized, std::string body);

// One side of a comparison: a backend's name and its run.
struct NamedRun {
  std::string_view name;
  const gcops::RunResult& result;
};

// Compares two runs (differential/compare.h). kDivergence for two
// backends; kNondeterminism for two runs of one backend, with `prefix`
// naming it ("collector"). nullopt when they agree.
std::optional<Verdict> CompareRunsVerdict(NamedRun a, NamedRun b,
                                          VerdictKind kind,
                                          std::string_view prefix = {});

// The oracle disagreed with a collection (oracle/finding.h: `finding_name`
// is the finding kind's stable name, `detail` its one line, `context` its
// multi-line heap dump).
Verdict OracleMismatchVerdict(std::string_view finding_name,
                              std::string_view detail,
                              std::string_view context);

}  // namespace gcfuzz::differential

#endif  // GCFUZZ_DIFFERENTIAL_VERDICT_H_
