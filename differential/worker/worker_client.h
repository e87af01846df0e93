// differential/worker/worker_client.h — the client side of the worker
// protocol (docs/backend-protocol.md): runs gcops programs on a real
// interpreter that lives in another process.
//
// A WorkerClient owns one worker process at a time. It starts it (lazily, on
// the first Run, or explicitly with Start), checks its hello, then sends one
// request per Run and waits for the answer with a timeout. Whatever the worker
// does is turned into a RunResult, never into an exception or an abort of
// gcfuzz:
//
//   outcome    when
//   kOk        a well-formed answer to the request (status 0, 1 or 2)
//   kRefused   a well-formed answer with a non-null `refused` (status 2)
//   kHang      no answer within the timeout (the worker is killed)
//   kCrash     the worker exited, was killed, closed its stdin, or answered
//              `"crashed": true` (the interpreter died)
//   kProtocol  a line that is not a well-formed answer to this request:
//              not JSON, a missing or ill-typed field, another id, an
//              `error` answer, a line over the size cap
//
// After kHang, kCrash and kProtocol the worker is killed and the next Run
// starts a fresh one, so a broken worker never serves a second program.
// The worker runs in a process group of its own, and a kill takes the whole
// group (an interpreter's own children too). Its stderr is drained while the
// client waits and the last 4 KiB are kept for the `detail` of a failure.
//
// A WorkerClient is not thread-safe; use one per thread.
#ifndef GCFUZZ_DIFFERENTIAL_WORKER_WORKER_CLIENT_H_
#define GCFUZZ_DIFFERENTIAL_WORKER_WORKER_CLIENT_H_

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gcfuzz::differential::worker {

// How to start a worker. argv[0] is looked up on PATH when it has no '/'.
struct WorkerCommand {
  std::vector<std::string> argv;
  std::string name;  // e.g. "cpython@3.14", for messages; argv[0] if empty
};

// The worker's first line (protocol section 2).
struct Hello {
  int protocol = 0;
  std::string implementation, version;
  nlohmann::json raw;  // the whole hello, unknown fields included
};

// One gcops program to run (the request's fields).
struct RunRequest {
  std::string file;    // the name messages use ("t.gcops")
  std::string gcops;   // the program's gcops text
  std::string python;  // its canonical Python translation
  uint64_t budget = 0;
};

enum class RunOutcome { kOk, kHang, kCrash, kProtocol, kRefused };

// "ok", "hang", "crash", "protocol", "refused".
std::string_view RunOutcomeName(RunOutcome outcome);

struct RunResult {
  RunOutcome outcome = RunOutcome::kProtocol;
  // From the answer: 0 ok, 1 an expectation failed, 2 misuse or refused.
  // -1 for kHang, kCrash and kProtocol (there is no answer).
  int status = -1;
  std::vector<std::string> trace;     // event lines, "collect 2 2 auto"
  std::vector<std::string> failures;  // "FILE:LINE: expected ..., got ..."
  std::string misuse;                 // "FILE:LINE: message", or empty
  std::string refused;  // why the version cannot run the program, or empty
  std::vector<std::string> unobserved;  // event kinds it cannot see: "free"
  // kHang, kCrash, kProtocol: one line saying what happened, naming the
  // backend; then, when the worker wrote to stderr, a line
  // "stderr of the worker (tail):" and that tail; for a `crashed` answer,
  // "stderr of the program (tail):" and the tail of the answer's stderr.
  std::string detail;
  // The worker's `ms` for an answer that has one; otherwise the wall time
  // the client waited.
  double ms = 0;
};

class WorkerClient {
 public:
  // `timeout` bounds one Run (writing the request and reading its answer);
  // `startup_timeout` bounds the wait for the hello.
  explicit WorkerClient(
      WorkerCommand cmd,
      std::chrono::milliseconds timeout = std::chrono::seconds(10),
      std::chrono::milliseconds startup_timeout = std::chrono::seconds(60));
  // Closes the worker's stdin (the protocol's "finish and exit"), waits
  // briefly for it to exit, then kills its process group and reaps it.
  ~WorkerClient();

  WorkerClient(const WorkerClient&) = delete;
  WorkerClient& operator=(const WorkerClient&) = delete;

  // Starts the worker unless it runs; returns its hello. nullopt, with a
  // one-line reason naming the backend in `*error`, when it cannot be
  // started or its first line is not a protocol-1 hello (the process is
  // then killed).
  std::optional<Hello> Start(std::string* error);

  // Runs one program. Starts the worker when none runs, or when the last
  // one ended by itself after its answer (the program is not to blame for
  // that). When starting fails the outcome is kCrash (no process, or it
  // died), kHang (no hello in time) or kProtocol (not a protocol-1 hello),
  // with Start's reason as `detail`.
  RunResult Run(const RunRequest& req);

  // The longest line accepted from the worker (64 MiB by default); a longer
  // one is a protocol error. Lowered by tests to check the cap cheaply.
  void SetMaxLineBytesForTesting(size_t bytes) { max_line_bytes_ = bytes; }

 private:
  struct Process;  // the running worker: pipes, buffers, process group

  // Start's work; on failure also says which outcome a Run reports.
  std::optional<Hello> StartProcess(std::string* error, RunOutcome* outcome);
  // Kills the worker's process group, reaps the worker and keeps the tail
  // of its stderr in stderr_tail_; no-op without a worker.
  void Kill();
  // `what`, prefixed with the backend's name, then stderr_tail_.
  std::string Detail(std::string_view what) const;

  WorkerCommand cmd_;
  std::string name_;
  std::chrono::milliseconds timeout_, startup_timeout_;
  size_t max_line_bytes_;
  uint64_t next_id_ = 1;
  std::unique_ptr<Process> proc_;
  std::optional<Hello> hello_;
  std::string stderr_tail_;  // of the last worker Kill ended
};

}  // namespace gcfuzz::differential::worker

#endif  // GCFUZZ_DIFFERENTIAL_WORKER_WORKER_CLIENT_H_
