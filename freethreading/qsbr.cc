#include "freethreading/qsbr.h"

#include <bit>
#include <new>

#include "freethreading/check.h"

namespace gcfuzz::freethreading {

namespace {

// Segment 0 holds indices [0, 8); segment k >= 1 holds [8 << (k - 1),
// 8 << k), so after k + 1 segments the capacity is 8 << k, the sizes
// CPython's doubling array passes through.
int SegmentOf(int32_t index) {
  if (index < kQsbrMinSlots) return 0;
  return std::bit_width(static_cast<uint32_t>(index)) - 3;
}

int32_t SegmentStart(int segment) {
  return segment == 0 ? 0 : kQsbrMinSlots << (segment - 1);
}

int32_t SegmentSize(int segment) {
  return segment == 0 ? kQsbrMinSlots : kQsbrMinSlots << (segment - 1);
}

}  // namespace

// ---- QsbrSlot --------------------------------------------------------------

void QsbrSlot::Attach() {
  GCFUZZ_FT_CHECK(seq_.load(std::memory_order_relaxed) == kQsbrOffline,
                  "Attach on a slot that is already attached");
  GCFUZZ_FT_CHECK(owner_ != kQsbrNoOwner, "Attach on an unregistered slot");
  // seq_cst, not release: pairs with the fence that opens Scan (see header).
  seq_.store(shared_->Current(), std::memory_order_seq_cst);
}

void QsbrSlot::Detach() {
  GCFUZZ_FT_CHECK(seq_.load(std::memory_order_relaxed) != kQsbrOffline,
                  "Detach on a slot that is not attached");
  seq_.store(kQsbrOffline, std::memory_order_release);
}

void QsbrSlot::QuiescentState() {
  GCFUZZ_FT_CHECK(seq_.load(std::memory_order_relaxed) != kQsbrOffline,
                  "QuiescentState on a detached slot");
  seq_.store(shared_->Current(), std::memory_order_release);
}

uint64_t QsbrSlot::DeferredAdvance() {
  if (++deferrals_ < kQsbrDeferredLimit) {
    return shared_->Current() + kQsbrIncrement;
  }
  deferrals_ = 0;
  return shared_->Advance();
}

bool QsbrSlot::GoalReached(uint64_t goal) const {
  return QsbrLessEqual(goal, shared_->ReadSeq());
}

bool QsbrSlot::Poll(uint64_t goal) {
  GCFUZZ_FT_CHECK(online(), "Poll from a detached slot");
  if (GoalReached(goal)) return true;
  return QsbrLessEqual(goal, shared_->Scan());
}

// ---- Qsbr ------------------------------------------------------------------

Qsbr::Qsbr(QsbrOptions options)
    : wr_seq_(options.initial_seq),
      rd_seq_(options.initial_seq),
      max_slots_(options.max_slots) {
  GCFUZZ_FT_CHECK(options.initial_seq % 2 == 1,
                  "the write sequence must start odd");
  GCFUZZ_FT_CHECK(options.max_slots >= 0, "max_slots must be >= 0");
}

// Slots and segments are owned by segments_; nothing else to release. CPython's
// _Py_qsbr_fini frees the array the same way, without looking at the slots.
Qsbr::~Qsbr() = default;

uint64_t Qsbr::Advance() {
  // fetch_add returns the old value; the goal is the new one. Unsigned
  // overflow wraps, and wrapping an odd number by an even step stays odd.
  return wr_seq_.fetch_add(kQsbrIncrement, std::memory_order_seq_cst) +
         kQsbrIncrement;
}

uint64_t Qsbr::Scan() {
  // Orders the loads below after every earlier seq_cst operation of this
  // thread, so an Attach ordered before them cannot be read as offline.
  std::atomic_thread_fence(std::memory_order_seq_cst);
  uint64_t min_seq = wr_seq_.load(std::memory_order_seq_cst);
  const int32_t capacity = Capacity();
  for (int32_t i = 0; i < capacity; ++i) {
    const uint64_t seq = SlotUnchecked(i).seq_.load(std::memory_order_seq_cst);
    if (seq != kQsbrOffline && QsbrLess(seq, min_seq)) min_seq = seq;
  }
  uint64_t rd_seq = rd_seq_.load(std::memory_order_seq_cst);
  if (QsbrLess(rd_seq, min_seq)) {
    // Losing the race is fine: whoever won published a value at least as
    // recent as the rd_seq we read, and min_seq is still a true bound.
    rd_seq_.compare_exchange_strong(rd_seq, min_seq, std::memory_order_seq_cst);
    rd_seq = min_seq;
  }
  return rd_seq;
}

QsbrSlot& Qsbr::SlotUnchecked(int32_t index) const {
  const int segment = SegmentOf(index);
  return segments_[segment][index - SegmentStart(segment)];
}

QsbrSlot& Qsbr::Slot(int32_t index) {
  GCFUZZ_FT_CHECK(index >= 0 && index < Capacity(),
                  "QSBR slot index out of range");
  return SlotUnchecked(index);
}

QsbrSlot* Qsbr::PopFreeLocked() {
  QsbrSlot* slot = freelist_;
  if (slot == nullptr) return nullptr;
  freelist_ = slot->freelist_next_;
  slot->freelist_next_ = nullptr;
  slot->allocated_ = true;
  return slot;
}

// CPython rebuilds its free list after each growth by walking the whole
// array from index 0 and pushing every unallocated slot, so the highest free
// index ends up first; we keep that order.
void Qsbr::RebuildFreeListLocked() {
  freelist_ = nullptr;
  const int32_t capacity = capacity_.load(std::memory_order_relaxed);
  for (int32_t i = 0; i < capacity; ++i) {
    QsbrSlot& slot = SlotUnchecked(i);
    if (!slot.allocated_) {
      slot.freelist_next_ = freelist_;
      freelist_ = &slot;
    }
  }
}

bool Qsbr::GrowLocked() {
  if (segment_count_ == kMaxSegments) return false;
  const int segment = segment_count_;
  const int32_t size = SegmentSize(segment);
  const int32_t new_capacity = SegmentStart(segment) + size;
  if (new_capacity > max_slots_) return false;
  std::unique_ptr<QsbrSlot[]> slots(new (std::nothrow) QsbrSlot[size]);
  if (slots == nullptr) return false;
  for (int32_t i = 0; i < size; ++i) {
    slots[i].shared_ = this;
    slots[i].index_ = SegmentStart(segment) + i;
  }
  segments_[segment] = std::move(slots);
  ++segment_count_;
  // Publishes the initialised segment to scans (acquire in Capacity()).
  capacity_.store(new_capacity, std::memory_order_release);
  RebuildFreeListLocked();
  return true;
}

int32_t Qsbr::Reserve() {
  std::lock_guard<std::mutex> lock(mutex_);
  QsbrSlot* slot = PopFreeLocked();
  if (slot == nullptr && GrowLocked()) slot = PopFreeLocked();
  return slot == nullptr ? kQsbrNoSlot : slot->index_;
}

void Qsbr::Register(int32_t index, QsbrOwner owner) {
  GCFUZZ_FT_CHECK(owner != kQsbrNoOwner, "Register needs a nonzero owner");
  std::lock_guard<std::mutex> lock(mutex_);
  QsbrSlot& slot = Slot(index);
  GCFUZZ_FT_CHECK(slot.allocated_ && slot.owner_ == kQsbrNoOwner,
                  "Register on a slot that is not reserved");
  // deferrals_ is left as the previous owner left it, as in CPython.
  slot.owner_ = owner;
}

void Qsbr::Unregister(int32_t index) {
  std::lock_guard<std::mutex> lock(mutex_);
  QsbrSlot& slot = Slot(index);
  GCFUZZ_FT_CHECK(slot.allocated_ && slot.owner_ != kQsbrNoOwner,
                  "Unregister on a slot that is not registered");
  GCFUZZ_FT_CHECK(!slot.online(), "Unregister on an attached slot");
  slot.owner_ = kQsbrNoOwner;
  slot.allocated_ = false;
  slot.freelist_next_ = freelist_;
  freelist_ = &slot;
}

void Qsbr::AfterFork(int32_t survivor) {
  std::lock_guard<std::mutex> lock(mutex_);
  QsbrSlot& keep = Slot(survivor);
  GCFUZZ_FT_CHECK(keep.allocated_ && keep.owner_ != kQsbrNoOwner,
                  "AfterFork: the surviving slot must be registered");
  const int32_t capacity = Capacity();
  for (int32_t i = 0; i < capacity; ++i) {
    QsbrSlot& slot = SlotUnchecked(i);
    if (&slot == &keep || !slot.allocated_) continue;
    slot.seq_.store(kQsbrOffline, std::memory_order_release);
    slot.owner_ = kQsbrNoOwner;
    slot.allocated_ = false;
    slot.freelist_next_ = freelist_;
    freelist_ = &slot;
  }
}

QsbrOwner Qsbr::OwnerOf(int32_t index) {
  std::lock_guard<std::mutex> lock(mutex_);
  return Slot(index).owner_;
}

bool Qsbr::IsAllocated(int32_t index) {
  std::lock_guard<std::mutex> lock(mutex_);
  return Slot(index).allocated_;
}

}  // namespace gcfuzz::freethreading
