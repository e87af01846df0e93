// differential/cpython/gc_internals.c — see gc_internals.h.
//
// List invariants relied on (pycore_gc.h, 3.11): each list is circular and
// doubly linked through the PyGC_Head in front of each object; a head is a
// PyGC_Head inside the interpreter's GC state; `_gc_prev` carries the
// FINALIZED/COLLECTING flag bits in its low two bits, which the
// _PyGCHead_SET_PREV helper preserves; outside a collection `_gc_next` is a
// plain pointer.
#define Py_BUILD_CORE 1
#include "differential/cpython/gc_internals.h"

#include <Python.h>

#include "internal/pycore_gc.h"
#include "internal/pycore_interp.h"
#include "internal/pycore_pystate.h"

static PyObject* from_gc(PyGC_Head* g) { return (PyObject*)(g + 1); }

static struct _gc_runtime_state* gc_state(void) {
  return &_PyInterpreterState_GET()->gc;
}

static PyGC_Head* list_head(struct _gc_runtime_state* st, int which) {
  if (which == GCFUZZ_GC_PERMANENT) return &st->permanent_generation.head;
  return &st->generations[which].head;
}

int gcfuzz_gc_where(PyObject* op) {
  if (!PyObject_IS_GC(op) || !_PyObject_GC_IS_TRACKED(op)) {
    return GCFUZZ_GC_UNTRACKED;
  }
  struct _gc_runtime_state* st = gc_state();
  PyGC_Head* heads[4];
  for (int i = 0; i < 4; ++i) heads[i] = list_head(st, i);
  PyGC_Head* start = _Py_AS_GC(op);
  for (PyGC_Head* g = _PyGCHead_NEXT(start); g != start;
       g = _PyGCHead_NEXT(g)) {
    for (int i = 0; i < 4; ++i) {
      if (g == heads[i]) return i;
    }
  }
  // Back at the start without meeting a generation head: the object is in
  // one of a running collection's private lists.
  return GCFUZZ_GC_COLLECTING;
}

void gcfuzz_gc_for_each(int which, void (*fn)(PyObject*, void*), void* ctx) {
  PyGC_Head* head = list_head(gc_state(), which);
  for (PyGC_Head* g = _PyGCHead_NEXT(head); g != head; g = _PyGCHead_NEXT(g)) {
    fn(from_gc(g), ctx);
  }
}

void gcfuzz_gc_unfreeze_matching(int (*pred)(PyObject*, void*), void* ctx) {
  struct _gc_runtime_state* st = gc_state();
  PyGC_Head* perm = list_head(st, GCFUZZ_GC_PERMANENT);
  PyGC_Head* gen2 = list_head(st, 2);
  PyGC_Head* g = _PyGCHead_NEXT(perm);
  while (g != perm) {
    PyGC_Head* next = _PyGCHead_NEXT(g);
    if (pred(from_gc(g), ctx)) {
      // Unlink from the permanent list.
      PyGC_Head* prev = _PyGCHead_PREV(g);
      _PyGCHead_SET_NEXT(prev, next);
      _PyGCHead_SET_PREV(next, prev);
      // Append at the tail of generation 2.
      PyGC_Head* last = _PyGCHead_PREV(gen2);
      _PyGCHead_SET_NEXT(last, g);
      _PyGCHead_SET_PREV(g, last);
      _PyGCHead_SET_NEXT(g, gen2);
      _PyGCHead_SET_PREV(gen2, g);
    }
    g = next;
  }
}

void gcfuzz_gc_long_lived(Py_ssize_t* total, Py_ssize_t* pending) {
  struct _gc_runtime_state* st = gc_state();
  *total = st->long_lived_total;
  *pending = st->long_lived_pending;
}

Py_ssize_t gcfuzz_gc_count_young_not(int gen, int (*pred)(PyObject*, void*),
                                     void* ctx) {
  struct _gc_runtime_state* st = gc_state();
  Py_ssize_t n = 0;
  for (int i = 0; i <= gen; ++i) {
    PyGC_Head* head = list_head(st, i);
    for (PyGC_Head* g = _PyGCHead_NEXT(head); g != head;
         g = _PyGCHead_NEXT(g)) {
      if (!pred(from_gc(g), ctx)) ++n;
    }
  }
  return n;
}
