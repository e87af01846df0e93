#include "differential/report.h"

#include <cstdio>
#include <cstdlib>

#include "gcops/printer.h"

namespace gcfuzz::differential {

void ReportAndAbort(std::string_view kind, std::string_view details,
                    std::string_view program_text,
                    std::string_view summary_detail) {
  std::fprintf(stderr, "==gcfuzz== ERROR: %.*s\n", static_cast<int>(kind.size()),
               kind.data());
  std::fprintf(stderr, "%.*s\n", static_cast<int>(details.size()),
               details.data());
  std::fprintf(stderr, "--- program ---\n%.*s--- end program ---\n",
               static_cast<int>(program_text.size()), program_text.data());
  std::fprintf(stderr, "SUMMARY: gcfuzz: %.*s %.*s\n",
               static_cast<int>(kind.size()), kind.data(),
               static_cast<int>(summary_detail.size()), summary_detail.data());
  std::fflush(stderr);
  std::abort();
}

std::string FirstDifference(const gcops::Program& a, const gcops::Program& b) {
  using gcops::PrintStmt;
  const size_t n = std::min(a.stmts.size(), b.stmts.size());
  for (size_t i = 0; i < n; ++i) {
    const std::string ta = PrintStmt(a, a.stmts[i]);
    const std::string tb = PrintStmt(b, b.stmts[i]);
    if (ta != tb || !(a.stmts[i] == b.stmts[i])) {
      return "statement " + std::to_string(i + 1) + ": `" + ta + "` vs `" +
             tb + "`" + (ta == tb ? " (same text, different fields)" : "");
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
