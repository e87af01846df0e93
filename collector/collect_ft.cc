// collector/collect_ft.cc — one collection of the free-threaded mode:
// CPython 3.13t's gc_collect_main / gc_collect_internal
// (Python/gc_free_threading.c), and the QSBR-delayed reclamation of freed
// memory (process_delayed_frees, _PyMem_FreeDelayed).
//
// The algorithm, phase by phase (names are gc_free_threading.c's):
//   heap walk     no generation lists: every phase that "visits the heaps"
//                 walks the tracked, not frozen objects in heap order. The
//                 model's heap order is ascending object id, i.e.
//                 allocation order (mimalloc visits pages and blocks in an
//                 address order the model does not have).
//   update_refs   gc_refs := refcount - kDeferredBias (deferred objects)
//                 - references from other walked objects (visit_decref);
//                 an exact tuple none of whose items may be tracked is
//                 untracked instead (gc_maybe_untrack).
//   mark_heap     every object with gc_refs > 0 and what it reaches loses
//                 UNREACHABLE (mark_reachable, an explicit stack).
//   scan_heap     what is still UNREACHABLE has deferred counting disabled,
//                 gets a worklist reference, and goes to `legacy` (tp_del)
//                 or `unreachable`; move_legacy_finalizer_reachable then
//                 moves what legacy objects reach to `legacy` too.
//   clear_weakrefs / call_weakref_callbacks / finalize_garbage /
//   handle_resurrected_objects / delete_garbage / handle_legacy_finalizers
//                 as in CPython, on worklists that hold a reference to each
//                 object (so nothing in them is freed before delete_garbage
//                 drops that reference).
//
// Worklists are LIFO stacks as in CPython (worklist_push prepends), so
// `unreachable` is walked in reverse heap order. CPython keeps gc_refs in
// ob_tid and the flags in ob_gc_bits; the model's GcHead words keep the
// generation-list links the rest of the heap relies on, so this collection
// keeps gc_refs and UNREACHABLE in a side table indexed by object id. No
// model memory is reused during a collection (frees are delayed by QSBR),
// so an entry also names its object, and a lookup checks the pointer.
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "collector/check.h"
#include "collector/faults.h"
#include "collector/heap.h"

// Under ASan, memory waiting for its QSBR goal is poisoned, so a model bug
// that touches a freed object is still reported (as it is in classic mode,
// where the memory is released at once).
#if defined(__SANITIZE_ADDRESS__)
#define GCFUZZ_FT_POISON 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define GCFUZZ_FT_POISON 1
#endif
#endif
#if defined(GCFUZZ_FT_POISON)
#include <sanitizer/asan_interface.h>
#endif

namespace gcfuzz::collector {

// A worklist: CPython's intrusive LIFO list. The head (most recently
// pushed) is the back of the vector.
class FtWorklist {
 public:
  void Push(Object* o) { items_.push_back(o); }
  Object* Pop() {
    if (items_.empty()) return nullptr;
    Object* o = items_.back();
    items_.pop_back();
    return o;
  }
  bool empty() const { return items_.empty(); }
  size_t size() const { return items_.size(); }
  // Head first: the order WORKSTACK_FOR_EACH walks.
  std::vector<Object*> HeadFirst() const {
    return std::vector<Object*>(items_.rbegin(), items_.rend());
  }
  // Replaces the contents with `head_first` (head first).
  void Assign(const std::vector<Object*>& head_first) {
    items_.assign(head_first.rbegin(), head_first.rend());
  }
  std::vector<ObjId> Ids() const {
    std::vector<ObjId> ids;
    for (auto it = items_.rbegin(); it != items_.rend(); ++it)
      ids.push_back((*it)->id);
    return ids;
  }

 private:
  std::vector<Object*> items_;
};

class FreeThreadedCollection {
 public:
  explicit FreeThreadedCollection(Heap& heap) : h_(heap) {}

