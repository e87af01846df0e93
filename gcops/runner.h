// gcops/runner.h — executes a Program on a Backend.
//
// The runner is the language's semantics: names and labels, the Python
// evaluation order of each statement (which temporaries hold references
// while a statement runs), misuse checks, bodies of finalizers and
// callbacks, the trace, and expectations. Backends only hold the heap, so
// two backends given the same program receive the same sequence of calls
// for as long as their heaps behave alike.
#ifndef GCFUZZ_GCOPS_RUNNER_H_
#define GCFUZZ_GCOPS_RUNNER_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gcops/ast.h"
#include "gcops/backend.h"
#include "gcops/trace.h"

namespace gcfuzz::gcops {

// A failed expectation: "FILE:LINE: expected ..., got ...".
struct Failure {
  SourceLoc loc;
  size_t stmt_index = 0;  // index into Program::stmts
  std::string message;    // "expected ..., got ..."
  bool operator==(const Failure&) const = default;
};

// A top-level statement that could not run (spec 3.7); the run stopped.
struct Misuse {
  SourceLoc loc;
  size_t stmt_index = 0;  // index into Program::stmts
  std::string message;
  bool operator==(const Misuse&) const = default;
};

struct RunResult {
  Trace trace;
  std::vector<Failure> failures;
  std::optional<Misuse> misuse;
  size_t stmts_run = 0;         // top-level statements executed
  uint64_t body_stmts_run = 0;  // statements executed inside bodies
  bool body_budget_exhausted = false;

  bool ok() const { return failures.empty() && !misuse; }
};

// The body budget of the fuzz targets, and of every tool that replays their
// findings (repro, minimize, dot), so a crash file behaves as it did there.
inline constexpr uint64_t kFuzzMaxBodySteps = 5000;
// The body budget of a program run by hand (`gcfuzz run`, the tests).
inline constexpr uint64_t kDefaultMaxBodySteps = 100000;

struct RunOptions {
  // Bodies stop doing anything once this many body statements have run in
  // total. It keeps self-feeding fuzz inputs bounded; every backend sees the
  // same cut, so traces stay comparable. 0 = no limit.
  uint64_t max_body_steps = kDefaultMaxBodySteps;
  // Called after every top-level statement (index into Program::stmts),
  // before the next one runs; the heap is quiescent then.
  std::function<void(size_t stmt_index)> after_statement;
  // Called once the program has run (or stopped on misuse), before the
  // backend's End() drops the heap.
  std::function<void(const RunResult&)> before_end;
  // Called whenever a name's binding changes, at top level and in bodies
  // alike (names are global, spec 3): `now` is what the name holds from
  // then on, or nullptr when it was unbound (`del`). It runs after the
  // binding changed and before the old value is released, so a finalizer
  // run by that release sees the new binding, as the program does.
  std::function<void(NameId name, const Value* now)> on_bind;
};

RunResult Run(const Program& program, Backend& backend,
              const RunOptions& options = {});

// "FILE:LINE: message" for reports.
std::string FormatFailure(std::string_view file, const Failure& f);
std::string FormatMisuse(std::string_view file, const Misuse& m);

}  // namespace gcfuzz::gcops

#endif  // GCFUZZ_GCOPS_RUNNER_H_
