// Multi-threaded stress test for freethreading/qsbr.h, meant to be run
// under ThreadSanitizer as well as in plain builds.
//
// Safety property: memory retired at goal G is never reclaimed before every
// reader that was online when G was issued has passed a quiescent state or
// gone offline.
//
// How it is checked (the canary pattern): writers replace a published node
// and retire the old one at the goal Advance() returns. Readers, while
// online, load the published node and keep it until their next quiescent
// state or detach, re-reading its canary at every step. A node is
// "reclaimed" only when Poll(goal) says so: its canary is overwritten with
// kDead and it goes to a graveyard that is freed after the threads have
// joined (so an early reclamation is seen as a dead canary, not as a
// use-after-free that might go unnoticed). A reader that ever sees a dead
// canary counts a violation; under TSan the same bug is also a data race
// between the reclaimer's write and the reader's read, because only QSBR's
// release/acquire pairs order them. A second, direct check: each reader
// publishes the node it holds, and a reclaimer that finds the node it is
// about to reclaim still held by someone counts a violation too (once Poll
// has seen a reader's quiescent state, it also sees that reader's earlier
// "holds nothing", so this cannot fire on a correct QSBR).
//
// The run is bounded (a fixed number of steps per thread, fixed seeds) and
// asserts nothing about timing. It also asserts that the dangerous case
// actually happened: readers held retired nodes, and polls refused.
#include <gtest/gtest.h>

#include <atomic>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <latch>
#include <memory>
#include <random>
#include <thread>
#include <utility>
#include <vector>

#include "freethreading/qsbr.h"

namespace gcfuzz::freethreading {
namespace {

constexpr uint64_t kAlive = 0x0A11CE0A11CE0A11;
constexpr uint64_t kDead = 0xDEADDEADDEADDEAD;

struct Node {
  uint64_t canary = kAlive;  // plain on purpose: TSan watches it
  std::atomic<bool> retired{false};
};

struct Counters {
  std::atomic<int64_t> violations{0};
  std::atomic<int64_t> reclaimed_while_held{0};
  std::atomic<int64_t> reads{0};
  std::atomic<int64_t> reads_of_retired{0};
  std::atomic<int64_t> retired{0};
  std::atomic<int64_t> reclaimed{0};
  std::atomic<int64_t> polls_refused{0};
  std::atomic<int64_t> slot_churns{0};
};

struct Shared {
  Shared(QsbrOptions options, int threads) : qsbr(options), holders(threads) {}
  Qsbr qsbr;
  std::atomic<Node*> published{new Node};
  std::vector<std::atomic<Node*>> holders;  // what each worker holds
  Counters counters;
};

// One thread's life: its slot, the node it holds, what it has retired.
class Worker {
 public:
  // `planted_bug`: reclaim without asking Poll, to prove the canary check
  // catches an unsafe reclamation.
  Worker(Shared& shared, int id, bool planted_bug)
      : shared_(shared),
        id_(id),
        rng_(1000 + id),
        owner_(id + 1),
        planted_bug_(planted_bug) {}

  void Run(int steps) {
    Register();
    for (int step = 0; step < steps; ++step) {
      Step();
      if (step % 16 == 0) std::this_thread::yield();
    }
    if (slot_->online()) GoOffline();
    shared_.qsbr.Unregister(slot_->index());
  }

  std::vector<std::pair<Node*, uint64_t>> TakeRetired() {
    return std::move(retired_);
  }
  std::vector<Node*> TakeGraveyard() { return std::move(graveyard_); }

 private:
  void Register() {
    const int32_t index = shared_.qsbr.Reserve();
    if (index == kQsbrNoSlot) {
      ADD_FAILURE() << "Reserve failed with " << shared_.qsbr.Capacity()
                    << " slots";
      std::abort();
    }
    shared_.qsbr.Register(index, owner_);
    slot_ = &shared_.qsbr.Slot(index);
  }

