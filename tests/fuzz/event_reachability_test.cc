// The generator reaches the collector's interesting behaviours: running the
// structure-aware mutator on a fixed seed, starting from nothing, produces
// within a bounded number of programs each of: a cycle collected, a
// resurrection, a trash weakref, a weakref callback run by the collector, a
// legacy closure put in gc.garbage, an automatic collection of every
// generation, and a finalizer that calls collect during a collection.
// A fuzzer that cannot produce these cannot find bugs in them.
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <set>
#include <string>
#include <vector>

#include "collector/collector_backend.h"
#include "collector/observer.h"
#include "fuzz/mutator.h"
#include "gcops/printer.h"
#include "gcops/runner.h"

namespace gcfuzz::fuzz {
namespace {

using gcops::ObjId;

struct Reached {
  bool cycle_collected = false;
  bool resurrection = false;
  bool trash_weakref = false;
  bool callback_by_collector = false;
  bool legacy_closure_in_garbage = false;
  std::array<bool, 3> automatic{false, false, false};
  bool nested_collect_in_finalizer = false;

  bool all() const {
    return cycle_collected && resurrection && trash_weakref &&
           callback_by_collector && legacy_closure_in_garbage && automatic[0] &&
           automatic[1] && automatic[2] && nested_collect_in_finalizer;
  }
};

// The collector, watched: it forwards the runner's Host and observes every
// collection, noting which behaviours happened.
class Probe final : public collector::CollectorBackend,
                    public collector::Observer,
                    public gcops::Host {
 public:
  explicit Probe(Reached* reached) : reached_(reached) {}

  void Begin(gcops::Host& host, const gcops::Program& program) override {
    outer_ = &host;
    CollectorBackend::Begin(*this, program);
    heap().set_observer(this);
  }
  gcops::ObjId NewWeakref(ObjId id, bool proxy, ObjId target,
                          bool with_callback) override {
    const ObjId got =
        CollectorBackend::NewWeakref(id, proxy, target, with_callback);
    weakrefs_.insert(got);
    return got;
  }
  int64_t Collect(int gen) override {
    if (collecting_ > 0 && in_finalizer_ > 0) {
      reached_->nested_collect_in_finalizer = true;
    }
    return CollectorBackend::Collect(gen);
  }

  // --- Host
  void OnDel(ObjId o) override {
    Finalizer([&] { outer_->OnDel(o); });
  }
  void OnTpDel(ObjId o) override {
    Finalizer([&] { outer_->OnTpDel(o); });
  }
  void OnWeakrefCallback(ObjId w) override {
    if (collecting_ > 0) reached_->callback_by_collector = true;
    Finalizer([&] { outer_->OnWeakrefCallback(w); });
  }
  void OnGcCallback(uint32_t i, bool start, int gen, int64_t m,
                    int64_t n) override {
    outer_->OnGcCallback(i, start, gen, m, n);
  }
  void OnGarbage(ObjId o) override { outer_->OnGarbage(o); }
  void OnCollectEnd(int gen, int64_t found, bool automatic) override {
    if (automatic) reached_->automatic[gen] = true;
    outer_->OnCollectEnd(gen, found, automatic);
  }
  void OnFree(ObjId o) override { outer_->OnFree(o); }

  // Behaviour features of this run (coverage stand-ins, see Features).
  std::set<std::string> features;

  // --- Observer
  void OnCollectionStart(const collector::Heap& heap, int gen) override {
    ++collecting_;
    const auto& s = heap.scheduler();
    features.insert(
        "start" + std::to_string(gen) + " counts " +
        std::to_string(std::min<int64_t>(s.count[1], 3)) + "," +
        std::to_string(std::min<int64_t>(s.count[2], 3)) + " long-lived " +
        (s.long_lived_pending >= s.long_lived_total / 4 ? "ok" : "no"));
    heap.ForEachObject([&](const collector::ObjectInfo& o) {
      const bool weak =
          o.kind == gcops::ObjKind::kRef || o.kind == gcops::ObjKind::kProxy;
      if (weak && o.refcount > o.runner_refs)
        features.insert("weakref in heap");
      if (weak && o.weakref_referent == gcops::kNoObj)
        features.insert("dead weakref");
    });
  }
  void OnCollectionEnd(const collector::Heap&,
                       const collector::CollectionReport& r) override {
    --collecting_;
    if (r.collected > 0 && r.final_unreachable.size() >= 2) {
      reached_->cycle_collected = true;
    }
    if (!r.resurrected.empty()) reached_->resurrection = true;
    for (ObjId o : r.unreachable) {
      if (weakrefs_.count(o)) reached_->trash_weakref = true;
    }
    features.insert(
        "end" + std::to_string(r.generation) + (r.automatic ? " auto" : "") +
        " U" + std::to_string(std::min<size_t>(r.unreachable.size(), 4)) +
        " F" + std::to_string(std::min<size_t>(r.finalizers.size(), 2)) + " R" +
        std::to_string(std::min<size_t>(r.resurrected.size(), 2)));
    // A closure: the tp_del object and at least one object it reaches.
    if (r.finalizers.size() >= 2 && r.uncollectable >= 2) {
      reached_->legacy_closure_in_garbage = true;
    }
  }

 private:
  template <typename F>
  void Finalizer(F call) {
    ++in_finalizer_;
    call();
    --in_finalizer_;
  }

  Reached* reached_;
  gcops::Host* outer_ = nullptr;
  std::set<ObjId> weakrefs_;
  int collecting_ = 0;
  int in_finalizer_ = 0;
};

// What a run did, coarsely: the stand-in for coverage feedback. Event
// kinds, pairs of consecutive event kinds, and how each collection ended.
std::set<std::string> Features(const gcops::RunResult& r,
                               std::set<std::string> f) {
  std::string prev = "^";
  for (const gcops::Event& e : r.trace.events) {
    std::string k = gcops::Info(e.kind).keyword;
    if (e.kind == gcops::EventKind::kCollect) {
      k += std::to_string(e.gen) + (e.automatic ? "a" : "") +
           (e.n > 0 ? "+" : "0");
    }
    f.insert(k);
    f.insert(prev + ">" + k);
    prev = k;
  }
  f.insert(r.misuse ? "misuse" : "ran");
  return f;
}

TEST(EventReachabilityTest,
     GeneratorReachesEveryInterestingBehaviourWithinBound) {
  // The generator as the fuzzer drives it, starting from the empty program:
  // mutate an input from the pool, run it, keep it if it did something new.
  constexpr int kMaxPrograms = 60000;
  Reached reached;
  Rng rng(20261122);
  std::vector<gcops::Program> pool{gcops::Program{}};
  std::set<std::string> seen;
  int programs = 0;
  for (; programs < kMaxPrograms && !reached.all(); ++programs) {
    gcops::Program p = pool[rng() % pool.size()];
    MutateProgram(p, rng);
    Probe probe(&reached);
    gcops::RunOptions opt;
    opt.max_body_steps = gcops::kFuzzMaxBodySteps;
    const gcops::RunResult r = gcops::Run(p, probe, opt);
    bool novel = false;
    for (const std::string& f : Features(r, probe.features)) {
      novel |= seen.insert(f).second;
    }
    if (novel) pool.push_back(p);
    if (programs % 1000 == 999) {
      std::printf(
          "after %d programs: cycle %d resurrection %d trash-weakref %d "
          "gc-callback %d legacy %d auto %d%d%d nested %d\n",
          programs + 1, reached.cycle_collected, reached.resurrection,
          reached.trash_weakref, reached.callback_by_collector,
          reached.legacy_closure_in_garbage, reached.automatic[0],
          reached.automatic[1], reached.automatic[2],
          reached.nested_collect_in_finalizer);
    }
  }
  std::printf("programs generated: %d\n", programs);
  EXPECT_TRUE(reached.cycle_collected);
  EXPECT_TRUE(reached.resurrection);
  EXPECT_TRUE(reached.trash_weakref);
  EXPECT_TRUE(reached.callback_by_collector);
  EXPECT_TRUE(reached.legacy_closure_in_garbage);
  EXPECT_TRUE(reached.automatic[0]) << "automatic collection of generation 0";
  EXPECT_TRUE(reached.automatic[1]) << "automatic collection of generation 1";
  EXPECT_TRUE(reached.automatic[2]) << "automatic collection of generation 2";
  EXPECT_TRUE(reached.nested_collect_in_finalizer);
}

}  // namespace
}  // namespace gcfuzz::fuzz
