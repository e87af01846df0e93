// collector/collect.cc — one collection: CPython 3.11's gc_collect_main and
// its phases (spec cpython-3.11-gc.md section 3), plus the gc.callbacks
// wrapper (gc_collect_with_callback).
//
// Each phase states its post-condition. Working lists are GcHead sentinels
// on the C++ stack; objects move between lists by relinking their headers,
// so a collection allocates nothing per object (observer reports aside).
// In GCFUZZ_VERIFY builds the lists are validated (ValidateList) at the
// boundaries where CPython's GC_DEBUG build calls validate_list, plus the
// counting state after subtract_refs and final_unreachable's state.
#include <chrono>
#include <cstdio>
#include <string>

#include "collector/check.h"
#include "collector/faults.h"
#include "collector/heap.h"

namespace gcfuzz::collector {

namespace {

// VerifyHeap is O(heap); collections over larger heaps skip it so
// benchmark-sized runs stay linear. A run that collects very often over a
// big heap (thousands of automatic collections from nested finalizers)
// would be quadratic in it: after kVerifyWorkBudget objects verified, only
// one collection in kVerifyStrideAfterBudget is verified around.
constexpr size_t kVerifyCollectionMaxObjects = 200000;
constexpr uint64_t kVerifyWorkBudget = 4'000'000;
constexpr uint64_t kVerifyStrideAfterBudget = 64;

bool IsInstanceWithTpDel(const Heap& heap, Object* o) {
  return o->kind == ObjKind::kInstance &&
         heap.ClassOf(static_cast<Instance*>(o)).has_tp_del;
}

// Member ids in list order; `list` may be in the unreachable state.
std::vector<ObjId> IdsOf(const GcHead* list) {
  std::vector<ObjId> ids;
  for (const GcHead* g = Next(list); g != list; g = NextPtr(g))
    ids.push_back(FromGc(g)->id);
  return ids;
}

}  // namespace

// The phases, with access to the heap's internals.
class CollectionPhases {
 public:
  explicit CollectionPhases(Heap& heap) : h_(heap) {}

  // The younger generations go onto the tail of `gen`, oldest first:
  // a full collection sees [gen2][gen0][gen1].
  void MergeYoungerGenerations(int gen) {
    if (PlantedFault(Fault::kMergeOrderReversed)) {
      for (int i = gen - 1; i >= 0; --i)
        ListMerge(&h_.generations_[i], &h_.generations_[gen]);
      return;
    }
    for (int i = 0; i < gen; ++i)
      ListMerge(&h_.generations_[i], &h_.generations_[gen]);
  }

  // update_refs: gc_refs := refcount and COLLECTING for every object.
  static void UpdateRefs(GcHead* containers) {
    for (GcHead* g = Next(containers); g != containers; g = Next(g)) {
      Object* op = FromGc(g);
      GCFUZZ_CHECK_OBJ(op->refcnt > 0, op, "tracked object with refcount 0");
      ResetRefs(g, op->refcnt);
    }
  }

  // subtract_refs: post: gc_refs = references from outside `containers`.
  static void SubtractRefs(GcHead* containers) {
    for (GcHead* g = Next(containers); g != containers; g = Next(g)) {
      Traverse(FromGc(g), [](Object* r) {
        if (IsCollecting(&r->gc)) DecrementRefs(&r->gc);
      });
    }
  }

  // visit_reachable: a referent still COLLECTING is reachable; if it was
  // moved to `unreachable` already, it goes back to the tail of `young`.
  static void VisitReachable(Object* op, GcHead* young) {
    GcHead* g = &op->gc;
    if (!IsCollecting(g)) return;
    if (g->next & kNextUnreachable) {
      GcHead* prev = Prev(g);
      GcHead* next = reinterpret_cast<GcHead*>(g->next & ~kNextUnreachable);
      prev->next = g->next;  // keeps prev's unreachable bit
      SetPrev(next, prev);
      ListAppend(g, young);
      SetRefs(g, 1);
    } else if (GetRefs(g) == 0) {
      SetRefs(g, 1);  // not scanned yet: it will be, as reachable
    }
  }

