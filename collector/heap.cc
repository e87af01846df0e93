// collector/heap.cc — allocation, tracking, the scheduler, mutation and the
// gc module's entry points.
#include "collector/heap.h"

#include <algorithm>
#include <cstdio>

#include "collector/check.h"

namespace gcfuzz::collector {

Heap::Heap(const VersionRules& rules, CollectorMode mode)
    : rules_(rules), mode_(mode) {
  for (GcHead& g : generations_) ListInit(&g);
  ListInit(&permanent_);
  sched_.threshold = rules_.default_thresholds;
  if (mode_ == CollectorMode::kFreeThreaded) {
    // The heap's own thread: one QSBR reader, online for the heap's life
    // (an attached thread state).
    qsbr_ = std::make_unique<freethreading::Qsbr>();
    qsbr_index_ = qsbr_->Reserve();
    GCFUZZ_CHECK(qsbr_index_ != freethreading::kQsbrNoSlot, "no QSBR slot");
    qsbr_->Register(qsbr_index_,
                    reinterpret_cast<freethreading::QsbrOwner>(this));
    qsbr_->Slot(qsbr_index_).Attach();
  }
}

Heap::~Heap() { End(); }

void Heap::Begin(gcops::Host* host, std::vector<ClassInfo> classes) {
  End();
  host_ = host;
  classes_ = std::move(classes);
}

void Heap::End() {
  ReleaseDelayedFrees();
  // Drop every object without running anything: no events, no finalizers.
  for (Object*& o : objects_) {
    if (o != nullptr) FreeObjectMemory(o);
    o = nullptr;
  }
  // Objects a run left half-deallocated (only if a Host call threw) are
  // unreachable from objects_; nothing to do for them beyond forgetting.
  objects_.clear();
  live_ = 0;
  live_list_.clear();
  live_pos_.clear();
  for (GcHead& g : generations_) ListInit(&g);
  ListInit(&permanent_);
  sched_ = SchedulerState{};
  gc_scheduled_ = false;
  verify_work_ = 0;
  verify_skipped_ = 0;
  inc_ = IncrementalState{};
  stack_roots_.clear();
  sched_.threshold = rules_.default_thresholds;
  stats_ = {};
  collecting_ = false;
  debug_ = 0;
  garbage_.clear();
  callbacks_.clear();
  trash_nesting_ = 0;
  trash_later_ = nullptr;
  dying_.clear();
  releasing_.clear();
  host_depth_ = 0;
  classes_.clear();
  host_ = nullptr;
}

// _PyObject_GC_Link: the allocation is counted first; a collection may run
// before the new object exists (spec 3.4).
void Heap::CountAllocation() {
  if (rules_.incremental) return;  // 3.14.2 counts on tracking (CountTrack)
  sched_.count[0] += 1;
  if (mode_ == CollectorMode::kFreeThreaded) {
    // _Py_RunGC: always "generation 0", which walks the whole heap.
    if (ShouldCollectFreeThreaded(rules_, sched_, collecting_)) {
      collecting_ = true;
      CollectWithCallbacks(0, /*automatic=*/true);
      collecting_ = false;
    }
    return;
  }
  if (!ShouldCollectOnAllocation(rules_, sched_, collecting_)) return;
  if (!rules_.collect_inside_allocation &&
      !PlantedFault(Fault::kScheduledCollectionInsideAllocation)) {
    gc_scheduled_ = true;  // _Py_ScheduleGC: run at the eval breaker
    return;
  }
  RunAutomaticCollection();
}

void Heap::RunAutomaticCollection() {
  collecting_ = true;
  // 3.14.2's _Py_RunGC: one incremental step, reported as generation 1.
  int gen = rules_.incremental ? 1 : ChooseGeneration(rules_, sched_);
  if (gen >= 0) CollectWithCallbacks(gen, /*automatic=*/true);
  collecting_ = false;
}

// _Py_RunGC at an eval-breaker check (3.12+): the one that ends the call
// which made an object, or a body function's entry (RESUME) — on 3.14.2,
// where tracking counts, re-tracking a dying object for its finalizer or
// the tuple of PyObject_ClearWeakRefs can schedule one (found by a
// counting sweep). The collection was scheduled with the gc enabled and no
// collection running; the checks repeat _Py_RunGC's.
void Heap::EvalBreakerCheck(Object* made, Object* also) {
  if (!gc_scheduled_) return;
  gc_scheduled_ = false;
  if (!sched_.enabled || collecting_) return;
  const size_t mark = PushRoots(also, made);  // `made` on top
  RunAutomaticCollection();
  PopRoots(mark);
}

// 3.14.2 _PyObject_GC_TRACK's counting and trigger (INC-3, INC-4).
void Heap::CountTrack(const Object* /*o*/) {
  sched_.count[0] += 1;
  if (ShouldCollectOnAllocation(rules_, sched_, collecting_))
    gc_scheduled_ = true;  // _Py_ScheduleGC: run at the eval breaker
}

void Heap::CountUntrack(const Object* /*o*/) {
  if (sched_.count[0] > 0) sched_.count[0] -= 1;
}

size_t Heap::PushRoots(Object* first, Object* second) {
  const size_t mark = stack_roots_.size();
  if (!rules_.incremental) return mark;
  if (first != nullptr) stack_roots_.push_back(first);
  if (second != nullptr) stack_roots_.push_back(second);
  return mark;
}

void Heap::Register(Object* o, ObjId id) {
  GCFUZZ_CHECK(id != gcops::kNoObj, "object id must be a label index");
  if (id >= objects_.size())
    objects_.resize(static_cast<size_t>(id) + 1, nullptr);
  GCFUZZ_CHECK(objects_[id] == nullptr, "object id reused while alive");
  o->id = id;
  o->refcnt = 1;
  o->runner_refs = 1;
  objects_[id] = o;
  ++live_;
  if (id >= live_pos_.size()) live_pos_.resize(objects_.size(), 0);
  live_pos_[id] = static_cast<uint32_t>(live_list_.size());
  live_list_.push_back(o);
}

Instance* Heap::NewInstance(ObjId id, gcops::ClassId cls) {
  GCFUZZ_CHECK(cls < classes_.size(), "unknown class");
  CountAllocation();
  Instance* inst = AllocInstance(classes_[cls].nslots);
  inst->cls = cls;
  Register(inst, id);
  Track(inst);  // PyType_GenericAlloc tracks at once
  EvalBreakerCheck(inst);
  return inst;
}

Instance* Heap::NewInstanceUntracked(ObjId id, gcops::ClassId cls) {
  GCFUZZ_CHECK(cls < classes_.size(), "unknown class");
  CountAllocation();  // _PyObject_GC_Link, as _PyObject_GC_New does
  Instance* inst = AllocInstance(classes_[cls].nslots);
  inst->cls = cls;
  inst->reserved |= kManualTracking;
  Register(inst, id);
  EvalBreakerCheck(inst);
  return inst;
}

bool Heap::TrackObject(Object* o) {
  if (collecting_ || IsTracked(&o->gc)) return false;
  Track(o);
  return true;
}

bool Heap::UntrackObject(Object* o) {
  if (collecting_) return false;
  o->reserved |= kManualTracking;
  Untrack(o);
  return true;
}

bool Heap::SetDeferred(Object* o) {
  if (mode_ != CollectorMode::kFreeThreaded || IsDeferred(o)) return false;
  // CPython asserts a GC type owned by the current thread; deferring an
  // untracked object would leave a reference no collection can remove.
  if (!IsTracked(&o->gc) || o->refcnt <= 0) return false;
  o->reserved |= kDeferredRefcount;
  o->refcnt += kDeferredBias;
  return true;
}

bool Heap::ClearObject(Object* o) {
  if (!HasClear(o)) return false;
  Pin(o);
  Clear(o);
  Unpin(o);  // may free it
  return true;
}

List* Heap::NewList(ObjId id, std::span<const Slot> items) {
  CountAllocation();
  List* l = AllocList();
  l->items.assign(items.begin(), items.end());
  for (const Slot& s : items)
    if (Object* o = s.obj()) Incref(o);
  Register(l, id);
  Track(l);
  EvalBreakerCheck(l);
  return l;
}

Dict* Heap::NewDict(ObjId id) {
  CountAllocation();
  Dict* d = AllocDict();
  Register(d, id);
  // Before 3.14 a new dict is untracked until a trackable value goes in.
  if (!rules_.dicts_untracked) Track(d);
  EvalBreakerCheck(d);
  return d;
}

Tuple* Heap::NewTuple(ObjId id, std::span<const Slot> items) {
  CountAllocation();
  Tuple* t = AllocTuple(static_cast<uint32_t>(items.size()));
  for (size_t i = 0; i < items.size(); ++i) {
    t->items()[i] = items[i];
    if (Object* o = items[i].obj()) Incref(o);
  }
  Register(t, id);
  // Built at run time: tracked when made, unless (3.14+) no item is of a
  // GC type (ints and None): the test is on the item's type, so an item
  // that is an untracked tuple still makes it tracked (measured,
  // docs/cpython-3.15-collector.md V315-7a).
  bool trackable = !rules_.untrack_tuples_at_creation;
  for (size_t i = 0; i < items.size() && !trackable; ++i)
    trackable = items[i].obj() != nullptr;
  if (trackable) Track(t);
  EvalBreakerCheck(t);
  return t;
}

namespace {

// get_basic_refs: the callback-less exact ref at the head, then the
// callback-less proxy right after it (or at the head).
void BasicRefs(Weakref* head, Weakref** ref, Weakref** proxy) {
  *ref = nullptr;
  *proxy = nullptr;
  if (head != nullptr && !head->callback) {
    if (head->kind == ObjKind::kRef) {
      *ref = head;
      head = head->wr_next;
    }
    if (head != nullptr && !head->callback && head->kind == ObjKind::kProxy)
      *proxy = head;
  }
}

void InsertHead(Weakref* w, Weakref** list) {
  Weakref* next = *list;
  w->wr_prev = nullptr;
  w->wr_next = next;
  if (next != nullptr) next->wr_prev = w;
  *list = w;
}

void InsertAfter(Weakref* w, Weakref* prev) {
  w->wr_prev = prev;
  w->wr_next = prev->wr_next;
  if (prev->wr_next != nullptr) prev->wr_next->wr_prev = w;
  prev->wr_next = w;
}

}  // namespace

// weakref___new__ (ref) and PyWeakref_NewProxy (proxy). The reuse check
// happens before the allocation; the allocation may collect, so the list
// is looked at again afterwards, exactly where CPython looks again.
Weakref* Heap::NewWeakref(ObjId id, bool proxy, Instance* target,
                          bool with_callback) {
  GCFUZZ_CHECK_OBJ(ClassOf(target).weakrefable, target,
                   "weak reference to an object that does not accept one");
  // `weakref.ref(T[, cb])` is a call through the type, which packs its
  // arguments in a tuple (tracked, holding T) for the whole call and drops
  // it before X is bound; at trashcan nesting 50 that tuple is deposited
  // and keeps T alive until the nesting unwinds (python3 3.11.7: a cycle
  // made and dropped there survives a gc.collect()). `weakref.proxy` is a
  // fast call: no tuple.
  Tuple* args = nullptr;
  if (!proxy) {
    args = NewInterpreterTuple(1, 1);
    args->items()[0] = Slot::Obj(target);
    Incref(target);
  }
  Weakref* w = NewWeakrefCall(id, proxy, target, with_callback);
  if (args != nullptr) Unpin(args);  // may deposit it (trashcan)
  // The end of the call: its argument tuple is gone; the new weakref is
  // on the stack, the target in a local of the translation's _ref.
  EvalBreakerCheck(w, target);
  return w;
}

Weakref* Heap::NewWeakrefCall(ObjId id, bool proxy, Instance* target,
                              bool with_callback) {
  Weakref* basic_ref;
  Weakref* basic_proxy;
  BasicRefs(target->weaklist, &basic_ref, &basic_proxy);
  Weakref* reuse = proxy ? basic_proxy : basic_ref;
  if (!with_callback && reuse != nullptr) {
    RunnerIncref(reuse);
    return reuse;
  }
  CountAllocation();
  Weakref* w = AllocWeakref(proxy ? ObjKind::kProxy : ObjKind::kRef);
  w->referent = target;
  w->callback = with_callback;
  BasicRefs(target->weaklist, &basic_ref, &basic_proxy);
  if (proxy && !with_callback && basic_proxy != nullptr) {
    // A collection during the allocation made a basic proxy; CPython drops
    // the new one (an allocation and a free of an object no one saw) and
    // returns the existing one.
    FreeObjectMemory(w);
    if (!rules_.incremental && sched_.count[0] > 0) sched_.count[0] -= 1;
    RunnerIncref(basic_proxy);
    return basic_proxy;
  }
  Register(w, id);
  Track(w);
  if (!proxy && !with_callback) {
    InsertHead(w, &target->weaklist);
  } else {
    Weakref* prev = (proxy && !with_callback)
                        ? basic_ref
                        : (basic_proxy != nullptr ? basic_proxy : basic_ref);
    if (prev == nullptr)
      InsertHead(w, &target->weaklist);
    else
      InsertAfter(w, prev);
  }
  return w;
}

void Heap::RunnerIncref(Object* o) {
  ++o->runner_refs;
  Incref(o);
}

void Heap::RunnerDecref(Object* o) {
  GCFUZZ_CHECK_OBJ(o->runner_refs > 0, o,
                   "runner drops a reference it does not hold");
  --o->runner_refs;
  Decref(o);
}

// _PyObject_GC_MAY_BE_TRACKED: a GC object, and if a tuple, a tracked one.
bool Heap::MayBeTracked(const Slot& s) const {
  Object* o = s.obj();
  if (o == nullptr) return false;
  return o->kind != ObjKind::kTuple || IsTracked(&o->gc);
}

// Stores first, then releases the old value (member descriptor set,
// list_ass_item, insertdict): a finalizer run by the release sees the new
// value in place.
void Heap::SetSlot(Instance* inst, int index, Slot v) {
  GCFUZZ_CHECK_OBJ(index >= 0 && index < inst->nslots, inst,
                   "slot out of range");
  if (Object* o = v.obj()) Incref(o);
  Slot old = inst->slots()[index];
  inst->slots()[index] = v;
  // The translation's setattr(c, name, v): v, then c, on the stack.
  const size_t mark = PushRoots(inst, v.obj());
  DecrefSlot(old);
  PopRoots(mark);
}

void Heap::ListSetItem(List* list, int index, Slot v) {
  GCFUZZ_CHECK_OBJ(
      index >= 0 && static_cast<size_t>(index) < list->items.size(), list,
      "list index out of range");
  if (Object* o = v.obj()) Incref(o);
  Slot old = list->items[index];
  list->items[index] = v;
  // STORE_SUBSCR: the key, then c, then v, from the stack's top.
  const size_t mark = PushRoots(v.obj(), list);
  DecrefSlot(old);
  PopRoots(mark);
}

void Heap::ListAppend(List* list, Slot v) {
  if (Object* o = v.obj()) Incref(o);
  list->items.push_back(v);
}

const DictEntry* Heap::DictLookup(const Dict* dict, int32_t key) const {
  for (const DictEntry& e : dict->entries)
    if (e.live && e.key == key) return &e;
  return nullptr;
}

void Heap::DictSetItem(Dict* dict, int32_t key, Slot v) {
  if (Object* o = v.obj()) Incref(o);
  // MAINTAIN_TRACKING: an untracked dict starts being tracked (gen0 tail)
  // when a value that may be tracked goes in. Keys are ints.
  if (rules_.dicts_untracked && !IsTracked(&dict->gc) && MayBeTracked(v))
    Track(dict);
  for (DictEntry& e : dict->entries) {
    if (e.live && e.key == key) {
      Slot old = e.value;
      e.value = v;
      const size_t mark = PushRoots(v.obj(), dict);  // STORE_SUBSCR
      DecrefSlot(old);
      PopRoots(mark);
      return;
    }
  }
  // A new key goes after every entry, deleted ones included; compact the
  // holes first when they outnumber live entries (order is unchanged).
  if (dict->entries.size() >= 8 && dict->entries.size() > 2 * dict->used) {
    std::erase_if(dict->entries, [](const DictEntry& e) { return !e.live; });
  }
  dict->entries.push_back(DictEntry{key, true, v});
  dict->used += 1;
}

void Heap::DictDelItem(Dict* dict, int32_t key) {
  for (DictEntry& e : dict->entries) {
    if (e.live && e.key == key) {
      // delitem_common: the entry is gone before the value is released.
      Slot old = e.value;
      e.live = false;
      e.value = Slot::None();
      dict->used -= 1;
      const size_t mark = PushRoots(dict);  // DELETE_SUBSCR
      DecrefSlot(old);
      PopRoots(mark);
      return;
    }
  }
  GCFUZZ_CHECK_OBJ(false, dict, "del of a missing key");
}

int64_t Heap::Collect(int gen) {
  GCFUZZ_CHECK(gen >= 0 && gen < kNumGenerations, "invalid generation");
  if (collecting_) return 0;  // gc.collect inside a collection
  collecting_ = true;
  int64_t n = CollectWithCallbacks(gen, /*automatic=*/false);
  collecting_ = false;
  return n;
}

void Heap::SetThresholds(std::span<const int32_t> t) {
  for (size_t i = 0; i < t.size() && i < sched_.threshold.size(); ++i)
    sched_.threshold[i] = t[i];
}

// gc.freeze: gen 0, 1, 2 (in that order) to the permanent generation.
void Heap::Freeze() {
  for (int i = 0; i < kNumGenerations; ++i) {
    ListMerge(&generations_[i], &permanent_);
    sched_.count[i] = 0;
  }
}

// gc.unfreeze: the permanent generation to the tail of the oldest.
// 3.14: to the tail of the visited list, and the harness's own frozen
// objects with it (INC-35).
void Heap::Unfreeze() {
  if (rules_.incremental) {
    ListMerge(&permanent_, VisitedList());
    inc_.interpreter_frozen = false;
    return;
  }
  ListMerge(&permanent_, &generations_[kNumGenerations - 1]);
}

// The program's objects in a list: interpreter tuples (object.h) are left
// out, as the spec counts long-lived objects over program objects only.
int64_t Heap::ProgramListSize(const GcHead* list) {
  int64_t n = 0;
  for (const GcHead* g = Next(list); g != list; g = Next(g))
    if (!IsHidden(FromGc(g))) ++n;
  return n;
}

size_t Heap::GenerationSize(int gen) const {
  return static_cast<size_t>(ProgramListSize(&generations_[gen]));
}
size_t Heap::PermanentSize() const {
  return static_cast<size_t>(ProgramListSize(&permanent_));
}

std::string Heap::DebugRepr(const Object* o) const {
  std::string type;
  switch (o->kind) {
    case ObjKind::kInstance: {
      const ClassInfo& c = ClassOf(static_cast<const Instance*>(o));
      type = c.name.empty()
                 ? "C" + std::to_string(static_cast<const Instance*>(o)->cls)
                 : c.name;
      break;
    }
    default:
      type = gcops::ObjKindTpName(o->kind);
      break;
  }
  char addr[32];
  std::snprintf(addr, sizeof addr, "%p", static_cast<const void*>(o));
  return "<" + type + " " + addr + ">";
}

void Heap::DebugLine(std::string_view line) const {
  if (debug_sink_) {
    debug_sink_(line);
  } else {
    std::fprintf(stderr, "%.*s\n", static_cast<int>(line.size()), line.data());
  }
}

void Heap::AppendGarbage(Object* o) {
  Incref(o);
  garbage_.push_back(o);
  CallHost([&](gcops::Host& h) { h.OnGarbage(o->id); });
}

// gc.garbage.clear(): list_clear empties the list first, then releases the
// items in reverse order.
void Heap::ClearGarbage() {
  // The list's references become pins while they are released, so the
  // heap stays verifiable if a finalizer runs a collection meanwhile.
  std::vector<Object*> items;
  items.swap(garbage_);
  for (Object* o : items) ++o->pins;
  for (size_t i = items.size(); i-- > 0;) Unpin(items[i]);
}

Object* Heap::PopGarbage(size_t index) {
  GCFUZZ_CHECK(index < garbage_.size(), "gc.garbage index out of range");
  Object* o = garbage_[index];
  garbage_.erase(garbage_.begin() + static_cast<ptrdiff_t>(index));
  ++o->runner_refs;  // the list's reference moves to the runner
  return o;
}

}  // namespace gcfuzz::collector
