#include "oracle/finding.h"

namespace gcfuzz::oracle {

const char* FindingName(FindingKind kind) {
  switch (kind) {
#define GCFUZZ_FINDING(id, name) \
  case FindingKind::id:          \
    return name;
#include "oracle/findings.def"
#undef GCFUZZ_FINDING
  }
  return "unknown-finding";
}

std::string Finding::ToString() const {
  return std::string(FindingName(kind)) + ": " + detail;
}

std::string FormatIds(const std::vector<uint32_t>& ids) {
  std::string s = "[";
  for (size_t i = 0; i < ids.size(); ++i) {
    if (i) s += ", ";
    s += std::to_string(ids[i]);
  }
  return s + "]";
}

}  // namespace gcfuzz::oracle
