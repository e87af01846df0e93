// collector/gc_module.h — CPython 3.11's `gc` module surface as a C++ API
// over a Heap.
//
// GcModule is a thin, stateless facade: every function forwards to the Heap
// (which holds all state: enabled flag, thresholds, counts, debug flags,
// gc.garbage, gc.callbacks, the permanent generation), so a GcModule and a
// CollectorBackend over the same Heap always agree. Objects are named by
// their ObjId (Heap::Get); the heap must be between Begin and End.
//
// Errors: where CPython raises (ValueError for a bad generation, TypeError
// for a bad argument count, and — our addition — an id naming no live
// object), the call returns a GcStatus with `ok() == false` and CPython's
// message, and changes nothing. Python-level quirks are kept: collect()
// inside a collection returns 0; get_objects(-1) means "all generations"
// (CPython's argument converter turns None into -1, so an explicit -1 is
// indistinguishable from no argument); the permanent generation is never
// listed.
#ifndef GCFUZZ_COLLECTOR_GC_MODULE_H_
#define GCFUZZ_COLLECTOR_GC_MODULE_H_

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "collector/heap.h"

namespace gcfuzz::collector {

// gc.DEBUG_* (values from gcmodule.c; same as gcops::DebugFlag).
inline constexpr uint32_t kGcDebugStats = 1;
inline constexpr uint32_t kGcDebugCollectable = 2;
inline constexpr uint32_t kGcDebugUncollectable = 4;
inline constexpr uint32_t kGcDebugSaveAll = 32;
inline constexpr uint32_t kGcDebugLeak =
    38;  // COLLECTABLE | UNCOLLECTABLE | SAVEALL

// A value, or the exception CPython would raise instead.
template <typename T>
struct GcResult {
  T value{};
  std::string
      error;  // empty: success; else "ValueError: ..." / "TypeError: ..."
  bool ok() const { return error.empty(); }
  static GcResult Error(std::string e) { return GcResult{T{}, std::move(e)}; }
};
struct GcStatus {
  std::string error;
  bool ok() const { return error.empty(); }
};

// gc.get_stats() entry for one generation.
using GcGenStats = gcops::GenStats;

class GcModule {
 public:
  explicit GcModule(Heap& heap) : heap_(heap) {}

  // gc.collect(generation=2): found objects (collected + uncollectable);
  // 0 with no effect during a collection. ValueError "invalid generation"
  // outside 0..2.
  GcResult<int64_t> Collect(int generation = 2);

  void Enable() { heap_.SetEnabled(true); }
  void Disable() { heap_.SetEnabled(false); }
  bool IsEnabled() const { return heap_.enabled(); }

  std::array<int32_t, 3> GetThreshold() const {
    return heap_.scheduler().threshold;
  }
  // gc.set_threshold(t0[, t1[, t2]]): only the given values change;
  // TypeError for 0 or more than 3 values.
  GcStatus SetThreshold(std::span<const int32_t> thresholds);
  std::array<int64_t, 3> GetCount() const { return heap_.Count(); }

  // gc.get_objects(generation=None): nullopt or -1 = every generation
  // (0, 1, 2 in list order), never the permanent one. ValueError for < -1
  // ("cannot be negative") and >= 3.
  GcResult<std::vector<ObjId>> GetObjects(
      std::optional<int> generation = std::nullopt) const;
  GcResult<std::vector<ObjId>> GetReferrers(ObjId obj) const;
  GcResult<std::vector<ObjId>> GetReferents(ObjId obj) const;
  GcResult<bool> IsTracked(ObjId obj) const;
  GcResult<bool> IsFinalized(ObjId obj) const;

  void Freeze() { heap_.Freeze(); }
  void Unfreeze() { heap_.Unfreeze(); }
  int64_t GetFreezeCount() const {
    return static_cast<int64_t>(heap_.PermanentSize());
  }

  // gc.set_debug stores any flags; get_debug reads them back.
  void SetDebug(uint32_t flags) { heap_.SetDebug(flags); }
  uint32_t GetDebug() const { return heap_.debug(); }

  std::array<GcGenStats, 3> GetStats() const;

  // gc.garbage: the objects, in list order. The list itself is mutable
  // through ClearGarbage / PopGarbage (the popped reference goes to the
  // runner).
  std::vector<ObjId> Garbage() const { return heap_.GarbageIds(); }
  void ClearGarbage() { heap_.ClearGarbage(); }
  GcResult<ObjId> PopGarbage(size_t index);

  // gc.callbacks: indices of the runner's callbacks, called through the
  // Host with ("start"|"stop", {generation, collected, uncollectable}).
  std::vector<uint32_t>& Callbacks() { return heap_.callbacks(); }

 private:
  Object* Lookup(ObjId obj) const { return heap_.Get(obj); }
  Heap& heap_;
};

}  // namespace gcfuzz::collector

#endif  // GCFUZZ_COLLECTOR_GC_MODULE_H_