  // move_unreachable. Invariants while scanning, as CPython's: objects
  // before the scan point are reachable, prev is a pointer again and
  // COLLECTING is clear; objects after it hold gc_refs in prev. Post:
  // `young` holds the reachable objects (rescued ones appended in rescue
  // order); `unreachable` the rest, in original relative order, with
  // kNextUnreachable set and COLLECTING still set.
  static void MoveUnreachable(GcHead* young, GcHead* unreachable) {
    GcHead* prev = young;
    GcHead* g = Next(young);
    while (g != young) {
      if (GetRefs(g) != 0) {
        Traverse(FromGc(g), [young](Object* r) { VisitReachable(r, young); });
        SetPrev(g, prev);
        ClearCollecting(g);
        prev = g;
      } else {
        prev->next = g->next;
        GcHead* last = reinterpret_cast<GcHead*>(unreachable->prev);
        last->next = kNextUnreachable | reinterpret_cast<uintptr_t>(g);
        SetPrev(g, last);
        g->next = kNextUnreachable | reinterpret_cast<uintptr_t>(unreachable);
        unreachable->prev = reinterpret_cast<uintptr_t>(g);
      }
      g = reinterpret_cast<GcHead*>(prev->next);
    }
    young->prev = reinterpret_cast<uintptr_t>(prev);
    unreachable->next &= ~kNextUnreachable;
  }

  // deduce_unreachable, with CPython's validate_list calls and one for
  // the counting state.
  void DeduceUnreachable(GcHead* base, GcHead* unreachable) {
    h_.ValidateAtBoundary(base, ListState::kTracked);
    UpdateRefs(base);
    SubtractRefs(base);
    h_.ValidateAtBoundary(base, ListState::kCounting);
    ListInit(unreachable);
    MoveUnreachable(base, unreachable);
    h_.ValidateAtBoundary(base, ListState::kTracked);
    h_.ValidateAtBoundary(unreachable, ListState::kUnreachable);
  }

  // untrack_tuples: an exact tuple none of whose items may be tracked.
  void UntrackTuples(GcHead* head) {
    GcHead* next;
    for (GcHead* g = Next(head); g != head; g = next) {
      next = Next(g);
      Object* op = FromGc(g);
      if (op->kind != ObjKind::kTuple) continue;
      auto* t = static_cast<Tuple*>(op);
      bool keep = false;
      for (uint32_t i = 0; i < t->size && !keep; ++i)
        keep = h_.MayBeTracked(t->items()[i]);
      if (!keep) ListRemove(g);
    }
  }

  // untrack_dicts (full collections): a dict none of whose values (or int
  // keys) may be tracked.
  void UntrackDicts(GcHead* head) {
    GcHead* next;
    for (GcHead* g = Next(head); g != head; g = next) {
      next = Next(g);
      Object* op = FromGc(g);
      if (op->kind != ObjKind::kDict) continue;
      bool keep = false;
      for (const DictEntry& e : static_cast<Dict*>(op)->entries)
        if (e.live && h_.MayBeTracked(e.value)) {
          keep = true;
          break;
        }
      if (!keep) ListRemove(g);
    }
  }

  // The survivors in `young` move to the next generation, or, in a full
  // collection, stay after untrack_dicts; either way the scheduler learns
  // their number where CPython's long_lived counters do. gc_list_size
  // counts every tracked survivor: the interpreter's temporaries that a
  // collection run from a callback finds alive (PyObject_ClearWeakRefs'
  // tuple, weakref.ref's argument tuple) count as program objects do.
  void MoveSurvivors(int gen, GcHead* young, GcHead* old) {
    if (young != old) {
      if (gen == 1) OnSurvivors(h_.sched_, gen, ListSize(young));
      ListMerge(young, old);
    } else {
      if (h_.rules_.dicts_untracked ||
          PlantedFault(Fault::kDictsUntrackedByFullCollection))
        UntrackDicts(young);
      OnSurvivors(h_.sched_, gen, ListSize(young));
    }
  }

