// collector/capi.h — entry points shaped like CPython's "Supporting Cyclic
// Garbage Collection" C API, over a Heap.
//
// Each function mirrors one C-API call on the model's objects:
//   GcNew       PyObject_GC_New: counted in count0 (which may start an
//               automatic collection first), returned UNTRACKED with one
//               reference held by the runner. (Heap::NewInstance is
//               PyType_GenericAlloc instead, which tracks at once.)
//   GcTrack     PyObject_GC_Track (false if already tracked: CPython's
//               assertion becomes an error result)
//   GcUnTrack   PyObject_GC_UnTrack (no-op if untracked)
//   GcDel       the end of a tp_dealloc: drops the sole reference; the
//               model's dealloc runs and ends in PyObject_GC_Del (untrack
//               if tracked, count0 -= 1 unless already 0, free). Refused
//               unless the caller holds the only reference, since the model
//               never frees memory something still points to.
//   GcTraverse  tp_traverse with a visitproc; stops at the first non-zero
//               result and returns it, as Py_VISIT does
//   GcClear     tp_clear (-1 for tuples, which have none)
//   GcCollect   PyGC_Collect: 0 when disabled or already collecting, else
//               a full collection with gc.callbacks
//   GcSetDeferred  _PyObject_SetDeferredRefcount: free-threaded mode only
//               (Heap::SetDeferred); false, doing nothing, in classic mode
//               as in the default build, or if already deferred
//   GcEnable / GcDisable / GcIsEnabled: PyGC_Enable etc., returning the
//               previous state (1/0)
#ifndef GCFUZZ_COLLECTOR_CAPI_H_
#define GCFUZZ_COLLECTOR_CAPI_H_

#include <cstdint>
#include <functional>

#include "collector/heap.h"

namespace gcfuzz::collector {

// visitproc: (object, arg) -> 0 to continue, non-zero to stop.
using VisitProc = int (*)(Object* referent, void* arg);

Instance* GcNew(Heap& heap, ObjId id, gcops::ClassId cls);
bool GcTrack(Heap& heap, Object* o);
bool GcUnTrack(Heap& heap, Object* o);
bool GcIsTracked(const Object* o);
// Returns false (and does nothing) unless `o` holds exactly one reference,
// owned by the runner.
bool GcDel(Heap& heap, Object* o);
int GcTraverse(Object* o, VisitProc visit, void* arg);
int GcClear(Heap& heap, Object* o);  // 0, or -1 without a tp_clear
int64_t GcCollect(Heap& heap);
bool GcSetDeferred(Heap& heap, Object* o);
int GcEnable(Heap& heap);
int GcDisable(Heap& heap);
int GcIsEnabled(const Heap& heap);

}  // namespace gcfuzz::collector

#endif  // GCFUZZ_COLLECTOR_CAPI_H_
