// triage/dot.h — `gcfuzz dot`: the collector's heap at one point of a
// program, as a Graphviz DOT graph that explains what the collection there
// does.
//
// The point is the start of a collection (after the younger generations
// were merged, before anything was freed): the last one the program ran,
// or with `--collection N` the N-th, counting every collection that ran,
// automatic ones included (a `collect` inside a running collection does
// not run and is not counted). With `--at LINE` it is the moment after the
// top-level statement on LINE ran. The graph shows:
//   * one node per live program object: label, kind (class for instances),
//     refcount, generation (0/1/2/permanent/untracked, "collecting" while a
//     collection holds it), the finalizer flags (del, tp_del) and FINALIZED;
//   * solid edges for references (gc.get_referents order), labelled with
//     where the holder keeps them: `.N` an instance slot, `[N]` a list or
//     tuple item, `{K}` the value under dict key K; dashed edges from each
//     weakref to its referent ("cb": it has a callback);
//   * one box per object the runner holds: the names bound to it, read
//     from the runner as it binds them (gcops/runner.h, RunOptions::on_bind;
//     names are global, so a name a finalizer or callback body binds, as in
//     `let saved self`, is shown like a top-level one). What the runner
//     holds beyond its names are evaluation temporaries (the operands of a
//     statement still running, e.g. when an allocation starts an automatic
//     collection), shown as "N temporaries";
//   * what the collection does, as colours explained in a legend (a DOT
//     cluster titled "legend"): the legacy closure headed for gc.garbage
//     (tp_del objects and everything they reach in the unreachable set,
//     CPython's move_legacy_finalizer_reachable), the collectable set (the
//     rest of the unreachable set, less what finalizers resurrect), the
//     objects finalizers resurrect, and the weakrefs whose callbacks will
//     run (bold blue border). Each comes from the oracle's prediction when
//     the oracle is built (oracle/predict.h: PredictCollection at the
//     start, PredictResurrection once the finalizers ran), otherwise from
//     the collector's own CollectionReport; the legend names the source of
//     each. With `--at` no collection runs: the oracle predicts what a full
//     collect there would find, but not what finalizer bodies would
//     resurrect, and without the oracle nothing is known; the legend says
//     which categories are unknown instead of guessing.
#ifndef GCFUZZ_TRIAGE_DOT_H_
#define GCFUZZ_TRIAGE_DOT_H_

#include <optional>
#include <string>
#include <vector>

#include "cli/flags.h"
#include "gcops/ast.h"

namespace gcfuzz::triage {

struct DotOptions {
  std::optional<uint32_t> at_line;     // after this line (excludes below)
  std::optional<uint32_t> collection;  // the N-th collection, 1-based
  bool use_oracle = true;              // when built
};

// The DOT text (at the last collection when neither at_line nor
// collection is set), or an error message in *error: no collection ran,
// fewer than `collection` ran, no top-level statement on that line.
std::optional<std::string> HeapDot(const gcops::Program& program,
                                   const DotOptions& options,
                                   std::string* error);

// Renders `dot_text` to `out_path` in `format` (svg, png) with Graphviz's
// `dot`, started without a shell (any file name is safe) and fed on its
// standard input (no temporary file). Returns 0, or 2 after one line on
// stderr: OUT not writable, Graphviz missing or failing.
int RenderWithGraphviz(const std::string& dot_text, const std::string& format,
                       const std::string& out_path);

// `gcfuzz dot FILE [--at LINE | --collection N] [--svg OUT | --png OUT]`.
int DotCommand(const cli::DotFlags& flags);

}  // namespace gcfuzz::triage

#endif  // GCFUZZ_TRIAGE_DOT_H_
