// oracle/finding.h — what the oracle reports when a check fails.
//
// A Finding is one disagreement between a heap (or a collector's run) and
// what must hold: a kind from oracle/findings.def, whose name is stable for
// crash deduplication, and a human-readable detail naming the objects
// involved. The fuzz harness turns the first Finding into its crash report
// (`SUMMARY: gcfuzz: <name> <detail>`); the oracle itself never aborts.
#ifndef GCFUZZ_ORACLE_FINDING_H_
#define GCFUZZ_ORACLE_FINDING_H_

#include <cstdint>
#include <string>
#include <vector>

namespace gcfuzz::oracle {

enum class FindingKind : uint8_t {
#define GCFUZZ_FINDING(id, name) id,
#include "oracle/findings.def"
#undef GCFUZZ_FINDING
};

// The stable name of a kind ("refcount-mismatch").
const char* FindingName(FindingKind kind);

struct Finding {
  FindingKind kind = FindingKind::kBadSnapshot;
  std::string detail;   // one line: goes on the SUMMARY line
  std::string context;  // optional, multi-line (heap dumps) for the report body

  // "<name>: <detail>"
  std::string ToString() const;
  bool operator==(const Finding&) const = default;
};

// "[a, b, c]" of object ids, for details.
std::string FormatIds(const std::vector<uint32_t>& ids);

}  // namespace gcfuzz::oracle

#endif  // GCFUZZ_ORACLE_FINDING_H_
