// collector/object.h — the model's object layouts and their traversal.
//
// Every program object is a GC object (spec: instances, lists, dicts,
// tuples, weakref.ref, weakref.proxy); ints and None are not objects but
// immediate values held in a Slot. An Object starts with its GcHead (see
// gc_header.h), then the refcount and bookkeeping; the kind-specific part
// follows in a derived struct. There is no vtable: code switches on `kind`.
//
// Reference accounting (checked by Heap::VerifyHeap):
//   refcnt == (references from live heap objects' slots/items/values)
//           + runner_refs  (references the gcops runner holds: roots and
//                           evaluation temporaries)
//           + pins         (references the collector itself holds for a
//                           while: a running finalizer's temporary
//                           resurrection, wrcb_to_call, delete_garbage's
//                           incref around tp_clear, ...)
//           + (times the object appears in gc.garbage)
//           + kDeferredBias if the object is deferred (free-threaded mode)
// Weak references are not counted.
//
// Traversal orders (CPython 3.11 tp_traverse, spec 1.5):
//   instance  slots in slot order. The model's slots are named so that
//             sorted-name order equals index order (the embedded-CPython
//             backend names them s00..s15), and CPython traverses
//             __slots__ in sorted-name order; the class object is visited
//             last but is not a program object.
//   list      items in reverse index order
//   tuple     items in reverse index order
//   dict      per entry in insertion order, value then key (keys are ints)
//   weakref   only its callback, which is never a program object: nothing
#ifndef GCFUZZ_COLLECTOR_OBJECT_H_
#define GCFUZZ_COLLECTOR_OBJECT_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "collector/gc_header.h"
#include "gcops/backend.h"

namespace gcfuzz::collector {

using gcops::ObjId;
using gcops::ObjKind;

struct Object;

// What a reference field holds: None, an int, or an object, in one word.
//   bits == 0            None
//   bits & 1             int (the value in the upper 32 bits)
//   otherwise            Object* (objects are at least 8-aligned)
class Slot {
 public:
  constexpr Slot() = default;
  static Slot None() { return Slot(); }
  static Slot Int(int32_t v) {
    return Slot((static_cast<uintptr_t>(static_cast<uint32_t>(v)) << 32) | 1);
  }
  static Slot Obj(Object* o) { return Slot(reinterpret_cast<uintptr_t>(o)); }

  bool is_none() const { return bits_ == 0; }
  bool is_int() const { return (bits_ & 1) != 0; }
  bool is_obj() const { return bits_ != 0 && (bits_ & 1) == 0; }
  int32_t int_value() const { return static_cast<int32_t>(bits_ >> 32); }
  Object* obj() const {
    return is_obj() ? reinterpret_cast<Object*>(bits_) : nullptr;
  }
  bool operator==(const Slot&) const = default;