  // move_legacy_finalizers: post: `unreachable` has no kNextUnreachable
  // bits; objects with tp_del are in `finalizers`, COLLECTING cleared.
  void MoveLegacyFinalizers(GcHead* unreachable, GcHead* finalizers) {
    GcHead* next;
    for (GcHead* g = Next(unreachable); g != unreachable; g = next) {
      g->next &= ~kNextUnreachable;
      next = Next(g);
      if (IsInstanceWithTpDel(h_, FromGc(g))) {
        ClearCollecting(g);
        ListMove(g, finalizers);
      }
    }
  }

  // move_legacy_finalizer_reachable: BFS closure of `finalizers` over
  // objects still in `unreachable` (those still COLLECTING).
  static void MoveLegacyFinalizerReachable(GcHead* finalizers) {
    if (PlantedFault(Fault::kLegacyClosureSkipped)) return;
    for (GcHead* g = Next(finalizers); g != finalizers; g = Next(g)) {
      Traverse(FromGc(g), [finalizers](Object* r) {
        if (IsCollecting(&r->gc)) {
          ListMove(&r->gc, finalizers);
          ClearCollecting(&r->gc);
        }
      });
    }
  }

  // handle_weakrefs. Pass 1 clears every weakref that is itself trash and
  // every weakref to a trash object (keeping callbacks); weakrefs with a
  // callback that are not trash go to wrcb_to_call with a reference.
  // Pass 2 calls them in order; survivors move to `old`, the ones freed by
  // their own callback are counted. Returns that count.
  int64_t HandleWeakrefs(GcHead* unreachable, GcHead* old) {
    std::vector<Weakref*> planted_trash_callbacks;  // faults.h only
    GcHead wrcb_to_call;
    ListInit(&wrcb_to_call);
    // 3.15 (gh-135552): only weakrefs with a callback are cleared here;
    // trash weakrefs and callback-less ones stay live through the
    // finalizers, and ClearWeakrefs clears what is still trash afterwards.
    const bool clear_all = h_.rules_.clear_all_weakrefs_before_finalizers;
    const bool clear_callbackless =
        clear_all || PlantedFault(Fault::kSplitClearsCallbacklessWeakrefs);
    GcHead* next;
    for (GcHead* g = Next(unreachable); g != unreachable; g = next) {
      Object* op = FromGc(g);
      next = Next(g);
      if (clear_all) ClearTrashWeakref(op);
      if (op->kind != ObjKind::kInstance) continue;
      auto* inst = static_cast<Instance*>(op);
      if (!h_.ClassOf(inst).weakrefable) continue;
      Weakref* wr_next = nullptr;
      for (Weakref* wr = inst->weaklist; wr != nullptr;
           wr = clear_all ? inst->weaklist : wr_next) {
        wr_next = wr->wr_next;  // read first: clearing unlinks wr
        if (!clear_callbackless && !wr->callback) continue;
        h_.ClearWeakrefKeepCallback(wr);
        if (h_.report_ != nullptr)
          h_.report_->cleared_weakrefs.push_back(wr->id);
        if (!wr->callback) continue;
        if (IsCollecting(&wr->gc)) {  // trash itself: never called
          if (PlantedFault(Fault::kTrashWeakrefCallbackCalled)) {
            h_.Pin(wr);
            planted_trash_callbacks.push_back(wr);
          }
          continue;
        }
        GCFUZZ_CHECK_OBJ(IsTracked(&wr->gc), wr, "live weakref not tracked");
        if (h_.report_ != nullptr)
          h_.report_->queued_callbacks.push_back(wr->id);
        h_.Pin(wr);
        ListMove(&wr->gc, &wrcb_to_call);
      }
    }
    int64_t num_freed = 0;
    while (!ListIsEmpty(&wrcb_to_call)) {
      GcHead* g = Next(&wrcb_to_call);
      auto* wr = static_cast<Weakref*>(FromGc(g));
      h_.RunWeakrefCallback(wr);
      h_.Unpin(wr);  // may free it
      if (Next(&wrcb_to_call) == g)
        ListMove(g, old);
      else
        ++num_freed;
    }
    for (Weakref* wr : planted_trash_callbacks) {
      h_.RunWeakrefCallback(wr);
      h_.Unpin(wr);
    }
    return num_freed;
  }

