// gcops/runner.h — executes a Program on a Backend.
//
// The runner is the language's semantics: names and labels, the Python
// evaluation order of each statement (which temporaries hold references
// while a statement runs), misuse checks, bodies of finalizers and
// callbacks, the trace, and expectations. Backends only hold the heap.
#ifndef GCFUZZ_GCOPS_RUNNER_H_
#define GCFUZZ_GCOPS_RUNNER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gcops/ast.h"
#include "gcops/backend.h"
#include "gcops/trace.h"

namespace gcfuzz::gcops {

// A failed expectation: "FILE:LINE: expected ..., got ...".
struct Failure {
  SourceLoc loc;
  std::string message;  // "expected ..., got ..."
};

// A top-level statement that could not run (spec 3.7); the run stopped.
struct Misuse {
  SourceLoc loc;
  size_t stmt_index = 0;  // index into Program::stmts
  std::string message;
};

struct RunResult {
  Trace trace;
  std::vector<Failure> failures;
  std::optional<Misuse> misuse;
  size_t stmts_run = 0;  // top-level statements executed

  bool ok() const { return failures.empty() && !misuse; }
};

struct RunOptions {
  // Stop executing once this many body statements have run in total; keeps
  // fuzz inputs with self-feeding finalizers bounded. 0 = no limit.
  uint64_t max_body_steps = 100000;
};

RunResult Run(const Program& program, Backend& backend,
              const RunOptions& options = {});

// "FILE:LINE: message" helpers for reports.
std::string FormatFailure(std::string_view file, const Failure& f);
std::string FormatMisuse(std::string_view file, const Misuse& m);

}  // namespace gcfuzz::gcops

#endif  // GCFUZZ_GCOPS_RUNNER_H_