  // gc_collect_internal. Returns {collected, uncollectable}.
  std::pair<int64_t, int64_t> Run(CollectionReport* report) {
    report_ = report;
    BuildTable();
    DeduceUnreachableHeap();
    if (report_ != nullptr) report_->finalizers = legacy_.Ids();
    if (h_.debug_ & gcops::kDebugCollectable) {
      for (Object* op : unreachable_.HeadFirst())
        h_.DebugLine("gc: collectable " + h_.DebugRepr(op));
    }
    h_.sched_.long_lived_total = long_lived_total_;
    ClearWeakrefs();
    // (The world restarts here in CPython; objs_to_decref is empty.)
    CallWeakrefCallbacks();
    FinalizeGarbage();
    if (h_.observer_ != nullptr)
      h_.observer_->AfterFinalize(h_, unreachable_.Ids());
    HandleResurrectedObjects();
    if (report_ != nullptr) report_->final_unreachable = unreachable_.Ids();
    DeleteGarbage();
    HandleLegacyFinalizers();
    return {collected_, uncollectable_};
  }

 private:
  struct Entry {
    Object* object = nullptr;
    int64_t refs = 0;   // gc_refs (CPython: ob_tid)
    int64_t local = 0;  // handle_resurrected's count (ob_ref_local)
    bool unreachable = false;
  };

  Entry* Find(const Object* o) {
    if (o->id >= table_.size()) return nullptr;
    Entry& e = table_[o->id];
    return e.object == o ? &e : nullptr;
  }
  bool IsUnreachable(const Object* o) {
    const Entry* e = Find(o);
    return e != nullptr && e->unreachable;
  }
  // gc_maybe_init_refs
  static void MaybeInitRefs(Entry& e) {
    if (!e.unreachable) {
      e.unreachable = true;
      e.refs = 0;
    }
  }

  // The heap walk: tracked objects that are not frozen (in the permanent
  // generation), in ascending id. Objects made later (by bodies) are not in
  // the table, so no phase mistakes them for members of this collection.
  void BuildTable() {
    std::vector<bool> frozen(h_.objects_.size(), false);
    for (GcHead* g = Next(&h_.permanent_); g != &h_.permanent_; g = Next(g))
      if (!IsHidden(FromGc(g))) frozen[FromGc(g)->id] = true;
    table_.assign(h_.objects_.size(), Entry{});
    for (Object* o : h_.objects_) {
      if (o == nullptr || !IsTracked(&o->gc) || frozen[o->id]) continue;
      table_[o->id].object = o;
      walk_.push_back(o);
    }
  }
  // op_from_block: walked objects that are still tracked.
  template <typename F>
  void VisitHeap(F&& visit) {
    for (Object* o : walk_)
      if (IsTracked(&o->gc)) visit(o);
  }

  // update_refs, over the whole heap.
  void UpdateRefs() {
    VisitHeap([this](Object* op) {
      Entry& e = *Find(op);
      int64_t refcount = op->refcnt;
      const bool deferred = Heap::IsDeferred(op);
      if (deferred) refcount -= kDeferredBias;
      GCFUZZ_CHECK_OBJ(refcount >= 0, op, "refcount below the deferred bias");
      if (refcount > 0 && !deferred && MaybeUntrack(op)) {
        e.unreachable = false;  // gc_restore_refs
        return;
      }
      MaybeInitRefs(e);
      e.refs += refcount;
      Traverse(op, [this](Object* r) {
        // visit_decref: tracked, not frozen (frozen objects have no entry).
        if (!IsTracked(&r->gc)) return;
        Entry* er = Find(r);
        if (er == nullptr) return;
        MaybeInitRefs(*er);
        er->refs -= 1;
      });
    });
  }

  // gc_maybe_untrack: _PyTuple_MaybeUntrack on exact tuples.
  bool MaybeUntrack(Object* op) {
    if (op->kind != ObjKind::kTuple) return false;
    auto* t = static_cast<Tuple*>(op);
    for (uint32_t i = 0; i < t->size; ++i)
      if (h_.MayBeTracked(t->items()[i])) return false;
    h_.Untrack(op);
    return true;
  }

