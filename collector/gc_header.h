// collector/gc_header.h — the GC header every model object starts with, and
// the intrusive list operations on it (CPython's PyGC_Head and gc_list_*).
//
// The header is two machine words, laid out as in CPython 3.11's
// Include/internal/pycore_gc.h, so that the collector's phases can be written
// as CPython writes them (and cost what they cost there: no side tables, no
// per-object allocation during a collection).
//
//   word  bits     meaning
//   ----  -------  -----------------------------------------------------------
//   next  63..1    pointer to the next GcHead in the list (0: untracked)
//   next  0        kNextUnreachable: "in the tentatively-unreachable list"
//   prev  63..2    pointer to the previous GcHead, OR gc_refs << 2 (see below)
//   prev  1        kPrevCollecting: "in the generation being collected"
//   prev  0        kPrevFinalized: "tp_finalize (__del__) has run"
//
// States of an object's header, and who sets them:
//
//   untracked        next == 0; prev holds only kPrevFinalized (or 0).
//                    Set by Untrack (dealloc start, untrack_tuples/dicts)
//                    and at allocation. FINALIZED survives untracking.
//   tracked          next/prev are plain pointers of a doubly linked list
//                    (a generation, the permanent generation, or one of a
//                    collection's working lists: unreachable, finalizers,
//                    wrcb_to_call, seen). Set by Track (always the tail of
//                    generation 0), ListMove, ListMerge.
//   counting         only inside deduce_unreachable: update_refs sets
//                    kPrevCollecting and stores gc_refs (a copy of the
//                    refcount) in prev's upper bits; prev is NOT a pointer
//                    then. subtract_refs lowers gc_refs.
//   scanned          move_unreachable restored prev to a pointer and cleared
//                    kPrevCollecting: the object is reachable.
//   unreachable      move_unreachable put it in `unreachable`: the next word
//                    of its predecessor and its own next carry
//                    kNextUnreachable; prev is a pointer; kPrevCollecting
//                    stays set. move_legacy_finalizers (first collection) or
//                    clear_unreachable_mask (resurrection pass) clears the
//                    next-word bits; objects moved to `finalizers` lose
//                    kPrevCollecting.
//   deposited        refcount 0, untracked, waiting on the trashcan's stack:
//                    prev's pointer bits link to the next deposited object
//                    (kPrevFinalized preserved); next == 0.
//
// Outside a collection no object has kPrevCollecting or kNextUnreachable.
// List heads (generations and working lists alike) never carry flags.
// Every member of a list has refcount > 0 whenever the collector looks at
// the list: a dealloc untracks its object before anything can run, and
// re-tracks it (finalizers) only while holding a temporary reference.
//
// A collection checks these states at the boundaries between its phases
// where CPython 3.11's gc_collect_main calls validate_list (GC_DEBUG
// builds): ValidateList below, run by GCFUZZ_VERIFY builds (collect.cc).
#ifndef GCFUZZ_COLLECTOR_GC_HEADER_H_
#define GCFUZZ_COLLECTOR_GC_HEADER_H_

#include <cstddef>
#include <cstdint>

