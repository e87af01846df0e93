// collector/verify.cc — the documented invariants, checked: VerifyHeap
// between collections, ValidateList at a collection's phase boundaries.
//
// VerifyHeap's invariants (gc_header.h, object.h), one function each:
//  L1 every list (generations, permanent) is a consistent circular doubly
//     linked list of live objects: Prev(Next(g)) == g, no flag bits on
//     list heads;                                      VerifyListLinks
//  L2 every tracked live object is in exactly one of those lists, and no
//     object outside a collection carries COLLECTING or UNREACHABLE;
//     untracked objects have next == 0 and no pointer bits in prev, except
//     deposited ones (prev links the trashcan stack, whose members are
//     untracked, dead and on it once);               VerifyListMembership
//  R1 refcnt == heap references + runner_refs + pins + gc.garbage entries,
//     counting references still held by objects being deallocated
//     (past OnFree; deposited objects are still live until their turn);
//                                                     VerifyRefcounts
//  R2 no reference (heap, gc.garbage) points to a freed object;
//                                                     VerifyNoDanglingReferences
//  R3 a live instance, list or weakref with refcnt > 0 is tracked;
//                                                     VerifyLiveObjectsTracked
//  F1 FINALIZED only on instances whose class has __del__;
//                                                     VerifyFinalizedBits
//  W1 each weakref list is doubly linked, on a class with __weakref__, its
//     weakrefs are live and point back to the owner (no order: see the
//     loop); every live weakref with a referent is on that referent's
//     list;                                            VerifyWeakrefLists
//  C1 counts are never negative, and the live count is current.
//                                                     VerifyCounts
// VerifyHeap runs them in the order L1 L2 R2 R1 R3 F1 W1 C1: each may rely
// on the ones before it (L2 walks lists L1 proved finite; R1 indexes by
// the ids of referents R2 proved live).
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "collector/check.h"
#include "collector/heap.h"

namespace gcfuzz::collector {

// What L2 found in the lists and on the trashcan's stack, for R2 and R1.
// Per-object marks of one verification: a mark is set when its stamp is
// this verification's epoch, so clearing them costs nothing and a
// verification costs what the live heap does, not every id ever used.
class Heap::VerifyMarks {
 public:
  VerifyMarks(std::vector<uint32_t>& stamps, uint32_t epoch)
      : stamps_(stamps), epoch_(epoch) {}
  bool Set(ObjId id) {  // false if it was set already
    if (stamps_[id] == epoch_) return false;
    stamps_[id] = epoch_;
    return true;
  }
  bool Test(ObjId id) const { return stamps_[id] == epoch_; }

