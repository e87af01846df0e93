// collector/dealloc.cc — what happens when a refcount reaches zero: the
// per-kind deallocations, the trashcan, and weakref clearing
// (spec cpython-3.11-gc.md sections 2.1-2.4).
#include "collector/check.h"
#include "collector/faults.h"
#include "collector/heap.h"

namespace gcfuzz::collector {

// CPython's deallocators recurse: releasing a reference can run the next
// object's whole deallocation before the following reference is released.
// From 3.13 the trashcan lets that recursion go ~10,000 levels deep
// (version_rules.h, trashcan_limit), where C++ recursion cost a full
// collection of a long ring ~1.2x the 3.11 profile's time (stack memory
// out of cache; docs/PERFORMANCE.md). So each deallocation is split in
// two: its prologue (untrack, trashcan, finalizers, weakrefs, BeginFree:
// *Dealloc below), and the release of its references one by one
// (TakeNextReference), which this loop runs from an explicit stack in
// exactly the order the recursion had: a released object whose count
// drops to 0 runs its prologue and has all its references released
// before the next reference of its releaser. The trashcan's nesting is
// unchanged: each frame holds one level from its prologue's TrashBegin to
// the TrashEnd after its FinishFree. Host code run by a prologue may
// deallocate more; that is a nested Dealloc on the same stack, above.
void Heap::Dealloc(Object* o) {
  const size_t base = releasing_.size();
  if (!BeginDealloc(o)) return;
  releasing_.push_back({o, 0});
  while (releasing_.size() > base) {
    Object* r = TakeNextReference(releasing_.back());
    if (r == nullptr) {
      Object* done = releasing_.back().o;
      releasing_.pop_back();
      FinishFree(done);
      TrashEnd();
      continue;
    }
    GCFUZZ_DCHECK_OBJ(r->refcnt > 0, r);
    if (--r->refcnt == 0 && BeginDealloc(r)) releasing_.push_back({r, 0});
  }
}

// The prologue of `o`'s deallocation; true when its references are now to
// be released (BeginFree ran), false when it is done already (a weakref),
// deposited in the trashcan or resurrected.
bool Heap::BeginDealloc(Object* o) {
  switch (o->kind) {
    case ObjKind::kInstance:
      return SubtypeDealloc(static_cast<Instance*>(o));
    case ObjKind::kList:
    case ObjKind::kTuple:
    case ObjKind::kDict:
      return ContainerDealloc(o);
    case ObjKind::kRef:
    case ObjKind::kProxy:
      WeakrefDealloc(static_cast<Weakref*>(o));
      return false;
  }
  return false;
}

// The next reference `f.o` releases, taken out of it, or nullptr when none
// is left: an instance's slots in order (subtype_dealloc's clear_slots), a
// list's items from the end (list_dealloc), a tuple's from the end
// (tupledealloc), a dict's values in entry order (dict_dealloc; keys are
// ints).
Object* Heap::TakeNextReference(ReleaseFrame& f) {
  switch (f.o->kind) {
    case ObjKind::kInstance: {
      auto* inst = static_cast<Instance*>(f.o);
      Slot* slots = inst->slots();
      while (f.next < inst->nslots) {
        Slot& s = slots[f.next++];
        if (Object* r = s.obj()) {
          s = Slot::None();
          return r;
        }
      }
      return nullptr;
    }
    case ObjKind::kList: {
      auto& items = static_cast<List*>(f.o)->items;
      while (!items.empty()) {
        const Slot v = items.back();
        items.pop_back();
        if (Object* r = v.obj()) return r;
      }
      return nullptr;
    }
    case ObjKind::kTuple: {
      auto* t = static_cast<Tuple*>(f.o);
      while (f.next < t->size) {
        Slot& s = t->items()[t->size - 1 - f.next++];
        const Slot v = s;
        s = Slot::None();
        if (Object* r = v.obj()) return r;
      }
      return nullptr;
    }
    case ObjKind::kDict: {
      auto& entries = static_cast<Dict*>(f.o)->entries;
      while (f.next < entries.size()) {
        DictEntry& e = entries[f.next++];
        if (!e.live) continue;
        const Slot v = e.value;
        e.value = Slot::None();
        e.live = false;
        if (Object* r = v.obj()) return r;
      }
      return nullptr;
    }
    case ObjKind::kRef:
    case ObjKind::kProxy:
      return nullptr;
  }
  return nullptr;
}

// --- the trashcan (Py_TRASHCAN_BEGIN/END, _PyTrash_begin/_end,
// _PyTrash_thread_deposit_object, _PyTrash_thread_destroy_chain). Used by
// the deallocs of instances, lists, tuples and dicts, not weakrefs.

bool Heap::TrashBegin(Object* o) {
  if (trash_nesting_ >= rules_.trashcan_limit) {
    GCFUZZ_DCHECK_OBJ(!IsTracked(&o->gc) && o->refcnt == 0, o);
    // Deposit: the stack is threaded through prev's pointer bits.
    o->gc.prev = (o->gc.prev & kPrevFlagMask) |
                 reinterpret_cast<uintptr_t>(trash_later_);
    trash_later_ = o;
    return true;
  }
  ++trash_nesting_;
  return false;
}

void Heap::TrashEnd() {
  --trash_nesting_;
  if (trash_later_ != nullptr && trash_nesting_ <= 0) DestroyChain();
}

// Deposited objects are deallocated newest first, at nesting 1, so each
// may again go 49 levels deep; the loop (not recursion) bounds the stack.
void Heap::DestroyChain() {
  ++trash_nesting_;
  while (trash_later_ != nullptr) {
    Object* o = trash_later_;
    trash_later_ = reinterpret_cast<Object*>(o->gc.prev & ~kPrevFlagMask);
    o->gc.prev &= kPrevFinalized;
    Dealloc(o);
  }
  --trash_nesting_;
}

void Heap::BeginFree(Object* o) {
  dying_.push_back(o);
  if (IsHidden(o)) return;
  objects_[o->id] = nullptr;
  --live_;
  // Swap-remove from the dense live list.
  Object* last = live_list_.back();
  live_list_[live_pos_[o->id]] = last;
  live_pos_[last->id] = live_pos_[o->id];
  live_list_.pop_back();
  if (report_ != nullptr) report_->freed.push_back(o->id);
  CallHost([&](gcops::Host& h) { h.OnFree(o->id); });
}

// PyObject_GC_Del: unlink if still tracked, count0 -= 1 (never below 0),
// release the memory.
void Heap::FinishFree(Object* o) {
  GCFUZZ_CHECK_OBJ(!dying_.empty() && dying_.back() == o, o,
                   "deallocations must finish in LIFO order");
  dying_.pop_back();
  if (rules_.incremental) {
    Untrack(o);  // 3.14.2: only a tracked object's free counts (INC-3)
  } else {
    if (IsTracked(&o->gc)) ListRemove(&o->gc);
    const bool counted = !IsHidden(o) || (o->reserved & kCountedTuple) != 0;
    if (counted && sched_.count[0] > 0) sched_.count[0] -= 1;
  }
  if (mode_ == CollectorMode::kFreeThreaded) {
    FreeDelayed(o);  // the memory waits for its QSBR goal (collect_ft.cc)
  } else {
    FreeObjectMemory(o);
  }
}

// PyObject_CallFinalizerFromDealloc: temporarily resurrect (refcount 1),
// run __del__ unless FINALIZED, set FINALIZED after it, and report whether
// the object gained references (resurrection).
bool Heap::CallFinalizerFromDealloc(Instance* o) {
  GCFUZZ_CHECK_OBJ(o->refcnt == 0, o,
                   "finalizer from dealloc with live references");
  Pin(o);
  if (!IsFinalized(&o->gc)) {
    const size_t mark = PushRoots(o);  // __del__'s self (3.14 marking)
    EvalBreakerCheck();                // the body function's entry (RESUME)
    EnterBody(kFinalizerBodyUnits);
    CallHost([&](gcops::Host& h) { h.OnDel(o->id); });
    LeaveBody(kFinalizerBodyUnits);
    PopRoots(mark);
    SetFinalized(&o->gc);  // set even when __del__ raised
  }
  --o->pins;
  --o->refcnt;
  return o->refcnt != 0;
}

// subtype_dealloc for a GC class (spec 2.1), up to the release of its
// slots (Dealloc's loop).
bool Heap::SubtypeDealloc(Instance* o) {
  Untrack(o);
  if (TrashBegin(o)) return false;
  const ClassInfo& cls = ClassOf(o);
  if (cls.has_del) {
    Track(o);  // the finalizer runs with the object in gen0 (tail)
    if (CallFinalizerFromDealloc(o)) {
      TrashEnd();  // resurrected: it stays tracked, weakrefs intact
      return false;
    }
    Untrack(o);
  }
  // Weakrefs are cleared (callbacks run) after __del__ and before tp_del.
  if (cls.weakrefable) ClearWeakRefs(o);
  if (cls.has_tp_del) {
    Track(o);
    Pin(o);  // slot_tp_del's temporary resurrection (refcount 1)
    const size_t mark = PushRoots(o);
    EvalBreakerCheck();  // the body function's entry (RESUME)
    EnterBody(kFinalizerBodyUnits);
    CallHost([&](gcops::Host& h) { h.OnTpDel(o->id); });
    LeaveBody(kFinalizerBodyUnits);
    PopRoots(mark);
    --o->pins;
    --o->refcnt;
    if (o->refcnt > 0) {
      TrashEnd();  // resurrected; tp_del has no once-only bit
      return false;
    }
    Untrack(o);
  }
  if ((cls.has_del || cls.has_tp_del) && cls.weakrefable) {
    // Weakrefs made by the finalizers are cleared without callbacks.
    while (o->weaklist != nullptr) ClearWeakrefKeepCallback(o->weaklist);
  }
  BeginFree(o);
  return true;
}

// list_dealloc, tupledealloc and dict_dealloc up to the release of their
// items: untrack, trashcan, the point of no return.
bool Heap::ContainerDealloc(Object* o) {
  Untrack(o);
  if (TrashBegin(o)) return false;
  BeginFree(o);
  return true;
}

// weakref_dealloc: no trashcan; unlinks itself from its referent's list.
void Heap::WeakrefDealloc(Weakref* w) {
  Untrack(w);
  BeginFree(w);
  ClearWeakref(w);
  FinishFree(w);
}

// _PyWeakref_ClearRef: unlink from the referent's list and set the
// referent to None, keeping wr_callback.
void Heap::ClearWeakrefKeepCallback(Weakref* w) {
  if (w->referent == nullptr) return;
  auto* r = static_cast<Instance*>(w->referent);
  if (r->weaklist == w) r->weaklist = w->wr_next;
  w->referent = nullptr;
  if (w->wr_prev != nullptr) w->wr_prev->wr_next = w->wr_next;
  if (w->wr_next != nullptr) w->wr_next->wr_prev = w->wr_prev;
  w->wr_prev = nullptr;
  w->wr_next = nullptr;
}

// clear_weakref: the same, and the callback is dropped.
void Heap::ClearWeakref(Weakref* w) {
  ClearWeakrefKeepCallback(w);
  w->callback = false;
}

// handle_callback: callback(wr). The callback is a Python function in the
// gcops meaning (spec 3.2: `weakref.ref(TARGET, callback)`), and a Python
// function's frame holds its argument: the weakref stays alive until the
// body returns, even if the body drops every other reference to it
// (checked on python3 3.11.7 with a weakref subclass whose __del__ prints:
// it runs after the callback returns). `w` may be freed by Unpin.
void Heap::RunWeakrefCallback(Weakref* w) {
  Pin(w);
  const size_t mark = PushRoots(w);  // the callback's argument (3.14)
  EvalBreakerCheck();                // the callback function's entry (RESUME)
  EnterBody(kCallbackBodyUnits);
  CallHost([&](gcops::Host& h) { h.OnWeakrefCallback(w->id); });
  LeaveBody(kCallbackBodyUnits);
  PopRoots(mark);
  Unpin(w);
}

// PyObject_ClearWeakRefs (spec 2.2), called with the referent's refcount 0.
void Heap::ClearWeakRefs(Instance* o) {
  Weakref** list = &o->weaklist;
  // The callback-less basic ref and basic proxy go silently.
  if (*list != nullptr && !(*list)->callback) {
    ClearWeakref(*list);
    if (*list != nullptr && !(*list)->callback) ClearWeakref(*list);
  }
  if (*list == nullptr) return;
  uint32_t count = 0;
  for (Weakref* w = *list; w != nullptr; w = w->wr_next) ++count;
  if (count == 1 && !rules_.weakref_callbacks_via_tuple) {
    Weakref* w = *list;
    bool had_callback = w->callback;
    w->callback = false;
    ClearWeakref(w);
    if (had_callback && w->refcnt > 0) RunWeakrefCallback(w);
    return;
  }
  // Several: clear all of them first, keeping (wr, callback) pairs of the
  // live ones in a temporary tuple; then call in list order (newest
  // first); then the tuple dies, releasing them in reverse order, through
  // the trashcan like any tuple. The tuple is the interpreter's, not a
  // program object, so it is not reported (and counted only past the tuple
  // free lists, below); but it is tracked at the tail of generation 0 from
  // PyTuple_New on, holds real references, and our reference to it is the
  // C stack's (a pin), so a collection run by a callback sees it exactly as
  // CPython's does.
  // CPython's tuple has 2 * count items, (weakref, callback) pairs, so it
  // may be past the tuple free lists (NewInterpreterTuple): then its
  // allocation may collect first (3.11) or schedule a collection (3.12+)
  // before any weakref here is cleared.
  Tuple* hold = NewInterpreterTuple(count, 2 * count);
  std::vector<bool> has_callback(count, false);
  Weakref* cur = *list;
  for (uint32_t i = 0; i < count; ++i) {
    Weakref* next = cur->wr_next;
    if (cur->refcnt > 0) {
      Incref(cur);
      hold->items()[i] = Slot::Obj(cur);
      has_callback[i] = cur->callback;
    }
    cur->callback = false;
    ClearWeakref(cur);
    cur = next;
  }
  for (uint32_t k = 0; k < count; ++k) {
    const uint32_t i =
        PlantedFault(Fault::kCallbacksOldestFirst) ? count - 1 - k : k;
    if (has_callback[i])
      RunWeakrefCallback(static_cast<Weakref*>(hold->items()[i].obj()));
  }
  Unpin(hold);  // Py_DECREF(tuple): frees it (no one else refers to it)
}

// PyTuple_New for the interpreter's own use (object.h, kHiddenTuple): no
// label, tracked at the gen0 tail, held by the caller's C stack (a pin;
// Unpin drops it). Items start as None; the caller fills them. CPython's
// tuple has `cpython_items` items: up to the tuple free lists' largest
// (VersionRules::tuple_free_list_max) it comes from one, uncounted; past it
// the allocation counts, as _PyObject_GC_Link does, and its free subtracts
// (kCountedTuple). 3.14.2 counts every tracked tuple anyway (Track); the
// free-threaded mode's counting is not modelled here.
Tuple* Heap::NewInterpreterTuple(uint32_t size, uint32_t cpython_items) {
  const bool counted = cpython_items > uint32_t(rules_.tuple_free_list_max) &&
                       !rules_.incremental &&
                       mode_ != CollectorMode::kFreeThreaded;
  if (counted) CountAllocation();
  Tuple* t = AllocTuple(size);
  t->reserved |= kHiddenTuple;
  if (counted) t->reserved |= kCountedTuple;
  Pin(t);
  Track(t);
  return t;
}

// tp_clear of each kind (delete_garbage).
void Heap::Clear(Object* o) {
  switch (o->kind) {
    case ObjKind::kInstance: {  // subtype_clear: slots in order, one by one
      auto* inst = static_cast<Instance*>(o);
      for (uint16_t i = 0; i < inst->nslots; ++i) {
        if (Object* r = inst->slots()[i].obj()) {
          inst->slots()[i] = Slot::None();
          Decref(r);
        }
      }
      break;
    }
    case ObjKind::kList: {  // _list_clear: empty first, release in reverse
      std::vector<Slot> items;
      items.swap(static_cast<List*>(o)->items);
      for (const Slot& s : items)
        if (Object* r = s.obj()) ++r->pins;  // the list's refs become pins
      for (size_t i = items.size(); i-- > 0;)
        if (Object* r = items[i].obj()) Unpin(r);
      break;
    }
    case ObjKind::kDict: {  // PyDict_Clear: empty first, release in order
      auto* d = static_cast<Dict*>(o);
      std::vector<DictEntry> entries;
      entries.swap(d->entries);
      d->used = 0;
      for (const DictEntry& e : entries)
        if (Object* r = e.live ? e.value.obj() : nullptr) ++r->pins;
      for (const DictEntry& e : entries)
        if (Object* r = e.live ? e.value.obj() : nullptr) Unpin(r);
      break;
    }
    case ObjKind::kTuple:
      break;  // tuples have no tp_clear
    case ObjKind::kRef:
    case ObjKind::kProxy:
      ClearWeakref(static_cast<Weakref*>(o));
      break;
  }
}

}  // namespace gcfuzz::collector