namespace gcfuzz::collector {

inline constexpr uintptr_t kPrevFinalized = 1;
inline constexpr uintptr_t kPrevCollecting = 2;
inline constexpr uintptr_t kPrevFlagMask = 3;
inline constexpr int kRefsShift = 2;
inline constexpr uintptr_t kNextUnreachable = 1;

struct GcHead {
  uintptr_t next = 0;
  uintptr_t prev = 0;
};

// --- raw word access (no masking of next: callers that may see the
// unreachable bit mask it themselves, as CPython does).
inline GcHead* Next(const GcHead* g) {
  return reinterpret_cast<GcHead*>(g->next);
}
// The next pointer with kNextUnreachable masked off: the way to walk a list
// that may be in the unreachable state.
inline GcHead* NextPtr(const GcHead* g) {
  return reinterpret_cast<GcHead*>(g->next & ~kNextUnreachable);
}
inline GcHead* Prev(const GcHead* g) {
  return reinterpret_cast<GcHead*>(g->prev & ~kPrevFlagMask);
}
inline void SetNext(GcHead* g, GcHead* n) {
  g->next = reinterpret_cast<uintptr_t>(n);
}
// Keeps prev's flag bits.
inline void SetPrev(GcHead* g, GcHead* p) {
  g->prev = (g->prev & kPrevFlagMask) | reinterpret_cast<uintptr_t>(p);
}

inline bool IsTracked(const GcHead* g) { return g->next != 0; }
inline bool IsFinalized(const GcHead* g) {
  return (g->prev & kPrevFinalized) != 0;
}
inline void SetFinalized(GcHead* g) { g->prev |= kPrevFinalized; }
inline bool IsCollecting(const GcHead* g) {
  return (g->prev & kPrevCollecting) != 0;
}
inline void ClearCollecting(GcHead* g) { g->prev &= ~kPrevCollecting; }

// gc_refs lives in prev's pointer bits while an object is "counting".
inline int64_t GetRefs(const GcHead* g) {
  return static_cast<int64_t>(g->prev >> kRefsShift);
}
inline void SetRefs(GcHead* g, int64_t refs) {
  g->prev =
      (g->prev & kPrevFlagMask) | (static_cast<uintptr_t>(refs) << kRefsShift);
}
// update_refs: gc_refs := refcount, COLLECTING on, FINALIZED kept.
inline void ResetRefs(GcHead* g, int64_t refs) {
  g->prev = (g->prev & kPrevFinalized) | kPrevCollecting |
            (static_cast<uintptr_t>(refs) << kRefsShift);
}
inline void DecrementRefs(GcHead* g) { g->prev -= uintptr_t{1} << kRefsShift; }

// --- lists. A list is a GcHead used as a sentinel (circular).
inline void ListInit(GcHead* list) {
  list->next = reinterpret_cast<uintptr_t>(list);
  list->prev = reinterpret_cast<uintptr_t>(list);
}
inline bool ListIsEmpty(const GcHead* list) {
  return list->next == reinterpret_cast<uintptr_t>(list);
}
// Appends `node` at the tail of `list` (gc_list_append); keeps node's flags.
inline void ListAppend(GcHead* node, GcHead* list) {
  GcHead* last = reinterpret_cast<GcHead*>(list->prev);
  SetPrev(node, last);
  SetNext(last, node);
  SetNext(node, list);
  list->prev = reinterpret_cast<uintptr_t>(node);
}
// Unlinks a tracked node and makes it untracked (_PyObject_GC_UNTRACK):
// every flag but FINALIZED is dropped.
inline void ListRemove(GcHead* node) {
  GcHead* prev = Prev(node);
  GcHead* next = Next(node);
  SetNext(prev, next);
  SetPrev(next, prev);
  node->next = 0;
  node->prev &= kPrevFinalized;
}
// Moves `node` from whatever list it is in to the tail of `list`.
inline void ListMove(GcHead* node, GcHead* list) {
  GcHead* from_prev = Prev(node);
  GcHead* from_next = Next(node);
  SetNext(from_prev, from_next);
  SetPrev(from_next, from_prev);
  GcHead* to_prev = reinterpret_cast<GcHead*>(list->prev);
  SetPrev(node, to_prev);
  SetNext(to_prev, node);
  list->prev = reinterpret_cast<uintptr_t>(node);
  SetNext(node, list);
}
// Appends all of `from` to the tail of `to`; `from` becomes empty.
inline void ListMerge(GcHead* from, GcHead* to) {
  if (!ListIsEmpty(from)) {
    GcHead* to_tail = reinterpret_cast<GcHead*>(to->prev);
    GcHead* from_head = Next(from);
    GcHead* from_tail = reinterpret_cast<GcHead*>(from->prev);
    SetNext(to_tail, from_head);
    SetPrev(from_head, to_tail);
    SetNext(from_tail, to);
    to->prev = reinterpret_cast<uintptr_t>(from_tail);
  }
  ListInit(from);
}
inline int64_t ListSize(const GcHead* list) {
  int64_t n = 0;
  for (const GcHead* g = Next(list); g != list; g = Next(g)) ++n;
  return n;
}

// The state every member of one list is in at a phase boundary. The first
// three are CPython 3.11's `enum flagstates` of validate_list, named by the
// states above; kCounting is the model's own (CPython validates nothing
// between update_refs and move_unreachable).
enum class ListState : uint8_t {
  // tracked / scanned (collecting_clear_unreachable_clear): generations,
  // `young` after move_unreachable, `finalizers`. Plain pointers, no
  // COLLECTING, no kNextUnreachable.
  kTracked,
  // counting, after subtract_refs: COLLECTING set, next a plain pointer,
  // prev NOT a pointer but gc_refs, which update_refs set to the refcount
  // and subtract_refs only lowered: 0 <= gc_refs <= refcount.
  kCounting,
  // unreachable as move_unreachable leaves it
  // (collecting_set_unreachable_set): COLLECTING set, every member's next
  // carries kNextUnreachable (the head's does not), prev a pointer.
  kUnreachable,
  // unreachable after move_legacy_finalizers or clear_unreachable_mask
  // dropped the next-word bits (collecting_set_unreachable_clear):
  // COLLECTING set, no kNextUnreachable, plain pointers.
  kUnreachableUnmasked,
};

const char* ListStateName(ListState state);

// Checks that `head` is a flag-free head of a circular list that returns to
// it (both ways, where prev is a pointer) and that every member is in
// `state` with refcount > 0; aborts naming the first member that is not.
// Walks the list once and allocates nothing: O(length of the list), never
// O(heap). Defined in verify.cc.
void ValidateList(const GcHead* head, ListState state);

}  // namespace gcfuzz::collector

#endif  // GCFUZZ_COLLECTOR_GC_HEADER_H_
