// collector/observer.h — hooks through which an independent checker (the
// Boost.Graph oracle) watches collections without knowing the collector's
// lists.
//
// An Observer is told three moments of every collection that runs (nested
// `collect` calls that return 0 do not run, so they are not reported). At
// each moment it may read the heap through Heap's const inspection API
// (heap.h: ForEachObject, Referents, WeakrefsOf, Garbage, ...). With no
// observer set the collector does none of this work.
#ifndef GCFUZZ_COLLECTOR_OBSERVER_H_
#define GCFUZZ_COLLECTOR_OBSERVER_H_

#include <cstdint>
#include <vector>

#include "gcops/backend.h"

namespace gcfuzz::collector {

class Heap;

// What one collection decided, in the collector's own orders.
struct CollectionReport {
  int generation = 0;
  bool automatic = false;
  // move_unreachable's result: every object found unreachable, in
  // `unreachable` list order (legacy-finalizer objects included).
  std::vector<gcops::ObjId> unreachable;
  // The uncollectable set: objects with tp_del and everything reachable
  // from them inside `unreachable` (move_legacy_finalizer_reachable order).
  std::vector<gcops::ObjId> finalizers;
  // Objects handle_resurrected_objects found reachable again after the
  // finalizers ran, in the order they were appended to the older generation.
  std::vector<gcops::ObjId> resurrected;
  // final_unreachable: what delete_garbage was given, in order.
  std::vector<gcops::ObjId> final_unreachable;
  // Weakrefs cleared before any callback ran (handle_weakrefs pass 1;
  // clear_weakrefs in the free-threaded mode): every weakref object in the
  // collectable part of the unreachable set and every weakref in the list
  // of a member of it, in clearing order.
  std::vector<gcops::ObjId> cleared_weakrefs;
  // Weakrefs whose callbacks the collection decided to call, in the order
  // they were queued.
  std::vector<gcops::ObjId> queued_callbacks;
  // Every object freed while this collection ran (any cause), in order.
  std::vector<gcops::ObjId> freed;
  int64_t collected = 0;      // m
  int64_t uncollectable = 0;  // n
};

class Observer {
 public:
  virtual ~Observer() = default;
  // After the younger generations were merged into `generation`, before
  // update_refs. Every tracked object is still in a generation list.
  virtual void OnCollectionStart(const Heap& heap, int generation) {}
  // After finalize_garbage, before handle_resurrected_objects.
  // `unreachable` is what is left of the unreachable set (objects freed by
  // their finalizers are gone), in list order.
  virtual void AfterFinalize(const Heap& heap,
                             const std::vector<gcops::ObjId>& unreachable) {}
  // After the collection's last phase (handle_legacy_finalizers) and the
  // stats update, before the `collect` event and the stop callbacks.
  virtual void OnCollectionEnd(const Heap& heap,
                               const CollectionReport& report) {}
};

}  // namespace gcfuzz::collector

#endif  // GCFUZZ_COLLECTOR_OBSERVER_H_
