#include "differential/findings.h"

#include <cstdio>
#include <cstdlib>

#include "gcops/printer.h"

namespace gcfuzz::differential {
namespace {

[[noreturn]] void PrintAndAbort(const gcops::Program& program,
                                const Verdict& v) {
  const std::string r = v.Report(gcops::Print(program));
  std::fwrite(r.data(), 1, r.size(), stderr);
  std::fflush(stderr);
  std::abort();
}

// One frame per kind (see the header).
[[noreturn]] __attribute__((noinline)) void ReportDivergence(
    const gcops::Program& p, const Verdict& v) {
  PrintAndAbort(p, v);
}
[[noreturn]] __attribute__((noinline)) void ReportOracleMismatch(
    const gcops::Program& p, const Verdict& v) {
  PrintAndAbort(p, v);
}
[[noreturn]] __attribute__((noinline)) void ReportNondeterminism(
    const gcops::Program& p, const Verdict& v) {
  PrintAndAbort(p, v);
}
[[noreturn]] __attribute__((noinline)) void ReportOtherVerdict(
    const gcops::Program& p, const Verdict& v) {
  PrintAndAbort(p, v);
}

}  // namespace

void ReportVerdictAndAbort(const gcops::Program& program,
                           const Verdict& verdict) {
  switch (verdict.kind) {
    case VerdictKind::kDivergence:
      ReportDivergence(program, verdict);
    case VerdictKind::kOracleMismatch:
      ReportOracleMismatch(program, verdict);
    case VerdictKind::kNondeterminism:
      ReportNondeterminism(program, verdict);
    default:
      ReportOtherVerdict(program, verdict);
  }
}

}  // namespace gcfuzz::differential
