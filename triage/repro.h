// triage/repro.h — `gcfuzz repro`: one crash or corpus file to a verdict a
// person can paste into a bug report.
//
// A file is read as gcops text when it is valid UTF-8 that parses, and
// otherwise decoded from the binary form (every byte string decodes). The
// program then runs on every backend built into the binary (the collector,
// checked by the Boost.Graph oracle when that is built, and the embedded
// CPython), the collector twice, and the results are judged in this order;
// the first that applies is the verdict:
//
//   oracle-mismatch    the oracle disagrees with a collection of the collector
//   divergence         two backends' traces, expectation results or misuse
//                      differ (differential::Compare)
//   nondeterminism     two runs of the collector differ
//   misuse             every backend stopped on the same top-level misuse
//   expectation-failed every backend failed the same expectation
//   ok                 none of the above
//
// The verdict carries the stable SUMMARY detail (what the fuzz targets print
// for the same finding, differential/findings.h) and a *signature*: the kind plus a
// normalized description that does not depend on line numbers, event
// indices or labels, so that a reduced program (triage/minimize.h) can be
// checked to still show "the same bug". Normalization, precisely:
//   divergence (trace)        "divergence trace A 'E1' B 'E2'", each event
//                             with its label replaced by `L`
//                             ("del L", "collect 2 3"), "(end)" for none
//   divergence (expectation)  "divergence expectation" + both messages with
//                             labels kept but line numbers dropped
//   divergence (misuse)       "divergence misuse" + both messages, no lines
//   oracle-mismatch           "oracle-mismatch " + the finding's kind name
//   nondeterminism            as divergence, prefixed with the backend
//   misuse                    "misuse " + the message (no line)
//   expectation-failed        "expectation-failed " + the first message
//   ok                        "ok"
// Everything printed is a function of the input bytes: no addresses, no
// timings, so a fresh process prints byte-identical output.
#ifndef GCFUZZ_TRIAGE_REPRO_H_
#define GCFUZZ_TRIAGE_REPRO_H_

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gcops/ast.h"
#include "gcops/backend.h"
#include "gcops/runner.h"

namespace gcfuzz::oracle {
class CheckedCollectorBackend;  // oracle/collector_check.h, when built
}  // namespace gcfuzz::oracle

namespace gcfuzz::triage {

// How a file's bytes became a program.
struct LoadedProgram {
  gcops::Program program;
  bool from_text = false;  // parsed as gcops text; else decoded
};

// Text when `bytes` is valid UTF-8 that parses; otherwise the binary form.
// Never fails: every byte string decodes.
LoadedProgram LoadProgramBytes(std::string_view bytes, std::string_view file);
// The same for a file; nullopt (with "FILE: cannot read: why" on stderr)
// when it cannot be read.
std::optional<LoadedProgram> LoadProgramFile(const std::string& path);

enum class VerdictKind {
  kOk,
  kOracleMismatch,
  kDivergence,
  kNondeterminism,
  kMisuse,
  kExpectationFailed,
};

// The stable word of each kind ("oracle-mismatch", "expectation-failed").
const char* VerdictName(VerdictKind kind);

struct Verdict {
  VerdictKind kind = VerdictKind::kOk;
  std::string detail;     // the SUMMARY line's detail
  std::string signature;  // kind + normalized detail (see the file comment)
  std::string report;     // multi-line body: what differed, side by side
  bool ok() const { return kind == VerdictKind::kOk; }
  // "SUMMARY: gcfuzz: <kind> <detail>"
  std::string SummaryLine() const;
};

struct ReproOptions {
  std::string file = "<program>";  // names the program in messages
  // Backends by name (differential/backends.h); empty means every built backend.
  std::vector<std::string> backends;
  bool use_oracle = true;       // check the collector with the oracle if built
  bool check_determinism = true;
  // The fuzz targets' body budget, so a crash file behaves as it did there.
  uint64_t max_body_steps = 5000;
  // Tests only: makes the backend of each name instead of differential/backends.h
  // (and the oracle is then not used), so a planted difference can be
  // judged.
  std::function<std::unique_ptr<gcops::Backend>(std::string_view)>
      make_backend_for_testing;
  // Tests only: called with the oracle-checked collector before its run
  // (to interpose a tampering observer, so an oracle mismatch can be judged).
  std::function<void(oracle::CheckedCollectorBackend&)>
      prepare_oracle_for_testing;
};

// One backend's run of the program.
struct BackendRun {
  std::string name;
  gcops::RunResult result;
};

struct Judgement {
  std::vector<BackendRun> runs;  // in ReproOptions::backends order
  Verdict verdict;
};

// Runs `program` as repro does and judges the results.
Judgement JudgeProgram(const gcops::Program& program,
                       const ReproOptions& options);

// Whether the oracle check is built into this binary.
bool OracleAvailable();

// The whole `gcfuzz repro` output for a loaded program.
std::string FormatRepro(const LoadedProgram& loaded, const Judgement& j,
                        const ReproOptions& options);

// `gcfuzz repro [--backend=NAME] FILE`: prints to stdout; returns the exit
// status (0 ok, 1 a finding reproduces, 2 bad input, usage, or a misuse
// every backend agrees on: a misuse is bad input, as for `gcfuzz run`).
int ReproCommand(const std::vector<std::string>& args);

}  // namespace gcfuzz::triage

#endif  // GCFUZZ_TRIAGE_REPRO_H_
