// collector/verify.cc — VerifyHeap: every documented invariant, checked.
//
// Invariants (gc_header.h, object.h):
//  L1 every list (generations, permanent) is a consistent circular doubly
//     linked list: Prev(Next(g)) == g, no flag bits on list heads;
//  L2 every tracked live object is in exactly one of those lists, and no
//     object outside a collection carries COLLECTING or UNREACHABLE;
//     untracked objects have next == 0 and no pointer bits in prev, except
//     deposited ones (prev links the trashcan stack);
//  R1 refcnt == heap references + runner_refs + pins + gc.garbage entries,
//     counting references still held by objects being deallocated
//     (past OnFree; deposited objects are still live until their turn);
//  R2 no reference (heap, gc.garbage) points to a freed object;
//  R3 a live instance, list or weakref with refcnt > 0 is tracked;
//  F1 FINALIZED only on instances whose class has __del__;
//  W1 each weakref list is doubly linked, its weakrefs are live and point
//     back to the owner (no order: see the loop);
//     every live weakref with a referent is on that referent's list;
//  C1 counts are never negative.
#include <cstdio>
#include <vector>

#include "collector/check.h"
#include "collector/heap.h"

namespace gcfuzz::collector {

void Heap::VerifyHeap() const {
  const size_t n = objects_.size();
  auto is_live = [&](const Object* o) {
    return o != nullptr && o->id < n && objects_[o->id] == o;
  };

  // L1, L2: walk every list once.
  std::vector<uint8_t> seen(n, 0);
  std::vector<Object*> hidden;  // live interpreter tuples (object.h), not in objects_
  auto walk = [&](const GcHead* list) {
    GCFUZZ_CHECK((list->next & kNextUnreachable) == 0 && (list->prev & kPrevFlagMask) == 0,
                 "list head carries flag bits");
    size_t steps = 0;
    for (const GcHead* g = Next(list); g != list; g = Next(g)) {
      const Object* o = FromGc(const_cast<GcHead*>(g));
      // Interpreter tuples (one per nested PyObject_ClearWeakRefs) are not
      // in live_; the slack only has to catch a cycle.
      GCFUZZ_CHECK(++steps <= live_ + 4096, "generation list longer than the heap (cycle?)");
      GCFUZZ_CHECK_OBJ(is_live(o) || IsHidden(o), o, "freed object in a generation list");
      GCFUZZ_CHECK_OBJ(Prev(Next(g)) == g, o, "list links inconsistent");
      GCFUZZ_CHECK_OBJ(!IsCollecting(g) && (g->next & kNextUnreachable) == 0, o,
                       "collection flag outside a collection");
      if (IsHidden(o)) {
        hidden.push_back(const_cast<Object*>(o));
        continue;
      }
      GCFUZZ_CHECK_OBJ(seen[o->id] == 0, o, "object in two lists");
      seen[o->id] = 1;
    }
  };
  for (const GcHead& g : generations_) walk(&g);
  walk(&permanent_);

  // R1/R2: count references from every object that still holds some.
  std::vector<int64_t> expected(n, 0);
  auto count_refs_of = [&](Object* holder) {
    Traverse(holder, [&](Object* r) {
      GCFUZZ_CHECK_OBJ(is_live(r), holder, "holds a reference to a freed object");
      expected[r->id] += 1;
    });
  };
  for (Object* o : objects_)
    if (o != nullptr) count_refs_of(o);
  for (Object* o : dying_) count_refs_of(o);
  for (Object* o : hidden) {
    count_refs_of(o);
    // Only the C stack of PyObject_ClearWeakRefs refers to it (a pin).
    GCFUZZ_CHECK_OBJ(o->refcnt == o->pins && o->pins == 1, o,
                     "interpreter tuple with references besides its owner's");
  }
  // Deposited objects link the trashcan's stack through prev (gc_header.h),
  // so the clean-header rule of L2 does not apply to them.
  std::vector<uint8_t> deposited(n, 0);
  for (Object* o = trash_later_; o != nullptr;
       o = reinterpret_cast<Object*>(o->gc.prev & ~kPrevFlagMask)) {
    // Deposited objects have not reached BeginFree: they are still in
    // objects_, so their references are counted there; an interpreter
    // tuple is not, so its references are counted here.
    GCFUZZ_CHECK_OBJ(o->refcnt == 0 && !IsTracked(&o->gc) && o->gc.next == 0 &&
                         (is_live(o) || IsHidden(o)),
                     o, "bad deposited object");
    if (IsHidden(o)) count_refs_of(o);
    if (!IsHidden(o)) {
      GCFUZZ_CHECK_OBJ(deposited[o->id] == 0, o, "deposited twice (trashcan cycle?)");
      deposited[o->id] = 1;
    }
  }
  for (Object* o : garbage_) {
    GCFUZZ_CHECK_OBJ(is_live(o), o, "gc.garbage holds a freed object");
    expected[o->id] += 1;
  }

  size_t live = 0;
  size_t weakrefs_with_referent = 0;
  size_t weakrefs_listed = 0;
  for (Object* o : objects_) {
    if (o == nullptr) continue;
    ++live;
    expected[o->id] += o->runner_refs + o->pins;
    if (IsDeferred(o)) expected[o->id] += kDeferredBias;
    if (o->refcnt != expected[o->id]) {
      std::fprintf(stderr, "VerifyHeap: object %u has refcnt %d, expected %lld; referrers:",
                   o->id, o->refcnt, static_cast<long long>(expected[o->id]));
      for (Object* h : objects_) {
        if (h == nullptr) continue;
        Traverse(h, [&](Object* r) {
          if (r == o) std::fprintf(stderr, " %u(%s)", h->id, KindName(h->kind));
        });
      }
      for (Object* h : dying_)
        Traverse(h, [&](Object* r) {
          if (r == o) std::fprintf(stderr, " dying:%u(%s)", h->id, KindName(h->kind));
        });
      std::fprintf(stderr, "\n");
    }
    GCFUZZ_CHECK_OBJ(o->refcnt == expected[o->id], o,
                     "refcount != heap + runner + pins + gc.garbage references");
    GCFUZZ_CHECK_OBJ(o->runner_refs >= 0, o, "negative runner references");
    if (IsTracked(&o->gc)) {
      GCFUZZ_CHECK_OBJ(seen[o->id] != 0, o, "tracked object in no generation list");
    } else {
      GCFUZZ_CHECK_OBJ(deposited[o->id] != 0 || (o->gc.prev & ~kPrevFinalized) == 0, o,
                       "untracked header not clean");
      bool may_be_untracked = o->kind == ObjKind::kTuple || o->kind == ObjKind::kDict ||
                              (o->reserved & kManualTracking) != 0;
      GCFUZZ_CHECK_OBJ(may_be_untracked || o->refcnt == 0, o,
                       "live instance/list/weakref is untracked");
    }
    if (IsFinalized(&o->gc)) {
      GCFUZZ_CHECK_OBJ(o->kind == ObjKind::kInstance &&
                           ClassOf(static_cast<Instance*>(o)).has_del,
                       o, "FINALIZED on an object without __del__");
    }
    if (IsWeakrefKind(o->kind) && static_cast<Weakref*>(o)->referent != nullptr)
      ++weakrefs_with_referent;
    if (o->kind == ObjKind::kInstance) {
      auto* inst = static_cast<Instance*>(o);
      GCFUZZ_CHECK_OBJ(inst->weaklist == nullptr || ClassOf(inst).weakrefable, o,
                       "weakrefs on a class without __weakref__");
      // No order is checked: CPython only reads the head (and the next
      // one) for the basic ref and proxy, and a basic ref made during the
      // collection inside another ref's allocation is not at the head once
      // a ref with a callback goes after the new head (spec 2.2; regression
      // weakref_second_basic_ref_after_a_callback_ref.gcops).
      Weakref* prev = nullptr;
      for (Weakref* w = inst->weaklist; w != nullptr; prev = w, w = w->wr_next) {
        GCFUZZ_CHECK_OBJ(is_live(w), o, "weakref list holds a freed weakref");
        GCFUZZ_CHECK_OBJ(w->referent == o && w->wr_prev == prev, w, "weakref list links");
        ++weakrefs_listed;
      }
    }
  }
  GCFUZZ_CHECK(live == live_, "live object count out of date");
  GCFUZZ_CHECK(weakrefs_with_referent == weakrefs_listed,
               "a weakref with a referent is missing from its referent's list");
  for (int i = 0; i < kNumGenerations; ++i)
    GCFUZZ_CHECK(sched_.count[i] >= 0, "negative generation count");
}

}  // namespace gcfuzz::collector
