// collector/collector_backend.cc — gcops::Backend over Heap.
#include "collector/collector_backend.h"

#include <algorithm>

#include "collector/check.h"

namespace gcfuzz::collector {

namespace {
// VerifyHeap after a call walks the live heap. A call may verify while the
// objects walked so far stay within this many per call seen so far: every
// call while the heap holds at most this many objects, every (live /
// this)-th call with a larger heap, so verification costs a bounded amount
// per call (issue 15: a 100,000-statement program whose heap held a few
// hundred objects took 10.6 s user on the dev build, 90% of it VerifyHeap,
// against 0.9 s on CPython; 256 per call left it at 10.6 s, 64 at 3.6 s,
// 32 at 1.5 s). Each run still ends with a full check (End), and
// collections verify around themselves (collect.cc).
constexpr uint64_t kVerifyObjectsPerCall = 32;
}  // namespace

void CollectorBackend::Begin(gcops::Host& host, const gcops::Program& program) {
  std::vector<ClassInfo> classes;
  classes.reserve(program.classes.size());
  for (const gcops::ClassDecl& c : program.classes) {
    ClassInfo info;
    info.nslots = static_cast<uint16_t>(c.slots);
    info.has_del = c.has_del;
    info.has_tp_del = c.has_tp_del;
    info.weakrefable = !c.noweakref;
    info.name = c.name;
    classes.push_back(info);
  }
  heap_.Begin(&host, std::move(classes));
  verify_calls_ = verify_work_ = 0;
}

void CollectorBackend::End() {
#if defined(GCFUZZ_VERIFY) && GCFUZZ_VERIFY
  if (heap_.Quiescent()) heap_.VerifyHeap();  // the state the run leaves
#endif
  heap_.End();
}

Object* CollectorBackend::Live(gcops::ObjId id) const {
  Object* o = heap_.Get(id);
  GCFUZZ_CHECK(o != nullptr, "backend call names a freed or unknown object");
  return o;
}

Slot CollectorBackend::ToSlot(const gcops::Value& v) const {
  switch (v.kind) {
    case gcops::Value::Kind::kNone:
      return Slot::None();
    case gcops::Value::Kind::kInt:
      return Slot::Int(v.i);
    case gcops::Value::Kind::kObj:
      return Slot::Obj(Live(v.obj));
  }
  return Slot::None();
}

gcops::Value CollectorBackend::ToValue(const Slot& s) {
  if (s.is_int()) return gcops::Value::Int(s.int_value());
  if (Object* o = s.obj()) return gcops::Value::Obj(o->id);
  return gcops::Value::None();
}

void CollectorBackend::MaybeVerify() {
#if defined(GCFUZZ_VERIFY) && GCFUZZ_VERIFY
  ++verify_calls_;
  if (!heap_.Quiescent()) return;
  const uint64_t live = heap_.LiveObjects();
  if (verify_work_ + live > verify_calls_ * kVerifyObjectsPerCall) return;
  verify_work_ += live;
  heap_.VerifyHeap();
#endif
}

void CollectorBackend::NewInstance(gcops::ObjId id, gcops::ClassId cls) {
  heap_.NewInstance(id, cls);
  MaybeVerify();
}

void CollectorBackend::NewList(gcops::ObjId id,
                               std::span<const gcops::Value> items) {
  std::vector<Slot> slots;
  slots.reserve(items.size());
  for (const gcops::Value& v : items) slots.push_back(ToSlot(v));
  heap_.NewList(id, slots);
  MaybeVerify();
}

void CollectorBackend::NewDict(gcops::ObjId id) {
  heap_.NewDict(id);
  MaybeVerify();
}

void CollectorBackend::NewTuple(gcops::ObjId id,
                                std::span<const gcops::Value> items) {
  std::vector<Slot> slots;
  slots.reserve(items.size());
  for (const gcops::Value& v : items) slots.push_back(ToSlot(v));
  heap_.NewTuple(id, slots);
  MaybeVerify();
}

gcops::ObjId CollectorBackend::NewWeakref(gcops::ObjId id, bool proxy,
                                          gcops::ObjId target,
                                          bool with_callback) {
  Object* t = Live(target);
  GCFUZZ_CHECK_OBJ(t->kind == gcops::ObjKind::kInstance, t,
                   "weakref target is not an instance");
  Weakref* w =
      heap_.NewWeakref(id, proxy, static_cast<Instance*>(t), with_callback);
  MaybeVerify();
  return w->id;
}

void CollectorBackend::Incref(gcops::ObjId obj) {
  heap_.RunnerIncref(Live(obj));
}

void CollectorBackend::Decref(gcops::ObjId obj) {
  heap_.RunnerDecref(Live(obj));
  MaybeVerify();
}

gcops::ObjKind CollectorBackend::KindOf(gcops::ObjId obj) {
  return Live(obj)->kind;
}

gcops::ClassId CollectorBackend::ClassOf(gcops::ObjId obj) {
  Object* o = Live(obj);
  GCFUZZ_CHECK_OBJ(o->kind == gcops::ObjKind::kInstance, o,
                   "ClassOf a non-instance");
  return static_cast<Instance*>(o)->cls;
}

size_t CollectorBackend::Length(gcops::ObjId obj) {
  Object* o = Live(obj);
  switch (o->kind) {
    case gcops::ObjKind::kList:
      return static_cast<List*>(o)->items.size();
    case gcops::ObjKind::kTuple:
      return static_cast<Tuple*>(o)->size;
    case gcops::ObjKind::kDict:
      return static_cast<Dict*>(o)->used;
    case gcops::ObjKind::kInstance:
      return static_cast<Instance*>(o)->nslots;
    default:
      return 0;
  }
}

bool CollectorBackend::HasKey(gcops::ObjId dict, int32_t key) {
  Object* o = Live(dict);
  GCFUZZ_CHECK_OBJ(o->kind == gcops::ObjKind::kDict, o, "HasKey on a non-dict");
  return heap_.DictLookup(static_cast<Dict*>(o), key) != nullptr;
}

gcops::Value CollectorBackend::GetItem(gcops::ObjId obj, int32_t index) {
  Object* o = Live(obj);
  switch (o->kind) {
    case gcops::ObjKind::kInstance: {
      auto* inst = static_cast<Instance*>(o);
      GCFUZZ_CHECK_OBJ(index >= 0 && index < inst->nslots, o,
                       "slot out of range");
      return ToValue(inst->slots()[index]);
    }
    case gcops::ObjKind::kList: {
      auto& items = static_cast<List*>(o)->items;
      GCFUZZ_CHECK_OBJ(index >= 0 && static_cast<size_t>(index) < items.size(),
                       o, "index out of range");
      return ToValue(items[index]);
    }
    case gcops::ObjKind::kTuple: {
      auto* t = static_cast<Tuple*>(o);
      GCFUZZ_CHECK_OBJ(index >= 0 && static_cast<uint32_t>(index) < t->size, o,
                       "index out of range");
      return ToValue(t->items()[index]);
    }
    case gcops::ObjKind::kDict: {
      const DictEntry* e = heap_.DictLookup(static_cast<Dict*>(o), index);
      GCFUZZ_CHECK_OBJ(e != nullptr, o, "missing key");
      return ToValue(e->value);
    }
    default:
      GCFUZZ_CHECK_OBJ(false, o, "GetItem on a weakref");
  }
  return gcops::Value::None();
}

void CollectorBackend::SetItem(gcops::ObjId obj, int32_t index,
                               const gcops::Value& v) {
  Object* o = Live(obj);
  Slot s = ToSlot(v);
  switch (o->kind) {
    case gcops::ObjKind::kInstance:
      heap_.SetSlot(static_cast<Instance*>(o), index, s);
      break;
    case gcops::ObjKind::kList:
      heap_.ListSetItem(static_cast<List*>(o), index, s);
      break;
    case gcops::ObjKind::kDict:
      heap_.DictSetItem(static_cast<Dict*>(o), index, s);
      break;
    default:
      GCFUZZ_CHECK_OBJ(false, o, "SetItem on an immutable object");
  }
  MaybeVerify();
}

void CollectorBackend::DelKey(gcops::ObjId dict, int32_t key) {
  Object* o = Live(dict);
  GCFUZZ_CHECK_OBJ(o->kind == gcops::ObjKind::kDict, o, "DelKey on a non-dict");
  heap_.DictDelItem(static_cast<Dict*>(o), key);
  MaybeVerify();
}

void CollectorBackend::Append(gcops::ObjId list, const gcops::Value& v) {
  Object* o = Live(list);
  GCFUZZ_CHECK_OBJ(o->kind == gcops::ObjKind::kList, o, "Append on a non-list");
  heap_.ListAppend(static_cast<List*>(o), ToSlot(v));
  MaybeVerify();
}

int64_t CollectorBackend::Collect(int gen) {
  int64_t n = heap_.Collect(gen);
  MaybeVerify();
  return n;
}

void CollectorBackend::SetEnabled(bool enabled) { heap_.SetEnabled(enabled); }
void CollectorBackend::SetThreshold(std::span<const int32_t> t) {
  heap_.SetThresholds(t);
}
void CollectorBackend::Freeze() { heap_.Freeze(); }
void CollectorBackend::Unfreeze() { heap_.Unfreeze(); }
void CollectorBackend::SetDebug(uint32_t flags) { heap_.SetDebug(flags); }

void CollectorBackend::ClearGarbage() {
  heap_.ClearGarbage();
  MaybeVerify();
}

size_t CollectorBackend::GarbageSize() { return heap_.GarbageSize(); }

gcops::ObjId CollectorBackend::PopGarbage(size_t index) {
  return heap_.PopGarbage(index)->id;
}

void CollectorBackend::StatementStart() { heap_.StatementStart(); }

void CollectorBackend::AddGcCallback(uint32_t index) {
  heap_.AddGcCallback(index);
}

bool CollectorBackend::IsTracked(gcops::ObjId obj) {
  return collector::IsTracked(&Live(obj)->gc);
}

bool CollectorBackend::IsFinalized(gcops::ObjId obj) {
  return collector::IsFinalized(&Live(obj)->gc);
}

int64_t CollectorBackend::WeakrefCount(gcops::ObjId obj) {
  return heap_.WeakrefCount(Live(obj));
}

bool CollectorBackend::WeakrefIsDead(gcops::ObjId weakref) {
  Object* o = Live(weakref);
  GCFUZZ_CHECK_OBJ(IsWeakrefKind(o->kind), o, "WeakrefIsDead on a non-weakref");
  return static_cast<Weakref*>(o)->referent == nullptr;
}

gcops::Where CollectorBackend::GenerationOf(gcops::ObjId obj) {
  return heap_.WhereIs(Live(obj));
}

std::vector<gcops::ObjId> CollectorBackend::Objects(int gen) {
  if (heap_.mode() == CollectorMode::kFreeThreaded) {
    // 3.13t's gc.get_objects(G) ignores G: every tracked, not frozen
    // object, in heap order (ascending id in the model).
    std::vector<gcops::ObjId> ids;
    for (int g = 0; g < kNumGenerations; ++g) {
      for (gcops::ObjId id : heap_.ObjectsInGeneration(g)) ids.push_back(id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
  }
  return heap_.ObjectsInGeneration(gen);
}

std::vector<gcops::ObjId> CollectorBackend::Referents(gcops::ObjId obj) {
  return heap_.ReferentIds(Live(obj));
}

std::vector<gcops::ObjId> CollectorBackend::Referrers(gcops::ObjId obj) {
  return heap_.ReferrerIds(Live(obj));
}

std::vector<gcops::ObjId> CollectorBackend::Garbage() {
  return heap_.GarbageIds();
}
std::array<int64_t, 3> CollectorBackend::Count() { return heap_.Count(); }
gcops::GenStats CollectorBackend::Stats(int gen) { return heap_.Stats(gen); }

}  // namespace gcfuzz::collector
