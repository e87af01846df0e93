// collector/capi.cc — the C-API shaped entry points; each forwards to the
// Heap primitive with CPython's contract (see capi.h).
#include "collector/capi.h"

namespace gcfuzz::collector {

Instance* GcNew(Heap& heap, ObjId id, gcops::ClassId cls) {
  return heap.NewInstanceUntracked(id, cls);
}

bool GcTrack(Heap& heap, Object* o) { return heap.TrackObject(o); }
bool GcUnTrack(Heap& heap, Object* o) { return heap.UntrackObject(o); }
bool GcIsTracked(const Object* o) { return IsTracked(&o->gc); }

bool GcSetDeferred(Heap& heap, Object* o) { return heap.SetDeferred(o); }

bool GcDel(Heap& heap, Object* o) {
  if (o->refcnt != 1 || o->runner_refs != 1) return false;
  heap.RunnerDecref(o);  // the dealloc ends in PyObject_GC_Del
  return true;
}

int GcTraverse(Object* o, VisitProc visit, void* arg) {
  // Traverse has no early exit; once a visit returns non-zero the rest of
  // the referents are skipped, which is what Py_VISIT's return does.
  int result = 0;
  Traverse(o, [&](Object* r) {
    if (result == 0) result = visit(r, arg);
  });
  return result;
}

int GcClear(Heap& heap, Object* o) { return heap.ClearObject(o) ? 0 : -1; }

// PyGC_Collect: nothing when disabled or when a collection is running.
int64_t GcCollect(Heap& heap) {
  if (!heap.enabled() || heap.collecting()) return 0;
  return heap.Collect(kNumGenerations - 1);
}

int GcEnable(Heap& heap) {
  const int was = heap.enabled() ? 1 : 0;
  heap.SetEnabled(true);
  return was;
}

int GcDisable(Heap& heap) {
  const int was = heap.enabled() ? 1 : 0;
  heap.SetEnabled(false);
  return was;
}

int GcIsEnabled(const Heap& heap) { return heap.enabled() ? 1 : 0; }

}  // namespace gcfuzz::collector