  // mark_reachable: clears UNREACHABLE on everything `op` reaches that
  // still has it, with an explicit stack.
  void MarkReachable(Object* op) {
    std::vector<Object*> stack;
    while (op != nullptr) {
      Traverse(op, [&](Object* r) {
        Entry* er = Find(r);
        if (er != nullptr && er->unreachable) {
          GCFUZZ_CHECK_OBJ(IsTracked(&r->gc), r,
                           "unreachable object not tracked");
          er->unreachable = false;
          stack.push_back(r);
        }
      });
      if (stack.empty()) break;
      op = stack.back();
      stack.pop_back();
    }
  }

  // mark_heap_visitor
  void MarkHeap() {
    VisitHeap([this](Object* op) {
      Entry& e = *Find(op);
      if (!e.unreachable) return;
      GCFUZZ_CHECK_OBJ(e.refs >= 0, op, "refcount is too small");
      if (e.refs != 0) {
        e.unreachable = false;
        MarkReachable(op);
      }
    });
  }

  // scan_heap_visitor
  void ScanHeap() {
    VisitHeap([this](Object* op) {
      Entry& e = *Find(op);
      if (!e.unreachable) {
        ++long_lived_total_;
        return;
      }
      if (report_ != nullptr) report_->unreachable.push_back(op->id);
      if (Heap::IsDeferred(op)) {  // disable_deferred_refcounting
        op->reserved &= ~kDeferredRefcount;
        op->refcnt -= kDeferredBias;
      }
      h_.Pin(op);  // merge_refcount(op, 1): the worklist's reference
      if (HasLegacyFinalizer(op)) {
        e.unreachable = false;
        legacy_.Push(op);
      } else {
        unreachable_.Push(op);
      }
    });
  }

  bool HasLegacyFinalizer(Object* op) const {
    return op->kind == ObjKind::kInstance &&
           h_.ClassOf(static_cast<Instance*>(op)).has_tp_del;
  }

  // move_legacy_finalizer_reachable
  void MoveLegacyFinalizerReachable() {
    if (!PlantedFault(Fault::kFtLegacyClosureSkipped)) {
      for (Object* op : legacy_.HeadFirst()) MarkReachable(op);
    }
    std::vector<Object*> keep;
    for (Object* op : unreachable_.HeadFirst()) {
      if (IsUnreachable(op)) {
        keep.push_back(op);
      } else {
        legacy_.Push(op);
      }
    }
    unreachable_.Assign(keep);
  }

  // deduce_unreachable_heap (there are no thread stacks holding deferred
  // references in the model: gc_visit_thread_stacks has nothing to add).
  void DeduceUnreachableHeap() {
    UpdateRefs();
    MarkHeap();
    ScanHeap();
    if (!legacy_.empty()) MoveLegacyFinalizerReachable();
  }

  // clear_weakrefs: every weakref in `unreachable` is cleared, and every
  // weakref to a member; those with a callback that are not themselves
  // unreachable are queued, with a reference.
  void ClearWeakrefs() {
    for (Object* op : unreachable_.HeadFirst()) {
      if (IsWeakrefKind(op->kind)) {
        auto* self = static_cast<Weakref*>(op);
        if (report_ != nullptr && self->referent != nullptr)
          report_->cleared_weakrefs.push_back(op->id);
        h_.ClearWeakrefKeepCallback(self);
      }
      if (op->kind != ObjKind::kInstance) continue;
      auto* inst = static_cast<Instance*>(op);
      if (!h_.ClassOf(inst).weakrefable) continue;
      for (Weakref* wr = inst->weaklist; wr != nullptr; wr = inst->weaklist) {
        if (report_ != nullptr) report_->cleared_weakrefs.push_back(wr->id);
        h_.ClearWeakrefKeepCallback(wr);
        if (!wr->callback || IsUnreachable(wr)) continue;
        if (report_ != nullptr) report_->queued_callbacks.push_back(wr->id);
        h_.Pin(wr);
        wrcb_to_call_.Push(wr);
      }
    }
  }

