// gcops/trace.h — the trace of events a run records (spec section 4).
//
// Events name objects by ObjId; a Trace carries the run's label table so it
// can be printed, compared across backends and matched against `expect log`.
// Where each event happened (its EventSite) rides beside the events, never
// inside them: two runs agree on what happened, whatever line caused it.
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

// Where an event happened, for a reader (gcops/trace_view.h); never
// compared.
struct EventSite {
  // The line of the top-level statement that was running (0: the program
  // has no lines, as one decoded from the binary form).
  uint32_t line = 0;
  // How many bodies deep (spec 3.5): 0 for an event of the statement
  // itself, 1 for one recorded while the body that the last event of depth
  // 0 started (a `__del__`, a weakref callback, a gc callback) ran, and so
  // on for nested bodies.
  uint32_t depth = 0;
  bool operator==(const EventSite&) const = default;
};

struct Trace {
  std::vector<std::string> labels;  // ObjId -> label text ("a", "a@2")
  std::vector<Event> events;
  // sites[i] is where events[i] happened: filled by the runner
  // (gcops/runner.h); empty for traces made otherwise, where it is not
  // known. Not part of any comparison.
  std::vector<EventSite> sites;

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
