// freethreading/testing/qsbr_reference.h — a sequential reference for Qsbr.
// Test-only; single-threaded, naive on purpose.
//
// Time is logical and unbounded: the write sequence is the number of
// advances so far (the real one is initial + 2 * that, modulo 2^64), so the
// reference needs no wrap-around arithmetic at all. Each slot remembers the
// logical time it last observed (or nothing while offline). The question
// "may memory retired at goal g be reclaimed?" is answered from its
// definition: g has been issued (g <= wr) and every online reader has
// observed g. The cached read sequence is kept separately, because
// GoalReached() answers from that cache only.
//
// Slot indices follow CPython's free list: a stack; growth doubles the
// capacity (at least to 8) and pushes the new slots in ascending order, so
// the highest is handed out first; Unregister and AfterFork push on top.
#ifndef GCFUZZ_FREETHREADING_TESTING_QSBR_REFERENCE_H_
#define GCFUZZ_FREETHREADING_TESTING_QSBR_REFERENCE_H_

#include <algorithm>
#include <cstdint>
#include <optional>
#include <vector>

namespace gcfuzz::freethreading::testing {

class QsbrReference {
 public:
  explicit QsbrReference(int32_t max_slots) : max_slots_(max_slots) {}

  int32_t Reserve() {
    if (free_.empty()) {
      const int32_t grown = std::max<int32_t>(8, 2 * capacity());
      if (grown > max_slots_) return -1;
      for (int32_t i = capacity(); i < grown; ++i) free_.push_back(i);
      slots_.resize(grown);
    }
    const int32_t index = free_.back();
    free_.pop_back();
    slots_[index].allocated = true;
    return index;
  }
  void Register(int32_t i) { slots_[i].registered = true; }
  void Unregister(int32_t i) {
    slots_[i].allocated = slots_[i].registered = false;
    free_.push_back(i);
  }
  void Attach(int32_t i) { slots_[i].seen = wr_; }
  void Detach(int32_t i) { slots_[i].seen.reset(); }
  void QuiescentState(int32_t i) { slots_[i].seen = wr_; }
  uint64_t Advance() { return ++wr_; }
  uint64_t DeferredAdvance(int32_t i) {
    if (++slots_[i].deferrals < 10) return wr_ + 1;
    slots_[i].deferrals = 0;
    return Advance();
  }
  bool GoalReached(uint64_t goal) const { return goal <= rd_; }
  bool Poll(uint64_t goal) {
    if (GoalReached(goal)) return true;
    // The scan: the oldest observation among online readers, or wr.
    uint64_t oldest = wr_;
    for (const Slot& s : slots_) {
      if (s.seen) oldest = std::min(oldest, *s.seen);
    }
    rd_ = std::max(rd_, oldest);
    bool passed_by_all = goal <= wr_;
    for (const Slot& s : slots_) {
      if (s.seen && *s.seen < goal) passed_by_all = false;
    }
    return passed_by_all;
  }
  void AfterFork(int32_t survivor) {
    for (int32_t i = 0; i < capacity(); ++i) {
      if (i == survivor || !slots_[i].allocated) continue;
      slots_[i].allocated = slots_[i].registered = false;
      slots_[i].seen.reset();
      free_.push_back(i);
    }
  }

  // The operations of the sequential model, and where each is legal.
  enum Op {
    kReserve,
    kUnregister,
    kAttach,
    kDetach,
    kQuiescent,
    kAdvance,
    kDeferredAdvance,
    kPoll,
    kGoalReached,
    kAfterFork,
    kOpCount
  };
  static const char* OpName(int op) {
    static const char* const kNames[kOpCount] = {
        "reserve", "unregister",       "attach", "detach",       "quiescent",
        "advance", "deferred_advance", "poll",   "goal_reached", "after_fork"};
    return kNames[op];
  }
  // The slots `op` may act on, ascending: registered slots that are offline
  // (unregister, attach), online (detach, quiescent, deferred advance, poll:
  // CPython's caller is attached), or either (the rest).
  std::vector<int32_t> SlotsFor(int op) const {
    const bool offline = op == kUnregister || op == kAttach;
    const bool online = op == kDetach || op == kQuiescent ||
                        op == kDeferredAdvance || op == kPoll;
    std::vector<int32_t> out;
    for (int32_t i = 0; i < capacity(); ++i) {
      const Slot& s = slots_[i];
      if (!s.registered) continue;
      if (offline && s.seen.has_value()) continue;
      if (online && !s.seen.has_value()) continue;
      out.push_back(i);
    }
    return out;
  }

  std::optional<uint64_t> seen(int32_t i) const { return slots_[i].seen; }
  bool allocated(int32_t i) const { return slots_[i].allocated; }
  uint64_t wr() const { return wr_; }
  uint64_t rd() const { return rd_; }
  int32_t capacity() const { return static_cast<int32_t>(slots_.size()); }

 private:
  struct Slot {
    bool allocated = false;
    bool registered = false;
    std::optional<uint64_t> seen;
    int deferrals = 0;
  };
  std::vector<Slot> slots_;
  std::vector<int32_t> free_;  // back() is handed out next
  uint64_t wr_ = 0;
  uint64_t rd_ = 0;
  const int32_t max_slots_;
};

}  // namespace gcfuzz::freethreading::testing

#endif  // GCFUZZ_FREETHREADING_TESTING_QSBR_REFERENCE_H_
