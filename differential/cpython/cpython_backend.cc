// differential/cpython/cpython_backend.cc — see cpython_backend.h and
// docs/cpython-backend.md.
//
// Layout of this file:
//   1. CpythonBackend::Impl: one run's bookkeeping (labels by address,
//      runner references, stats) and the operations;
//      it is the RuntimeListener the process-wide hooks report to
//      (cpython_runtime.h).
//   2. The thin CpythonBackend forwarding layer.
#define PY_SSIZE_T_CLEAN
#include "differential/cpython/cpython_backend.h"

#include <Python.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <span>
#include <unordered_map>
#include <utility>
#include <vector>

#include "differential/cpython/cpython_runtime.h"
#include "differential/cpython/gc_internals.h"

namespace gcfuzz::differential {

using gcops::ClassId;
using gcops::GenStats;
using gcops::Host;
using gcops::ObjId;
using gcops::ObjKind;
using gcops::Value;
using gcops::Where;

namespace {
Runtime* rt = nullptr;  // the process-wide runtime, set by Begin
}  // namespace

// ---------------------------------------------------------------------------
// 1. Impl
// ---------------------------------------------------------------------------

class CpythonBackend::Impl final : public RuntimeListener {
 public:
  // --- hooks called from CPython (only while this Impl is rt->active)
  void HookDel(PyObject* self) override;
  void HookTpDel(PyObject* self) override;
  void HookWeakrefCallback(PyObject* wr) override;
  void HookGc(bool head, bool start, PyObject* info) override;
  void HookProgramGcCallback(uint32_t index, bool start,
                             PyObject* info) override;
  // A deallocation of `op` passed the point of no return. Returns true if
  // `op` was a program object.
  bool BeginFree(PyObject* op) override;
  bool quiet() const { return quiet_; }
  bool IsProgram(PyObject* op) const { return ids_.count(op) != 0; }

  // --- operations (see gcops::Backend)
  void Begin(Host& host, const gcops::Program& program);
  void End();
  void NewInstance(ObjId id, ClassId cls);
  void NewList(ObjId id, std::span<const Value> items);
  void NewDict(ObjId id);
  void NewTuple(ObjId id, std::span<const Value> items);
  ObjId NewWeakref(ObjId id, bool proxy, ObjId target, bool with_callback);
  void Incref(ObjId obj);
  void Decref(ObjId obj);
  ObjKind KindOf(ObjId obj) const { return rec(obj).kind; }
  ClassId ClassOf(ObjId obj) const { return rec(obj).cls; }
  size_t Length(ObjId obj);
  bool HasKey(ObjId dict, int32_t key);
  Value GetItem(ObjId obj, int32_t index);
  void SetItem(ObjId obj, int32_t index, const Value& v);
  void DelKey(ObjId dict, int32_t key);
  void Append(ObjId list, const Value& v);
  int64_t Collect(int gen);
  void SetEnabled(bool enabled);
  void SetThreshold(std::span<const int32_t> thresholds);
  void Freeze();
  void Unfreeze();
  void SetDebug(uint32_t flags);
  void ClearGarbage();
  size_t GarbageSize() const { return PyList_GET_SIZE(rt->garbage); }
  ObjId PopGarbage(size_t index);
  void AddGcCallback(uint32_t index);
  bool IsTracked(ObjId obj) { return PyObject_GC_IsTracked(ptr(obj)) == 1; }
  bool IsFinalized(ObjId obj) { return PyObject_GC_IsFinalized(ptr(obj)) == 1; }
  int64_t WeakrefCount(ObjId obj);
  bool WeakrefIsDead(ObjId weakref);
  Where GenerationOf(ObjId obj);
  std::vector<ObjId> Objects(int gen);
  std::vector<ObjId> Referents(ObjId obj);
  std::vector<ObjId> Referrers(ObjId obj);
  std::vector<ObjId> Garbage();
  std::array<int64_t, 3> Count() const {
    long long c[3];
    gcfuzz_gc_counts(c);
    return {c[0], c[1], c[2]};
  }
  GenStats Stats(int gen) const { return stats_.at(gen); }
  size_t LiveObjects() const { return ids_.size(); }

 private:
  struct ObjRec {
    PyObject* ptr = nullptr;  // borrowed; valid while alive
    ObjKind kind = ObjKind::kInstance;
    ClassId cls = 0;
    int64_t runner_refs = 0;  // references the runner owns (for End)
    bool alive = false;
  };

