// cli/run_backends.h — `gcfuzz run --backend=A,B[,C]`: one program on any
// mix of backends (the in-process collector and embedded CPython, and
// worker backends: cpython@3.11 … @3.15, exec:COMMAND), compared event by
// event.
//
// A worker backend gets the program's gcops text and its canonical Python
// translation (translation/python_translation.h) and answers with its
// trace; events some participant cannot observe (`free`, for every real
// interpreter) are left out of every trace, and the report says so.
#ifndef GCFUZZ_CLI_RUN_BACKENDS_H_
#define GCFUZZ_CLI_RUN_BACKENDS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gcops/ast.h"
#include "gcops/trace.h"

namespace gcfuzz::cli {

// Checks that every name can run here; on failure prints one line, headed
// by the command (`gcfuzz minimize: ...`), saying what exists or what to
// install, and returns false.
bool CheckBackendNames(const std::vector<std::string>& names,
                       std::string_view command = "run");

// One backend's run of one program, in the shape every backend can give.
struct SideRun {
  std::string name;
  int status = 0;  // 0, 1 (failed expectation, no answer), 2 (misuse, refused)
  // "ok" when the backend answered; else why not: "refused", "hang",
  // "crash", "protocol" (differential/worker/worker_client.h).
  std::string outcome = "ok";
  std::vector<std::string> trace;  // events, without those left out
  // Where each event of `trace` happened (parallel to it): the runner's, for
  // an in-process backend; for a worker backend, which reports events only,
  // the model's run of the same program for as long as the two traces
  // agree, then nullopt (not known).
  std::vector<std::optional<gcops::EventSite>> sites;
  std::vector<std::string> messages;    // failures, misuse, refusal, verdict
  std::vector<std::string> unobserved;  // event kinds it cannot see
  bool answered = true;  // false: refused, hang, crash, protocol (no trace)
  // The messages that are failed expectations and the misuse, by line.
  struct Located {
    uint32_t line = 0;  // 0: not known
    std::string message;
  };
  std::vector<Located> failures;
  std::optional<Located> misuse;
};

// The first side and side `other` differ: at `event` (1-based) of their
// traces, or (event 0) on the same events but not on the expectations'
// results or misuse.
struct Divergence {
  size_t other = 1;  // index into FileRun::sides
  size_t event = 0;
};

// One program on a list of backends, compared (the first against each
// other one).
struct FileRun {
  std::string file;
  std::vector<SideRun> sides;           // in the order of the names
  std::vector<std::string> hidden;      // event kinds left out of every trace
  std::vector<Divergence> divergences;  // each against sides[0]
  int status = 0;                       // the exit status: 0, 1 or 2
};

// Runs `program` (loaded from `file`, whose text is `text`) on each backend
// and compares the traces, leaving out what any side cannot see.
FileRun RunFile(const std::string& file, const std::string& text,
                const gcops::Program& program,
                const std::vector<std::string>& names,
                const std::string& collector_mode);

// Prints a FileRun as `gcfuzz run` does (with `trace`, the traces as
// cli/trace_output.h shows them; messages and each divergence, side by side
// around its first difference, on stderr; "FILE: ok on ..."); returns its
// status.
int PrintFileRun(const FileRun& run, bool trace);

// RunFile, then PrintFileRun: the exit status (0 agree and pass, 1 a
// failed expectation, a divergence, a hang, crash or protocol verdict, 2
// misuse or a refusal).
int RunOnBackends(const std::string& file, const std::string& text,
                  const gcops::Program& program,
                  const std::vector<std::string>& names,
                  const std::string& collector_mode, bool trace);

// `gcfuzz backends`: the in-process backends, then every worker backend
// known here with the version it reports (or why it cannot run).
int ListBackends();

}  // namespace gcfuzz::cli

#endif  // GCFUZZ_CLI_RUN_BACKENDS_H_