  // A weakref that is itself trash is cleared whatever its referent (its
  // callback kept, never called); the oracle's report hears of it.
  void ClearTrashWeakref(Object* op) {
    if (!IsWeakrefKind(op->kind)) return;
    auto* self = static_cast<Weakref*>(op);
    if (h_.report_ != nullptr && self->referent != nullptr)
      h_.report_->cleared_weakrefs.push_back(op->id);
    h_.ClearWeakrefKeepCallback(self);
  }

  // clear_weakrefs (3.15, gh-91636): after resurrection, every weakref
  // that is still trash, and every weakref to a trash object (made before
  // the collection or by its finalizers and callbacks), is cleared with no
  // call, so no callback runs while the trash is torn down.
  void ClearWeakrefs(GcHead* final_unreachable) {
    for (GcHead* g = Next(final_unreachable); g != final_unreachable;
         g = Next(g)) {
      Object* op = FromGc(g);
      ClearTrashWeakref(op);
      if (op->kind != ObjKind::kInstance) continue;
      auto* inst = static_cast<Instance*>(op);
      while (inst->weaklist != nullptr) {
        if (h_.report_ != nullptr)
          h_.report_->cleared_weakrefs.push_back(inst->weaklist->id);
        h_.ClearWeakrefKeepCallback(inst->weaklist);
      }
    }
  }

  // finalize_garbage: each object's __del__ at most once (FINALIZED set
  // before the call). Objects freed meanwhile leave the list. Post: the
  // list holds the survivors in their original order.
  void FinalizeGarbage(GcHead* collectable) {
    GcHead seen;
    ListInit(&seen);
    while (!ListIsEmpty(collectable)) {
      GcHead* g = Next(collectable);
      Object* op = FromGc(g);
      ListMove(g, &seen);
      if (!IsFinalized(g) && op->kind == ObjKind::kInstance &&
          h_.ClassOf(static_cast<Instance*>(op)).has_del) {
        if (!PlantedFault(Fault::kFinalizedNotSet)) SetFinalized(g);
        h_.Pin(op);
        h_.EnterBody(kFinalizerBodyUnits);
        h_.CallHost([&](gcops::Host& host) { host.OnDel(op->id); });
        h_.LeaveBody(kFinalizerBodyUnits);
        h_.Unpin(op);
      }
    }
    ListMerge(&seen, collectable);
  }

  // handle_resurrected_objects: a second deduce_unreachable over the
  // unreachable set alone; what is referenced from outside it (and what
  // that reaches) moves to `old`. Post: `still_unreachable` holds the rest
  // in original order, COLLECTING set, no kNextUnreachable bits.
  // When no program code ran since move_unreachable (`program_code_ran`
  // false), no reference into the set can have been made: the pass would
  // find every object still unreachable, in the same order, with
  // COLLECTING still set, so the set is taken as it is (and always is
  // under the planted kResurrectedCleared).
  void HandleResurrected(GcHead* unreachable, GcHead* still_unreachable,
                         GcHead* old, bool program_code_ran) {
    if (!program_code_ran || PlantedFault(Fault::kResurrectedCleared)) {
      ListInit(still_unreachable);
      ListMerge(unreachable, still_unreachable);
      return;
    }
    for (GcHead* g = Next(unreachable); g != unreachable; g = Next(g))
      ClearCollecting(g);
    DeduceUnreachable(unreachable, still_unreachable);
    GcHead* next;
    for (GcHead* g = Next(still_unreachable); g != still_unreachable;
         g = next) {
      g->next &= ~kNextUnreachable;
      next = Next(g);
    }
    h_.ReportIds(&CollectionReport::resurrected, unreachable);
    ListMerge(unreachable, old);
  }

  // delete_garbage: tp_clear each object (or, under DEBUG_SAVEALL, append
  // it to gc.garbage); an object still at the head afterwards survived its
  // clear and moves to `old`.
  void DeleteGarbage(GcHead* collectable, GcHead* old) {
    while (!ListIsEmpty(collectable)) {
      GcHead* g = Next(collectable);
      Object* op = FromGc(g);
      GCFUZZ_CHECK_OBJ(op->refcnt > 0, op, "refcount is too small");
      if (h_.debug_ & gcops::kDebugSaveAll) {
        h_.AppendGarbage(op);
      } else if (Heap::HasClear(op)) {
        h_.Pin(op);
        h_.Clear(op);
        h_.Unpin(op);
      }
      if (Next(collectable) == g) {
        ClearCollecting(g);
        ListMove(g, old);
      }
    }
  }

