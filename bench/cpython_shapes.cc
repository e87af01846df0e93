// bench/cpython_shapes.cc — building benchmark shapes in the embedded CPython.
#include "bench/cpython_shapes.h"

#include <Python.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "differential/cpython/interpreter.h"

namespace gcfuzz::bench {

namespace {

[[noreturn]] void Die(const char* what) {
  PyErr_Print();
  std::fprintf(stderr, "gcfuzz bench: CPython: %s\n", what);
  std::abort();
}

PyObject* Check(PyObject* o, const char* what) {
  if (o == nullptr) Die(what);
  return o;
}

// Classes N1..N4 (1..4 slots) and D1..D4 (the same with a trivial __del__).
constexpr const char* kSetup = R"(
import gc
gc.disable()
classes = {}
for k in range(1, 5):
    names = tuple('s%02d' % i for i in range(k)) + ('__weakref__',)
    plain = type('N%d' % k, (), {'__slots__': names})
    def __del__(self):
        pass
    withdel = type('D%d' % k, (plain,), {'__slots__': (), '__del__': __del__})
    classes[k] = (plain, withdel)
)";

}  // namespace

struct CpythonHeap::Impl {
  PyObject* ns = nullptr;        // the setup module's namespace
  PyObject* collect = nullptr;   // gc.collect
  PyObject* slot_names[4] = {};  // interned 's00'..'s03'
  std::vector<PyObject*> roots;  // the runner's references
};

CpythonHeap::CpythonHeap() : impl_(new Impl) {
  differential::EnsureInterpreter();
  impl_->ns = Check(PyDict_New(), "dict");
  if (PyDict_SetItemString(impl_->ns, "__builtins__", PyEval_GetBuiltins()) !=
      0)
    Die("builtins");
  Py_DECREF(Check(PyRun_String(kSetup, Py_file_input, impl_->ns, impl_->ns),
                  "setup"));
  PyObject* gc = Check(PyImport_ImportModule("gc"), "import gc");
  impl_->collect = Check(PyObject_GetAttrString(gc, "collect"), "gc.collect");
  // Everything the interpreter made so far moves to the permanent
  // generation, where full collections do not look.
  Py_DECREF(Check(PyObject_CallNoArgs(impl_->collect), "collect"));
  Py_DECREF(Check(PyObject_CallMethod(gc, "freeze", nullptr), "gc.freeze"));
  Py_DECREF(gc);
  for (int i = 0; i < 4; ++i) {
    char name[8];
    std::snprintf(name, sizeof name, "s%02d", i);
    impl_->slot_names[i] = Check(PyUnicode_InternFromString(name), "name");
  }
}

CpythonHeap::~CpythonHeap() {
  Clear();
  delete impl_;  // the interpreter's objects live as long as the process
}

void CpythonHeap::Build(const Shape& shape) {
  PyObject* classes =
      Check(PyDict_GetItemString(impl_->ns, "classes"), "classes");
  PyObject* key = PyLong_FromLong(shape.nslots);
  PyObject* pair = Check(PyDict_GetItem(classes, key), "class pair");
  Py_DECREF(key);
  PyObject* plain = PyTuple_GET_ITEM(pair, 0);
  PyObject* withdel = PyTuple_GET_ITEM(pair, 1);

  std::vector<PyObject*> objs(shape.n);
  for (uint32_t i = 0; i < shape.n; ++i)
    objs[i] =
        Check(PyObject_CallNoArgs(shape.has_del[i] ? withdel : plain), "new");
  for (uint32_t i = 0; i < shape.n; ++i) {
    for (uint16_t s = 0; s < shape.nslots; ++s) {
      uint32_t e = shape.edges[size_t{i} * shape.nslots + s];
      if (e == kNone) continue;
      if (PyObject_SetAttr(objs[i], impl_->slot_names[s], objs[e]) != 0)
        Die("setattr");
    }
  }
  if (shape.weakrefs) {
    for (PyObject* o : objs)
      impl_->roots.push_back(Check(PyWeakref_NewRef(o, nullptr), "weakref"));
  }
  if (shape.live) {
    impl_->roots.insert(impl_->roots.end(), objs.begin(), objs.end());
  } else {
    for (PyObject* o : objs) Py_DECREF(o);
  }
}

int64_t CpythonHeap::Collect() {
  PyObject* r = Check(PyObject_CallNoArgs(impl_->collect), "gc.collect");
  int64_t n = PyLong_AsLongLong(r);
  Py_DECREF(r);
  return n;
}

void CpythonHeap::Clear() {
  for (PyObject* o : impl_->roots) Py_DECREF(o);
  impl_->roots.clear();
  Collect();
}

}  // namespace gcfuzz::bench
