// oracle/predict.h — what a CPython 3.11 collection must do, from snapshots
// (and 3.12, 3.13 and 3.15's, which differ only where HeapSnapshot says).
//
// TEST-ONLY, NAIVE ON PURPOSE (see oracle/heap_snapshot.h). Nothing here
// knows how the collector stores its lists or runs its algorithm: each
// prediction is a definition over the heap graph (reachability, closure),
// computed the obvious way with Boost.Graph. Slow is fine; obviously right
// is the point. tests/oracle checks every prediction against an independent
// brute-force fixed-point computation on thousands of random heaps.
//
// A collection of generation g is predicted in three steps, each from a
// snapshot a checker takes at that moment (rules: cpython-3.11-gc.md §3):
//
// 1. PredictCollection(start), at the start of the collection:
//    * collected C: the tracked objects of generations 0..g, in the order
//      CPython merges them: [gen g][gen 0][gen 1]..[gen g-1] (§3.1). The
//      permanent generation and untracked objects are never in C.
//    * gc_refs(x) = refcount(x) - (references to x from members of C).
//      References from anything else (older generations, the permanent
//      generation, untracked tuples and dicts, gc.garbage, roots) are
//      external: the collector never subtracts them (§3.2).
//    * unreachable U: members of C not reachable, through references
//      between members of C, from a member with gc_refs > 0. U keeps C's
//      order (§3.2.4: a truly unreachable object is moved exactly once).
//    * legacy closure F: the tp_del members of U, in U order, then every
//      member of U they reach, breadth-first in traverse order: CPython's
//      `finalizers` list (§3.4). F is uncollectable: the collector does not
//      finalize or clear it and keeps its weakrefs (trash weakrefs in U\F
//      pointing at F are still cleared). A member held only from U\F
//      (legacy_at_risk, or what only such a member holds) can still die by
//      refcount when U\F is finalized or cleared.
//    * finalizable U\F, in U order: the list handle_weakrefs and
//      finalize_garbage walk.
//    * cleared weakrefs (§3.6 pass 1), in clearing order: every live
//      weakref object in U\F, and every weakref in the list of a member of
//      U\F. Weakrefs to F members are NOT cleared. On 3.15
//      (HeapSnapshot::weakrefs_split) only the weakrefs with a callback in
//      those lists: trash weakrefs and callback-less ones stay live through
//      the finalizers.
//    * callbacks (§3.6 pass 2), in call order: for each member of U\F in
//      order, each weakref in its list, in list order, that has a callback
//      and is not itself in U\F. A weakref in F (it lost COLLECTING in §3.4)
//      does get its callback called.
//    * del calls (§3.7): members of U\F with __del__ and not FINALIZED, in
//      U order. Each must get exactly one __del__ during the collection.
// 2. PredictResurrection(start prediction, after, survivors), once
//    finalize_garbage has returned. `survivors` are the objects still in the
//    unreachable list (U\F minus what was freed during finalization). The
//    same gc_refs rule over the survivors alone splits them into resurrected
//    (reachable from a survivor with a reference from outside the
//    survivors) and final_unreachable, in survivor order (§3.8).
// 3. PredictCounts(...), when the collection ends (before gc.callbacks run
//    with "stop"): n, m and the gc.garbage appends (§3.9-3.12).
//
// What the oracle can and cannot predict exactly:
//  * Exact from `start`: C, U, F (as lists), the cleared weakrefs, the
//    callback queue and its order, the set of objects that must get __del__.
//  * Not from `start`: anything bodies do. Callback and finalizer bodies run
//    arbitrary gcops statements, so further __del__, tp_del and callback
//    events may happen during the collection (refcount deaths of objects
//    outside U\F, late weakrefs made by finalizers, gh-91636). The queued
//    callbacks still run in queue order, but other events can interleave.
//    The __del__ walk order is U order only while no body frees a later
//    member first (its __del__ then runs from its dealloc, early), so only
//    the set and the exactly-once rule are predictions.
//  * Objects freed during finalization leave the list and are not counted
//    (§3.7): which ones depends on bodies, so `survivors` is an input, and
//    the oracle only requires it to be a subsequence of U\F.
//  * m = |final_unreachable| + weakrefs freed right after their own
//    GC-invoked callback (§3.6 pass 2, e.g. 6.B-10). The latter depends on
//    bodies and is an input to PredictCounts.
//  * n = |F| minus (a) F members that died during finalization or
//    delete_garbage: a tp_del object whose only referrers were in U\F is
//    freed when they are cleared, or earlier if a __del__ body of one of
//    them drops the reference (`clear self.0`); its tp_del runs, and it
//    never reaches gc.garbage (verified on 3.11.7: a self-cycle holding a
//    non-cyclic legacy object returns 1, garbage []),
//    (b) F members that died and were resurrected by their own tp_del or
//    __del__ (re-tracked into gen 0, out of the list), and (c) weakrefs in F
//    whose callback ran: pass 2 moves a surviving weakref to `old`, out of
//    `finalizers` (verified on 3.11.7: a legacy self-cycle holding a
//    weakref with a callback to a trash self-cycle returns 2, not 3). (a)
//    and (b) are read from the end snapshot: an F member still in the list is
//    alive and not in gen 0 (gen 0 is empty while a collection runs, since it
//    is merged into the collected generation, and only dealloc-path
//    resurrection re-tracks into it). Which F members are at risk of (a) is
//    predicted: those with no referrer inside F.
//  * Every final_unreachable object is freed by the end of the collection
//    unless DEBUG_SAVEALL is set (then all of them are appended to
//    gc.garbage instead): nothing outside can reach them any more, and tuples
//    without tp_clear die when their referrers are cleared.
//  * DEBUG_SAVEALL is read when it is used, not when the collection starts:
//    delete_garbage reads it per object, handle_legacy_finalizers per
//    object after that (verified on 3.11.7: a __del__ run by
//    finalize_garbage that calls gc.set_debug(gc.DEBUG_SAVEALL) makes the
//    same collection append its final_unreachable set). A __del__ body can
//    set it, so the flag is an input to PredictCounts, at both moments.
//  * Order of resurrected objects in `old` is move_unreachable's order, not
//    predicted (only the set).
#ifndef GCFUZZ_ORACLE_PREDICT_H_
#define GCFUZZ_ORACLE_PREDICT_H_