  // handle_legacy_finalizers: tp_del objects (every object under SAVEALL)
  // to gc.garbage, then the whole set to `old`.
  void HandleLegacyFinalizers(GcHead* finalizers, GcHead* old) {
    for (GcHead* g = Next(finalizers); g != finalizers; g = Next(g)) {
      Object* op = FromGc(g);
      if ((h_.debug_ & gcops::kDebugSaveAll) || IsInstanceWithTpDel(h_, op))
        h_.AppendGarbage(op);
    }
    ListMerge(finalizers, old);
  }

 private:
  Heap& h_;
};

// gc_collect_main. Returns {m, n}: collected, uncollectable. The body is
// CPython's steps in CPython's order: the phases (CollectionPhases), the
// validate_list calls, and helpers for what only the model does (the
// observer's report, debug output), each inert when its feature is off.
std::pair<int64_t, int64_t> Heap::CollectMain(int gen, bool automatic) {
  CollectionPhases phases(*this);
  CollectionReport report;
  BeginObserving(gen, automatic, report);
  MaybeVerifyAroundCollection();
  const std::chrono::steady_clock::time_point t0 = DebugStatsStart(gen);
  OnCollectionStart(sched_, gen);
  phases.MergeYoungerGenerations(gen);
  GcHead* young = &generations_[gen];
  GcHead* old = gen + 1 < kNumGenerations ? &generations_[gen + 1] : young;
  NotifyCollectionStart(gen);
  return CollectFrom(young, old, gen, /*region=*/false, t0, report);
}

// gc_collect_region (3.14): the examined list is given; no counters.
std::pair<int64_t, int64_t> Heap::CollectRegion(GcHead* from, GcHead* to,
                                                int gen, bool automatic,
                                                GcHead* then) {
  // `from` and `to` may be working lists, where VerifyHeap would not find
  // their objects: CollectIncremental verifies around the whole step.
  CollectionReport report;
  BeginObserving(gen, automatic, report);
  const std::chrono::steady_clock::time_point t0 = DebugStatsStart(gen);
  region_ = from;  // the observer reads the region at the start only
  NotifyCollectionStart(gen);
  region_ = nullptr;
  return CollectFrom(from, to, gen, /*region=*/true, t0, report, then);
}

void Heap::UntrackTuplesIn(GcHead* list) {
  CollectionPhases phases(*this);
  phases.UntrackTuples(list);
}

std::pair<int64_t, int64_t> Heap::CollectFrom(
    GcHead* young, GcHead* old, int gen, bool region,
    std::chrono::steady_clock::time_point t0, CollectionReport& report,
    GcHead* then) {
  CollectionPhases phases(*this);
  ValidateOlder(old, young);

  GcHead unreachable;
  phases.DeduceUnreachable(young, &unreachable);
  ReportIds(&CollectionReport::unreachable, &unreachable);
  phases.UntrackTuples(young);
  if (!region) {
    phases.MoveSurvivors(gen, young, old);
  } else if (young != old) {
    ListMerge(young, old);
  }

  GcHead finalizers;
  ListInit(&finalizers);
  phases.MoveLegacyFinalizers(&unreachable, &finalizers);
  phases.MoveLegacyFinalizerReachable(&finalizers);
  ValidateAtBoundary(&finalizers, ListState::kTracked);
  ValidateAtBoundary(&unreachable, ListState::kUnreachableUnmasked);
  ReportIds(&CollectionReport::finalizers, &finalizers);
  // DEBUG_COLLECTABLE (spec 3.5): after the legacy split, before weakrefs.
  DebugEachObject(gcops::kDebugCollectable, "collectable", &unreachable);

  const uint64_t host_calls_before_weakrefs = host_calls_;
  int64_t m = phases.HandleWeakrefs(&unreachable, old);
  ValidateOlder(old, young);
  ValidateAtBoundary(&unreachable, ListState::kUnreachableUnmasked);
  phases.FinalizeGarbage(&unreachable);
  NotifyAfterFinalize(&unreachable);

  GcHead final_unreachable;
  phases.HandleResurrected(
      &unreachable, &final_unreachable, old,
      /*program_code_ran=*/host_calls_ != host_calls_before_weakrefs);
  ValidateAtBoundary(&final_unreachable, ListState::kUnreachableUnmasked);
  ReportIds(&CollectionReport::final_unreachable, &final_unreachable);
  if (!rules_.clear_all_weakrefs_before_finalizers &&
      !PlantedFault(Fault::kLateWeakrefsNotCleared))
    phases.ClearWeakrefs(&final_unreachable);
  m += ListSize(&final_unreachable);
  phases.DeleteGarbage(&final_unreachable, old);

  const int64_t n = ListSize(&finalizers);
  // DEBUG_UNCOLLECTABLE and the closing DEBUG_STATS line (spec 3.10).
  DebugEachObject(gcops::kDebugUncollectable, "uncollectable", &finalizers);
  DebugDoneLine(m, n, t0);
  phases.HandleLegacyFinalizers(&finalizers, old);
  ValidateOlder(old, young);
  if (then != nullptr) ListMerge(old, then);

  EndCollection(gen, m, n, report);
  return {m, n};
}

std::vector<ObjId> Heap::ExaminedRegion() const {
  return region_ != nullptr ? IdsOf(region_) : std::vector<ObjId>{};
}

void Heap::BeginObserving(int gen, bool automatic, CollectionReport& report) {
  if (observer_ == nullptr) return;
  report.generation = gen;
  report.automatic = automatic;
  report_ = &report;
}

// After the merge, before update_refs.
void Heap::NotifyCollectionStart(int gen) {
  if (observer_ != nullptr) observer_->OnCollectionStart(*this, gen);
}

// After finalize_garbage, before handle_resurrected_objects.
void Heap::NotifyAfterFinalize(const GcHead* unreachable) {
  if (observer_ != nullptr) observer_->AfterFinalize(*this, IdsOf(unreachable));
}

void Heap::ReportIds(std::vector<ObjId> CollectionReport::*field,
                     const GcHead* list) {
  if (report_ != nullptr) report_->*field = IdsOf(list);
}

// DEBUG_STATS (spec 3.1): sizes before the merge; the clock starts here.
std::chrono::steady_clock::time_point Heap::DebugStatsStart(int gen) const {
  if (!(debug_ & gcops::kDebugStats)) return {};
  const std::chrono::steady_clock::time_point t0 =
      std::chrono::steady_clock::now();
  DebugLine("gc: collecting generation " + std::to_string(gen) + "...");
  DebugLine(
      "gc: objects in each generation: " + std::to_string(GenerationSize(0)) +
      " " + std::to_string(GenerationSize(1)) + " " +
      std::to_string(GenerationSize(2)));
  DebugLine("gc: objects in permanent generation: " +
            std::to_string(PermanentSize()));
  return t0;
}

void Heap::DebugEachObject(uint32_t flag, const char* what,
                           const GcHead* list) const {
  if (!(debug_ & flag)) return;
  for (const GcHead* g = Next(list); g != list; g = Next(g))
    DebugLine(std::string("gc: ") + what + " " + DebugRepr(FromGc(g)));
}

void Heap::ValidateAtBoundary(GcHead* list, ListState state) {
#if defined(GCFUZZ_VERIFY) && GCFUZZ_VERIFY
  if (list_check_hook_for_testing_) list_check_hook_for_testing_(list, state);
  ValidateList(list, state);
#else
  (void)list;
  (void)state;
#endif
}

void Heap::ValidateOlder(GcHead* old, const GcHead* young) {
  if (old == young || live_ <= kVerifyCollectionMaxObjects)
    ValidateAtBoundary(old, ListState::kTracked);
}

void Heap::MaybeVerifyAroundCollection() {
#if defined(GCFUZZ_VERIFY) && GCFUZZ_VERIFY
  if (live_ > kVerifyCollectionMaxObjects) return;
  if (verify_work_ > kVerifyWorkBudget &&
      ++verify_skipped_ % kVerifyStrideAfterBudget != 0)
    return;
  verify_work_ += live_;
  VerifyHeap();
#endif
}

void Heap::DebugDoneLine(int64_t m, int64_t n,
                         std::chrono::steady_clock::time_point t0) const {
  if (!(debug_ & gcops::kDebugStats)) return;
  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0)
          .count();
  char buf[128];
  std::snprintf(buf, sizeof buf,
                "gc: done, %lld unreachable, %lld uncollectable, %.4fs elapsed",
                static_cast<long long>(n + m), static_cast<long long>(n), secs);
  DebugLine(buf);
}