 private:
  std::vector<uint32_t>& stamps_;
  uint32_t epoch_;
};

struct Heap::ListMembership {
  ListMembership(VerifyMarks l, VerifyMarks d) : listed(l), deposited(d) {}
  VerifyMarks listed;     // in a generation or permanent list
  VerifyMarks deposited;  // on the trashcan's stack
  // Live interpreter tuples (object.h): not in objects_, so found here.
  std::vector<const Object*> hidden_listed;
  std::vector<const Object*> hidden_deposited;
};

bool Heap::IsLive(const Object* o) const {
  return o != nullptr && o->id < objects_.size() && objects_[o->id] == o;
}

void Heap::VerifyHeap() const {
  VerifyListLinks();
  const ListMembership lists = VerifyListMembership();
  VerifyNoDanglingReferences(lists);
  VerifyRefcounts(lists);
  VerifyLiveObjectsTracked();
  VerifyFinalizedBits();
  VerifyWeakrefLists();
  VerifyCounts();
}

// L1.
void Heap::VerifyListLinks() const {
  auto walk = [&](const GcHead* list) {
    GCFUZZ_CHECK((list->next & kNextUnreachable) == 0 &&
                     (list->prev & kPrevFlagMask) == 0,
                 "list head carries flag bits");
    size_t steps = 0;
    for (const GcHead* g = Next(list); g != list; g = Next(g)) {
      const Object* o = FromGc(g);
      // Interpreter tuples (one per nested PyObject_ClearWeakRefs) are not
      // in live_; the slack only has to catch a cycle.
      GCFUZZ_CHECK(++steps <= live_ + 4096,
                   "generation list longer than the heap (cycle?)");
      GCFUZZ_CHECK_OBJ(IsLive(o) || IsHidden(o), o,
                       "freed object in a generation list");
      GCFUZZ_CHECK_OBJ(Prev(Next(g)) == g, o, "list links inconsistent");
    }
  };
  for (const GcHead& g : generations_) walk(&g);
  walk(&permanent_);
}

// L2.
Heap::ListMembership Heap::VerifyListMembership() const {
  if (++verify_epoch_ == 0) {  // wrapped: stale stamps could match again
    for (auto* stamps :
         {&listed_stamps_, &deposited_stamps_, &expected_stamps_})
      std::fill(stamps->begin(), stamps->end(), 0);
    verify_epoch_ = 1;
  }
  for (auto* stamps : {&listed_stamps_, &deposited_stamps_, &expected_stamps_})
    if (stamps->size() < objects_.size()) stamps->resize(objects_.size(), 0);
  if (expected_.size() < objects_.size()) expected_.resize(objects_.size(), 0);
  ListMembership m(VerifyMarks(listed_stamps_, verify_epoch_),
                   VerifyMarks(deposited_stamps_, verify_epoch_));
  auto walk = [&](const GcHead* list) {
    for (const GcHead* g = Next(list); g != list; g = Next(g)) {
      const Object* o = FromGc(g);
      GCFUZZ_CHECK_OBJ(!IsCollecting(g) && (g->next & kNextUnreachable) == 0, o,
                       "collection flag outside a collection");
      if (IsHidden(o)) {
        m.hidden_listed.push_back(o);
        continue;
      }
      GCFUZZ_CHECK_OBJ(m.listed.Set(o->id), o, "object in two lists");
    }
  };
  for (const GcHead& g : generations_) walk(&g);
  walk(&permanent_);

  // Deposited objects link the trashcan's stack through prev (gc_header.h),
  // so the clean-header rule does not apply to them.
  for (const Object* o = trash_later_; o != nullptr;
       o = reinterpret_cast<const Object*>(o->gc.prev & ~kPrevFlagMask)) {
    GCFUZZ_CHECK_OBJ(o->refcnt == 0 && !IsTracked(&o->gc) && o->gc.next == 0 &&
                         (IsLive(o) || IsHidden(o)),
                     o, "bad deposited object");
    if (IsHidden(o)) {
      m.hidden_deposited.push_back(o);
      continue;
    }
    GCFUZZ_CHECK_OBJ(m.deposited.Set(o->id), o,
                     "deposited twice (trashcan cycle?)");
  }

  for (const Object* o : live_list_) {
    if (IsTracked(&o->gc)) {
      GCFUZZ_CHECK_OBJ(m.listed.Test(o->id), o,
                       "tracked object in no generation list");
    } else {
      GCFUZZ_CHECK_OBJ(
          m.deposited.Test(o->id) || (o->gc.prev & ~kPrevFinalized) == 0, o,
          "untracked header not clean");
    }
  }
  return m;
}

namespace {

// The holders of counted references besides objects_: objects being
// deallocated (past OnFree, still releasing) and live interpreter tuples.
// Deposited program objects have not reached BeginFree: they are still in
// objects_, so their references are counted there.
template <typename F>
void ForEachHolderOutsideObjects(
    const std::vector<Object*>& dying,
    const std::vector<const Object*>& hidden_listed,
    const std::vector<const Object*>& hidden_deposited, F&& f) {
  for (const Object* o : dying) f(o);
  for (const Object* o : hidden_listed) f(o);
  for (const Object* o : hidden_deposited) f(o);
}

}  // namespace

// R2.
void Heap::VerifyNoDanglingReferences(const ListMembership& lists) const {
  auto check_refs_of = [&](const Object* holder) {
    Traverse(holder, [&](Object* r) {
      GCFUZZ_CHECK_OBJ(IsLive(r), holder,
                       "holds a reference to a freed object");
    });
  };
  for (const Object* o : live_list_) check_refs_of(o);
  ForEachHolderOutsideObjects(dying_, lists.hidden_listed,
                              lists.hidden_deposited, check_refs_of);
  for (const Object* o : garbage_)
    GCFUZZ_CHECK_OBJ(IsLive(o), o, "gc.garbage holds a freed object");
}

// R1. Every referent is live (R2), so its id indexes `expected`.
void Heap::VerifyRefcounts(const ListMembership& lists) const {
  // expected(id): the references counted so far (0 until first counted
  // in this verification).
  auto expected = [&](ObjId id) -> int64_t& {
    if (expected_stamps_[id] != verify_epoch_) {
      expected_stamps_[id] = verify_epoch_;
      expected_[id] = 0;
    }
    return expected_[id];
  };
  auto count_refs_of = [&](const Object* holder) {
    Traverse(holder, [&](Object* r) { expected(r->id) += 1; });
  };
  for (const Object* o : live_list_) count_refs_of(o);
  ForEachHolderOutsideObjects(dying_, lists.hidden_listed,
                              lists.hidden_deposited, count_refs_of);
  for (const Object* o : lists.hidden_listed) {
    // Only the C stack of PyObject_ClearWeakRefs refers to it (a pin).
    GCFUZZ_CHECK_OBJ(o->refcnt == o->pins && o->pins == 1, o,
                     "interpreter tuple with references besides its owner's");
  }
  for (const Object* o : garbage_) expected(o->id) += 1;

  for (const Object* o : live_list_) {
    int64_t& want = expected(o->id);
    want += o->runner_refs + o->pins;
    if (IsDeferred(o)) want += kDeferredBias;
    if (o->refcnt != want) {
      std::fprintf(
          stderr,
          "VerifyHeap: object %u has refcnt %d, expected %lld; referrers:",
          o->id, o->refcnt, static_cast<long long>(want));
      for (const Object* h : live_list_) {
        Traverse(h, [&](Object* r) {
          if (r == o) std::fprintf(stderr, " %u(%s)", h->id, KindName(h->kind));
        });
      }
      for (const Object* h : dying_)
        Traverse(h, [&](Object* r) {
          if (r == o)
            std::fprintf(stderr, " dying:%u(%s)", h->id, KindName(h->kind));
        });
      std::fprintf(stderr, "\n");
    }
    GCFUZZ_CHECK_OBJ(
        o->refcnt == want, o,
        "refcount != heap + runner + pins + gc.garbage references");
  }
}

// R3.
void Heap::VerifyLiveObjectsTracked() const {
  for (const Object* o : live_list_) {
    if (IsTracked(&o->gc)) continue;
    const bool may_be_untracked = o->kind == ObjKind::kTuple ||
                                  o->kind == ObjKind::kDict ||
                                  (o->reserved & kManualTracking) != 0;
    GCFUZZ_CHECK_OBJ(may_be_untracked || o->refcnt == 0, o,
                     "live instance/list/weakref is untracked");
  }
}

// F1.
void Heap::VerifyFinalizedBits() const {
  for (const Object* o : live_list_) {
    if (!IsFinalized(&o->gc)) continue;
    GCFUZZ_CHECK_OBJ(o->kind == ObjKind::kInstance &&
                         ClassOf(static_cast<const Instance*>(o)).has_del,
                     o, "FINALIZED on an object without __del__");
  }
}

// W1.
void Heap::VerifyWeakrefLists() const {
  size_t weakrefs_with_referent = 0;
  size_t weakrefs_listed = 0;
  for (const Object* o : live_list_) {
    if (IsWeakrefKind(o->kind) &&
        static_cast<const Weakref*>(o)->referent != nullptr)
      ++weakrefs_with_referent;
    if (o->kind != ObjKind::kInstance) continue;
    const auto* inst = static_cast<const Instance*>(o);
    GCFUZZ_CHECK_OBJ(inst->weaklist == nullptr || ClassOf(inst).weakrefable, o,
                     "weakrefs on a class without __weakref__");
    // No order is checked: CPython only reads the head (and the next
    // one) for the basic ref and proxy, and a basic ref made during the
    // collection inside another ref's allocation is not at the head once
    // a ref with a callback goes after the new head (spec 2.2; regression
    // weakref_second_basic_ref_after_a_callback_ref.gcops).
    const Weakref* prev = nullptr;
    for (const Weakref* w = inst->weaklist; w != nullptr;
         prev = w, w = w->wr_next) {
      GCFUZZ_CHECK_OBJ(IsLive(w), o, "weakref list holds a freed weakref");
      GCFUZZ_CHECK_OBJ(w->referent == o && w->wr_prev == prev, w,
                       "weakref list links");
      ++weakrefs_listed;
    }
  }
  GCFUZZ_CHECK(weakrefs_with_referent == weakrefs_listed,
               "a weakref with a referent is missing from its referent's list");
}

// C1.
void Heap::VerifyCounts() const {
  GCFUZZ_CHECK(live_list_.size() == live_, "live object count out of date");
  for (size_t i = 0; i < live_list_.size(); ++i) {
    const Object* o = live_list_[i];
    GCFUZZ_CHECK_OBJ(IsLive(o) && live_pos_[o->id] == i, o,
                     "dense live list out of date");
    GCFUZZ_CHECK_OBJ(o->runner_refs >= 0, o, "negative runner references");
  }
  for (int i = 0; i < kNumGenerations; ++i)
    GCFUZZ_CHECK(sched_.count[i] >= 0, "negative generation count");
}

// --- ValidateList (gc_header.h): CPython 3.11's validate_list, plus the
// counting state and the refcount rule.

const char* ListStateName(ListState state) {
  switch (state) {
    case ListState::kTracked:
      return "tracked";
    case ListState::kCounting:
      return "counting";
    case ListState::kUnreachable:
      return "unreachable";
    case ListState::kUnreachableUnmasked:
      return "unreachable, unmasked";
  }
  return "?";
}

namespace {

// Prefixes the message with the state the list was expected in, so a
// failure names the phase boundary as well as the object.
[[noreturn]] void ListMemberInvalid(const char* expr, ListState state,
                                    const char* msg, const Object* obj,
                                    const char* file, int line) {
  const std::string text =
      std::string("list in state '") + ListStateName(state) + "': " + msg;
  CheckFailed(expr, text.c_str(), obj, file, line);
}

#define GCFUZZ_CHECK_MEMBER(cond, state, obj, msg)                   \
  do {                                                               \
    if (!(cond)) [[unlikely]]                                        \
      ListMemberInvalid(#cond, state, msg, obj, __FILE__, __LINE__); \
  } while (0)

// One step of Floyd's cycle finder: advances `hare` by two members and
// returns nullptr once it reaches `head` or a member it cannot follow (the
// walk reports that member itself).
const GcHead* AdvanceHare(const GcHead* hare, const GcHead* head) {
  for (int i = 0; i < 2 && hare != nullptr; ++i) {
    if (hare->next == 0) return nullptr;
    hare = NextPtr(hare);
    if (hare == head) return nullptr;
  }
  return hare;
}

}  // namespace

void ValidateList(const GcHead* head, ListState state) {
  GCFUZZ_CHECK_MEMBER(
      (head->next & kNextUnreachable) == 0 && (head->prev & kPrevFlagMask) == 0,
      state, nullptr, "list head carries flag bits");
  const bool collecting = state != ListState::kTracked;
  const uintptr_t unreachable_bit =
      state == ListState::kUnreachable ? kNextUnreachable : 0;
  // Where prev is a pointer, checking it against the walk also proves the
  // walk returns to the head: a member reached twice would have two
  // predecessors. In the counting state prev holds gc_refs, so a hare
  // running at twice the walk's speed catches a cycle that misses the head.
  const bool prev_is_pointer = state != ListState::kCounting;
  const GcHead* hare = head;
  const GcHead* prev = head;
  for (const GcHead* g = NextPtr(head); g != head; g = NextPtr(g)) {
    const Object* o = FromGc(g);
    GCFUZZ_CHECK_MEMBER(g->next != 0, state, o, "untracked object in a list");
    if (prev_is_pointer) {
      GCFUZZ_CHECK_MEMBER(Prev(g) == prev, state, o,
                          "prev is not the member before it");
    } else {
      hare = AdvanceHare(hare, head);
      GCFUZZ_CHECK_MEMBER(hare != g, state, o,
                          "list does not return to its head (cycle)");
    }
    if (collecting) {
      GCFUZZ_CHECK_MEMBER(IsCollecting(g), state, o,
                          "member without COLLECTING");
    } else {
      GCFUZZ_CHECK_MEMBER(!IsCollecting(g), state, o, "member with COLLECTING");
    }
    if (unreachable_bit != 0) {
      GCFUZZ_CHECK_MEMBER((g->next & kNextUnreachable) != 0, state, o,
                          "member without NEXT_UNREACHABLE");
    } else {
      GCFUZZ_CHECK_MEMBER((g->next & kNextUnreachable) == 0, state, o,
                          "member with NEXT_UNREACHABLE");
    }
    GCFUZZ_CHECK_MEMBER(o->refcnt > 0, state, o, "member with refcount <= 0");
    if (state == ListState::kCounting) {
      // gc_refs is unsigned in prev's upper bits: a subtract_refs that went
      // below 0 wrapped around, far above any refcount.
      GCFUZZ_CHECK_MEMBER(GetRefs(g) <= o->refcnt, state, o,
                          "gc_refs above the refcount it was copied from");
    }
    prev = g;
  }
  GCFUZZ_CHECK_MEMBER(Prev(head) == prev, state, nullptr,
                      "head's prev is not its last member");
}

#undef GCFUZZ_CHECK_MEMBER

}  // namespace gcfuzz::collector
