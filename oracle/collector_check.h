// oracle/collector_check.h — runs gcops programs on the C++ collector and
// checks every collection against the oracle.
//
// TEST-ONLY (see oracle/heap_snapshot.h). The glue between the collector's
// read-only observer API (collector/observer.h) and the oracle:
//
//   CheckedCollectorBackend  a gcops::Backend that forwards every call to a
//                            collector::CollectorBackend, and meanwhile
//                            * wraps the runner's Host to log every event
//                              (__del__, tp_del, callback, gc.garbage
//                              append, free) with its nesting depth;
//                            * observes every collection at its three
//                              moments and compares it with the oracle.
//   RunChecked               gcops::Run on such a backend: the run's result
//                            plus the first Finding.
//
// What is compared, per collection (see oracle/predict.h for why each is a
// sound prediction):
//   start     heap invariants (if no host call is in progress, so every
//             holder is known); the prediction from the start snapshot.
//   after     finalize_garbage: the survivor list is a subsequence of U\F;
//             an object of U\F that left it alive was resurrected from its
//             dealloc (gen 0, FINALIZED); every predicted __del__ ran exactly
//             once since the start and no other object of U ran one (nor
//             F, unless it died); in U order when no member of U\F died
//             early (no free event, no __del__ nested in a body); the
//             callbacks run before the first __del__, at the collection's
//             own depth, are exactly the predicted queue, in order; every
//             predicted weakref is dead; weakref lists of F lost nothing but
//             trash weakrefs.
//   end       the collector's unreachable and finalizers lists equal the
//             predicted U and F (order included); its final_unreachable
//             equals the prediction (order included) and its resurrected
//             set too; m, n and the gc.garbage appends equal PredictCounts;
//             without DEBUG_SAVEALL (read when delete_garbage begins, and
//             never changed by a body there) every final_unreachable object
//             was freed, or waits on the trashcan's stack (a collection run
//             at nesting 50 defers those deallocations);
//             survivors (reachable part of C, resurrected, what is left of
//             F) are in `old`, bar untracked tuples/dicts, dealloc-path
//             resurrections (gen 0) and a gc.freeze() during the collection;
//             heap invariants again (if exact).
//   merge     for a gc.collect() with no gc.callbacks: the merged list at
//             the start is [gen g][gen 0][gen 1]..[gen g-1] of the lists as
//             they were when collect was called.
// Not compared here (the differential CPython comparison covers them): the
// merge order of automatic collections and of collections with gc.callbacks
// (the observer's first moment comes after the merge), the order of
// resurrected objects, the order of __del__ calls once something died early.
#ifndef GCFUZZ_ORACLE_COLLECTOR_CHECK_H_
#define GCFUZZ_ORACLE_COLLECTOR_CHECK_H_

#include <memory>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "collector/collector_backend.h"
#include "gcops/runner.h"
#include "oracle/finding.h"

namespace gcfuzz::oracle {

// One Host call the collector made, as the checked backend saw it.
struct HostEvent {
  enum class Kind : uint8_t {
    kDel,
    kTpDel,
    kCallback,
    kGarbage,
    kFree,
    kGcCallback,
    kCollectEnd,
  };
  Kind kind = Kind::kDel;
  gcops::ObjId obj = gcops::kNoObj;  // kNoObj for kGcCallback, kCollectEnd
  int depth = 0;                     // Host calls in progress when it began
};

class CheckedCollectorBackend : public gcops::Backend {
 public:
  // The model running `rules` (a version profile), checked.
  explicit CheckedCollectorBackend(
      const collector::VersionRules& rules = collector::kPython3_11);
  ~CheckedCollectorBackend() override;

  // The first disagreement seen so far (later ones are not recorded: they
  // are usually consequences of the first).
  const std::optional<Finding>& finding() const;
  int collections_checked() const;
  // Collections whose heap invariants were checked, at their start and end
  // (no host call was in progress when they started).
  int invariant_checks() const;
  // Collections whose merged list order was checked.
  int merge_checks() const;
  const std::vector<HostEvent>& events() const;
  collector::CollectorBackend& collector() { return inner_; }

  // Test hooks, for planted-bug tests of the checker itself: when set
  // (before Begin), the heap reports to `wrapper` instead, which forwards to
  // ObserverForTesting(), possibly altering what it passes on.
  void InterposeObserverForTesting(collector::Observer* wrapper) {
    interposed_ = wrapper;
  }
  collector::Observer& ObserverForTesting();
  // Likewise for host calls: the collector calls `wrapper`, which forwards
  // to HostForTesting() (possibly reordering or dropping calls).
  void InterposeHostForTesting(gcops::Host* wrapper) {
    interposed_host_ = wrapper;
  }
  gcops::Host& HostForTesting();

  std::string_view Name() const override { return "collector+oracle"; }
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
  bool BodyStatementsMayRun() override { return inner_.BodyStatementsMayRun(); }
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

  class Recorder;  // the Host wrapper and Observer (collector_check.cc)

 private:
  collector::CollectorBackend inner_;
  std::unique_ptr<Recorder> recorder_;
  collector::Observer* interposed_ = nullptr;
  gcops::Host* interposed_host_ = nullptr;
};

struct CheckedRun {
  gcops::RunResult run;
  std::optional<Finding> finding;
  int collections_checked = 0;
  int invariant_checks = 0;
  int merge_checks = 0;
};

// Runs `program` on the collector with every collection checked.
CheckedRun RunChecked(const gcops::Program& program,
                      const gcops::RunOptions& options = {});

}  // namespace gcfuzz::oracle

#endif  // GCFUZZ_ORACLE_COLLECTOR_CHECK_H_