void Heap::EndCollection(int gen, int64_t m, int64_t n,
                         CollectionReport& report) {
  stats_[gen].collections += 1;
  stats_[gen].collected += m;
  stats_[gen].uncollectable += n;
  if (report_ != nullptr) {
    report.collected = m;
    report.uncollectable = n;
    report_ = nullptr;
    observer_->OnCollectionEnd(*this, report);
  }
  if (!rules_.incremental) MaybeVerifyAroundCollection();
}

// invoke_gc_callback: the list's length is read on every step, so a
// callback appended by a callback runs in the same phase.
//
// Where the count follows tracking (3.14.2, INC-3) two interpreter objects
// count too, though no collection can see them (the `collecting` flag is
// held, so none runs): the `info` dict, built before the first callback
// (the translation's observer is always there) and freed after the last;
// and, for each program callback, the `(phase, info)` argument tuple that
// calling the translation's callable entry object makes (a class instance
// has no vectorcall). Made on the way in and freed on the way out, they
// cancel unless a body brings the count to 0, where untracking stops
// subtracting: the raised floor is what changes later budgets (sweep seed
// 35004557, corpus/regressions/v314_gc_callback_objects_raise_the_count_floor).
void Heap::InvokeGcCallbacks(bool start, int gen, int64_t m, int64_t n) {
  const bool counts_interpreter_objects = rules_.incremental;
  if (counts_interpreter_objects) CountTrack(nullptr);  // info
  for (size_t i = 0; i < callbacks_.size(); ++i) {
    uint32_t index = callbacks_[i];
    if (counts_interpreter_objects) CountTrack(nullptr);  // (phase, info)
    EnterBody(kCallbackBodyUnits);
    CallHost([&](gcops::Host& h) { h.OnGcCallback(index, start, gen, m, n); });
    LeaveBody(kCallbackBodyUnits);
    if (counts_interpreter_objects) CountUntrack(nullptr);
  }
  if (counts_interpreter_objects) CountUntrack(nullptr);
}

