// collector/inspect.cc — read-only views of the heap: what gc.get_objects,
// get_referents, get_referrers, is_tracked and getweakrefcount answer, and
// the per-object details an independent oracle needs.
#include <algorithm>

#include "collector/heap.h"

namespace gcfuzz::collector {

gcops::Where Heap::WhereIs(const Object* o) const {
  if (!IsTracked(&o->gc)) return gcops::Where::kUntracked;
  for (int i = 0; i < kNumGenerations; ++i) {
    const GcHead* list = &generations_[i];
    for (const GcHead* g = Next(list); g != list; g = Next(g))
      if (g == &o->gc)
        // 3.14: either old list is generation 2 (INC-32).
        return static_cast<gcops::Where>(rules_.incremental && i > 0 ? 2 : i);
  }
  for (const GcHead* g = Next(&permanent_); g != &permanent_; g = Next(g))
    if (g == &o->gc) return gcops::Where::kPermanent;
  // Only during a collection's phases (a working list); callers outside
  // never see this, expectations run at top level.
  return gcops::Where::kUntracked;
}

std::vector<ObjId> Heap::ObjectsInGeneration(int gen) const {
  std::vector<ObjId> ids;
  auto add = [&](const GcHead* list) {
    for (const GcHead* g = Next(list); g != list; g = Next(g)) {
      const Object* o = FromGc(g);
      if (!IsHidden(o)) ids.push_back(o->id);
    }
  };
  if (rules_.incremental) {
    // 3.14 (INC-32): 0 is young, 1 is always empty, 2 is old[0] then
    // old[1], by index.
    if (gen == 0) add(&generations_[0]);
    if (gen == 2) {
      add(&generations_[1]);
      add(&generations_[2]);
    }
    return ids;
  }
  add(&generations_[gen]);
  return ids;
}

std::array<int64_t, 3> Heap::Count() const {
  if (!rules_.incremental) return sched_.count;
  // 3.14 (INC-33): young, visited and pending counts.
  return {sched_.count[0], sched_.count[1 + inc_.visited_space],
          sched_.count[2 - inc_.visited_space]};
}

std::vector<ObjId> Heap::ReferentIds(Object* o) const {
  std::vector<ObjId> ids;
  Traverse(o, [&](Object* r) { ids.push_back(r->id); });
  return ids;
}

// Traverse's order (object.h), with each reference's place.
std::vector<ReferentEdge> Heap::ReferentEdges(const Object* o) const {
  using Via = ReferentEdge::Via;
  std::vector<ReferentEdge> edges;
  auto add = [&](const Slot& s, Via via, int64_t at) {
    if (const Object* r = s.obj()) {
      edges.push_back({r->id, via, static_cast<int32_t>(at)});
    }
  };
  switch (o->kind) {
    case ObjKind::kInstance: {
      const auto* inst = static_cast<const Instance*>(o);
      for (uint16_t i = 0; i < inst->nslots; ++i) {
        add(inst->slots()[i], Via::kSlot, i);
      }
      break;
    }
    case ObjKind::kList: {
      const auto& items = static_cast<const List*>(o)->items;
      for (size_t i = items.size(); i-- > 0;) {
        add(items[i], Via::kItem, static_cast<int64_t>(i));
      }
      break;
    }
    case ObjKind::kTuple: {
      const auto* t = static_cast<const Tuple*>(o);
      for (uint32_t i = t->size; i-- > 0;) add(t->items()[i], Via::kItem, i);
      break;
    }
    case ObjKind::kDict:
      for (const DictEntry& e : static_cast<const Dict*>(o)->entries) {
        if (e.live) {
          add(e.value, Via::kKey, e.key);
        }
      }
      break;
    case ObjKind::kRef:
    case ObjKind::kProxy:
      break;
  }
  return edges;
}

// gc.get_referrers: generations 0, 1, 2 in list order (not the permanent
// generation), each referrer once.
std::vector<ObjId> Heap::ReferrerIds(Object* o) const {
  std::vector<ObjId> ids;
  // 3.14 (INC-34): young, then visited, then pending.
  const std::array<const GcHead*, kNumGenerations> lists =
      rules_.incremental
          ? std::array<const GcHead*, kNumGenerations>{&generations_[0],
                                                       VisitedList(),
                                                       PendingList()}
          : std::array<const GcHead*, kNumGenerations>{
                &generations_[0], &generations_[1], &generations_[2]};
  for (const GcHead* list : lists) {
    for (const GcHead* g = Next(list); g != list; g = Next(g)) {
      const Object* op = FromGc(g);
      if (IsHidden(op)) continue;  // not a program object
      bool refers = false;
      Traverse(op, [&](Object* r) { refers = refers || r == o; });
      if (refers) ids.push_back(op->id);
    }
  }
  return ids;
}

int64_t Heap::WeakrefCount(const Object* o) const {
  if (o->kind != ObjKind::kInstance) return 0;
  int64_t n = 0;
  for (Weakref* w = static_cast<const Instance*>(o)->weaklist; w != nullptr;
       w = w->wr_next)
    ++n;
  return n;
}

bool Heap::IsDeposited(ObjId id) const {
  for (const Object* o = trash_later_; o != nullptr;
       o = reinterpret_cast<const Object*>(o->gc.prev & ~kPrevFlagMask))
    if (!IsHidden(o) && o->id == id) return true;
  return false;
}

std::vector<ObjId> Heap::GarbageIds() const {
  std::vector<ObjId> ids;
  ids.reserve(garbage_.size());
  for (Object* o : garbage_) ids.push_back(o->id);
  return ids;
}

std::vector<WeakrefInfo> Heap::WeakrefsOf(const Object* o) const {
  std::vector<WeakrefInfo> out;
  if (o->kind != ObjKind::kInstance) return out;
  for (Weakref* w = static_cast<const Instance*>(o)->weaklist; w != nullptr;
       w = w->wr_next)
    out.push_back({w->id, w->kind == ObjKind::kProxy, w->callback});
  return out;
}

namespace {
Location ToLocation(gcops::Where w) {
  switch (w) {
    case gcops::Where::kGen0:
      return Location::kGen0;
    case gcops::Where::kGen1:
      return Location::kGen1;
    case gcops::Where::kGen2:
      return Location::kGen2;
    case gcops::Where::kPermanent:
      return Location::kPermanent;
    case gcops::Where::kUntracked:
      return Location::kUntracked;
  }
  return Location::kUntracked;
}

// Kind-specific details shared by Info and ForEachObject.
void FillDetails(const Heap& heap, const Object* o, ObjectInfo& info) {
  info.finalized = IsFinalized(&o->gc);
  if (o->kind == ObjKind::kInstance) {
    const auto* inst = static_cast<const Instance*>(o);
    const ClassInfo& c = heap.ClassOf(inst);
    info.cls = inst->cls;
    info.has_del = c.has_del;
    info.has_tp_del = c.has_tp_del;
    info.accepts_weakrefs = c.weakrefable;
  }
  if (IsWeakrefKind(o->kind)) {
    const auto* w = static_cast<const Weakref*>(o);
    info.weakref_referent =
        w->referent != nullptr ? w->referent->id : gcops::kNoObj;
    info.weakref_has_callback = w->callback;
  }
}

}  // namespace

// References held from outside the program's objects, per object id: by
// live interpreter tuples (object.h: PyObject_ClearWeakRefs' tuple,
// weakref.ref's argument tuple), and by deallocations in progress (past
// BeginFree, so gone from the object table, their references not all
// released yet: a list whose item's __del__ runs a collection still holds
// the items before it). Views of the heap report these with the pins:
// held as a C stack holds them. Without the second kind, a collection run
// from a finalizer inside a container's deallocation saw a refcount with no
// holder (CI campaign of 2026-12-07, collector@3.14).
std::vector<int64_t> Heap::OutsideHolds() const {
  std::vector<int64_t> holds(objects_.size(), 0);
  auto add = [&](const Object* h) {
    Traverse(h, [&](Object* r) {
      if (!IsHidden(r) && r->id < holds.size()) holds[r->id] += 1;
    });
  };
  for (int i = 0; i < kNumGenerations; ++i) {
    const GcHead* list = &generations_[i];
    for (const GcHead* g = Next(list); g != list; g = Next(g))
      if (const Object* o = FromGc(g); IsHidden(o)) add(o);
  }
  for (const GcHead* g = Next(&permanent_); g != &permanent_; g = Next(g))
    if (const Object* o = FromGc(g); IsHidden(o)) add(o);
  for (const Object* o = trash_later_; o != nullptr;
       o = reinterpret_cast<const Object*>(o->gc.prev & ~kPrevFlagMask))
    if (IsHidden(o)) add(o);
  for (const Object* o : dying_) add(o);
  return holds;
}

ObjectInfo Heap::Info(const Object* o) const {
  ObjectInfo info;
  info.id = o->id;
  info.kind = o->kind;
  info.refcount = o->refcnt;
  info.runner_refs = o->runner_refs;
  info.pins = o->pins + (o->id < objects_.size() ? OutsideHolds()[o->id] : 0);
  info.garbage_refs = std::count(garbage_.begin(), garbage_.end(), o);
  info.location =
      IsTracked(&o->gc) ? ToLocation(WhereIs(o)) : Location::kUntracked;
  if (IsTracked(&o->gc) && info.location == Location::kUntracked)
    info.location = Location::kWorking;
  FillDetails(*this, o, info);
  return info;
}

void Heap::ForEachObject(
    const std::function<void(const ObjectInfo&)>& fn) const {
  // One pass over the lists gives every object's location.
  std::vector<Location> where(objects_.size(), Location::kUntracked);
  for (int i = 0; i < kNumGenerations; ++i) {
    const GcHead* list = &generations_[i];
    for (const GcHead* g = Next(list); g != list; g = Next(g))
      if (const Object* o = FromGc(g); !IsHidden(o))
        where[o->id] =
            static_cast<Location>(rules_.incremental && i > 0 ? 2 : i);
  }
  for (const GcHead* g = Next(&permanent_); g != &permanent_; g = Next(g))
    if (const Object* o = FromGc(g); !IsHidden(o))
      where[o->id] = Location::kPermanent;
  std::vector<int64_t> garbage_refs(objects_.size(), 0);
  for (Object* o : garbage_) garbage_refs[o->id] += 1;
  const std::vector<int64_t> outside_holds = OutsideHolds();
  for (const Object* o : objects_) {
    if (o == nullptr) continue;
    ObjectInfo info;
    info.id = o->id;
    info.kind = o->kind;
    info.refcount = o->refcnt;
    info.runner_refs = o->runner_refs;
    info.pins = o->pins + outside_holds[o->id];
    info.garbage_refs = garbage_refs[o->id];
    info.location = where[o->id];
    if (IsTracked(&o->gc) && info.location == Location::kUntracked)
      info.location = Location::kWorking;
    FillDetails(*this, o, info);
    fn(info);
  }
}

}  // namespace gcfuzz::collector
