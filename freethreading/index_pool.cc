#include "freethreading/index_pool.h"

#include <algorithm>
#include <limits>
#include <new>
#include <utility>

#include "freethreading/check.h"

namespace gcfuzz::freethreading {

namespace {

int64_t Parent(int64_t i) { return (i - 1) / 2; }
int64_t LeftChild(int64_t i) { return 2 * i + 1; }

}  // namespace

IndexPool::IndexPool(IndexPoolOptions options) : options_(options) {
  GCFUZZ_FT_CHECK(options.initial_capacity > 0, "initial_capacity must be > 0");
  GCFUZZ_FT_CHECK(options.max_capacity >= 0, "max_capacity must be >= 0");
}

// Doubles from the current capacity (or the initial one) until `needed`
// fits. Fails, leaving the heap as it was, past max_capacity or when the
// allocation fails.
bool IndexPool::EnsureCapacityLocked(int64_t needed) {
  if (capacity_ >= needed) return true;
  int64_t new_capacity = capacity_ > 0 ? capacity_ : options_.initial_capacity;
  while (new_capacity < needed) new_capacity *= 2;
  if (new_capacity > options_.max_capacity) {
    if (needed > options_.max_capacity) return false;
    new_capacity = options_.max_capacity;
  }
  std::unique_ptr<int32_t[]> grown(new (std::nothrow) int32_t[new_capacity]);
  if (grown == nullptr) return false;
  std::copy_n(values_.get(), size_, grown.get());
  values_ = std::move(grown);
  capacity_ = new_capacity;
  return true;
}

void IndexPool::PushLocked(int32_t value) {
  int64_t cur = size_++;
  values_[cur] = value;
  while (cur > 0 && values_[Parent(cur)] > values_[cur]) {
    std::swap(values_[Parent(cur)], values_[cur]);
    cur = Parent(cur);
  }
}

int32_t IndexPool::PopLocked() {
  const int32_t result = values_[0];
  values_[0] = values_[--size_];
  int64_t cur = 0;
  for (;;) {
    int64_t smallest = cur;
    const int64_t left = LeftChild(cur);
    if (left < size_ && values_[left] < values_[smallest]) smallest = left;
    if (left + 1 < size_ && values_[left + 1] < values_[smallest]) {
      smallest = left + 1;
    }
    if (smallest == cur) break;
    std::swap(values_[cur], values_[smallest]);
    cur = smallest;
  }
  return result;
}

int32_t IndexPool::AllocIndex() {
  std::lock_guard<std::mutex> lock(mutex_);
  if (size_ > 0) return PopLocked();
  // The heap is empty: hand out a fresh index, but first make room to free
  // every index allocated so far (P3), so that FreeIndex cannot fail.
  if (next_index_ == std::numeric_limits<int32_t>::max()) {
    return kIndexPoolNoMemory;
  }
  if (!EnsureCapacityLocked(int64_t{next_index_} + 1)) {
    return kIndexPoolNoMemory;
  }
  return next_index_++;
}

bool IndexPool::IsFreeLocked(int32_t index) const {
  return std::find(values_.get(), values_.get() + size_, index) !=
         values_.get() + size_;
}

void IndexPool::FreeIndex(int32_t index) {
  std::lock_guard<std::mutex> lock(mutex_);
  GCFUZZ_FT_CHECK(index >= 0 && index < next_index_,
                  "FreeIndex of an index that was never allocated");
#if defined(GCFUZZ_VERIFY) && GCFUZZ_VERIFY
  GCFUZZ_FT_CHECK(!IsFreeLocked(index), "FreeIndex of an index already free");
#endif
  GCFUZZ_FT_CHECK(size_ < capacity_, "index heap full: P3 broken");
  PushLocked(index);
}

void IndexPool::Fini() {
  std::lock_guard<std::mutex> lock(mutex_);
  values_.reset();
  size_ = 0;
  capacity_ = 0;
  next_index_ = 0;
}

int32_t IndexPool::next_index() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return next_index_;
}

int64_t IndexPool::free_count() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return size_;
}

int64_t IndexPool::capacity() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return capacity_;
}

bool IndexPool::HeapIsValid() const {
  std::lock_guard<std::mutex> lock(mutex_);
  if (capacity_ < next_index_) return false;
  for (int64_t i = 0; i < size_; ++i) {
    if (values_[i] < 0 || values_[i] >= next_index_) return false;
    if (i > 0 && !(values_[Parent(i)] < values_[i])) return false;
  }
  return true;
}

}  // namespace gcfuzz::freethreading
