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
#include <string_view>

#include "collector/faults.h"

namespace gcfuzz::collector {

enum class PythonVersion : uint8_t {
  k3_11,
  k3_12,
  k3_13,
  k3_14,
  k3_15,
  k3_13t
};

inline constexpr int kNumGenerations = 3;

// Each field is one observable rule; the comment says which versions have
// which value and how it was established (CPython source read, or measured
// on the real interpreter: docs/versions.md, docs/versions-measured.md).
struct VersionRules {
  PythonVersion version;
  // "3.11": how `collector@3.11` and `# versions:` lines spell it.
  std::string_view name;
  // gc.get_threshold() of a fresh interpreter (measured on each version).
  std::array<int32_t, kNumGenerations> default_thresholds;
  // True (3.11): a collection runs synchronously inside the allocation that
  // pushes count0 over threshold0, before the new object exists. False
  // (3.12+): the allocation schedules it (_Py_ScheduleGC) and it runs at
  // the next eval-breaker check, which in the canonical translation is the
  // end of the call that made the object: the object exists, is tracked,
  // held by the caller and not yet bound (measured, docs/versions-measured.md
  // section 4). A scheduled collection finds the gc disabled: none runs.
  bool collect_inside_allocation;
  // True: handle_weakrefs clears every weakref to unreachable objects before
  // finalizers run, and weakrefs created later by finalizers stay live
  // (3.11-3.14.2, the gh-91636 behaviour). False: 3.15's split.
  bool clear_all_weakrefs_before_finalizers;
  // The divisor of the long-lived rule: a full collection from the
  // scheduler needs long_lived_pending >= long_lived_total / divisor.
  int64_t long_lived_divisor;
  // The trashcan's nesting limit for deallocation. 3.11 and 3.12 count
  // nesting levels (50); from 3.13 the trashcan defers only when the C
  // recursion budget runs low: measured, no deferral at depth 4,000 on the
  // 3.13-3.15 builds here (differential/worker/probes/trash_depth.py), and
  // the WebAssembly builds overflow their stack before depth 6,000. The
  // model's limit there is an assumption (open: native 3.13's C recursion
  // limit 10,000 less the trashcan's headroom of 50).
  int trashcan_limit;
  // True (3.11-3.13): a new dict is untracked, starts being tracked when a
  // value that may be tracked goes in (MAINTAIN_TRACKING), and full
  // collections untrack dicts holding nothing trackable. False (3.14+):
  // dicts are tracked from creation and never untracked (measured).
  bool dicts_untracked;
  // True (3.14+): a tuple none of whose items may be tracked is untracked
  // when it is made (measured); before 3.14 only a collection untracks it.
  bool untrack_tuples_at_creation;
  // True (3.14.2 only): the incremental collector (collect_incremental.cc,
  // docs/cpython-3.14-incremental.md): a young list and an old one in two
  // spaces; counting on tracking; collect(0) young, collect(1) and every
  // automatic collection one increment step, collect(2) full.
  bool incremental;
  // True: PyObject_ClearWeakRefs holds the weakrefs left after the basic
  // ref and proxy in a new tuple even when there is only one (CPython 3.13+
  // source, Objects/weakrefobject.c); 3.11's calls a lone callback
  // directly. The tuple is tracked, so 3.14.2 counts it and a step run by
  // the callback examines it (a sweep finding: a lone callback's
  // gc.collect(1) took a pending object the budget of count 1 would not
  // reach). 3.13 and 3.15 have it too: the tuple survives a `collect 1`
  // run by the callback into generation 2, where long_lived_pending counts
  // it (3.15 counting sweep, seed 7,616,400: real 3.13.2 and 3.15.0rc1 then
  // take generation 2 where the model took 0; corpus/regressions/
  // weakref_callback_tuple_survives_into_long_lived.gcops). 3.12.7 calls a
  // lone callback directly, as 3.11 does.
  bool weakref_callbacks_via_tuple;
  // Nested program code stops at the interpreter's recursion limit (0:
  // never, 3.11 and 3.12, whose trashcan unwinds dealloc chains every 50
  // levels, so bodies never nest deep). On the 3.13-3.15 builds here a
  // chain of finalizers, each deleting the next object, runs 165 bodies
  // and a chain of weakref callbacks 198; the next body's event happens,
  // but its first statement's call into the translation's runtime raises
  // RecursionError (reported as ignored), so the object it would delete
  // stays alive and the chain ends (measured on CPython 3.13.2, 3.14.2 and
  // 3.15.0rc1, where 3.12.7 and 3.11 ran all 1,499 and 800 levels:
  // corpus/regressions/body_chain_*). The model charges each running
  // finalizer or tp_del body kFinalizerBodyUnits and each callback body
  // (weakref, gc) kCallbackBodyUnits (Python frames of the translation per
  // level); a body whose charge takes the sum over this budget runs no
  // statement. 990 with 6 and 5 fits both measurements (165 * 6 = 990 <
  // 996, 198 * 5 = 990 < 995); mixes of kinds are fitted, not measured.
  // Without it the model recursed until its own stack overflowed (a 3.13
  // sweep finding, seed 92,113,651).
  int body_recursion_budget;
  // The largest tuple a tuple free list holds: 19 on 3.11 (size <
  // PyTuple_MAXSAVESIZE), 20 on 3.12, 3.13 and 3.15 (measured: 10 fresh
  // tuples of each size after 30 were freed; 3.11.7 counted sizes 20 and 21,
  // the others 21 only). PyObject_ClearWeakRefs' tuple has two items per
  // weakref (the weakref and its callback); one larger than this comes from
  // no free list, so its allocation counts (and may collect: 10 callbacks on
  // 3.11, a differential_fuzzer finding of 2026-12-07) and its free
  // subtracts. 3.14.2 counts every tracked tuple anyway (incremental).
  int tuple_free_list_max;
};

inline constexpr int kFinalizerBodyUnits = 6;
inline constexpr int kCallbackBodyUnits = 5;

inline constexpr VersionRules kPython3_11{
    PythonVersion::k3_11,
    "3.11",
    {700, 10, 10},
    /*collect_inside_allocation=*/true,
    /*clear_all_weakrefs_before_finalizers=*/true,
    /*long_lived_divisor=*/4,
    /*trashcan_limit=*/50,
    /*dicts_untracked=*/true,
    /*untrack_tuples_at_creation=*/false,
    /*incremental=*/false,
    /*weakref_callbacks_via_tuple=*/false,
    /*body_recursion_budget=*/0,
    /*tuple_free_list_max=*/19,
};

// 3.12 (Modules/gcmodule.c): 3.11's collector, run from the eval breaker.
// Measured identical to 3.11 on counting-free programs (600 generated,
// 2026-12-07). Not modelled: 3.12.7 runs a collection still pending when
// an explicit gc.collect() starts inside it (spec 5.3a); the canonical
// translation always reaches an eval-breaker check between an allocation
// and the next statement, so no program can leave one pending.
inline constexpr VersionRules kPython3_12{
    PythonVersion::k3_12,
    "3.12",
    {700, 10, 10},
    /*collect_inside_allocation=*/false,
    /*clear_all_weakrefs_before_finalizers=*/true,
    /*long_lived_divisor=*/4,
    /*trashcan_limit=*/50,
    /*dicts_untracked=*/true,
    /*untrack_tuples_at_creation=*/false,
    /*incremental=*/false,
    /*weakref_callbacks_via_tuple=*/false,
    /*body_recursion_budget=*/0,
    /*tuple_free_list_max=*/20,
};

// 3.13 (Python/gc.c, generational): threshold0 2000, the trashcan on the C
// recursion budget; the algorithm is 3.11's (measured identical on
// counting-free programs).
inline constexpr VersionRules kPython3_13{
    PythonVersion::k3_13,
    "3.13",
    {2000, 10, 10},
    /*collect_inside_allocation=*/false,
    /*clear_all_weakrefs_before_finalizers=*/true,
    /*long_lived_divisor=*/4,
    /*trashcan_limit=*/9950,
    /*dicts_untracked=*/true,
    /*untrack_tuples_at_creation=*/false,
    /*incremental=*/false,
    /*weakref_callbacks_via_tuple=*/true,
    /*body_recursion_budget=*/990,
    /*tuple_free_list_max=*/20,
};

// 3.14.2: the incremental collector (a young generation and an old one in
// two spaces). Its tracking rules are here; its collections are
// collect_incremental.cc's.
inline constexpr VersionRules kPython3_14{
    PythonVersion::k3_14,
    "3.14",
    {2000, 10, 0},
    /*collect_inside_allocation=*/false,
    /*clear_all_weakrefs_before_finalizers=*/true,
    /*long_lived_divisor=*/4,
    /*trashcan_limit=*/9950,
    /*dicts_untracked=*/false,
    /*untrack_tuples_at_creation=*/true,
    /*incremental=*/true,
    /*weakref_callbacks_via_tuple=*/true,
    /*body_recursion_budget=*/990,
    /*tuple_free_list_max=*/20,
};

// The incremental collector's heap_size (INC-14) counts every tracked
// object of the interpreter, and the real one's includes what the harness
// froze before the program (the interpreter, the gcfuzz runtime, earlier
// programs' classes): measured 21,872 on Pyodide 3.14.2 under the worker
// with the runtime imported, growing to ~26,000 as programs' classes pile
// up in the permanent generation. The model cannot know the interpreter's
// own objects, so it takes this constant plus the program's tracked
// objects: an assumption of the model. It matters only when a step's new
// objects exceed heap_size / (20 * threshold1) (about 110 at the default
// threshold1 of 10); below that the budget is 3 * new (INC-14).
inline constexpr int64_t kIncrementalHeapBaseline = 22000;

// 3.15.0rc1: generational again, with the weakref split (gh-135552,
// gh-91636) and 3.14's tracking.
inline constexpr VersionRules kPython3_15{
    PythonVersion::k3_15,
    "3.15",
    {2000, 10, 10},
    /*collect_inside_allocation=*/false,
    /*clear_all_weakrefs_before_finalizers=*/false,
    /*long_lived_divisor=*/4,
    /*trashcan_limit=*/9950,
    /*dicts_untracked=*/false,
    /*untrack_tuples_at_creation=*/true,
    /*incremental=*/false,
    /*weakref_callbacks_via_tuple=*/true,
    /*body_recursion_budget=*/990,
    /*tuple_free_list_max=*/20,
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
    "3.13t",
    {2000, 10, 10},
    /*collect_inside_allocation=*/true,
    /*clear_all_weakrefs_before_finalizers=*/true,
    /*long_lived_divisor=*/4,
    /*trashcan_limit=*/50,
    /*dicts_untracked=*/true,
    /*untrack_tuples_at_creation=*/false,
    /*incremental=*/false,
    /*weakref_callbacks_via_tuple=*/false,
    /*body_recursion_budget=*/0,
    /*tuple_free_list_max=*/20,
};

// The profiles `collector@V` names, oldest first: the one list of the
// versions the model runs (the CLI, the tests and the campaign read it).
inline constexpr std::array<const VersionRules*, 5> kVersionProfiles{
    &kPython3_11, &kPython3_12, &kPython3_13, &kPython3_14, &kPython3_15};

// The profile named `name` ("3.12"), or nullptr.
constexpr const VersionRules* FindVersionProfile(std::string_view name) {
  for (const VersionRules* r : kVersionProfiles)
    if (r->name == name) return r;
  return nullptr;
}

// The scheduler's state, as in GCState: counts, thresholds, the long-lived
// counters and the enabled flag.
struct SchedulerState {
  std::array<int32_t, kNumGenerations> threshold;
  std::array<int64_t, kNumGenerations> count{0, 0, 0};
  int64_t long_lived_total = 0;
  int64_t long_lived_pending = 0;
  bool enabled = true;
};

// `_PyObject_GC_Link` after count0 was incremented: is an automatic
// collection due? On 3.11 it runs now; from 3.12 it is scheduled for the
// eval breaker (VersionRules::collect_inside_allocation). `collecting` is
// the caller's re-entrancy flag.
inline bool ShouldCollectOnAllocation(const VersionRules& /*rules*/,
                                      const SchedulerState& s,
                                      bool collecting) {
  return s.enabled && s.threshold[0] != 0 && s.count[0] > s.threshold[0] &&
         !collecting;
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
