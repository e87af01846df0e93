// differential/cpython/cpython_backend.h — gcops::Backend over a real
// CPython 3.11.
//
// The second independent check of the C++ collector: every gcops statement
// becomes the CPython object or call the language spec names, so the heap
// CPython collects is the program's heap exactly, and the trace it yields
// must equal the collector's event for event. docs/cpython-backend.md
// explains how the heap is kept faithful; in short:
//
//  * Program objects are real: instances of real classes with __slots__
//    (`s00`..`s15`, so sorted order is index order), __del__, tp_del and
//    __weakref__ as declared; real lists, dicts with int keys, tuples built
//    at run time, weakref.ref and weakref.proxy.
//  * The harness adds no GC object to the program's generations: roots are
//    C++ references, and every callable CPython calls back (the shared
//    weakref callback, the gc.callbacks entries, the __del__ descriptor)
//    and every class is made before gc.freeze() or untracked.
//  * `free L` is observed without touching L's behaviour: instances carry a
//    hidden non-GC marker in a first-sorted slot, whose release in
//    subtype_dealloc is the point of no return; list, dict, tuple and
//    weakref deallocators are wrapped, re-entering CPython's trashcan
//    exactly as the original would.
//  * CPython decides every automatic collection by itself: its gc is on,
//    with its own counts, thresholds and long-lived counters. The harness
//    only makes those counts spec 3.4's: program objects never come from
//    or go to a free list, the free lists are stocked so the interpreter's
//    temporaries are uncounted both ways, and the harness's own GC
//    allocations neither count nor collect (gc_internals.h). Nothing of
//    the model's scheduler is restated here, so a scheduling bug in the
//    model is a divergence.
//
// One interpreter serves the whole process (interpreter.h), so at most one
// CpythonBackend may be between Begin and End at a time; any number may be
// constructed. Not thread-safe: everything runs on the interpreter's thread.
#ifndef GCFUZZ_DIFFERENTIAL_CPYTHON_CPYTHON_BACKEND_H_
#define GCFUZZ_DIFFERENTIAL_CPYTHON_CPYTHON_BACKEND_H_

#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "gcops/backend.h"

namespace gcfuzz::differential {

class CpythonBackend final : public gcops::Backend {
 public:
  CpythonBackend();
  ~CpythonBackend() override;
  CpythonBackend(const CpythonBackend&) = delete;
  CpythonBackend& operator=(const CpythonBackend&) = delete;

  std::string_view Name() const override { return "cpython"; }

  void Begin(gcops::Host& host, const gcops::Program& program) override;
  void End() override;

  void NewInstance(gcops::ObjId id, gcops::ClassId cls) override;
  void NewList(gcops::ObjId id, std::span<const gcops::Value> items) override;
  void NewDict(gcops::ObjId id) override;
  void NewTuple(gcops::ObjId id, std::span<const gcops::Value> items) override;
  gcops::ObjId NewWeakref(gcops::ObjId id, bool proxy, gcops::ObjId target,
                          bool with_callback) override;

  void Incref(gcops::ObjId obj) override;
  void Decref(gcops::ObjId obj) override;

  gcops::ObjKind KindOf(gcops::ObjId obj) override;
  gcops::ClassId ClassOf(gcops::ObjId obj) override;
  size_t Length(gcops::ObjId obj) override;
  bool HasKey(gcops::ObjId dict, int32_t key) override;
  gcops::Value GetItem(gcops::ObjId obj, int32_t index) override;

  void SetItem(gcops::ObjId obj, int32_t index, const gcops::Value& v) override;
  void DelKey(gcops::ObjId dict, int32_t key) override;
  void Append(gcops::ObjId list, const gcops::Value& v) override;

  int64_t Collect(int gen) override;
  void SetEnabled(bool enabled) override;
  void SetThreshold(std::span<const int32_t> thresholds) override;
  void Freeze() override;
  void Unfreeze() override;
  void SetDebug(uint32_t flags) override;
  void ClearGarbage() override;
  size_t GarbageSize() override;
  gcops::ObjId PopGarbage(size_t index) override;
  void AddGcCallback(uint32_t index) override;

  bool IsTracked(gcops::ObjId obj) override;
  bool IsFinalized(gcops::ObjId obj) override;
  int64_t WeakrefCount(gcops::ObjId obj) override;
  bool WeakrefIsDead(gcops::ObjId weakref) override;
  gcops::Where GenerationOf(gcops::ObjId obj) override;
  std::vector<gcops::ObjId> Objects(int gen) override;
  std::vector<gcops::ObjId> Referents(gcops::ObjId obj) override;
  std::vector<gcops::ObjId> Referrers(gcops::ObjId obj) override;
  std::vector<gcops::ObjId> Garbage() override;
  std::array<int64_t, 3> Count() override;
  gcops::GenStats Stats(int gen) override;

  // The program's objects still alive (for tests of End's cleanup).
  size_t LiveObjectsForTesting() const;

  class Impl;  // defined in cpython_backend.cc (the C hooks reach it)

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace gcfuzz::differential

#endif  // GCFUZZ_DIFFERENTIAL_CPYTHON_CPYTHON_BACKEND_H_
