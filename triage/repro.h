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
// The verdict (differential/verdict.h) carries the stable SUMMARY detail —
// built by the same functions the fuzz targets use, so it is what they
// print for the same finding — and the signature minimize keeps.
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

#include "cli/flags.h"
#include "differential/verdict.h"
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
// The same for a file, except that a `.gcops` file is text, strictly;
// nullopt (with "FILE: why" or the parse error on stderr, or in *error
// when given) when it cannot be read or parsed.
std::optional<LoadedProgram> LoadProgramFile(const std::string& path,
                                             std::string* error = nullptr);

using differential::Verdict;
using differential::VerdictKind;
using differential::VerdictName;

struct ReproOptions {
  std::string file = "<program>";  // names the program in messages
  // Backends by name (differential/backends.h); empty means every built
  // backend.
  std::vector<std::string> backends;
  bool use_oracle = true;  // check the collector with the oracle if built
  bool check_determinism = true;
  // The fuzz targets' body budget, so a crash file behaves as it did there.
  uint64_t max_body_steps = gcops::kFuzzMaxBodySteps;
  // Tests only: makes the backend of each name instead of
  // differential/backends.h (and the oracle is then not used), so a planted
  // difference can be judged.
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

// The options `gcfuzz repro` runs with; nullopt after printing the usage
// error (a backend not built here).
std::optional<ReproOptions> ReproOptionsFor(const cli::ReproFlags& flags);

// repro's exit status for a verdict: 0 ok, 1 a finding reproduces, 2 a
// misuse every backend agrees on (a misuse is bad input, as for `run`).
int ReproExitStatus(const Verdict& verdict);

// `gcfuzz repro [--backend=NAME] FILE` in text: prints to stdout; returns
// the exit status (ReproExitStatus, or 2 for bad input or usage). The JSON
// form is cli/json_output.h's.
int ReproCommand(const cli::ReproFlags& flags);

}  // namespace gcfuzz::triage

#endif  // GCFUZZ_TRIAGE_REPRO_H_
