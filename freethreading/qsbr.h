// freethreading/qsbr.h — quiescent-state-based reclamation (QSBR), modelled
// on CPython's free-threaded build (Include/internal/pycore_qsbr.h and
// Python/qsbr.c, 3.13/3.14).
//
// What it provides: a Qsbr object (CPython's per-interpreter
// `_qsbr_shared`) and its QsbrSlot entries (CPython's per-thread
// `_qsbr_thread_state`). A writer that unlinks memory readers may still be
// looking at calls Advance() and tags the memory with the returned goal; the
// memory may be reclaimed once Poll(goal) returns true. Readers report that
// they hold no such pointers by calling QuiescentState(), or by going
// offline with Detach(). Real threads, real std::atomic operations.
//
// Sequence numbers
//   wr_seq   the write sequence. Starts odd (kQsbrInitial = 1), every
//            Advance() adds kQsbrIncrement = 2, so it is always odd and never
//            equals kQsbrOffline = 0, even after it wraps past UINT64_MAX.
//   seq      a slot's read sequence: kQsbrOffline while the thread is
//            detached, otherwise the value of wr_seq the thread last saw
//            when it attached or passed a quiescent state.
//   rd_seq   a cache of "the minimum seq over all online slots, or wr_seq if
//            none is online", computed lazily by Poll's scan.
//   goal     a value of wr_seq. A goal is reached when every slot that is
//            online has seq >= goal.
// All comparisons go through QsbrLess / QsbrLessEqual, which compare the
// signed difference, so they stay right across the wrap of uint64_t as long
// as the values compared are less than 2^63 apart.
//
// Invariants
//   I1  wr_seq is odd; it only moves forward (by 2 per Advance).
//   I2  for every online slot s: s.seq <= wr_seq (no reader has seen a
//       sequence not yet issued), and s.seq only moves forward while s stays
//       online. In a single thread also rd_seq <= s.seq; concurrently a slot
//       that attaches during a scan may start just below the rd_seq that
//       scan publishes, as in CPython (the seq_cst fence argument below is
//       what keeps that safe).
//   I3  rd_seq only moves forward, and never passes wr_seq.
//   I4  (safety) if Poll(goal) or GoalReached(goal) returns true, then every
//       slot that was online when goal was issued has since passed a
//       quiescent state or gone offline; memory retired before the Advance
//       that produced goal is no longer reachable by any reader.
//   I5  a slot is on the free list iff it is not allocated; an allocated
//       slot has at most one owner, registered by Register().
//
// Memory orders (the same as CPython's, which names them in pycore_qsbr.h
// and qsbr.c):
//   Current()          acquire load of wr_seq.
//   QuiescentState()   release store of seq: the reader's earlier reads of
//                      shared memory happen-before a scan that sees it.
//   Attach()           seq_cst store of seq, paired with the seq_cst fence at
//                      the top of the scan, so a scan cannot miss a thread
//                      that attached and then loaded a pointer the writer
//                      had already unlinked.
//   Detach()           release store of kQsbrOffline.
//   Advance()          seq_cst fetch_add of wr_seq.
//   scan               seq_cst fence, then seq_cst loads of every slot's seq
//                      and a seq_cst compare-exchange of rd_seq.
//   GoalReached()      seq_cst load of rd_seq.
//
// Where the model differs from CPython, and why
//   - CPython grows its slot array by reallocating it while the world is
//     stopped, and re-points each thread state at its moved slot. A library
//     cannot stop the world, so the slots live in segments that never move
//     (8, 8, 16, 32, ... slots: the same capacities CPython doubles
//     through). Indices, capacities and the order slots are handed out in
//     are CPython's; only the addresses differ.
//   - CPython registers a PyThreadState; here Register takes an opaque
//     nonzero owner token.
//   - CPython forks with the world stopped, so the slots AfterFork frees are
//     already offline; it also re-initialises the mutex, which the child may
//     have inherited locked. The model never forks: AfterFork marks the
//     freed slots offline itself and leaves the (unlocked) mutex alone.
//   - Capacity is bounded by QsbrOptions::max_slots (default 1 << 20), so
//     tests can reach the out-of-memory path; Reserve reports it as
//     kQsbrNoSlot, as CPython returns -1.
#ifndef GCFUZZ_FREETHREADING_QSBR_H_
#define GCFUZZ_FREETHREADING_QSBR_H_

#include <array>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>

namespace gcfuzz::freethreading {

inline constexpr uint64_t kQsbrOffline = 0;
inline constexpr uint64_t kQsbrInitial = 1;
inline constexpr uint64_t kQsbrIncrement = 2;

// DeferredAdvance advances wr_seq on every kQsbrDeferredLimit-th call.
inline constexpr int kQsbrDeferredLimit = 10;

// Returned by Reserve when no slot can be had.
inline constexpr int32_t kQsbrNoSlot = -1;

// The first array CPython allocates has this many slots; each growth
// doubles it.
inline constexpr int32_t kQsbrMinSlots = 8;

inline constexpr std::size_t kCacheLineSize = 64;

// Wrap-around-safe "a < b" and "a <= b" on sequence numbers.
constexpr bool QsbrLess(uint64_t a, uint64_t b) {
  return static_cast<int64_t>(a - b) < 0;
}
constexpr bool QsbrLessEqual(uint64_t a, uint64_t b) {
  return static_cast<int64_t>(a - b) <= 0;
}

// Identifies the thread that registered a slot; 0 means "none".
using QsbrOwner = uint64_t;
inline constexpr QsbrOwner kQsbrNoOwner = 0;

class Qsbr;

// One thread's QSBR state, alone on its cache line so that a reader's
// stores to its own seq do not invalidate its neighbours' lines.
//
// States of a slot (fields guarded by Qsbr's mutex, except seq_ and
// deferrals_, which belong to the owning thread):
//   free        allocated_ false, owner_ 0, seq_ offline, on the free list
//   reserved    allocated_ true, owner_ 0 (Reserve returned its index)
//   registered  allocated_ true, owner_ != 0
//   online      registered, seq_ != kQsbrOffline (between Attach and Detach)
class alignas(kCacheLineSize) QsbrSlot {
 public:
  QsbrSlot(const QsbrSlot&) = delete;
  QsbrSlot& operator=(const QsbrSlot&) = delete;

