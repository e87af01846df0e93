// collector/faults.h — deliberately broken variants of the collector, for
// planted-bug tests that prove the fuzzers find what they should (the way
// libFuzzer and libprotobuf-mutator test themselves on planted bugs).
//
// TEST-ONLY. The faults exist only where the collector is compiled with
// GCFUZZ_FAULT_INJECTION=1 (the CMake option, on in the dev and ci presets;
// each fault is off until a planted-bug test switches it on); in every
// other build (fuzz, release, OSS-Fuzz) PlantedFault() is a constant false
// and each fault's branch compiles away. Every fault keeps the collector
// memory-safe: it changes *what* the collector decides, never the integrity of
// its lists.
#ifndef GCFUZZ_COLLECTOR_FAULTS_H_
#define GCFUZZ_COLLECTOR_FAULTS_H_

#include <cstdint>

namespace gcfuzz::collector {

enum class Fault : uint8_t {
  kNone,
  // handle_weakrefs also runs the callbacks of weakrefs that are trash
  // themselves (CPython never calls those).
  kTrashWeakrefCallbackCalled,
  // finalize_garbage calls __del__ but never sets FINALIZED, so a
  // resurrected object is finalized again by a later collection.
  kFinalizedNotSet,
  // handle_resurrected_objects is skipped: objects a finalizer resurrected
  // are cleared with the rest of the garbage.
  kResurrectedCleared,
  // A collection of generation g merges the younger generations newest
  // first (g-1 .. 0) instead of 0 .. g-1.
  kMergeOrderReversed,
  // Only the tp_del objects themselves are uncollectable, not the objects
  // they reach (move_legacy_finalizer_reachable skipped).
  kLegacyClosureSkipped,
  // PyObject_ClearWeakRefs runs several callbacks oldest first.
  kCallbacksOldestFirst,
  // Free-threaded mode (collect_ft.cc): move_legacy_finalizer_reachable
  // does not mark what tp_del objects reach, so those objects are
  // finalized and cleared with the collectable garbage.
  kFtLegacyClosureSkipped,
  // Scheduling (version_rules.h ChooseGeneration): the 25% long-lived rule
  // off by one — generation 2 is passed over only while
  // long_lived_pending < long_lived_total / 4 - 1.
  kLongLivedRuleOffByOne,
  // 3.12+: an automatic collection runs inside the allocation that crosses
  // threshold0 (3.11's way) instead of at the eval breaker after it.
  kScheduledCollectionInsideAllocation,
  // 3.15: handle_weakref_callbacks also clears weakrefs without a callback
  // before the finalizers (3.11's way).
  kSplitClearsCallbacklessWeakrefs,
  // 3.15: clear_weakrefs after resurrection is skipped, so a weakref a
  // finalizer made to the garbage calls back in delete_garbage.
  kLateWeakrefsNotCleared,
  // 3.14+: full collections still untrack dicts holding nothing trackable.
  kDictsUntrackedByFullCollection,
  // 3.14: the first increment after a full collection or a completed
  // scavenge collects at once instead of only marking.
  kFirstStepCollects,
  // 3.14: a full collection examines young first (young, visited, pending)
  // instead of visited, pending, young.
  kFullCollectionYoungFirst,
};

#if defined(GCFUZZ_FAULT_INJECTION) && GCFUZZ_FAULT_INJECTION
// The fault this process plants; kNone by default.
Fault& ActiveFaultForTesting();
inline bool PlantedFault(Fault f) { return ActiveFaultForTesting() == f; }
#else
constexpr bool PlantedFault(Fault) { return false; }
#endif

}  // namespace gcfuzz::collector

#endif  // GCFUZZ_COLLECTOR_FAULTS_H_
