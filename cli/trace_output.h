// cli/trace_output.h — what `gcfuzz run --trace` prints: one program's
// traces on its backends, each event with the line of the top-level
// statement that caused it and nested under the event whose body it ran in
// (gcops/trace_view.h).
//
// Backends that agree share one trace:
//
//   # trace of p.gcops on collector, cpython (they agree)
//      7  del a
//      7    del b
//     12  collect 2 0
//
// Backends that differ are shown side by side, whole, the first
// difference marked `=>` (the first backend beside each other one).
#ifndef GCFUZZ_CLI_TRACE_OUTPUT_H_
#define GCFUZZ_CLI_TRACE_OUTPUT_H_

#include <string>
#include <vector>

#include "gcops/trace_view.h"

namespace gcfuzz::cli {

// The traces `views` (one per backend of `names`, in that order; backends
// that gave no trace are left out by the caller) of `file`. Backends with
// the same events form one group, shown once, each event's site the first
// one a member knows. `first_number` numbers the events of a side-by-side
// view as the accompanying divergence message does (0 or 1).
std::string FormatTraces(const std::string& file,
                         const std::vector<std::string>& names,
                         const std::vector<gcops::TraceView>& views,
                         long first_number);

}  // namespace gcfuzz::cli

#endif  // GCFUZZ_CLI_TRACE_OUTPUT_H_