  void GoOffline() {
    Hold(nullptr);  // an offline thread may hold nothing
    slot_->Detach();
  }

  void Hold(Node* node) {
    held_ = node;
    shared_.holders[id_].store(node, std::memory_order_relaxed);
  }

  void CheckHeld() {
    if (held_ == nullptr) return;
    shared_.counters.reads.fetch_add(1, std::memory_order_relaxed);
    if (held_->retired.load(std::memory_order_relaxed)) {
      shared_.counters.reads_of_retired.fetch_add(1, std::memory_order_relaxed);
    }
    if (held_->canary != kAlive) {
      shared_.counters.violations.fetch_add(1, std::memory_order_relaxed);
    }
  }

  void Write() {
    Node* old = shared_.published.exchange(new Node, std::memory_order_acq_rel);
    old->retired.store(true, std::memory_order_relaxed);
    const uint64_t goal =
        rng_() % 2 ? shared_.qsbr.Advance() : slot_->DeferredAdvance();
    retired_.emplace_back(old, goal);
    shared_.counters.retired.fetch_add(1, std::memory_order_relaxed);
  }

  void Reclaim() {
    std::vector<std::pair<Node*, uint64_t>> still;
    for (auto [node, goal] : retired_) {
      if (!planted_bug_ && !slot_->Poll(goal)) {
        shared_.counters.polls_refused.fetch_add(1, std::memory_order_relaxed);
        still.emplace_back(node, goal);
        continue;
      }
      for (const std::atomic<Node*>& holder : shared_.holders) {
        if (holder.load(std::memory_order_relaxed) == node) {
          shared_.counters.reclaimed_while_held.fetch_add(1);
        }
      }
      node->canary = kDead;
      graveyard_.push_back(node);
      shared_.counters.reclaimed.fetch_add(1, std::memory_order_relaxed);
    }
    retired_ = std::move(still);
  }

  // Leaves the slot and takes a new one (often the same index: LIFO).
  void Churn() {
    if (slot_->online()) GoOffline();
    shared_.qsbr.Unregister(slot_->index());
    Register();
    shared_.counters.slot_churns.fetch_add(1, std::memory_order_relaxed);
  }

  void Step() {
    CheckHeld();
    const unsigned dice = rng_() % 100;
    if (!slot_->online()) {
      if (dice < 3)
        Churn();
      else if (dice < 60)
        slot_->Attach();
      return;
    }
    if (dice < 25) {
      Hold(shared_.published.load(std::memory_order_acquire));
    } else if (dice < 40) {
      Hold(nullptr);  // quiescent: holds nothing from before
      slot_->QuiescentState();
    } else if (dice < 50) {
      Write();
    } else if (dice < 65) {
      Reclaim();
    } else if (dice < 70) {
      GoOffline();
    }
    CheckHeld();
  }