#include <cstdint>
#include <map>
#include <span>
#include <vector>

#include "oracle/heap_snapshot.h"
#include "oracle/result.h"

namespace gcfuzz::oracle {

struct CollectionPrediction {
  int generation = 2;
  bool debug_saveall = false;
  std::vector<ObjId> collected;         // C, merged order
  std::map<ObjId, int64_t> gc_refs;     // for each member of C
  std::vector<ObjId> unreachable;       // U, in C order
  std::vector<ObjId> legacy;            // F, in `finalizers` order
  std::vector<ObjId> legacy_at_risk;    // F members with no referrer in F
  std::vector<ObjId> finalizable;       // U\F, in U order
  std::vector<ObjId> cleared_weakrefs;  // in pass-1 clearing order
  std::vector<ObjId> callbacks;  // weakrefs whose callback runs, in order
  std::vector<ObjId> del_calls;  // must get __del__ once, in U order

  bool operator==(const CollectionPrediction&) const = default;
};

// Validates `start` (ValidateSnapshot) and predicts step 1.
Result<CollectionPrediction> PredictCollection(const HeapSnapshot& start);

struct ResurrectionPrediction {
  std::vector<ObjId> resurrected;        // in survivor order (a set)
  std::vector<ObjId> final_unreachable;  // in survivor order
  bool operator==(const ResurrectionPrediction&) const = default;
};

// `after` is the heap when finalize_garbage has returned; `survivors` the
// objects still in the collector's unreachable list, in list order. Errors
// if `after` is malformed or `survivors` is not a subsequence of
// start.finalizable made of objects alive in `after`.
Result<ResurrectionPrediction> PredictResurrection(
    const CollectionPrediction& start, const HeapSnapshot& after,
    std::span<const ObjId> survivors);

struct CountPrediction {
  int64_t collected = 0;                // m
  int64_t uncollectable = 0;            // n
  std::vector<ObjId> legacy_remaining;  // F members still in `finalizers`
  std::vector<ObjId> garbage_appends;   // what the collection appends, in order
  int64_t found() const { return collected + uncollectable; }
  bool operator==(const CountPrediction&) const = default;
};

// DEBUG_SAVEALL at the two moments the collection reads it: when
// delete_garbage starts (nothing runs between the end of finalize_garbage
// and then), and when handle_legacy_finalizers runs (at the end).
struct SaveAllFlags {
  bool in_delete = false;
  bool at_legacy = false;
};

// `end` is the heap when the collection has ended, before gc.callbacks run
// with "stop"; `weakrefs_freed_after_callback` how many of start.callbacks
// were freed when handle_weakrefs dropped its reference after their own
// callback. `saveall.in_delete` must be the flag for the whole of
// delete_garbage: if a body run by a tp_clear there changed it, which of
// final_unreachable got appended is not predictable from snapshots, and the
// caller checks that part itself (see CheckedCollectorBackend).
// `deallocated`: the objects whose deallocation began during the
// collection (a __del__ or tp_del ran from their dealloc): each left the
// finalizers list then, whatever became of it (a resurrected one is
// re-tracked young, and a gc.freeze() in a body may move it on).
Result<CountPrediction> PredictCounts(
    const CollectionPrediction& start,
    const ResurrectionPrediction& resurrection, const HeapSnapshot& end,
    int64_t weakrefs_freed_after_callback, SaveAllFlags saveall,
    std::span<const ObjId> deallocated = {});

// Whether `ids` contains `id` (linear; naive on purpose).
bool Contains(std::span<const ObjId> ids, ObjId id);

}  // namespace gcfuzz::oracle

#endif  // GCFUZZ_ORACLE_PREDICT_H_
