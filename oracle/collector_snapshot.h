// oracle/collector_snapshot.h — reads a HeapSnapshot out of the C++
// collector, through its read-only inspection API only.
//
// TEST-ONLY (see oracle/heap_snapshot.h). This is the one place that
// translates the collector's view (collector::Heap::ForEachObject,
// ReferentIds, WeakrefsOf, GarbageIds) into the oracle's; nothing here looks
// at the collector's lists or flags directly.
//
// Objects with refcount 0 (deposited in the trashcan, or between their
// last decref and their free) are not live program objects any more and are
// left out: what they still hold then counts as external, which is also how
// CPython's collector sees an untracked dying object. A snapshot that left
// something out is not `exact`: heap invariants that need every holder
// (refcounts) must not be checked on it, predictions still may.
#ifndef GCFUZZ_ORACLE_COLLECTOR_SNAPSHOT_H_
#define GCFUZZ_ORACLE_COLLECTOR_SNAPSHOT_H_

#include <vector>

#include "collector/heap.h"
#include "oracle/heap_snapshot.h"
#include "oracle/invariants.h"

namespace gcfuzz::oracle {

struct CollectorSnapshot {
  HeapSnapshot heap;
  // Runner references (roots, temporaries) plus the collector's pins.
  ExternalHolders holders;
  // Objects left out because their refcount is 0.
  std::vector<ObjId> omitted;
  bool exact() const { return omitted.empty(); }
};

// `generation` and `saveall` are copied into the snapshot as the
// collection about to run (or running) sees them.
CollectorSnapshot SnapshotOf(const collector::Heap& heap, int generation,
                             bool saveall);

}  // namespace gcfuzz::oracle

#endif  // GCFUZZ_ORACLE_COLLECTOR_SNAPSHOT_H_