  // Goes online at the current write sequence. The slot must be offline.
  void Attach();
  // Goes offline. The slot must be online.
  void Detach();
  // Reports that this thread holds no pointer to memory retired so far:
  // seq becomes the current wr_seq. The slot must be online.
  void QuiescentState();

  // Returns the goal for memory retired now, advancing wr_seq only on every
  // kQsbrDeferredLimit-th call; the other calls return wr_seq + 2, a goal
  // that is reached only after someone else advances.
  uint64_t DeferredAdvance();

  // True if `goal` has been reached; scans all slots if the cached rd_seq
  // does not already say so. The slot must be online (CPython asserts the
  // calling thread is attached).
  bool Poll(uint64_t goal);
  // True if the cached rd_seq says `goal` has been reached; never scans.
  bool GoalReached(uint64_t goal) const;

  uint64_t seq() const { return seq_.load(std::memory_order_relaxed); }
  bool online() const { return seq() != kQsbrOffline; }
  int deferrals() const { return deferrals_; }
  int32_t index() const { return index_; }
  Qsbr& shared() const { return *shared_; }

 private:
  friend class Qsbr;
  QsbrSlot() = default;

  std::atomic<uint64_t> seq_{kQsbrOffline};
  Qsbr* shared_ = nullptr;
  QsbrSlot* freelist_next_ = nullptr;
  QsbrOwner owner_ = kQsbrNoOwner;
  int32_t index_ = -1;
  int deferrals_ = 0;
  bool allocated_ = false;
};
static_assert(sizeof(QsbrSlot) == kCacheLineSize,
              "a QSBR slot must fill exactly one cache line");

struct QsbrOptions {
  // Must be odd. Tests start near UINT64_MAX to exercise wrap-around.
  uint64_t initial_seq = kQsbrInitial;
  // Reserve fails (kQsbrNoSlot) rather than grow past this many slots.
  int32_t max_slots = 1 << 20;
};

// The shared state: write sequence, cached read sequence, the slots and
// their free list.
class Qsbr {
 public:
  Qsbr() : Qsbr(QsbrOptions{}) {}
  explicit Qsbr(QsbrOptions options);
  ~Qsbr();
  Qsbr(const Qsbr&) = delete;
  Qsbr& operator=(const Qsbr&) = delete;

  // The current write sequence (acquire).
  uint64_t Current() const { return wr_seq_.load(std::memory_order_acquire); }
  // The cached minimum read sequence (seq_cst).
  uint64_t ReadSeq() const { return rd_seq_.load(std::memory_order_seq_cst); }

  // Advances wr_seq by 2 and returns the new value: the goal for memory
  // unlinked before this call.
  uint64_t Advance();

  // Takes a slot off the free list, growing the slot array if the list is
  // empty. Returns the slot's index, or kQsbrNoSlot if the array cannot
  // grow. Indices stay valid across growth; pointers do too (see above).
  int32_t Reserve();
  // Gives the reserved slot at `index` to `owner` (nonzero).
  void Register(int32_t index, QsbrOwner owner);
  // Returns the registered, offline slot at `index` to the free list.
  void Unregister(int32_t index);
  // In the child after fork: every allocated slot except `survivor` (the
  // forking thread's, which must be registered) is freed, since its thread
  // does not exist in the child.
  void AfterFork(int32_t survivor);

  QsbrSlot& Slot(int32_t index);
  // Number of slots (free or not); grows 0, 8, 16, 32, ...
  int32_t Capacity() const { return capacity_.load(std::memory_order_acquire); }
  // Owner registered at `index`, or kQsbrNoOwner.
  QsbrOwner OwnerOf(int32_t index);
  bool IsAllocated(int32_t index);

 private:
  friend class QsbrSlot;
  static constexpr int kMaxSegments = 28;

  // Minimum seq over online slots (wr_seq if none); publishes it to rd_seq
  // if it is ahead of rd_seq. Returns the resulting rd_seq.
  uint64_t Scan();
  QsbrSlot* PopFreeLocked();
  bool GrowLocked();
  void RebuildFreeListLocked();
  QsbrSlot& SlotUnchecked(int32_t index) const;

  alignas(kCacheLineSize) std::atomic<uint64_t> wr_seq_;
  alignas(kCacheLineSize) std::atomic<uint64_t> rd_seq_;
  alignas(kCacheLineSize) std::atomic<int32_t> capacity_{0};
  const int32_t max_slots_;
  std::mutex mutex_;
  QsbrSlot* freelist_ = nullptr;  // guarded by mutex_
  int segment_count_ = 0;         // guarded by mutex_
  // Segment k is written before the release store to capacity_ that makes
  // its slots visible to scans, and never freed before ~Qsbr.
  std::array<std::unique_ptr<QsbrSlot[]>, kMaxSegments> segments_;
};

}  // namespace gcfuzz::freethreading

#endif  // GCFUZZ_FREETHREADING_QSBR_H_