  const ObjRec& rec(ObjId id) const {
    if (id >= objs_.size() || !objs_[id].alive) Fatal("unknown or dead ObjId");
    return objs_[id];
  }
  ObjRec& rec(ObjId id) {
    return const_cast<ObjRec&>(std::as_const(*this).rec(id));
  }
  PyObject* ptr(ObjId id) const { return rec(id).ptr; }
  ObjId Lookup(PyObject* op) const {
    auto it = ids_.find(op);
    return it == ids_.end() ? gcops::kNoObj : it->second;
  }
  void Register(ObjId id, PyObject* op, ObjKind kind, ClassId cls = 0);
  PyObject* ToPy(const Value& v) const;  // new reference
  Value FromPy(PyObject* op) const;      // op borrowed, may be NULL
  const ClassInfo& InstanceClass(ObjId id) const {
    return *classes_[rec(id).cls];
  }
  void BreakCyclesForEnd();
  // gc.collect(), gc.freeze(), ... with nothing to return.
  void CallGc(PyObject* fn, const char* what);

  Host* host_ = nullptr;
  bool quiet_ = true;  // no events, no bodies: outside a run and during End
  std::vector<const ClassInfo*> classes_;  // ClassId -> class
  std::vector<ObjRec> objs_;
  std::unordered_map<PyObject*, ObjId> ids_;  // labels by address, alive only
  std::array<GenStats, 3> stats_{};
  // The program's gc.collect() is under way: the collection that starts
  // next (if CPython runs one: not inside another) is explicit; any other
  // is one CPython's own scheduler started.
  bool explicit_pending_ = false;
  bool collecting_auto_ = false;  // of the running collection
  Py_ssize_t garbage_base_ = 0;   // gc.garbage entries before the appends
};

// Entries each free list is stocked with at a program's start and after
// every full collection (which empties them): far more than a body's
// temporaries take at once, and more than a full collection's finalizers
// make (the clear's releases bring count0 to 0, as in the real runs).
inline constexpr int kFreeListStock = 40;

namespace {

int IsProgramPred(PyObject* op, void* ctx) {
  return static_cast<const CpythonBackend::Impl*>(ctx)->IsProgram(op) ? 1 : 0;
}

// CPython's get_basic_refs: the callback-less exact ref at the head of the
// target's weakref list, and the callback-less proxy right after it.
PyObject* BasicWeakref(PyObject* target, bool proxy) {
  const Py_ssize_t off = Py_TYPE(target)->tp_weaklistoffset;
  if (off <= 0) return nullptr;
  auto* head = *reinterpret_cast<PyWeakReference**>(
      reinterpret_cast<char*>(target) + off);
  PyWeakReference* ref = nullptr;
  PyWeakReference* prox = nullptr;
  if (head != nullptr && head->wr_callback == nullptr) {
    if (PyWeakref_CheckRefExact(reinterpret_cast<PyObject*>(head))) {
      ref = head;
      head = head->wr_next;
    }
    if (head != nullptr && head->wr_callback == nullptr &&
        PyWeakref_CheckProxy(reinterpret_cast<PyObject*>(head))) {
      prox = head;
    }
  }
  return reinterpret_cast<PyObject*>(proxy ? prox : ref);
}

int64_t InfoInt(PyObject* info, const char* key) {
  if (info == nullptr || !PyDict_Check(info)) return 0;
  PyObject* v = PyDict_GetItemString(info, key);  // borrowed
  return v == nullptr ? 0 : PyLong_AsLongLong(v);
}

}  // namespace

// --- Impl: hooks ----------------------------------------------------------

bool CpythonBackend::Impl::BeginFree(PyObject* op) {
  auto it = ids_.find(op);
  if (it == ids_.end()) return false;
  const ObjId id = it->second;
  ids_.erase(it);
  objs_[id].alive = false;
  objs_[id].ptr = nullptr;
  if (quiet_) return false;
  host_->OnFree(id);
  return true;
}

void CpythonBackend::Impl::HookDel(PyObject* self) {
  const ObjId id = Lookup(self);
  if (quiet_ || id == gcops::kNoObj) return;
  host_->OnDel(id);
}

void CpythonBackend::Impl::HookTpDel(PyObject* self) {
  const ObjId id = Lookup(self);
  if (quiet_ || id == gcops::kNoObj) return;
  host_->OnTpDel(id);
}

void CpythonBackend::Impl::HookWeakrefCallback(PyObject* wr) {
  const ObjId id = Lookup(wr);
  if (quiet_ || id == gcops::kNoObj) return;
  host_->OnWeakrefCallback(id);
}

// gc.callbacks is [head, program callbacks..., tail]. "start": the head
// runs first, the tail right before gc_collect_main, after every program
// start callback.
// "stop": the head runs right after gc_collect_main, before every program
// stop callback, which is where the spec puts `garbage` and `collect`
// events. Which collections run, and which generation each takes, is
// CPython's own decision (its counts, thresholds and long-lived counters);
// the hooks only observe.
void CpythonBackend::Impl::HookGc(bool head, bool start, PyObject* info) {
  if (quiet_) return;
  const int gen = static_cast<int>(InfoInt(info, "generation"));
  if (gen < 0 || gen > 2) Fatal("gc callback info without a generation");
  if (start && head) {
    // First of the start callbacks: nothing of the program ran since the
    // program's gc.collect() (if that is what started it) was called.
    collecting_auto_ = !explicit_pending_;
    explicit_pending_ = false;
    return;
  }
  if (start) {  // the tail: after the program's start callbacks
    garbage_base_ = PyList_GET_SIZE(rt->garbage);
    return;
  }
  if (!head) return;
  // Stop, head: the collection's own work is done.
  if (gen == 2) {
    // The full collection emptied the free lists (releasing what they held,
    // each release lowering count0, so it reads 0 after any finalizers'
    // allocations). Stock them again, and take back the count of the info
    // dict CPython just made for these callbacks from the empty dict free
    // list: the harness's hooks are why it exists (the canonical runtime
    // neutralizes its own the same way: docs/python-translation.md).
    gcfuzz_freelists_stock(kFreeListStock);
    gcfuzz_gc_uncount_one();
  }
  const int64_t m = InfoInt(info, "collected");
  const int64_t n = InfoInt(info, "uncollectable");
  stats_[gen].collections += 1;
  stats_[gen].collected += m;
  stats_[gen].uncollectable += n;
  const Py_ssize_t size = PyList_GET_SIZE(rt->garbage);
  for (Py_ssize_t i = std::max<Py_ssize_t>(garbage_base_, 0); i < size; ++i) {
    const ObjId id = Lookup(PyList_GET_ITEM(rt->garbage, i));
    if (id == gcops::kNoObj) Fatal("a non-program object reached gc.garbage");
    host_->OnGarbage(id);
  }
  host_->OnCollectEnd(gen, m + n, collecting_auto_);
}

void CpythonBackend::Impl::HookProgramGcCallback(uint32_t index, bool start,
                                                 PyObject* info) {
  if (quiet_) return;
  host_->OnGcCallback(
      index, start, static_cast<int>(InfoInt(info, "generation")),
      InfoInt(info, "collected"), InfoInt(info, "uncollectable"));
}

// --- Impl: run lifecycle --------------------------------------------------

void CpythonBackend::Impl::Begin(Host& host, const gcops::Program& program) {
  rt = &EnsureRuntime();
  if (rt->active != nullptr) Fatal("another CpythonBackend run is active");
  classes_.clear();
  for (const gcops::ClassDecl& c : program.classes) {
    bool made = false;
    classes_.push_back(
        &GetClass({c.slots, c.has_del, c.has_tp_del, !c.noweakref}, &made));
  }
  objs_.clear();
  ids_.clear();
  stats_ = {};
  explicit_pending_ = false;
  collecting_auto_ = false;
  garbage_base_ = 0;
  // A fresh interpreter after gc.collect() (spec 3.4's start state):
  // whatever the harness (or the previous run's cleanup) left is
  // collected and everything alive is frozen, so generations 0-2 hold
  // program objects only from here on; a second collection of the empty
  // generations zeroes CPython's long-lived counters; the free lists are
  // stocked, and the last freeze zeroes the counts. Then CPython's own
  // automatic collection goes on, with the start state's thresholds.
  rt->active = this;
  quiet_ = true;
  CallGc(rt->gc_collect, "gc.collect");
  CallGc(rt->gc_freeze, "gc.freeze");
  CallGc(rt->gc_collect, "gc.collect");
  gcfuzz_freelists_stock(kFreeListStock);
  CallGc(rt->gc_freeze, "gc.freeze");
  if (PyList_GET_SIZE(rt->garbage) != 0) Fatal("gc.garbage not empty at Begin");
  SetThreshold(std::array<int32_t, 3>{700, 10, 10});
  CallGc(rt->gc_enable, "gc.enable");
  host_ = &host;
  quiet_ = false;
}

void CpythonBackend::Impl::CallGc(PyObject* fn, const char* what) {
  Py_DECREF(Check(PyObject_CallNoArgs(fn), what));
}

void CpythonBackend::Impl::End() {
  if (rt == nullptr || rt->active != this) return;
  quiet_ = true;
  CallGc(rt->gc_disable, "gc.disable");  // no collection while cleaning up
  SetDebug(0);
  // gc.callbacks back to [head, tail].
  CheckRc(PyList_SetSlice(rt->callbacks, 1, PyList_GET_SIZE(rt->callbacks) - 1,
                          nullptr),
          "gc.callbacks");
  CheckRc(
      PyList_SetSlice(rt->garbage, 0, PyList_GET_SIZE(rt->garbage), nullptr),
      "gc.garbage");
  for (ObjRec& r : objs_) {
    while (r.alive && r.runner_refs > 0) {
      --r.runner_refs;
      Py_DECREF(r.ptr);  // may free r (and others): r.alive turns false
    }
  }
  gcfuzz_gc_unfreeze_matching(IsProgramPred, this);
  BreakCyclesForEnd();
  Py_DECREF(Check(PyObject_CallNoArgs(rt->gc_collect), "gc.collect"));
  if (!ids_.empty()) {
    std::fprintf(stderr,
                 "==gcfuzz== WARNING: cpython backend: %zu program objects "
                 "outlived End\n",
                 ids_.size());
    ids_.clear();
  }
  objs_.clear();
  host_ = nullptr;
  rt->active = nullptr;
}

// Empties every live program container, so every cycle (including legacy
// tp_del cycles the collector would keep forever) dies by refcount.
void CpythonBackend::Impl::BreakCyclesForEnd() {
  std::vector<std::pair<PyObject*, ObjRec>> live;
  for (const ObjRec& r : objs_) {
    if (!r.alive) continue;
    Py_INCREF(r.ptr);
    live.emplace_back(r.ptr, r);
  }
  for (auto& [op, r] : live) {
    switch (r.kind) {
      case ObjKind::kInstance: {
        const ClassInfo& c = *classes_[r.cls];
        for (int i = 0; i < c.slots; ++i) {
          PyObject** slot = SlotAddr(op, c.slot_offsets[i]);
          PyObject* old = *slot;
          *slot = nullptr;
          Py_XDECREF(old);
        }
        break;
      }
      case ObjKind::kList:
        PyList_SetSlice(op, 0, PyList_GET_SIZE(op), nullptr);
        break;
      case ObjKind::kDict:
        PyDict_Clear(op);
        break;
      default:
        break;
    }
  }
  for (auto& [op, r] : live) Py_DECREF(op);
}

void CpythonBackend::Impl::Register(ObjId id, PyObject* op, ObjKind kind,
                                    ClassId cls) {
  if (id >= objs_.size()) objs_.resize(id + 1);
  ObjRec& r = objs_[id];
  if (r.alive) Fatal("ObjId registered twice");
  r = ObjRec{op, kind, cls, 1, true};
  ids_[op] = id;
}

PyObject* CpythonBackend::Impl::ToPy(const Value& v) const {
  switch (v.kind) {
    case Value::Kind::kNone:
      return Py_NewRef(Py_None);
    case Value::Kind::kInt:
      return Check(PyLong_FromLong(v.i), "int");
    case Value::Kind::kObj:
      return Py_NewRef(ptr(v.obj));
  }
  Fatal("bad Value");
}

Value CpythonBackend::Impl::FromPy(PyObject* op) const {
  if (op == nullptr) {
    // A read the runner should have ruled out (index or key missing):
    // nothing there, and no exception may stay pending in CPython.
    PyErr_Clear();
    return Value::None();
  }
  if (op == Py_None) return Value::None();
  if (PyLong_CheckExact(op)) {
    return Value::Int(static_cast<int32_t>(PyLong_AsLong(op)));
  }
  const ObjId id = Lookup(op);
  return id == gcops::kNoObj ? Value::None() : Value::Obj(id);
}

// --- Impl: creation ---------------------------------------------------------

void CpythonBackend::Impl::NewInstance(ObjId id, ClassId cls) {
  if (cls >= classes_.size()) Fatal("unknown class");
  const ClassInfo& c = *classes_[cls];
  // What `CLASS()` does for a class without __init__: tp_alloc, which
  // counts it (and may collect first: 3.11 collects inside the
  // allocation), then tracks it at the tail of generation 0.
  PyObject* op = Check(c.type->tp_alloc(c.type, 0), "instance");
  *SlotAddr(op, c.marker_offset) = NewMarker(op, c.marker_offset);
  for (int i = 0; i < c.slots; ++i) {
    *SlotAddr(op, c.slot_offsets[i]) = Py_NewRef(Py_None);
  }
  Register(id, op, ObjKind::kInstance, cls);
}

// Program containers come from tp_alloc, never from a free list (see
// gc_internals.h): the allocation counts (and may collect first), as the
// canonical translation's fresh objects do.
void CpythonBackend::Impl::NewList(ObjId id, std::span<const Value> items) {
  PyObject* op = Check(PyList_Type.tp_alloc(&PyList_Type, 0), "list");
  for (const Value& v : items) {
    PyObject* item = ToPy(v);
    const int rc = PyList_Append(op, item);
    Py_DECREF(item);
    CheckRc(rc, "list append");
  }
  Register(id, op, ObjKind::kList);
}

void CpythonBackend::Impl::NewDict(ObjId id) {
  // `dict()`: dict_new through tp_alloc, untracked as `{}` is.
  PyObject* op = Check(
      PyObject_CallNoArgs(reinterpret_cast<PyObject*>(&PyDict_Type)), "dict");
  Register(id, op, ObjKind::kDict);
}

void CpythonBackend::Impl::NewTuple(ObjId id, std::span<const Value> items) {
  if (items.empty()) Fatal("a program tuple has at least one item");
  PyObject* op =
      Check(PyTuple_Type.tp_alloc(&PyTuple_Type,
                                  static_cast<Py_ssize_t>(items.size())),
            "tuple");
  for (size_t i = 0; i < items.size(); ++i) {
    PyTuple_SET_ITEM(op, static_cast<Py_ssize_t>(i), ToPy(items[i]));
  }
  Register(id, op, ObjKind::kTuple);
}

ObjId CpythonBackend::Impl::NewWeakref(ObjId id, bool proxy, ObjId target,
                                       bool with_callback) {
  PyObject* t = ptr(target);
  PyObject* cb = with_callback ? rt->weakref_callback : nullptr;
  PyObject* w = nullptr;
  if (!proxy) {
    // `weakref.ref(T[, cb])` itself: weakref___new__ decides reuse, and the
    // count (and any automatic collection) happens in its tp_alloc, only
    // when it allocates. The argument tuple comes from the stocked free
    // list: uncounted, as in the canonical translation.
    PyObject* type = reinterpret_cast<PyObject*>(&_PyWeakref_RefType);
    w = Check(cb == nullptr
                  ? PyObject_CallOneArg(type, t)
                  : PyObject_CallFunctionObjArgs(type, t, cb, nullptr),
              "weakref.ref");
  } else {
    // `weakref.proxy` is PyWeakref_NewProxy: reuse check, allocation (the
    // count and the automatic collection), then a second look: a basic
    // proxy made during that collection wins, and the new one is dropped.
    if (!with_callback) {
      if (PyObject* existing = BasicWeakref(t, /*proxy=*/true)) {
        const ObjId eid = Lookup(existing);
        if (eid == gcops::kNoObj) Fatal("basic proxy is not a program object");
        Incref(eid);
        return eid;
      }
    }
    w = Check(PyWeakref_NewProxy(t, cb), "weakref.proxy");
  }
  if (const ObjId eid = Lookup(w); eid != gcops::kNoObj) {
    objs_[eid].runner_refs += 1;  // reused: `w` is a new reference to it
    return eid;
  }
  Register(id, w, proxy ? ObjKind::kProxy : ObjKind::kRef);
  return id;
}

void CpythonBackend::Impl::Incref(ObjId obj) {
  ObjRec& r = rec(obj);
  ++r.runner_refs;
  Py_INCREF(r.ptr);
}

void CpythonBackend::Impl::Decref(ObjId obj) {
  ObjRec& r = rec(obj);
  if (r.runner_refs <= 0) Fatal("Decref without a runner reference");
  --r.runner_refs;
  Py_DECREF(r.ptr);  // may run finalizers and free objects
}

// --- Impl: reads and mutations --------------------------------------------

size_t CpythonBackend::Impl::Length(ObjId obj) {
  PyObject* op = ptr(obj);
  switch (rec(obj).kind) {
    case ObjKind::kList:
      return static_cast<size_t>(PyList_GET_SIZE(op));
    case ObjKind::kTuple:
      return static_cast<size_t>(PyTuple_GET_SIZE(op));
    case ObjKind::kDict:
      return static_cast<size_t>(PyDict_GET_SIZE(op));
    default:
      return 0;
  }
}

bool CpythonBackend::Impl::HasKey(ObjId dict, int32_t key) {
  PyObject* k = Check(PyLong_FromLong(key), "int");
  const int rc = PyDict_Contains(ptr(dict), k);
  Py_DECREF(k);
  CheckRc(rc, "dict contains");
  return rc == 1;
}

Value CpythonBackend::Impl::GetItem(ObjId obj, int32_t index) {
  PyObject* op = ptr(obj);
  switch (rec(obj).kind) {
    case ObjKind::kInstance: {
      const ClassInfo& c = InstanceClass(obj);
      if (index < 0 || index >= c.slots) Fatal("slot index out of range");
      return FromPy(*SlotAddr(op, c.slot_offsets[index]));
    }
    case ObjKind::kList:
      return FromPy(PyList_GetItem(op, index));
    case ObjKind::kTuple:
      return FromPy(PyTuple_GetItem(op, index));
    case ObjKind::kDict: {
      PyObject* k = Check(PyLong_FromLong(index), "int");
      PyObject* v = PyDict_GetItemWithError(op, k);  // borrowed
      Py_DECREF(k);
      return FromPy(v);
    }
    default:
      Fatal("GetItem on a weakref");
  }
}

void CpythonBackend::Impl::SetItem(ObjId obj, int32_t index, const Value& v) {
  PyObject* op = ptr(obj);
  switch (rec(obj).kind) {
    case ObjKind::kInstance: {
      // A member descriptor's set (T_OBJECT_EX): store, then drop the old.
      const ClassInfo& c = InstanceClass(obj);
      if (index < 0 || index >= c.slots) Fatal("slot index out of range");
      PyObject** slot = SlotAddr(op, c.slot_offsets[index]);
      PyObject* old = *slot;
      *slot = ToPy(v);
      Py_XDECREF(old);
      return;
    }
    case ObjKind::kList:
      CheckRc(PyList_SetItem(op, index, ToPy(v)), "list store");
      return;
    case ObjKind::kDict: {
      PyObject* k = Check(PyLong_FromLong(index), "int");
      PyObject* val = ToPy(v);
      const int rc = PyDict_SetItem(op, k, val);
      Py_DECREF(k);
      Py_DECREF(val);
      CheckRc(rc, "dict store");
      return;
    }
    default:
      Fatal("SetItem on an immutable object");
  }
}

void CpythonBackend::Impl::DelKey(ObjId dict, int32_t key) {
  PyObject* k = Check(PyLong_FromLong(key), "int");
  const int rc = PyDict_DelItem(ptr(dict), k);
  Py_DECREF(k);
  CheckRc(rc, "dict delete");
}

void CpythonBackend::Impl::Append(ObjId list, const Value& v) {
  PyObject* val = ToPy(v);
  const int rc = PyList_Append(ptr(list), val);
  Py_DECREF(val);
  CheckRc(rc, "list append");
}

// --- Impl: the gc module ----------------------------------------------------

// gc.collect(gen). Inside a running collection CPython itself returns 0
// and starts none.
int64_t CpythonBackend::Impl::Collect(int gen) {
  if (gen < 0 || gen > 2) Fatal("invalid generation");
  PyObject* g = Check(PyLong_FromLong(gen), "int");
  explicit_pending_ = true;
  // Vectorcall: no argument tuple joins generation 0.
  PyObject* r = PyObject_Vectorcall(rt->gc_collect, &g, 1, nullptr);
  explicit_pending_ = false;
  Py_DECREF(g);
  Check(r, "gc.collect");
  const int64_t n = PyLong_AsLongLong(r);
  Py_DECREF(r);
  return n;
}

void CpythonBackend::Impl::SetEnabled(bool enabled) {
  CallGc(enabled ? rt->gc_enable : rt->gc_disable,
         enabled ? "gc.enable" : "gc.disable");
}

// gc.set_threshold(t0[, t1[, t2]]). Its argument tuple comes from the
// stocked free list (uncounted) and nothing of the program runs here.
void CpythonBackend::Impl::SetThreshold(std::span<const int32_t> thresholds) {
  PyObject* args[3];
  const size_t n = std::min<size_t>(thresholds.size(), 3);
  for (size_t i = 0; i < n; ++i)
    args[i] = Check(PyLong_FromLong(thresholds[i]), "int");
  PyObject* r = PyObject_Vectorcall(rt->gc_set_threshold, args, n, nullptr);
  for (size_t i = 0; i < n; ++i) Py_DECREF(args[i]);
  Py_DECREF(Check(r, "gc.set_threshold"));
}

void CpythonBackend::Impl::Freeze() { CallGc(rt->gc_freeze, "gc.freeze"); }

// gc.unfreeze() for the program's objects: they go to the tail of gen 2 in
// permanent-list order; the interpreter's own objects stay frozen, so
// generation 2 still holds program objects only.
void CpythonBackend::Impl::Unfreeze() {
  gcfuzz_gc_unfreeze_matching(IsProgramPred, this);
}

void CpythonBackend::Impl::SetDebug(uint32_t flags) {
  PyObject* f = Check(PyLong_FromUnsignedLong(flags), "int");
  PyObject* r = PyObject_Vectorcall(rt->gc_set_debug, &f, 1, nullptr);
  Py_DECREF(f);
  Py_DECREF(Check(r, "gc.set_debug"));
}

void CpythonBackend::Impl::ClearGarbage() {
  garbage_base_ = 0;
  PyObject* r = PyObject_CallMethodNoArgs(rt->garbage, rt->str_clear);
  Py_DECREF(Check(r, "gc.garbage.clear"));
}

ObjId CpythonBackend::Impl::PopGarbage(size_t index) {
  const Py_ssize_t i = static_cast<Py_ssize_t>(index);
  if (i >= PyList_GET_SIZE(rt->garbage)) Fatal("gc.garbage index out of range");
  if (i < garbage_base_) --garbage_base_;
  PyObject* idx = Check(PyLong_FromSsize_t(i), "int");
  PyObject* args[2] = {rt->garbage, idx};
  PyObject* op = PyObject_VectorcallMethod(
      rt->str_pop, args, 2 | PY_VECTORCALL_ARGUMENTS_OFFSET, nullptr);
  Py_DECREF(idx);
  Check(op, "gc.garbage.pop");
  const ObjId id = Lookup(op);
  if (id == gcops::kNoObj) Fatal("gc.garbage held a non-program object");
  objs_[id].runner_refs += 1;  // the popped reference is the runner's now
  return id;
}

void CpythonBackend::Impl::AddGcCallback(uint32_t index) {
  // A fresh builtin callable per entry (a GC object, so untracked at once):
  // never part of any generation, and its allocation neither counts nor
  // collects.
  gcfuzz_gc_quiet saved;
  gcfuzz_gc_quiet_begin(&saved);
  PyObject* fn = NewProgramGcCallback(index);
  gcfuzz_gc_quiet_end(&saved);
  // Before the tail hook, i.e. after every earlier entry.
  CheckRc(PyList_Insert(rt->callbacks, PyList_GET_SIZE(rt->callbacks) - 1, fn),
          "gc.callbacks");
  Py_DECREF(fn);
}

// --- Impl: introspection ----------------------------------------------------

int64_t CpythonBackend::Impl::WeakrefCount(ObjId obj) {
  PyObject* r = Check(PyObject_CallOneArg(rt->getweakrefcount, ptr(obj)),
                      "getweakrefcount");
  const int64_t n = PyLong_AsLongLong(r);
  Py_DECREF(r);
  return n;
}

bool CpythonBackend::Impl::WeakrefIsDead(ObjId weakref) {
  return PyWeakref_GetObject(ptr(weakref)) == Py_None;
}

Where CpythonBackend::Impl::GenerationOf(ObjId obj) {
  const int where = gcfuzz_gc_where(ptr(obj));
  if (where == GCFUZZ_GC_COLLECTING) {
    Fatal("GenerationOf asked during a collection (no generation holds it)");
  }
  switch (where) {
    case 0:
      return Where::kGen0;
    case 1:
      return Where::kGen1;
    case 2:
      return Where::kGen2;
    case GCFUZZ_GC_PERMANENT:
      return Where::kPermanent;
    default:
      return Where::kUntracked;
  }
}

std::vector<ObjId> CpythonBackend::Impl::Objects(int gen) {
  struct Ctx {
    const Impl* self;
    std::vector<ObjId> out;
  } ctx{this, {}};
  gcfuzz_gc_for_each(
      gen,
      [](PyObject* op, void* p) {
        auto* c = static_cast<Ctx*>(p);
        if (const ObjId id = c->self->Lookup(op); id != gcops::kNoObj) {
          c->out.push_back(id);
        }
      },
      &ctx);
  return std::move(ctx.out);
}

// gc.get_referents without its result list: the object's tp_traverse, in
// visit order, keeping program objects (the hidden marker, ints, None and
// the class are left out).
std::vector<ObjId> CpythonBackend::Impl::Referents(ObjId obj) {
  std::vector<PyObject*> seen;
  PyObject* op = ptr(obj);
  traverseproc traverse = Py_TYPE(op)->tp_traverse;
  if (traverse != nullptr) {
    traverse(
        op,
        [](PyObject* o, void* p) {
          static_cast<std::vector<PyObject*>*>(p)->push_back(o);
          return 0;
        },
        &seen);
  }
  std::vector<ObjId> out;
  for (PyObject* o : seen) {
    if (const ObjId id = Lookup(o); id != gcops::kNoObj) out.push_back(id);
  }
  return out;
}

std::vector<ObjId> CpythonBackend::Impl::Referrers(ObjId obj) {
  PyObject* list = Check(PyObject_CallOneArg(rt->gc_get_referrers, ptr(obj)),
                         "gc.get_referrers");
  std::vector<ObjId> out;
  for (Py_ssize_t i = 0; i < PyList_GET_SIZE(list); ++i) {
    if (const ObjId id = Lookup(PyList_GET_ITEM(list, i));
        id != gcops::kNoObj) {
      out.push_back(id);
    }
  }
  Py_DECREF(list);
  return out;
}

std::vector<ObjId> CpythonBackend::Impl::Garbage() {
  std::vector<ObjId> out;
  for (Py_ssize_t i = 0; i < PyList_GET_SIZE(rt->garbage); ++i) {
    const ObjId id = Lookup(PyList_GET_ITEM(rt->garbage, i));
    if (id != gcops::kNoObj) out.push_back(id);
  }
  return out;
}

// ---------------------------------------------------------------------------
// 2. CpythonBackend
// ---------------------------------------------------------------------------

CpythonBackend::CpythonBackend() : impl_(std::make_unique<Impl>()) {}
CpythonBackend::~CpythonBackend() { impl_->End(); }

void CpythonBackend::Begin(Host& host, const gcops::Program& program) {
  impl_->Begin(host, program);
}
void CpythonBackend::End() { impl_->End(); }
void CpythonBackend::NewInstance(ObjId id, ClassId cls) {
  impl_->NewInstance(id, cls);
}
void CpythonBackend::NewList(ObjId id, std::span<const Value> items) {
  impl_->NewList(id, items);
}
void CpythonBackend::NewDict(ObjId id) { impl_->NewDict(id); }
void CpythonBackend::NewTuple(ObjId id, std::span<const Value> items) {
  impl_->NewTuple(id, items);
}
ObjId CpythonBackend::NewWeakref(ObjId id, bool proxy, ObjId target,
                                 bool with_callback) {
  return impl_->NewWeakref(id, proxy, target, with_callback);
}
void CpythonBackend::Incref(ObjId obj) { impl_->Incref(obj); }
void CpythonBackend::Decref(ObjId obj) { impl_->Decref(obj); }
ObjKind CpythonBackend::KindOf(ObjId obj) { return impl_->KindOf(obj); }
ClassId CpythonBackend::ClassOf(ObjId obj) { return impl_->ClassOf(obj); }
size_t CpythonBackend::Length(ObjId obj) { return impl_->Length(obj); }
bool CpythonBackend::HasKey(ObjId dict, int32_t key) {
  return impl_->HasKey(dict, key);
}
Value CpythonBackend::GetItem(ObjId obj, int32_t index) {
  return impl_->GetItem(obj, index);
}
void CpythonBackend::SetItem(ObjId obj, int32_t index, const Value& v) {
  impl_->SetItem(obj, index, v);
}
void CpythonBackend::DelKey(ObjId dict, int32_t key) {
  impl_->DelKey(dict, key);
}
void CpythonBackend::Append(ObjId list, const Value& v) {
  impl_->Append(list, v);
}
int64_t CpythonBackend::Collect(int gen) { return impl_->Collect(gen); }
void CpythonBackend::SetEnabled(bool enabled) { impl_->SetEnabled(enabled); }
void CpythonBackend::SetThreshold(std::span<const int32_t> thresholds) {
  impl_->SetThreshold(thresholds);
}
void CpythonBackend::Freeze() { impl_->Freeze(); }
void CpythonBackend::Unfreeze() { impl_->Unfreeze(); }
void CpythonBackend::SetDebug(uint32_t flags) { impl_->SetDebug(flags); }
void CpythonBackend::ClearGarbage() { impl_->ClearGarbage(); }
size_t CpythonBackend::GarbageSize() { return impl_->GarbageSize(); }
ObjId CpythonBackend::PopGarbage(size_t index) {
  return impl_->PopGarbage(index);
}
void CpythonBackend::AddGcCallback(uint32_t index) {
  impl_->AddGcCallback(index);
}
bool CpythonBackend::IsTracked(ObjId obj) { return impl_->IsTracked(obj); }
bool CpythonBackend::IsFinalized(ObjId obj) { return impl_->IsFinalized(obj); }
int64_t CpythonBackend::WeakrefCount(ObjId obj) {
  return impl_->WeakrefCount(obj);
}
bool CpythonBackend::WeakrefIsDead(ObjId weakref) {
  return impl_->WeakrefIsDead(weakref);
}
Where CpythonBackend::GenerationOf(ObjId obj) {
  return impl_->GenerationOf(obj);
}
std::vector<ObjId> CpythonBackend::Objects(int gen) {
  return impl_->Objects(gen);
}
std::vector<ObjId> CpythonBackend::Referents(ObjId obj) {
  return impl_->Referents(obj);
}
std::vector<ObjId> CpythonBackend::Referrers(ObjId obj) {
  return impl_->Referrers(obj);
}
std::vector<ObjId> CpythonBackend::Garbage() { return impl_->Garbage(); }
std::array<int64_t, 3> CpythonBackend::Count() { return impl_->Count(); }
GenStats CpythonBackend::Stats(int gen) { return impl_->Stats(gen); }
size_t CpythonBackend::LiveObjectsForTesting() const {
  return impl_->LiveObjects();
}

}  // namespace gcfuzz::differential
