// collector/version_rules.h — every rule that differs between CPython
// versions, in one place.
//
// gcfuzz targets CPython 3.11 first. 3.12 moves automatic collection to the
// eval breaker, 3.13 changes threshold0 to 2000 and 3.14 brings (and then
// removes) the incremental collector and splits weakref clearing (see
// ../shared/spec/cpython-3.11-gc.md section 5). When another version is
// added, its rules go next to these, selected by PythonVersion; nothing
// outside this header may hard-code a version-specific constant.
#ifndef GCFUZZ_COLLECTOR_VERSION_RULES_H_
#define GCFUZZ_COLLECTOR_VERSION_RULES_H_

#include <array>
#include <cstdint>

#include "collector/faults.h"

namespace gcfuzz::collector {

enum class PythonVersion : uint8_t { k3_11, k3_13t };

inline constexpr int kNumGenerations = 3;

struct VersionRules {
  PythonVersion version;
  // gc.get_threshold() of a fresh interpreter.
  std::array<int32_t, kNumGenerations> default_thresholds;
  // True: a collection runs synchronously inside the allocation that pushes
  // count0 over threshold0 (3.11). False would mean "scheduled for the eval
  // breaker" (3.12+), which the model does not implement yet.
  bool collect_inside_allocation;
  // True: handle_weakrefs clears every weakref to unreachable objects before
  // finalizers run, and weakrefs created later by finalizers stay live
  // (3.11-3.13, the gh-91636 behaviour).
  bool clear_all_weakrefs_before_finalizers;
  // The divisor of the long-lived rule: a full collection from the
  // scheduler needs long_lived_pending >= long_lived_total / divisor.
  int64_t long_lived_divisor;
  // The trashcan's nesting limit for deallocation.
  int trashcan_limit;
};

inline constexpr VersionRules kPython3_11{
    PythonVersion::k3_11,
    {700, 10, 10},
    /*collect_inside_allocation=*/true,
    /*clear_all_weakrefs_before_finalizers=*/true,
    /*long_lived_divisor=*/4,
    /*trashcan_limit=*/50,
};

// CPython 3.13's free-threaded build (Python/gc_free_threading.c), as the
// model's free-threaded mode runs it (collector_mode.h). Only the
// scheduling differs here; the algorithm is in collect_ft.cc.
//   - young.threshold starts at 2000 (_PyGC_InitState); the old thresholds
//     keep 10, 10.
//   - The model has no eval breaker, so a due collection still runs inside
//     the allocation that made it due (as for 3.11); CPython schedules it
//     for the next eval-breaker check. CPython also buffers the count per
//     thread in steps of 512 (LOCAL_ALLOC_COUNT_THRESHOLD); the model, with
//     one thread, counts every allocation at once.
//   - The generation asked for is always 0, and any collection walks the
//     whole heap (ShouldCollectFreeThreaded, below).
inline constexpr VersionRules kPython3_13t{
    PythonVersion::k3_13t,
    {2000, 10, 10},
    /*collect_inside_allocation=*/true,
    /*clear_all_weakrefs_before_finalizers=*/true,
    /*long_lived_divisor=*/4,
    /*trashcan_limit=*/50,
};

// The scheduler's state, as in GCState: counts, thresholds, the long-lived
// counters and the enabled flag.
struct SchedulerState {
  std::array<int32_t, kNumGenerations> threshold;
  std::array<int64_t, kNumGenerations> count{0, 0, 0};
  int64_t long_lived_total = 0;
  int64_t long_lived_pending = 0;
  bool enabled = true;
};

// 3.11 `_PyObject_GC_Link` after count0 was incremented: should an automatic
// collection run now? (`collecting` is the caller's re-entrancy flag.)
inline bool ShouldCollectOnAllocation(const VersionRules& rules,
                                      const SchedulerState& s,
                                      bool collecting) {
  return rules.collect_inside_allocation && s.enabled && s.threshold[0] != 0 &&
         s.count[0] > s.threshold[0] && !collecting;
}

// 3.13t `gc_should_collect` after an allocation was counted: count0 over
// threshold0 (threshold0 != 0, enabled, not collecting), and, to avoid
// quadratic behaviour, count0 > long_lived_total / 4 unless threshold1 is 0.
// The free-threaded mode then collects "generation 0", which walks the
// whole heap like any free-threaded collection.
inline bool ShouldCollectFreeThreaded(const VersionRules& rules,
                                      const SchedulerState& s,
                                      bool collecting) {
  if (!rules.collect_inside_allocation || !s.enabled || collecting)
    return false;
  if (s.threshold[0] == 0 || s.count[0] <= s.threshold[0]) return false;
  return s.count[0] > s.long_lived_total / rules.long_lived_divisor ||
         s.threshold[1] == 0;
}

// 3.11 `gc_collect_generations`: the oldest generation whose count exceeds
// its threshold, except that generation 2 is skipped (falling through to 1)
// while long_lived_pending < long_lived_total / 4. Returns -1 when none
// qualifies (cannot happen right after ShouldCollectOnAllocation, since
// count0 > threshold0).
inline int ChooseGeneration(const VersionRules& rules,
                            const SchedulerState& s) {
  for (int i = kNumGenerations - 1; i >= 0; --i) {
    if (s.count[i] > s.threshold[i]) {
      const int64_t pass_over_below =
          s.long_lived_total / rules.long_lived_divisor -
          (PlantedFault(Fault::kLongLivedRuleOffByOne) ? 1 : 0);
      if (i == kNumGenerations - 1 && s.long_lived_pending < pass_over_below) {
        continue;
      }
      return i;
    }
  }
  return -1;
}

// Counter updates at the start of a collection of `gen` (gc_collect_main):
// the next older generation's count goes up, this and younger ones reset.
inline void OnCollectionStart(SchedulerState& s, int gen) {
  if (gen + 1 < kNumGenerations) s.count[gen + 1] += 1;
  for (int i = 0; i <= gen; ++i) s.count[i] = 0;
}

// Long-lived bookkeeping once the survivors of `gen` are known
// (`survivors` = len(young) after untrack_tuples/untrack_dicts).
inline void OnSurvivors(SchedulerState& s, int gen, int64_t survivors) {
  if (gen == 1) s.long_lived_pending += survivors;
  if (gen == kNumGenerations - 1) {
    s.long_lived_pending = 0;
    s.long_lived_total = survivors;
  }
}

}  // namespace gcfuzz::collector

#endif  // GCFUZZ_COLLECTOR_VERSION_RULES_H_
