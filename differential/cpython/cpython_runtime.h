// differential/cpython/cpython_runtime.h — the process-wide half of the CPython
// backend: everything CPython calls back, made once.
//
// CPython keeps one interpreter per process (interpreter.h), so the objects
// it will call back are made once, before the first gc.freeze(), and shared
// by every run: the __del__ descriptor, tp_del, the weakref callback, the
// two gc.callbacks hooks, the free-marker type, the deallocator wrappers of
// list/dict/tuple/weakref types, and the cache of classes (one per class
// shape). They report to the RuntimeListener of the run in progress (the
// backend between Begin and End), or to nobody.
//
// Invariant: no object made here is in a generation the program can see:
// each is untracked at once, or frozen by the first Begin.
#ifndef GCFUZZ_DIFFERENTIAL_CPYTHON_CPYTHON_RUNTIME_H_
#define GCFUZZ_DIFFERENTIAL_CPYTHON_CPYTHON_RUNTIME_H_

#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include <array>
#include <compare>
#include <cstdint>
#include <map>

#include "gcops/ast.h"

namespace gcfuzz::differential {

// Always-on checks: the embedded interpreter refused something the backend
// relies on. Prints the Python error (if any) and a gcfuzz error line, then
// aborts: nothing sensible can continue.
[[noreturn]] void Fatal(const char* what);
PyObject* Check(PyObject* o, const char* what);
void CheckRc(int rc, const char* what);

// What CPython's callbacks report, to the run in progress.
class RuntimeListener {
 public:
  virtual ~RuntimeListener() = default;
  virtual void HookDel(PyObject* self) = 0;            // __del__ starts
  virtual void HookTpDel(PyObject* self) = 0;          // tp_del starts
  virtual void HookWeakrefCallback(PyObject* wr) = 0;  // a callback starts
  // A harness gc.callbacks entry: `head` is the first entry, else the last.
  virtual void HookGc(bool head, bool start, PyObject* info) = 0;
  // Program gc.callbacks entry `index`.
  virtual void HookProgramGcCallback(uint32_t index, bool start,
                                     PyObject* info) = 0;
  // `op`'s deallocation passed the point of no return; returns true if it
  // is a program object (its memory must not stay on a free list).
  virtual bool BeginFree(PyObject* op) = 0;
};

// One cached heap class per class shape; shapes, not programs, own classes,
// so at most 17*2*2*2 classes are ever made, each before a gc.freeze.
struct ClassShape {
  int slots;
  bool has_del;
  bool has_tp_del;
  bool weakref;
  auto operator<=>(const ClassShape&) const = default;
};

struct ClassInfo {
  PyTypeObject* type = nullptr;  // owned
  Py_ssize_t marker_offset = 0;  // the hidden first slot `_gcfuzz_free`
  std::array<Py_ssize_t, gcops::kMaxSlots> slot_offsets{};  // s00, s01, ...
  int slots = 0;
};

struct Runtime {
  PyObject* gc_collect = nullptr;
  PyObject* gc_freeze = nullptr;
  PyObject* gc_enable = nullptr;
  PyObject* gc_disable = nullptr;
  PyObject* gc_set_threshold = nullptr;
  PyObject* gc_set_debug = nullptr;
  PyObject* gc_get_referrers = nullptr;
  PyObject* garbage = nullptr;    // gc.garbage, untracked
  PyObject* callbacks = nullptr;  // gc.callbacks, untracked: [head, ..., tail]
  PyObject* getweakrefcount = nullptr;
  PyObject* str_clear = nullptr;
  PyObject* str_pop = nullptr;
  PyTypeObject* marker_type = nullptr;
  PyObject* del_descr = nullptr;         // __del__ of classes with `del`
  PyObject* weakref_callback = nullptr;  // shared by weakrefs with a block
  PyObject* hook_head = nullptr;         // gc.callbacks[0]
  PyObject* hook_tail = nullptr;         // gc.callbacks[-1]
  destructor orig_list_dealloc = nullptr;
  destructor orig_dict_dealloc = nullptr;
  destructor orig_tuple_dealloc = nullptr;
  destructor orig_ref_dealloc = nullptr;
  destructor orig_proxy_dealloc = nullptr;
  destructor orig_cproxy_dealloc = nullptr;
  std::map<ClassShape, ClassInfo> classes;
  RuntimeListener* active = nullptr;  // the run between Begin and End
};

// Starts the interpreter and makes the runtime, on first call.
Runtime& EnsureRuntime();

// The cached class of this shape; sets *made when it was just created (the
// caller must gc.freeze before the program's objects exist).
const ClassInfo& GetClass(const ClassShape& shape, bool* made);

// A new free marker for `owner`'s hidden slot at `offset` (new reference).
PyObject* NewMarker(PyObject* owner, Py_ssize_t offset);

// A new gc.callbacks entry for program callback `index` (new reference,
// untracked).
PyObject* NewProgramGcCallback(uint32_t index);

// Untracks a harness GC object for good and returns it.
PyObject* Untracked(PyObject* o);

inline PyObject** SlotAddr(PyObject* op, Py_ssize_t offset) {
  return reinterpret_cast<PyObject**>(reinterpret_cast<char*>(op) + offset);
}

}  // namespace gcfuzz::differential

#endif  // GCFUZZ_DIFFERENTIAL_CPYTHON_CPYTHON_RUNTIME_H_
