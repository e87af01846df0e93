// gcops/trace_view.h — traces as a reader sees them (`gcfuzz run --trace`,
// the side-by-side view of a divergence).
//
// Each event is shown with the line of the top-level statement that caused
// it, so two identical `collect 2 0` are told apart, and indented under the
// event whose body (spec 3.5: a `__del__`, a weakref callback, a gc
// callback) it happened in:
//
//      7  del a            `del a` on line 7 ran a's __del__ ...
//      7    del b          ... whose body dropped b: b's __del__ ran in it
//      7    free b
//      7  free a
//     12  collect 2 0
//     14  collect 2 0
//
// A line or depth that is not known (a worker backend's event past where
// the model's run agrees with it) shows as `?`, the event unindented.
#ifndef GCFUZZ_GCOPS_TRACE_VIEW_H_
#define GCFUZZ_GCOPS_TRACE_VIEW_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gcops/trace.h"

namespace gcfuzz::gcops {

// One event of a view: its gcops text and where it happened.
struct ViewEvent {
  std::string text;               // "del a", "collect 2 0 auto"
  std::optional<EventSite> site;  // nullopt: not known
  bool operator==(const ViewEvent&) const = default;
};
using TraceView = std::vector<ViewEvent>;

// The events of `t` (`free` ones left out unless `include_free`), each with
// its site when `t` has sites.
TraceView ViewOf(const Trace& t, bool include_free = true);

// Pairs event texts with sites (`sites` may be shorter: the rest unknown).
TraceView ViewOf(const std::vector<std::string>& events,
                 const std::vector<std::optional<EventSite>>& sites);

// One event as a row: the line right-aligned in 4 columns (`?` when not
// known or 0), two spaces, then the event indented two spaces per depth.
std::string FormatViewRow(const ViewEvent& e);

// The whole view, one row per line.
std::string FormatView(const TraceView& view);

// The index of the first event where the texts of `a` and `b` differ (one
// past the shorter when one is a prefix of the other), or -1 when equal.
long FirstTextDifference(const TraceView& a, const TraceView& b);

// Two views in columns, rows [from, to) (to < 0: to the end of the longer),
// each row with its event number (counted from `first_number`, 0 or 1) and
// each side's line; the first differing row is marked `=>`, an event
// missing on one side shows as `(end)`. A header names both sides.
std::string FormatSideBySide(const TraceView& a, std::string_view a_name,
                             const TraceView& b, std::string_view b_name,
                             long from = 0, long to = -1,
                             long first_number = 0);

}  // namespace gcfuzz::gcops

#endif  // GCFUZZ_GCOPS_TRACE_VIEW_H_
