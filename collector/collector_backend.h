// collector/collector_backend.h — the C++ collector as a gcops::Backend.
//
// A thin adapter: it maps the runner's ObjIds and Values onto the Heap's
// objects and Slots and forwards each call; all behaviour lives in Heap.
// In GCFUZZ_VERIFY builds it runs Heap::VerifyHeap after every call made
// from top level (not from inside a finalizer or callback body) while the
// heap is small enough for that to stay cheap.
#ifndef GCFUZZ_COLLECTOR_COLLECTOR_BACKEND_H_
#define GCFUZZ_COLLECTOR_COLLECTOR_BACKEND_H_

#include <array>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "collector/collector_mode.h"
#include "collector/heap.h"
#include "collector/version_rules.h"
#include "gcops/backend.h"

namespace gcfuzz::collector {

class CollectorBackend : public gcops::Backend {
 public:
  explicit CollectorBackend(const VersionRules& rules = kPython3_11,
                            CollectorMode mode = CollectorMode::kClassic)
      : heap_(rules, mode) {}
  // A backend running `mode` with that mode's default rules (RulesFor).
  explicit CollectorBackend(CollectorMode mode) : heap_(RulesFor(mode), mode) {}

  // The heap, for observers and inspection (read it; do not mutate it
  // behind the runner's back).
  Heap& heap() { return heap_; }
  const Heap& heap() const { return heap_; }

  std::string_view Name() const override { return "collector"; }
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
  void StatementStart() override;
  bool BodyStatementsMayRun() override { return heap_.BodyStatementsMayRun(); }

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

 private:
  Object* Live(gcops::ObjId id) const;
  Slot ToSlot(const gcops::Value& v) const;
  static gcops::Value ToValue(const Slot& s);
  void MaybeVerify();

  Heap heap_;
  // MaybeVerify's amortization: calls seen, and objects VerifyHeap walked.
  uint64_t verify_calls_ = 0;
  uint64_t verify_work_ = 0;
};

}  // namespace gcfuzz::collector

#endif  // GCFUZZ_COLLECTOR_COLLECTOR_BACKEND_H_
