// differential/cpython/cpython_runtime.cc — see cpython_runtime.h and
// docs/cpython-backend.md (sections 2, 3 and 5).
#include "differential/cpython/cpython_runtime.h"

#include <structmember.h>  // PyMemberDef

#include <cstdio>
#include <cstdlib>
#include <string>

#include "differential/cpython/gc_internals.h"
#include "differential/cpython/interpreter.h"
#include "report/report.h"

namespace gcfuzz::differential {

[[noreturn]] void Fatal(const char* what) {
  if (PyErr_Occurred()) PyErr_Print();
  report::ReportAndAbort("cpython-backend", what, what);
}

PyObject* Check(PyObject* o, const char* what) {
  if (o == nullptr) Fatal(what);
  return o;
}

void CheckRc(int rc, const char* what) {
  if (rc < 0) Fatal(what);
}

namespace {

// The hidden first slot of every program instance holds one of these. It is
// not a GC object (no tracking, no count, invisible to the collector's
// algorithm); subtype_dealloc releases slots in sorted-name order, so its
// release is the first thing after the point of no return. A release while
// the owner still has references is subtype_clear (delete_garbage), not a
// death: the marker re-arms itself in the slot clear_slots just emptied.
struct FreeMarker {
  PyObject_HEAD PyObject*
      owner;          // borrowed: the instance whose slot holds this
  Py_ssize_t offset;  // that slot's offset in the instance
};

Runtime* rt = nullptr;

RuntimeListener* Active() { return rt == nullptr ? nullptr : rt->active; }

// --- C hooks --------------------------------------------------------------

void MarkerDealloc(PyObject* self) {
  auto* m = reinterpret_cast<FreeMarker*>(self);
  PyObject* owner = m->owner;
  const Py_ssize_t offset = m->offset;
  PyTypeObject* tp = Py_TYPE(self);
  PyObject_Free(self);
  Py_DECREF(tp);
  if (Py_REFCNT(owner) > 0) {
    // subtype_clear from delete_garbage (it holds a reference): re-arm.
    auto** slot =
        reinterpret_cast<PyObject**>(reinterpret_cast<char*>(owner) + offset);
    if (*slot == nullptr) *slot = NewMarker(owner, offset);
    return;
  }
  // subtype_dealloc's clear_slots: the point of no return. count0 drops
  // in tp_free (PyObject_GC_Del), when the memory goes: CPython's own.
  if (auto* impl = Active()) impl->BeginFree(owner);
}

// __del__ of every class with `del`: a method descriptor on `object`, so
// slot_tp_finalize calls it unbound with self and allocates nothing.
// `__del__(self)`: a Python method's frame holds self while the body runs
// (the finalizer's caller holds it too, so this changes no outcome; it is
// here so the harness is the Python code the spec names).
PyObject* InstanceDel(PyObject* self, PyObject* /*unused*/) {
  Py_INCREF(self);
  if (auto* impl = Active()) impl->HookDel(self);
  Py_DECREF(self);
  Py_RETURN_NONE;
}

// tp_del of every class with `tp_del`, as _testcapi.with_tp_del's slot
// does it (temporary resurrection around the body), but calling the body
// directly instead of looking up and binding a method (which would add a
// GC object and an extra reference to self while the body runs).
void InstanceTpDel(PyObject* self) {
  Py_SET_REFCNT(self, 1);
  PyObject *type, *value, *tb;
  PyErr_Fetch(&type, &value, &tb);
  if (auto* impl = Active()) impl->HookTpDel(self);
  PyErr_Restore(type, value, tb);
  // Undo the temporary resurrection; a body that kept `self` leaves the
  // count above zero and subtype_dealloc stops there (resurrected).
  Py_SET_REFCNT(self, Py_REFCNT(self) - 1);
}

// The callback stands for a Python function (gcops spec 3.2), whose frame
// holds its argument until it returns; a METH_O C function only borrows
// it, so the reference is taken here. Without it a body that drops the
// last other reference would free the weakref mid-body, which real Python
// code never does.
PyObject* WeakrefCallback(PyObject* /*self*/, PyObject* wr) {
  Py_INCREF(wr);
  if (auto* impl = Active()) impl->HookWeakrefCallback(wr);
  Py_DECREF(wr);
  Py_RETURN_NONE;
}

bool PhaseIsStart(PyObject* const* args, Py_ssize_t nargs) {
  return nargs >= 1 && PyUnicode_Check(args[0]) &&
         PyUnicode_CompareWithASCIIString(args[0], "start") == 0;
}

PyObject* HookHead(PyObject* /*self*/, PyObject* const* args,
                   Py_ssize_t nargs) {
  if (auto* impl = Active(); impl != nullptr && nargs == 2) {
    impl->HookGc(/*head=*/true, PhaseIsStart(args, nargs), args[1]);
  }
  Py_RETURN_NONE;
}

PyObject* HookTail(PyObject* /*self*/, PyObject* const* args,
                   Py_ssize_t nargs) {
  if (auto* impl = Active(); impl != nullptr && nargs == 2) {
    impl->HookGc(/*head=*/false, PhaseIsStart(args, nargs), args[1]);
  }
  Py_RETURN_NONE;
}

PyObject* ProgramGcCallback(PyObject* self, PyObject* const* args,
                            Py_ssize_t nargs) {
  if (auto* impl = Active(); impl != nullptr && nargs == 2) {
    impl->HookProgramGcCallback(
        static_cast<uint32_t>(PyLong_AsUnsignedLong(self)),
        PhaseIsStart(args, nargs), args[1]);
  }
  Py_RETURN_NONE;
}

// Deallocator wrappers for list, dict and tuple. The originals start with
// "untrack; Py_TRASHCAN_BEGIN(op, <themselves>)", and the trashcan only
// engages when Py_TYPE(op)->tp_dealloc is that original. With the wrapper
// installed, that test fails inside the original, so the wrapper takes the
// trashcan itself under the same condition (the type's tp_dealloc is the
// wrapper, i.e. the object's type used the original). A deferred object
// comes back through Py_TYPE(op)->tp_dealloc, i.e. through the wrapper, so
// the free event lands exactly where CPython's body starts, at depth <= 50.
// A program object the original pushed on its free list is taken back off
// and released (gc_internals.h): its release subtracts from count0, as a
// fresh object's does in the canonical translation.
void TrashcanDealloc(PyObject* op, destructor self, destructor orig,
                     int freelist) {
  if (Py_TYPE(op)->tp_dealloc != self) {  // a subclass via subtype_dealloc
    orig(op);
    return;
  }
  PyObject_GC_UnTrack(op);
  PyThreadState* ts = PyThreadState_Get();
  if (_PyTrash_begin(ts, op)) return;  // deferred; comes back later
  auto* impl = Active();
  const bool program = impl != nullptr && impl->BeginFree(op);
  const Py_ssize_t size = Py_SIZE(op);
  orig(op);
  if (program) gcfuzz_freelist_take_back(op, freelist, size);
  _PyTrash_end(ts);
}

void ListDealloc(PyObject* op) {
  TrashcanDealloc(op, ListDealloc, rt->orig_list_dealloc, GCFUZZ_FL_LIST);
}
void DictDealloc(PyObject* op) {
  TrashcanDealloc(op, DictDealloc, rt->orig_dict_dealloc, GCFUZZ_FL_DICT);
}
void TupleDealloc(PyObject* op) {
  if (Py_SIZE(op) == 0) {  // the empty-tuple singleton path: untouched
    rt->orig_tuple_dealloc(op);
    return;
  }
  TrashcanDealloc(op, TupleDealloc, rt->orig_tuple_dealloc, GCFUZZ_FL_TUPLE);
}

// Weakref deallocators do not use the trashcan (and weakrefs no free
// list): the wrapper only reports.
void WeakrefDealloc(PyObject* op, destructor orig) {
  if (auto* impl = Active()) impl->BeginFree(op);
  orig(op);
}
void RefDealloc(PyObject* op) { WeakrefDealloc(op, rt->orig_ref_dealloc); }
void ProxyDealloc(PyObject* op) { WeakrefDealloc(op, rt->orig_proxy_dealloc); }
void CallableProxyDealloc(PyObject* op) {
  WeakrefDealloc(op, rt->orig_cproxy_dealloc);
}

PyMethodDef kDelDef = {"__del__", InstanceDel, METH_NOARGS, nullptr};
PyMethodDef kWeakrefCallbackDef = {"gcfuzz_weakref_callback", WeakrefCallback,
                                   METH_O, nullptr};
PyMethodDef kHookHeadDef = {
    "gcfuzz_gc_head",
    reinterpret_cast<PyCFunction>(reinterpret_cast<void (*)()>(HookHead)),
    METH_FASTCALL, nullptr};
PyMethodDef kHookTailDef = {
    "gcfuzz_gc_tail",
    reinterpret_cast<PyCFunction>(reinterpret_cast<void (*)()>(HookTail)),
    METH_FASTCALL, nullptr};
PyMethodDef kProgramGcCallbackDef = {
    "gcfuzz_gccallback",
    reinterpret_cast<PyCFunction>(
        reinterpret_cast<void (*)()>(ProgramGcCallback)),
    METH_FASTCALL, nullptr};

PyObject* Attr(PyObject* module, const char* name) {
  return Check(PyObject_GetAttrString(module, name), name);
}

PyTypeObject* MakeMarkerType() {
  static PyType_Slot slots[] = {
      {Py_tp_dealloc, reinterpret_cast<void*>(MarkerDealloc)},
      {0, nullptr},
  };
  static PyType_Spec spec = {"gcfuzz.FreeMarker",
                             static_cast<int>(sizeof(FreeMarker)), 0,
                             Py_TPFLAGS_DEFAULT, slots};
  auto* tp = reinterpret_cast<PyTypeObject*>(
      Check(PyType_FromSpec(&spec), "FreeMarker type"));
  if (PyType_IS_GC(tp)) Fatal("the free marker must not be a GC type");
  return tp;
}

Py_ssize_t MemberOffset(PyTypeObject* type, const char* name) {
  PyObject* d = PyDict_GetItemString(type->tp_dict, name);  // borrowed
  if (d == nullptr || !PyObject_TypeCheck(d, &PyMemberDescr_Type)) {
    Fatal("class slot descriptor missing");
  }
  return reinterpret_cast<PyMemberDescrObject*>(d)->d_member->offset;
}

}  // namespace

PyObject* NewMarker(PyObject* owner, Py_ssize_t offset) {
  FreeMarker* m = PyObject_New(FreeMarker, rt->marker_type);
  if (m == nullptr) Fatal("cannot allocate a free marker");
  m->owner = owner;
  m->offset = offset;
  return reinterpret_cast<PyObject*>(m);
}

// Makes a harness object invisible to the collector for good.
PyObject* Untracked(PyObject* o) {
  PyObject_GC_UnTrack(o);
  return o;
}

PyObject* NewProgramGcCallback(uint32_t index) {
  PyObject* self = Check(PyLong_FromUnsignedLong(index), "int");
  PyObject* fn = Untracked(
      Check(PyCFunction_New(&kProgramGcCallbackDef, self), "gccallback"));
  Py_DECREF(self);
  return fn;
}

// Everything CPython will call back, made once, before the first freeze.
Runtime& EnsureRuntime() {
  if (rt != nullptr) return *rt;
  EnsureInterpreter();
  rt = new Runtime();
  PyObject* gc = Check(PyImport_ImportModule("gc"), "import gc");
  PyObject* weakref =
      Check(PyImport_ImportModule("_weakref"), "import _weakref");
  rt->gc_collect = Attr(gc, "collect");
  rt->gc_freeze = Attr(gc, "freeze");
  rt->gc_enable = Attr(gc, "enable");
  rt->gc_disable = Attr(gc, "disable");
  rt->gc_set_threshold = Attr(gc, "set_threshold");
  rt->gc_set_debug = Attr(gc, "set_debug");
  rt->gc_get_referrers = Attr(gc, "get_referrers");
  rt->garbage = Attr(gc, "garbage");
  rt->callbacks = Attr(gc, "callbacks");
  rt->getweakrefcount = Attr(weakref, "getweakrefcount");
  // CPython's own automatic collection is off outside a program; each
  // run's Begin turns it on with the start state's thresholds, and CPython
  // decides every automatic collection by itself.
  Py_XDECREF(Check(PyObject_CallMethod(gc, "disable", nullptr), "disable"));
  Py_XDECREF(
      Check(PyObject_CallMethod(gc, "set_threshold", "i", 0), "set_threshold"));
  Py_DECREF(gc);
  Py_DECREF(weakref);
  // gc.garbage and gc.callbacks are ordinary tracked lists that refer to
  // program objects or harness callables: keep them out of every
  // generation, so no unfreeze can put them next to program objects.
  Untracked(rt->garbage);
  Untracked(rt->callbacks);
  rt->str_clear = Check(PyUnicode_InternFromString("clear"), "str");
  rt->str_pop = Check(PyUnicode_InternFromString("pop"), "str");
  rt->marker_type = MakeMarkerType();
  rt->del_descr = Untracked(
      Check(PyDescr_NewMethod(&PyBaseObject_Type, &kDelDef), "__del__ descr"));
  rt->weakref_callback = Untracked(
      Check(PyCFunction_New(&kWeakrefCallbackDef, nullptr), "callback"));
  rt->hook_head =
      Untracked(Check(PyCFunction_New(&kHookHeadDef, nullptr), "hook"));
  rt->hook_tail =
      Untracked(Check(PyCFunction_New(&kHookTailDef, nullptr), "hook"));
  if (PyList_GET_SIZE(rt->callbacks) != 0) Fatal("gc.callbacks not empty");
  CheckRc(PyList_Append(rt->callbacks, rt->hook_head), "gc.callbacks");
  CheckRc(PyList_Append(rt->callbacks, rt->hook_tail), "gc.callbacks");
  // Deallocator wrappers (see TrashcanDealloc).
  rt->orig_list_dealloc = PyList_Type.tp_dealloc;
  rt->orig_dict_dealloc = PyDict_Type.tp_dealloc;
  rt->orig_tuple_dealloc = PyTuple_Type.tp_dealloc;
  rt->orig_ref_dealloc = _PyWeakref_RefType.tp_dealloc;
  rt->orig_proxy_dealloc = _PyWeakref_ProxyType.tp_dealloc;
  rt->orig_cproxy_dealloc = _PyWeakref_CallableProxyType.tp_dealloc;
  PyList_Type.tp_dealloc = ListDealloc;
  PyDict_Type.tp_dealloc = DictDealloc;
  PyTuple_Type.tp_dealloc = TupleDealloc;
  _PyWeakref_RefType.tp_dealloc = RefDealloc;
  _PyWeakref_ProxyType.tp_dealloc = ProxyDealloc;
  _PyWeakref_CallableProxyType.tp_dealloc = CallableProxyDealloc;
  return *rt;
}

const ClassInfo& GetClass(const ClassShape& shape, bool* made) {
  auto it = rt->classes.find(shape);
  if (it != rt->classes.end()) return it->second;
  *made = true;
  // "_gcfuzz_free" sorts before "s00": CPython sorts __slots__ names, and
  // releases (and traverses) slots in that order.
  PyObject* names = Check(PyList_New(0), "slots");
  auto add = [&](const char* n) {
    PyObject* s = Check(PyUnicode_FromString(n), "slot name");
    CheckRc(PyList_Append(names, s), "slots");
    Py_DECREF(s);
  };
  add("_gcfuzz_free");
  char buf[16];
  for (int i = 0; i < shape.slots; ++i) {
    std::snprintf(buf, sizeof buf, "s%02d", i);
    add(buf);
  }
  if (shape.weakref) add("__weakref__");
  PyObject* dict = Check(PyDict_New(), "class dict");
  PyObject* slots_tuple = Check(PyList_AsTuple(names), "slots");
  CheckRc(PyDict_SetItemString(dict, "__slots__", slots_tuple), "dict");
  PyObject* module_name = Check(PyUnicode_FromString("gcfuzz"), "str");
  CheckRc(PyDict_SetItemString(dict, "__module__", module_name), "dict");
  Py_DECREF(module_name);
  if (shape.has_del) {
    CheckRc(PyDict_SetItemString(dict, "__del__", rt->del_descr), "dict");
  }
  std::string name =
      "C" + std::to_string(shape.slots) + (shape.has_del ? "_del" : "") +
      (shape.has_tp_del ? "_tpdel" : "") + (shape.weakref ? "" : "_noweakref");
  auto* type = reinterpret_cast<PyTypeObject*>(Check(
      PyObject_CallFunction(reinterpret_cast<PyObject*>(&PyType_Type), "s(O)O",
                            name.c_str(), &PyBaseObject_Type, dict),
      "class creation"));
  Py_DECREF(names);
  Py_DECREF(slots_tuple);
  Py_DECREF(dict);
  if (shape.has_tp_del) type->tp_del = InstanceTpDel;
  ClassInfo info;
  info.type = type;
  info.slots = shape.slots;
  info.marker_offset = MemberOffset(type, "_gcfuzz_free");
  for (int i = 0; i < shape.slots; ++i) {
    std::snprintf(buf, sizeof buf, "s%02d", i);
    info.slot_offsets[i] = MemberOffset(type, buf);
  }
  if ((type->tp_weaklistoffset > 0) != shape.weakref) {
    Fatal("class weakref support does not match its declaration");
  }
  return rt->classes.emplace(shape, info).first->second;
}

}  // namespace gcfuzz::differential
