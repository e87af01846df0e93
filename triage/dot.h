// triage/dot.h — `gcfuzz dot`: the collector's heap at one point of a
// program, as a Graphviz DOT graph.
//
// The point is the start of the program's last collection (after the
// younger generations were merged, before anything was freed), or, with
// `--at LINE`, the moment after the top-level statement on LINE ran. The
// graph shows:
//   * one node per live program object: label, kind (class for instances),
//     refcount, generation (0/1/2/permanent/untracked, "collecting" while a
//     collection holds it), the finalizer flags (del, tp_del) and FINALIZED;
//   * solid edges for references (gc.get_referents order), dashed edges
//     from each weakref to its referent;
//   * one box per root: the names bound to an object. Names are tracked by
//     replaying the top-level statements against the recorded creations; an
//     object whose runner references the replay cannot account for (names
//     rebound inside bodies, evaluation temporaries during a collection) gets
//     an anonymous box "N runner refs";
//   * the unreachable set filled red: the oracle's prediction when the
//     oracle is built (for `--at`, what a full `collect` there would find),
//     otherwise the collector's own unreachable list from its
//     CollectionReport (only at a collection). The graph's title says which.
#ifndef GCFUZZ_TRIAGE_DOT_H_
#define GCFUZZ_TRIAGE_DOT_H_

#include <optional>
#include <string>
#include <vector>

#include "cli/flags.h"
#include "gcops/ast.h"

namespace gcfuzz::triage {

struct DotOptions {
  std::optional<uint32_t> at_line;  // nullopt: the last collection
  bool use_oracle = true;           // when built
};

// The DOT text, or an error message in *error (no collection ran, no
// top-level statement on that line).
std::optional<std::string> HeapDot(const gcops::Program& program,
                                   const DotOptions& options,
                                   std::string* error);

// Renders `dot_text` to `out_path` in `format` (svg, png) with Graphviz's
// `dot`, started without a shell (any file name is safe) and fed on its
// standard input (no temporary file). Returns 0, or 2 after one line on
// stderr: OUT not writable, Graphviz missing or failing.
int RenderWithGraphviz(const std::string& dot_text, const std::string& format,
                       const std::string& out_path);

// `gcfuzz dot FILE [--at LINE] [--svg OUT | --png OUT]`.
int DotCommand(const cli::DotFlags& flags);

}  // namespace gcfuzz::triage

#endif  // GCFUZZ_TRIAGE_DOT_H_
