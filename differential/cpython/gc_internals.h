// differential/cpython/gc_internals.h — CPython 3.11's internal GC state
// for the embedded-CPython backend: read-only views of the generation
// lists and counts, one surgical move, and what keeps CPython's own count
// the program's (free lists, the harness's own allocations).
//
// The gc module's Python API can only move every generation at once
// (gc.freeze/gc.unfreeze), and CPython counts every GC allocation of the
// interpreter. The backend needs program-only answers and counts, so this
// small C file works on `PyInterpreterState` through CPython's internal
// headers (compiled with Py_BUILD_CORE; C, because those headers are not
// C++). It never decides a collection: CPython does.
//
// Everything here must run with the GIL held. The list walkers and the
// surgical move must run outside a collection (no NEXT_MASK_UNREACHABLE
// bits in the lists).
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

// CPython's own gc.get_count(), read without allocating.
void gcfuzz_gc_counts(long long out[3]);

// The harness's own GC allocations must not count or collect: between
// quiet_begin and quiet_end automatic collection is off, and quiet_end
// puts count0 back where it was. Nothing of the program may run between
// them.
typedef struct {
  int enabled;
  int count0;
} gcfuzz_gc_quiet;
void gcfuzz_gc_quiet_begin(gcfuzz_gc_quiet* saved);
void gcfuzz_gc_quiet_end(const gcfuzz_gc_quiet* saved);

// Drops count0 by one, not below 0: what releasing one GC object's memory
// does (PyObject_GC_Del).
void gcfuzz_gc_uncount_one(void);

// Free lists (3.11: lists, dicts, tuples of 1..20 items). A program object
// must never come from one or go to one: its allocation would not count
// and its release would not subtract. The backend allocates program
// objects through tp_alloc (which no free list serves) and, after a
// program list, dict or tuple is deallocated, takes it back off the free
// list its deallocator pushed it on, releasing its memory as tp_free would.
enum { GCFUZZ_FL_LIST = 0, GCFUZZ_FL_DICT = 1, GCFUZZ_FL_TUPLE = 2 };
// `op` was just deallocated (a list, dict or tuple of `size` items, per
// `kind`); if it sits on top of its free list, pops it and PyObject_GC_Del
// releases it (count0 - 1).
void gcfuzz_freelist_take_back(PyObject* op, int kind, Py_ssize_t size);

// Stocks the list, dict and tuple free lists with at least `level` entries
// each (capped by their capacity), leaving CPython's counts as they were,
// so that the interpreter's own temporaries (argument tuples, the gc
// callbacks' info dicts, result lists) take one and give it back,
// uncounted both ways, as in a long-running interpreter. It works at any
// trashcan depth: a finalizer 50 deallocations deep (3.11's unwind level)
// stocks them too, where a plain release would be deposited instead.
void gcfuzz_freelists_stock(int level);

#ifdef __cplusplus
}
#endif

#endif  // GCFUZZ_DIFFERENTIAL_CPYTHON_GC_INTERNALS_H_
