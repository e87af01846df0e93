#include "freethreading/testing/op_stream.h"

#include <cstdio>
#include <cstdlib>

#include "report/report.h"

namespace gcfuzz::freethreading::testing {

std::string FormatReport(std::string_view kind, std::string_view what,
                         std::string_view details,
                         const std::vector<std::string>& ops) {
  std::string body(details);
  body.append("\noperations (")
      .append(std::to_string(ops.size()))
      .append("):\n");
  for (const std::string& op : ops) body.append("  ").append(op).append("\n");
  return report::FormatReport(kind, body, what);
}

void OpStream::Fail(std::string_view kind, std::string_view what,
                    std::string_view details) const {
  const std::string report = FormatReport(kind, what, details, log_);
  std::fwrite(report.data(), 1, report.size(), stderr);
  std::fflush(stderr);
  std::abort();
}

}  // namespace gcfuzz::freethreading::testing