  // call_weakref_callbacks: LIFO, each reference dropped after its call.
  void CallWeakrefCallbacks() {
    while (Object* op = wrcb_to_call_.Pop()) {
      auto* wr = static_cast<Weakref*>(op);
      h_.RunWeakrefCallback(wr);
      h_.Unpin(wr);  // may free it
    }
  }

  // finalize_garbage: the worklist's reference keeps every member alive,
  // so the walk needs no temporary reference of its own.
  void FinalizeGarbage() {
    for (Object* op : unreachable_.HeadFirst()) {
      if (IsFinalized(&op->gc) || op->kind != ObjKind::kInstance ||
          !h_.ClassOf(static_cast<Instance*>(op)).has_del) {
        continue;
      }
      SetFinalized(&op->gc);
      h_.CallHost([&](gcops::Host& host) { host.OnDel(op->id); });
    }
  }

  // handle_resurrected_objects: gc_refs again, over `unreachable` alone,
  // minus the worklist's own reference; what is referenced from outside
  // (and what that reaches) leaves the worklist and loses its reference
  // without being deallocated (it has another).
  void HandleResurrectedObjects() {
    std::vector<Object*> kept;
    for (Object* op : unreachable_.HeadFirst()) {
      Entry& e = *Find(op);
      GCFUZZ_CHECK_OBJ(e.unreachable, op, "worklist member not unreachable");
      if (!IsTracked(&op->gc)) {  // untracked by a finalizer
        e.unreachable = false;
        objs_to_decref_.Push(op);
        continue;
      }
      e.local += op->refcnt - 1;
      Traverse(op, [this](Object* r) {  // visit_decref_unreachable
        Entry* er = Find(r);
        if (er != nullptr && er->unreachable && IsTracked(&r->gc))
          er->local -= 1;
      });
      kept.push_back(op);
    }
    unreachable_.Assign(kept);
    bool any_resurrected = false;
    for (Object* op : kept) {
      Entry& e = *Find(op);
      const int64_t gc_refs = e.local;
      e.local = 0;
      GCFUZZ_CHECK_OBJ(gc_refs >= 0, op, "resurrection count below zero");
      if (e.unreachable && gc_refs > 0) {
        any_resurrected = true;
        e.unreachable = false;
        MarkReachable(op);
      }
    }
    if (!any_resurrected) return;
    std::vector<Object*> still;
    for (Object* op : kept) {
      if (IsUnreachable(op)) {
        still.push_back(op);
        continue;
      }
      GCFUZZ_CHECK_OBJ(op->refcnt > 1, op,
                       "resurrected object holds no reference");
      if (report_ != nullptr) report_->resurrected.push_back(op->id);
      --op->pins;  // merge_refcount(op, -1): never the last reference
      --op->refcnt;
    }
    unreachable_.Assign(still);
  }

  // delete_garbage: DEBUG_SAVEALL is read per object, as CPython does.
  void DeleteGarbage() {
    while (Object* op = objs_to_decref_.Pop()) h_.Unpin(op);
    while (Object* op = unreachable_.Pop()) {
      Entry& e = *Find(op);
      e.unreachable = false;
      if (!IsTracked(&op->gc)) {  // untracked by another tp_clear
        h_.Unpin(op);
        continue;
      }
      ++collected_;
      GCFUZZ_CHECK_OBJ(op->refcnt > 0, op, "refcount is too small");
      if (h_.debug_ & gcops::kDebugSaveAll) {
        h_.AppendGarbage(op);
      } else if (Heap::HasClear(op)) {
        h_.Clear(op);
      }
      h_.Unpin(op);  // the worklist's reference; may free it
    }
  }

  // handle_legacy_finalizers: tp_del objects (all, under DEBUG_SAVEALL)
  // to gc.garbage; every member counts as uncollectable.
  void HandleLegacyFinalizers() {
    while (Object* op = legacy_.Pop()) {
      ++uncollectable_;
      if (h_.debug_ & gcops::kDebugUncollectable)
        h_.DebugLine("gc: uncollectable " + h_.DebugRepr(op));
      if ((h_.debug_ & gcops::kDebugSaveAll) || HasLegacyFinalizer(op))
        h_.AppendGarbage(op);
      h_.Unpin(op);
    }
  }

