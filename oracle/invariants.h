// oracle/invariants.h — what must hold of any live heap, at any moment.
//
// TEST-ONLY, NAIVE ON PURPOSE (see oracle/heap_snapshot.h).
//
// Where oracle/predict.h says what one collection must do, these checks say
// what must be true of a whole heap between operations, whatever happened
// before. Each returns every violation it sees, as Findings (empty = holds):
//
//  * CheckRefcounts: every live object's refcount equals its references
//    from heap objects, plus gc.garbage entries, plus `holders` (references
//    from outside the heap: runner roots, evaluation temporaries, a
//    collector's own temporary references). A leak or a double decref shows
//    up here, long before anything is freed wrongly.
//  * CheckNothingFreedIsReferenced: no live object, weakref list, gc.garbage
//    entry or holder names an object in `freed`.
//  * CheckFinalizedOnce: in a log of every __del__ call of the run, no object
//    appears twice (all gcops instances are GC objects, so FINALIZED makes
//    __del__ once-only), and a live instance has FINALIZED set exactly when
//    the log shows its __del__.
//  * CheckWeakrefLists: only instances have weakref lists; a list holds at
//    most one basic ref (a ref without callback), only at its head, and at
//    most one basic proxy (a proxy without callback), only at the head or
//    right after the basic ref (cpython-3.11-gc.md §1.4).
//  * CheckTrackingRules: instances, lists and weakrefs are tracked while
//    alive; an untracked tuple or dict refers only to untracked tuples
//    (§1.2: anything else "may be tracked" and blocks untracking, or tracks
//    the dict on insertion).
//  * CheckReturnValue: gc.collect()'s value equals n + m as PredictCounts
//    counts them (see predict.h for what that count includes and excludes).
//
// CheckHeap runs the heap checks in a safe order: dangling references first
// (a snapshot naming a freed object is not well formed), then refcounts,
// then well-formedness (ValidateSnapshot, reported as kBadSnapshot), then
// the rest; it stops after the first group that finds something.
#ifndef GCFUZZ_ORACLE_INVARIANTS_H_
#define GCFUZZ_ORACLE_INVARIANTS_H_

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <vector>

#include "oracle/finding.h"
#include "oracle/heap_snapshot.h"
#include "oracle/predict.h"

namespace gcfuzz::oracle {

// References held from outside the heap, per object. gc.garbage is NOT
// included here: the snapshot has it.
struct ExternalHolders {
  std::map<ObjId, int64_t> refs;
};

std::vector<Finding> CheckRefcounts(const HeapSnapshot& snapshot,
                                    const ExternalHolders& holders);
std::vector<Finding> CheckNothingFreedIsReferenced(
    const HeapSnapshot& snapshot, const ExternalHolders& holders,
    const std::set<ObjId>& freed);
// `del_log`: every __del__ call of the run so far, in order.
std::vector<Finding> CheckFinalizedOnce(const HeapSnapshot& snapshot,
                                        std::span<const ObjId> del_log);
std::vector<Finding> CheckWeakrefLists(const HeapSnapshot& snapshot);
std::vector<Finding> CheckTrackingRules(const HeapSnapshot& snapshot);
std::optional<Finding> CheckReturnValue(int64_t returned,
                                        const CountPrediction& counts);

// All heap checks above, in a safe order (see the top of this file).
std::vector<Finding> CheckHeap(const HeapSnapshot& snapshot,
                               const ExternalHolders& holders,
                               const std::set<ObjId>& freed,
                               std::span<const ObjId> del_log);

}  // namespace gcfuzz::oracle

#endif  // GCFUZZ_ORACLE_INVARIANTS_H_
