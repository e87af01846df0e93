// differential/compare.h — comparing two runs of one program (differential
// checks).
//
// Two backends agree on a program when their traces are equal event for
// event, their failed expectations say the same, and they stop (misuse) at
// the same statement with the same message. Compare() finds the first
// difference and renders both traces side by side from there, the way
// RE2's tester prints every engine's answer on a mismatch.
#ifndef GCFUZZ_DIFFERENTIAL_COMPARE_H_
#define GCFUZZ_DIFFERENTIAL_COMPARE_H_

#include <optional>
#include <string>
#include <string_view>

#include "gcops/runner.h"

namespace gcfuzz::differential {

struct Divergence {
  enum class Kind { kTrace, kExpectation, kMisuse };
  Kind kind = Kind::kTrace;
  long event_index = -1;  // kTrace: index of the first differing event
  // One line. kTrace: "event 3: collector has 'collect 2 2', cpython has
  // 'collect 2 3'" ("(end)" for a trace that stopped); kMisuse: "the runs
  // stopped differently: ..."; kExpectation: "expectation results differ:
  // ...".
  std::string summary;
  // kTrace: both traces side by side from a few events before the
  // difference (SideBySide); otherwise the summary and a newline.
  std::string detail;
};

// The first difference between run `a` (of backend `a_name`) and run `b`,
// or nullopt if they agree.
std::optional<Divergence> Compare(const gcops::RunResult& a,
                                  std::string_view a_name,
                                  const gcops::RunResult& b,
                                  std::string_view b_name);

// Both traces in two columns, from `context` events before `from`, each
// event with its statement's line and body nesting (gcops/trace_view.h),
// the first difference marked `=>`.
std::string SideBySide(const gcops::Trace& a, std::string_view a_name,
                       const gcops::Trace& b, std::string_view b_name,
                       long from, long context = 3);

}  // namespace gcfuzz::differential

#endif  // GCFUZZ_DIFFERENTIAL_COMPARE_H_
