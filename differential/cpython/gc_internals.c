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

void gcfuzz_gc_counts(long long out[3]) {
  struct _gc_runtime_state* st = gc_state();
  for (int i = 0; i < 3; ++i) out[i] = st->generations[i].count;
}

void gcfuzz_gc_quiet_begin(gcfuzz_gc_quiet* saved) {
  struct _gc_runtime_state* st = gc_state();
  saved->enabled = st->enabled;
  saved->count0 = st->generations[0].count;
  st->enabled = 0;
}

void gcfuzz_gc_quiet_end(const gcfuzz_gc_quiet* saved) {
  struct _gc_runtime_state* st = gc_state();
  st->generations[0].count = saved->count0;
  st->enabled = saved->enabled;
}

void gcfuzz_gc_uncount_one(void) {
  struct _gc_runtime_state* st = gc_state();
  if (st->generations[0].count > 0) st->generations[0].count--;
}

// An array free list (lists, dicts): `op` is released if it is on top.
static void take_back_from_array(PyObject** free_list, int* numfree,
                                 PyObject* op) {
  if (*numfree == 0 || free_list[*numfree - 1] != op) return;
  --*numfree;
  PyObject_GC_Del(op);
}

// The pushes undone here are list_dealloc's and dict_dealloc's
// `free_list[numfree++] = op` and tupledealloc's maybe_freelist_push
// (a singly linked list through ob_item[0]), Objects/*.c of 3.11.
void gcfuzz_freelist_take_back(PyObject* op, int kind, Py_ssize_t size) {
  PyInterpreterState* interp = _PyInterpreterState_GET();
  switch (kind) {
    case GCFUZZ_FL_LIST:
      take_back_from_array((PyObject**)interp->list.free_list,
                           &interp->list.numfree, op);
      return;
    case GCFUZZ_FL_DICT:
      take_back_from_array((PyObject**)interp->dict_state.free_list,
                           &interp->dict_state.numfree, op);
      return;
    case GCFUZZ_FL_TUPLE: {
      struct _Py_tuple_state* fl = &interp->tuple;
      const Py_ssize_t index = size - 1;
      if (index < 0 || index >= PyTuple_NFREELISTS ||
          (PyObject*)fl->free_list[index] != op)
        return;
      fl->free_list[index] = (PyTupleObject*)((PyTupleObject*)op)->ob_item[0];
      fl->numfree[index]--;
      break;
    }
    default:
      return;
  }
  PyObject_GC_Del(op);
}

enum { kMaxStock = 64 };

void gcfuzz_freelists_stock(int level) {
  if (level > kMaxStock) level = kMaxStock;
  gcfuzz_gc_quiet saved;
  gcfuzz_gc_quiet_begin(&saved);
  // At trash_delete_nesting >= 50 (a full collection run by a finalizer 50
  // deallocations deep) each release below would be deposited on the
  // trashcan, not pushed on its free list, leaving the lists empty: the
  // temporaries after it then counted, where spec 3.4 counts none (CI
  // campaign of 2026-12-07: `ref` in such a finalizer collected on the
  // embedded backend and not on the model). Nesting 1 lets every release
  // through and never unwinds to 0, so the trashcan's pending objects
  // still wait for CPython's own unwinding.
  PyThreadState* ts = _PyThreadState_GET();
  const int nesting = ts->trash_delete_nesting;
  if (nesting > 1) ts->trash_delete_nesting = 1;
  PyObject* held[kMaxStock];
  // Taking `level` objects empties the free list down by up to `level`
  // and makes the rest fresh; giving them all back leaves at least
  // `level` there (each release pushes while there is room).
  for (int kind = 0; kind < 2 + PyTuple_NFREELISTS; ++kind) {
    int n = 0;
    for (; n < level; ++n) {
      PyObject* o = kind == 0   ? PyList_New(0)
                    : kind == 1 ? PyDict_New()
                                : PyTuple_New(kind - 1);
      if (o == NULL) {
        PyErr_Clear();
        break;
      }
      held[n] = o;
    }
    while (n > 0) Py_DECREF(held[--n]);
  }
  ts->trash_delete_nesting = nesting;
  gcfuzz_gc_quiet_end(&saved);
}
