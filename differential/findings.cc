#include "differential/findings.h"

#include <string>

#include "differential/report.h"
#include "gcops/printer.h"

namespace gcfuzz::differential {
namespace {

const char* DivergenceKind(differential::Divergence::Kind k) {
  switch (k) {
    case differential::Divergence::Kind::kTrace: return "trace";
    case differential::Divergence::Kind::kExpectation: return "expectation";
    case differential::Divergence::Kind::kMisuse: return "misuse";
  }
  return "?";
}

}  // namespace

__attribute__((noinline)) void ReportDivergence(const gcops::Program& program,
                                                const differential::Divergence& d) {
  ReportAndAbort("divergence", d.summary + "\n" + d.detail,
                 gcops::Print(program),
                 std::string(DivergenceKind(d.kind)) + " " + d.summary);
}

__attribute__((noinline)) void ReportOracleMismatch(
    const gcops::Program& program, std::string_view kind_detail,
    std::string_view details) {
  ReportAndAbort("oracle-mismatch", details, gcops::Print(program),
                 kind_detail);
}

__attribute__((noinline)) void ReportNondeterminism(
    const gcops::Program& program, std::string_view backend,
    const differential::Divergence& d) {
  ReportAndAbort("nondeterminism",
                 std::string(backend) + " gave two different runs: " +
                     d.summary + "\n" + d.detail,
                 gcops::Print(program), std::string(backend) + " " + d.summary);
}

}  // namespace gcfuzz::differential
