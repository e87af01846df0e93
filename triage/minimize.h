// triage/minimize.h — `gcfuzz minimize`: an op-level reducer for gcops
// programs.
//
// Minimize() shrinks a program while a predicate keeps holding; the CLI's
// predicate is "repro gives the same signature" (triage/repro.h), tests use
// their own. It works on statements, not bytes, so it can drop an object
// with every use of it in one step, which a byte-level reducer (libFuzzer's
// -minimize_crash) cannot. The passes, repeated until a whole round changes
// nothing:
//
//   1. ddmin over the top-level statements: remove complements of n chunks,
//      n doubling from 2 until single statements have been tried;
//   2. the same over every block (finalizer, callback bodies), innermost
//      statements included;
//   3. drop objects: for each name, remove every statement that mentions it
//      (a body keeps its other statements);
//   4. shrink classes: fewer slots (smallest count that works), and each of
//      the flags del, tp_del, noweakref removed;
//   5. simplify items (list/tuple/set/append/let/ref operands) to `none`;
//   6. drop expectations one at a time (ddmin usually got them already).
//
// Statements the caller asks to keep (MinimizeOptions::keep_lines) are in
// every candidate, unchanged: ddmin never removes them, and a candidate in
// which another pass removed or changed one is discarded untested.
//
// Every candidate is made valid before it is tested: gcops::Repair fixes or
// drops statements that can no longer run (a `set` on a name whose `new` was
// removed), then gcops::Canonicalize renumbers names; a candidate whose
// canonical text does not parse back to itself is discarded untested. The
// result is canonical, and the predicate holds for it.
#ifndef GCFUZZ_TRIAGE_MINIMIZE_H_
#define GCFUZZ_TRIAGE_MINIMIZE_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "cli/flags.h"
#include "gcops/ast.h"

namespace gcfuzz::triage {

using ProgramPredicate = std::function<bool(const gcops::Program&)>;

struct MinimizeOptions {
  // Predicate calls allowed in total (each runs the program); the reducer
  // stops early, keeping the best program so far, when they run out.
  size_t max_tests = 20000;
  // The top-level statements of the input on these lines (SourceLoc::line)
  // stay in the result, unchanged (the same canonical text). Lines with no
  // top-level statement are ignored here; the CLI refuses them.
  std::vector<uint32_t> keep_lines;
};

struct MinimizeStats {
  size_t tests = 0;     // predicate calls
  size_t accepted = 0;  // candidates that kept the predicate
  size_t rounds = 0;
  size_t statements_before = 0;  // gcops::CountStatements
  size_t statements_after = 0;
  bool budget_exhausted = false;
};

// The smallest program found for which `keep` holds. Returns nullopt if
// `keep` does not hold for `program` (after Repair + Canonicalize) itself.
std::optional<gcops::Program> Minimize(const gcops::Program& program,
                                       const ProgramPredicate& keep,
                                       const MinimizeOptions& options = {},
                                       MinimizeStats* stats = nullptr);

// Repair + Canonicalize; false when the result does not round-trip through
// its canonical text (the candidate is then unusable).
bool MakeValidCandidate(gcops::Program& program);

// `gcfuzz minimize FILE [-o OUT] [--keep LINES]`: keeps repro's signature;
// writes the smallest program as gcops text to stdout or OUT, and on stderr
//   gcfuzz minimize: kept signature: SIGNATURE
//   gcfuzz minimize: N -> M statements (R runs)
// plus a note when the signature is an expectation failure (the reducer
// keeps only what makes that one expectation fail, so the rest of the
// program's structure goes, by design). `--keep` names lines of FILE (of
// `gcfuzz decode`'s output for a crash file: statement i on line i); one
// with no top-level statement is bad usage. Returns the exit status (0
// done, 2 bad input/usage or nothing to keep).
int MinimizeCommand(const cli::MinimizeFlags& flags);

// The lines `--keep` names (MinimizeOptions::keep_lines), each with a
// top-level statement of `p`; nullopt after the one usage-error line
// naming the first line without one.
std::optional<std::vector<uint32_t>> KeepLines(
    const gcops::Program& p, const std::vector<cli::LineRange>& ranges,
    const std::string& file);

}  // namespace gcfuzz::triage

#endif  // GCFUZZ_TRIAGE_MINIMIZE_H_
