#include "differential/report.h"

#include <algorithm>

#include "gcops/printer.h"
#include "report/report.h"

namespace gcfuzz::differential {

std::string BodyWithProgram(std::string_view details,
                            std::string_view program_text) {
  std::string b(details);
  if (!b.empty() && b.back() != '\n') b += "\n";
  if (!program_text.empty()) {
    b.append("--- program ---\n").append(program_text);
    if (b.back() != '\n') b += "\n";
    b += "--- end program ---\n";
  }
  return b;
}

void ReportAndAbort(std::string_view kind, std::string_view details,
                    std::string_view program_text,
                    std::string_view summary_detail) {
  report::ReportAndAbort(kind, BodyWithProgram(details, program_text),
                         summary_detail);
}

std::string FirstDifference(const gcops::Program& a, const gcops::Program& b) {
  using gcops::PrintStmt;
  const size_t n = std::min(a.stmts.size(), b.stmts.size());
  for (size_t i = 0; i < n; ++i) {
    const std::string ta = PrintStmt(a, a.stmts[i]);
    const std::string tb = PrintStmt(b, b.stmts[i]);
    if (ta != tb || !(a.stmts[i] == b.stmts[i])) {
      return "statement " + std::to_string(i + 1) + ": `" + ta + "` vs `" + tb +
             "`" + (ta == tb ? " (same text, different fields)" : "");
    }
  }
  if (a.stmts.size() != b.stmts.size()) {
    return "statement count: " + std::to_string(a.stmts.size()) + " vs " +
           std::to_string(b.stmts.size());
  }
  if (a.classes != b.classes) return "class tables differ";
  if (a.names != b.names) return "name tables differ (order or unused names)";
  return "";
}

}  // namespace gcfuzz::differential
