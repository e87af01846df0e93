// collector/gc_module.cc — the gc module's argument checks (CPython's
// exceptions as GcResult errors); everything else forwards to the Heap.
#include "collector/gc_module.h"

namespace gcfuzz::collector {

namespace {
constexpr char kNoObject[] = "LookupError: no live object with this id";
}  // namespace

GcResult<int64_t> GcModule::Collect(int generation) {
  if (generation < 0 || generation >= kNumGenerations)
    return GcResult<int64_t>::Error("ValueError: invalid generation");
  return {heap_.Collect(generation), {}};
}

GcStatus GcModule::SetThreshold(std::span<const int32_t> thresholds) {
  if (thresholds.empty() ||
      thresholds.size() > static_cast<size_t>(kNumGenerations))
    return {"TypeError: set_threshold takes 1 to 3 arguments"};
  heap_.SetThresholds(thresholds);
  return {};
}

GcResult<std::vector<ObjId>> GcModule::GetObjects(
    std::optional<int> generation) const {
  using R = GcResult<std::vector<ObjId>>;
  const int gen = generation.value_or(-1);
  if (gen >= kNumGenerations)
    return R::Error(
        "ValueError: generation parameter must be less than the number of "
        "available "
        "generations (3)");
  if (gen < -1)
    return R::Error("ValueError: generation parameter cannot be negative");
  if (gen >= 0) return {heap_.ObjectsInGeneration(gen), {}};
  std::vector<ObjId> all;
  for (int i = 0; i < kNumGenerations; ++i) {
    std::vector<ObjId> ids = heap_.ObjectsInGeneration(i);
    all.insert(all.end(), ids.begin(), ids.end());
  }
  return {std::move(all), {}};
}

GcResult<std::vector<ObjId>> GcModule::GetReferrers(ObjId obj) const {
  Object* o = Lookup(obj);
  if (o == nullptr) return GcResult<std::vector<ObjId>>::Error(kNoObject);
  return {heap_.ReferrerIds(o), {}};
}

GcResult<std::vector<ObjId>> GcModule::GetReferents(ObjId obj) const {
  Object* o = Lookup(obj);
  if (o == nullptr) return GcResult<std::vector<ObjId>>::Error(kNoObject);
  return {heap_.ReferentIds(o), {}};
}

GcResult<bool> GcModule::IsTracked(ObjId obj) const {
  Object* o = Lookup(obj);
  if (o == nullptr) return GcResult<bool>::Error(kNoObject);
  return {collector::IsTracked(&o->gc), {}};
}

GcResult<bool> GcModule::IsFinalized(ObjId obj) const {
  Object* o = Lookup(obj);
  if (o == nullptr) return GcResult<bool>::Error(kNoObject);
  return {collector::IsFinalized(&o->gc), {}};
}

std::array<GcGenStats, 3> GcModule::GetStats() const {
  return {heap_.Stats(0), heap_.Stats(1), heap_.Stats(2)};
}

GcResult<ObjId> GcModule::PopGarbage(size_t index) {
  if (index >= heap_.GarbageSize())
    return GcResult<ObjId>::Error("IndexError: pop index out of range");
  return {heap_.PopGarbage(index)->id, {}};
}

}  // namespace gcfuzz::collector