 private:
  constexpr explicit Slot(uintptr_t bits) : bits_(bits) {}
  uintptr_t bits_ = 0;
};

struct Object {
  GcHead gc;
  int32_t refcnt = 0;
  ObjId id = gcops::kNoObj;
  int32_t runner_refs = 0;
  uint16_t pins = 0;
  ObjKind kind = ObjKind::kInstance;
  uint8_t reserved = 0;  // bits: kHiddenTuple, kManualTracking,
                         // kDeferredRefcount, kNotVisited, kCountedTuple
};

// Object::reserved bit: an interpreter tuple that is not a program object
// (PyObject_ClearWeakRefs' temporary tuple). It has no label, is never
// reported and is counted only with kCountedTuple, but it is a real tracked
// container while it lives: it sits in generation 0 and a collection run by
// a callback traverses it, as CPython's collector traverses the PyTuple_New
// it is.
inline constexpr uint8_t kHiddenTuple = 1;
inline bool IsHidden(const Object* o) {
  return (o->reserved & kHiddenTuple) != 0;
}

// Object::reserved bit: the object's tracking is managed through capi.h
// (created by GcNew or untracked by GcUnTrack), so it may legitimately be
// alive and untracked whatever its kind; VerifyHeap allows that.
inline constexpr uint8_t kManualTracking = 2;

// Object::reserved bit: the object uses deferred reference counting
// (free-threaded mode, Heap::SetDeferred). Its refcnt then includes
// kDeferredBias, a reference nobody holds: CPython 3.13 adds 1 to
// ob_ref_local in _PyObject_SetDeferredRefcount, and update_refs subtracts
// it again. (3.14 uses a large _Py_REF_DEFERRED instead; the model keeps
// 3.13's 1, which fits its 32-bit refcount.)
inline constexpr uint8_t kDeferredRefcount = 4;
inline constexpr int32_t kDeferredBias = 1;

// Object::reserved bit, set only inside one step of 3.14's incremental
// collector (collect_incremental.cc): the object is in the young or the
// pending list, i.e. its space bit is not the visited one (INC-1), so
// marking or an increment's expansion may take it. Cleared before the
// step's collection runs.
inline constexpr uint8_t kNotVisited = 8;

// Object::reserved bit, with kHiddenTuple: an interpreter tuple too large
// for any tuple free list (VersionRules::tuple_free_list_max), so its
// allocation was counted and its free subtracts, as a program object's.
inline constexpr uint8_t kCountedTuple = 16;

struct Weakref;

// An instance of a user class: `nslots` Slots follow the struct in memory.
struct Instance : Object {
  gcops::ClassId cls = 0;
  uint16_t nslots = 0;
  Weakref* weaklist = nullptr;  // head of the weakref list (if weakref-able)
  Slot* slots() { return reinterpret_cast<Slot*>(this + 1); }
  const Slot* slots() const { return reinterpret_cast<const Slot*>(this + 1); }
};

struct List : Object {
  std::vector<Slot> items;
};

// `size` Slots follow the struct in memory. Tuples are immutable; deallocation
// resets each item to None as it releases it.
struct Tuple : Object {
  uint32_t size = 0;
  Slot* items() { return reinterpret_cast<Slot*>(this + 1); }
  const Slot* items() const { return reinterpret_cast<const Slot*>(this + 1); }
};

// A dict with int keys. Entries stay in insertion order; a deleted entry
// becomes a hole (live == false) until the table is compacted, so
// "delete then insert" appends, as in CPython's compact dicts.
struct DictEntry {
  int32_t key = 0;
  bool live = false;
  Slot value;
};
struct Dict : Object {
  std::vector<DictEntry> entries;
  uint32_t used = 0;
};

// weakref.ref or weakref.proxy. `referent == nullptr` is wr_object == None.
// `callback` is "wr_callback != NULL": creation with a callback sets it; a
// full clear (clear_weakref) drops it; the collector's clear keeps it.
struct Weakref : Object {
  Object* referent = nullptr;
  Weakref* wr_prev = nullptr;
  Weakref* wr_next = nullptr;
  bool callback = false;
};

inline Object* FromGc(GcHead* g) { return reinterpret_cast<Object*>(g); }
inline const Object* FromGc(const GcHead* g) {
  return reinterpret_cast<const Object*>(g);
}
static_assert(offsetof(Object, gc) == 0, "GcHead must start the object");

inline bool IsWeakrefKind(ObjKind k) {
  return k == ObjKind::kRef || k == ObjKind::kProxy;
}

// Calls visit(Object*) for each object `o` refers to, in tp_traverse order.
// Traversal only reads `o`; the referents it hands out are the heap's to
// mutate, as tp_traverse's visitproc gets non-const PyObject*.
template <typename Visit>
inline void Traverse(const Object* o, Visit&& visit) {
  switch (o->kind) {
    case ObjKind::kInstance: {
      const auto* inst = static_cast<const Instance*>(o);
      const Slot* s = inst->slots();
      for (uint16_t i = 0; i < inst->nslots; ++i)
        if (Object* r = s[i].obj()) visit(r);
      break;
    }
    case ObjKind::kList: {
      const auto& items = static_cast<const List*>(o)->items;
      for (size_t i = items.size(); i-- > 0;)
        if (Object* r = items[i].obj()) visit(r);
      break;
    }
    case ObjKind::kTuple: {
      const auto* t = static_cast<const Tuple*>(o);
      for (uint32_t i = t->size; i-- > 0;)
        if (Object* r = t->items()[i].obj()) visit(r);
      break;
    }
    case ObjKind::kDict:
      for (const DictEntry& e : static_cast<const Dict*>(o)->entries)
        if (e.live)
          if (Object* r = e.value.obj()) visit(r);
      break;
    case ObjKind::kRef:
    case ObjKind::kProxy:
      break;
  }
}

// Memory: creation and destruction of each layout.
Instance* AllocInstance(uint16_t nslots);
Tuple* AllocTuple(uint32_t size);
List* AllocList();
Dict* AllocDict();
Weakref* AllocWeakref(ObjKind kind);
void FreeObjectMemory(Object* o);
// The size of `o`'s memory block (what FreeObjectMemory releases).
size_t ObjectMemoryBytes(const Object* o);

const char* KindName(ObjKind kind);
// One line, e.g. "object id=12 kind=instance refcnt=2 runner_refs=1 pins=0
// tracked FINALIZED" ("untracked" otherwise; COLLECTING and UNREACHABLE
// follow when set).
std::string Describe(const Object* o);

}  // namespace gcfuzz::collector

#endif  // GCFUZZ_COLLECTOR_OBJECT_H_
