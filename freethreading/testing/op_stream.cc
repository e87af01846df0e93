#include "freethreading/testing/op_stream.h"

#include <cstdio>
#include <cstdlib>

namespace gcfuzz::freethreading::testing {

std::string FormatReport(std::string_view kind, std::string_view what,
                         std::string_view details,
                         const std::vector<std::string>& ops) {
  std::string out = "==gcfuzz== ERROR: ";
  out.append(kind).append("\n").append(details).append("\n");
  out.append("operations (").append(std::to_string(ops.size())).append("):\n");
  for (const std::string& op : ops) out.append("  ").append(op).append("\n");
  out.append("SUMMARY: gcfuzz: ").append(kind).append(" ").append(what);
  out.append("\n");
  return out;
}

void OpStream::Fail(std::string_view kind, std::string_view what,
                    std::string_view details) const {
  const std::string report = FormatReport(kind, what, details, log_);
  std::fwrite(report.data(), 1, report.size(), stderr);
  std::fflush(stderr);
  std::abort();
}

}  // namespace gcfuzz::freethreading::testing