  Shared& shared_;
  const int id_;
  std::mt19937 rng_;
  const QsbrOwner owner_;
  const bool planted_bug_;
  QsbrSlot* slot_ = nullptr;
  Node* held_ = nullptr;
  std::vector<std::pair<Node*, uint64_t>> retired_;
  std::vector<Node*> graveyard_;
};

struct StressOptions {
  QsbrOptions qsbr;
  int threads = 10;
  int steps = 20000;
  bool planted_bug = false;
};

struct StressResult {
  int64_t violations, reclaimed_while_held, reads, reads_of_retired, retired,
      reclaimed, polls_refused, slot_churns, freed;
  int32_t capacity;
  uint64_t wr_seq, rd_seq;
};

StressResult RunStress(const StressOptions& options) {
  Shared shared(options.qsbr, options.threads);
  std::vector<std::unique_ptr<Worker>> workers;
  for (int i = 0; i < options.threads; ++i) {
    workers.push_back(std::make_unique<Worker>(shared, i, options.planted_bug));
  }
  // All threads start together, so their runs overlap.
  std::latch start(options.threads);
  std::vector<std::thread> running;
  for (auto& worker : workers) {
    running.emplace_back([&worker, &options, &start] {
      start.arrive_and_wait();
      worker->Run(options.steps);
    });
  }
  for (std::thread& t : running) t.join();

  const Counters& c = shared.counters;
  StressResult r{c.violations.load(),
                 c.reclaimed_while_held.load(),
                 c.reads.load(),
                 c.reads_of_retired.load(),
                 c.retired.load(),
                 c.reclaimed.load(),
                 c.polls_refused.load(),
                 c.slot_churns.load(),
                 0,
                 shared.qsbr.Capacity(),
                 shared.qsbr.Current(),
                 shared.qsbr.ReadSeq()};
  for (auto& worker : workers) {
    for (Node* node : worker->TakeGraveyard()) delete node, ++r.freed;
    for (auto [node, goal] : worker->TakeRetired()) delete node, ++r.freed;
  }
  delete shared.published.load();
  std::printf(
      "stress: %d threads x %d steps: reads %lld (of retired nodes %lld), "
      "retired %lld, reclaimed %lld, polls refused %lld, churns %lld, "
      "violations %lld, reclaimed while held %lld, capacity %d\n",
      options.threads, options.steps, (long long)r.reads,
      (long long)r.reads_of_retired, (long long)r.retired,
      (long long)r.reclaimed, (long long)r.polls_refused,
      (long long)r.slot_churns, (long long)r.violations,
      (long long)r.reclaimed_while_held, r.capacity);
  return r;
}

// The run must have exercised the dangerous case, or it proves nothing.
void ExpectSafeAndExercised(const StressResult& r) {
  EXPECT_EQ(r.violations, 0) << "a reader saw a reclaimed node";
  EXPECT_EQ(r.reclaimed_while_held, 0) << "a held node was reclaimed";
  EXPECT_GT(r.reads_of_retired, 0);
  EXPECT_GT(r.polls_refused, 0);
  EXPECT_GT(r.reclaimed, 0);
  EXPECT_GT(r.slot_churns, 0);
  EXPECT_GT(r.capacity, kQsbrMinSlots) << "the slot array grew under load";
  EXPECT_EQ(r.freed, r.retired);
  EXPECT_TRUE(QsbrLessEqual(r.rd_seq, r.wr_seq));
}

TEST(QsbrStress, RetiredMemoryIsNeverReclaimedWhileAReaderMayHoldIt) {
  const StressResult r = RunStress({});
  ExpectSafeAndExercised(r);
  EXPECT_GT(r.wr_seq, kQsbrInitial);
}

TEST(QsbrStress, SafetyHoldsWhenTheWriteSequenceWrapsAround) {
  // Starts 500 advances before UINT64_MAX; the run advances thousands of
  // times, so goals on both sides of the wrap are issued and polled.
  const uint64_t start = ~uint64_t{0} - 1000;
  const StressResult r = RunStress({.qsbr = {.initial_seq = start}});
  ExpectSafeAndExercised(r);
  EXPECT_LT(r.wr_seq, start) << "the write sequence should have wrapped";
}

// Planted bug: a single thread (so the run is deterministic and race-free)
// that reclaims without polling must trip the canary check.
TEST(QsbrStress, TheCanaryCatchesReclamationThatSkipsPoll) {
  const StressResult r = RunStress(
      {.qsbr = {}, .threads = 1, .steps = 20000, .planted_bug = true});
  EXPECT_GT(r.violations, 0);
  EXPECT_GT(r.reclaimed_while_held, 0);
  const StressResult safe =
      RunStress({.qsbr = {}, .threads = 1, .steps = 20000});
  EXPECT_EQ(safe.violations, 0);
  EXPECT_EQ(safe.reclaimed_while_held, 0);
  EXPECT_GT(safe.reads_of_retired, 0);
}

}  // namespace
}  // namespace gcfuzz::freethreading
