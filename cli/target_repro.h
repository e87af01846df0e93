// cli/target_repro.h — `repro --target=NAME` and `minimize --target=NAME`:
// triage for every fuzz target of the build, not only the gcops heap ones.
//
// The fuzz targets are the build's manifest (BUILD/fuzz_targets.json,
// fuzz/CMakeLists.txt), where each says how its findings are triaged:
//   "triage": "repro"   `gcfuzz repro`'s own in-process verdict is the
//                       target's (collector_fuzzer, differential_fuzzer:
//                       tests/fuzz/summary_agreement_test.cc holds their
//                       SUMMARY lines equal), so --target changes nothing;
//   "triage": "replay"  every other target: its own binary (libFuzzer in a
//                       fuzz build, the replay main in the dev build) runs
//                       the input once, and its verdict is the target's
//                       own: a finding when it exits non-zero, dies or
//                       hangs, named by its first `SUMMARY:` line (gcfuzz's
//                       report, or the sanitizer's).
// The CLI reads the manifest of the build it belongs to (its binary is
// BUILD/cli/gcfuzz-cli), so the dev CLI replays through the dev build's
// targets and the fuzz build's CLI through the sanitizer-built ones (a
// memory error found under ASan reproduces only there);
// GCFUZZ_FUZZ_MANIFEST=PATH names another manifest.
//
// Minimizing a replayed finding keeps its SUMMARY line: a program-level
// reduction (triage/minimize.h) for targets whose input is a gcops
// program, delta debugging over the bytes for the others; each candidate is
// one run of the binary.
#ifndef GCFUZZ_CLI_TARGET_REPRO_H_
#define GCFUZZ_CLI_TARGET_REPRO_H_

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cli/flags.h"

namespace gcfuzz::cli {

// One entry of the build's manifest.
struct FuzzTarget {
  std::string name;
  std::string input;  // gcops-binary, gcops-text, or an opaque kind
  std::string binary;
  bool judged_in_process = false;  // "triage": "repro"
};

// The target named `name` in this build's manifest; nullopt after one line
// on stderr (no manifest, no such target: the list of those that exist).
std::optional<FuzzTarget> FindFuzzTarget(std::string_view command,
                                         const std::string& name);

// One run of a target's binary on one input.
struct TargetRun {
  bool finding = false;  // exited non-zero, died or hung
  bool hang = false;
  int exit_code = 0;        // when it exited
  int signal = 0;           // when a signal ended it
  std::string summary;      // first "SUMMARY: " line, or one made up
  std::string output;       // stdout and stderr, interleaved
  std::string start_error;  // the binary could not be started
};

// Runs `target` on `input` (written to a temporary file), at most
// `timeout_seconds` before it counts as a hang.
TargetRun RunFuzzTarget(const FuzzTarget& target, std::string_view input,
                        int timeout_seconds);
// The time limit of repro and minimize: GCFUZZ_TARGET_TIMEOUT seconds, or
// 25 (libFuzzer's -timeout=20 in the campaign, and some).
int TargetTimeoutSeconds();

// `repro --target=NAME FILE` for a replayed target: prints the input (as a
// program when it is one), the target's output and a `SUMMARY:` line, or
// the JSON document (docs/cli-json.md). Exit status 0 nothing, 1 finding,
// 2 bad input.
int ReproOnTarget(const FuzzTarget& target, const ReproFlags& flags);

// `minimize --target=NAME FILE [-o OUT]` for a replayed target: the
// smallest input with the same SUMMARY line (gcops text for gcops targets,
// bytes otherwise) to stdout or OUT. Exit status 0 done, 2 bad input or
// nothing to keep.
int MinimizeOnTarget(const FuzzTarget& target, const MinimizeFlags& flags);

// Byte-level delta debugging (ddmin with complements): the smallest byte
// string found, within `max_tests` calls of `keep`, for which `keep` holds;
// `input` itself must satisfy it. Exposed for tests.
std::string MinimizeBytes(std::string input,
                          const std::function<bool(std::string_view)>& keep,
                          size_t max_tests, size_t* tests = nullptr);

}  // namespace gcfuzz::cli

#endif  // GCFUZZ_CLI_TARGET_REPRO_H_