  Heap& h_;
  CollectionReport* report_ = nullptr;
  std::vector<Object*> walk_;
  std::vector<Entry> table_;
  FtWorklist unreachable_;
  FtWorklist legacy_;
  FtWorklist wrcb_to_call_;
  FtWorklist objs_to_decref_;
  int64_t collected_ = 0;
  int64_t uncollectable_ = 0;
  int64_t long_lived_total_ = 0;
};

// gc_collect_main of gc_free_threading.c, from the DEBUG_STATS line on (the
// caller ran the "start" callbacks). Whatever generation was asked for,
// the whole heap is collected; the stats go to the generation asked for.
std::pair<int64_t, int64_t> Heap::CollectMainFreeThreaded(int gen,
                                                          bool automatic) {
  CollectionReport report;
  BeginObserving(gen, automatic, report);
  std::chrono::steady_clock::time_point t0;
  if (debug_ & gcops::kDebugStats) {
    // show_stats_each_generations is empty in 3.13t: one line only.
    t0 = std::chrono::steady_clock::now();
    DebugLine("gc: collecting generation " + std::to_string(gen) + "...");
  }
  MaybeVerifyAroundCollection();
  // gc_collect_internal: the counters as 3.11 updates them (old[gen] += 1,
  // young and old[0..gen-1] reset), then process_delayed_frees.
  OnCollectionStart(sched_, gen);
  ProcessDelayedFrees();
  if (observer_ != nullptr) observer_->OnCollectionStart(*this, gen);

  FreeThreadedCollection collection(*this);
  const auto [m, n] = collection.Run(report_);

  DebugDoneLine(m, n, t0);
  EndCollection(gen, m, n, report);
  return {m, n};
}

// _PyMem_FreeDelayed for a whole object: the memory waits for a goal that
// every reader online now has passed. DeferredAdvance advances the write
// sequence only every kQsbrDeferredLimit-th time, as CPython's
// _Py_qsbr_deferred_advance does.
namespace {

void PoisonFreed(Object* o, size_t bytes) {
#if defined(GCFUZZ_FT_POISON)
  ASAN_POISON_MEMORY_REGION(o, bytes);
#else
  (void)o;
  (void)bytes;
#endif
}

void ReleaseFreed(Object* o, size_t bytes) {
#if defined(GCFUZZ_FT_POISON)
  ASAN_UNPOISON_MEMORY_REGION(o, bytes);
#else
  (void)bytes;
#endif
  FreeObjectMemory(o);
}

}  // namespace

void Heap::FreeDelayed(Object* o) {
  const uint64_t goal = qsbr_->Slot(qsbr_index_).DeferredAdvance();
  const size_t bytes = ObjectMemoryBytes(o);
  delayed_frees_.push_back(DelayedFree{o, goal, bytes});
  PoisonFreed(o, bytes);
}

// process_delayed_frees: with the world stopped the collector advances the
// write sequence and passes a quiescent state itself, then frees whatever
// reached its goal (Poll scans every reader).
void Heap::ProcessDelayedFrees() {
  if (qsbr_ == nullptr) return;
  qsbr_->Advance();
  freethreading::QsbrSlot& self = qsbr_->Slot(qsbr_index_);
  self.QuiescentState();
  size_t kept = 0;
  for (DelayedFree& d : delayed_frees_) {
    if (self.Poll(d.goal)) {
      ReleaseFreed(d.object, d.bytes);
    } else {
      delayed_frees_[kept++] = d;
    }
  }
  delayed_frees_.resize(kept);
}

void Heap::ReleaseDelayedFrees() {
  for (DelayedFree& d : delayed_frees_) ReleaseFreed(d.object, d.bytes);
  delayed_frees_.clear();
}

bool Heap::IsPendingFree(const void* memory) const {
  for (const DelayedFree& d : delayed_frees_)
    if (d.object == memory) return true;
  return false;
}

}  // namespace gcfuzz::collector
