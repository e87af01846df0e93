// differential/cpython/gc_internals.h — read-only views of CPython 3.11's
// generation lists, and one surgical move, for the embedded-CPython backend.
//
// The gc module's Python API can only move every generation at once
// (gc.freeze/gc.unfreeze) and reports counters over every object in the
// interpreter. The backend needs program-only answers, so this small C
// file reads `PyInterpreterState.gc` through CPython's internal headers
// (compiled with Py_BUILD_CORE; C, because those headers are not C++).
//
// Everything here must run with the GIL held and outside a collection
// (no NEXT_MASK_UNREACHABLE bits in the lists), except
// gcfuzz_gc_long_lived and gcfuzz_gc_count_young, which only read.
#ifndef GCFUZZ_DIFFERENTIAL_CPYTHON_GC_INTERNALS_H_
#define GCFUZZ_DIFFERENTIAL_CPYTHON_GC_INTERNALS_H_

#include <Python.h>

#ifdef __cplusplus
extern "C" {
#endif

// Where a list index names a list: 0..2 the generations, 3 the permanent
// generation.
enum {
  GCFUZZ_GC_PERMANENT = 3,
  GCFUZZ_GC_UNTRACKED = 4,
  GCFUZZ_GC_COLLECTING = 5
};

// Which list holds `op`: 0..2, GCFUZZ_GC_PERMANENT, GCFUZZ_GC_UNTRACKED, or
// GCFUZZ_GC_COLLECTING when a running collection holds it in a private list
// (only possible if called from a finalizer or callback).
// Walks forward from `op` to the list head, so it costs the distance to the
// end of its list.
int gcfuzz_gc_where(PyObject* op);

// Calls fn(op, ctx) for every object in list `which` (0..3), head to tail.
// fn must not change any list.
void gcfuzz_gc_for_each(int which, void (*fn)(PyObject*, void*), void* ctx);

// Moves every object of the permanent generation for which pred(op, ctx)
// is nonzero to the tail of generation 2, keeping their order; everything
// else stays frozen. This is gc.unfreeze() restricted to those objects.
void gcfuzz_gc_unfreeze_matching(int (*pred)(PyObject*, void*), void* ctx);

// CPython's long_lived_total and long_lived_pending.
void gcfuzz_gc_long_lived(Py_ssize_t* total, Py_ssize_t* pending);

// Number of objects in generations 0..gen for which pred(op, ctx) is zero.
Py_ssize_t gcfuzz_gc_count_young_not(int gen, int (*pred)(PyObject*, void*),
                                     void* ctx);

#ifdef __cplusplus
}
#endif

#endif  // GCFUZZ_DIFFERENTIAL_CPYTHON_GC_INTERNALS_H_
