// gcops/trace.h — the trace of events a run records (spec section 4).
//
// Events name objects by ObjId; a Trace carries the run's label table so it
// can be printed, compared across backends and matched against `expect log`.
#ifndef GCFUZZ_GCOPS_TRACE_H_
#define GCFUZZ_GCOPS_TRACE_H_

#include <cstdint>
#include <string>
#include <vector>

#include "gcops/ast.h"
#include "gcops/backend.h"

namespace gcfuzz::gcops {

struct Event {
  EventKind kind = EventKind::kDel;
  ObjId obj = kNoObj;      // label events
  int32_t gen = 0;         // gc_start, gc_stop, collect
  int64_t m = 0;           // gc_stop: collected
  int64_t n = 0;           // gc_stop: uncollectable; collect: found
  bool automatic = false;  // collect
  bool operator==(const Event&) const = default;
};

struct Trace {
  std::vector<std::string> labels;  // ObjId -> label text ("a", "a@2")
  std::vector<Event> events;

  // One event in gcops text ("del a", "collect 2 2 auto").
  std::string Format(const Event& e) const;
  // Whole trace, one event per line.
  std::string ToString(bool include_free = true) const;
  // Events equal, compared by label text (two runs may number the same
  // labels alike, but compare by text to be safe).
  bool SameEvent(const Event& a, const Trace& other, const Event& b) const;
};

// Index of the first event where the traces differ, or -1 if equal.
// `a.events.size()` (or b's) means one is a prefix of the other.
long FirstDifference(const Trace& a, const Trace& b);

}  // namespace gcfuzz::gcops

#endif  // GCFUZZ_GCOPS_TRACE_H_