// gc_collect_with_callback; the caller holds the `collecting` flag.
int64_t Heap::CollectWithCallbacks(int gen, bool automatic) {
  InvokeGcCallbacks(/*start=*/true, gen, 0, 0);
  // Plain locals, not a structured binding: clang 14 cannot capture those.
  const auto counts = mode_ == CollectorMode::kFreeThreaded
                          ? CollectMainFreeThreaded(gen, automatic)
                      : rules_.incremental ? CollectIncremental(gen, automatic)
                                           : CollectMain(gen, automatic);
  const int64_t m = counts.first;
  const int64_t n = counts.second;
  // A full collection of the generational collector ends with CPython's
  // clear of its free lists, each freed object subtracting 1 from count0
  // (not below 0): a running interpreter holds more of them than any
  // collection's bodies make, so what those bodies made is no longer
  // counted (measured on 3.11.7, 3.12.7, 3.13.2 and 3.15.0rc1; 3.14.2's
  // incremental collector gets there by its own counting;
  // docs/python-translation.md, "Counting").
  if (gen == kNumGenerations - 1 && !rules_.incremental &&
      mode_ != CollectorMode::kFreeThreaded)
    sched_.count[0] = 0;
  CallHost([&](gcops::Host& h) { h.OnCollectEnd(gen, m + n, automatic); });
  InvokeGcCallbacks(/*start=*/false, gen, m, n);
  return m + n;
}

}  // namespace gcfuzz::collector
