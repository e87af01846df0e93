#include "report/report.h"

#include <cstdio>
#include <cstdlib>

namespace gcfuzz::report {

std::string SummaryLine(std::string_view kind, std::string_view detail) {
  std::string s = "SUMMARY: gcfuzz: ";
  s.append(kind);
  if (!detail.empty()) s.append(" ").append(detail);
  return s;
}

std::string FormatReport(std::string_view kind, std::string_view body,
                         std::string_view summary_detail) {
  std::string s = "==gcfuzz== ERROR: ";
  s.append(kind).append("\n").append(body);
  if (!body.empty() && body.back() != '\n') s.append("\n");
  s.append(SummaryLine(kind, summary_detail)).append("\n");
  return s;
}

void ReportAndAbort(std::string_view kind, std::string_view body,
                    std::string_view summary_detail) {
  const std::string r = FormatReport(kind, body, summary_detail);
  std::fwrite(r.data(), 1, r.size(), stderr);
  std::fflush(stderr);
  std::abort();
}

}  // namespace gcfuzz::report
