// freethreading/index_pool.h — a pool of small integer indices that always
// hands out the smallest free one, modelled on CPython's free-threaded
// build (Include/internal/pycore_index_pool.h, Python/index_pool.c, 3.14),
// where each thread gets an index into every code object's array of
// thread-local bytecode copies.
//
// What it provides: IndexPool::AllocIndex / FreeIndex / Fini, thread-safe
// under one mutex (CPython's pool mutex).
//
// Representation
//   next_index   every index in [0, next_index) has been handed out at least
//                once; indices >= next_index never have.
//   free heap    a binary min-heap (array, children of i at 2i+1 and 2i+2)
//                of the indices in [0, next_index) that are currently free.
//
// Invariants
//   P1  AllocIndex returns the smallest index that is not allocated:
//       the heap's root if the heap is non-empty, else next_index (the heap
//       holds every free index below next_index, so nothing below it is
//       free when the heap is empty).
//   P2  heap property: values[parent(i)] < values[i]; values are distinct.
//   P3  capacity >= next_index, so the heap can hold every allocated index
//       at once: FreeIndex never allocates memory and cannot fail. Memory is
//       only ever needed (and can only run out) in AllocIndex, which reports
//       it by returning kIndexPoolNoMemory; the pool is unchanged then.
//
// Where the model differs from CPython
//   - CPython grows when capacity <= next_index + 1 (one step early, and it
//     reallocates at the same size once at the boundary); we grow when the
//     capacity would fall below next_index + 1. The indices handed out are
//     the same.
//   - CPython's growth copies `capacity` bytes rather than elements; that is
//     harmless there only because the heap is empty whenever it grows. We
//     copy the elements.
//   - Capacity is bounded by IndexPoolOptions::max_capacity, so tests can
//     reach the out-of-memory path deterministically.
//   - FreeIndex checks its argument (range always; not-already-free when
//     GCFUZZ_VERIFY is on), where CPython trusts the caller.
#ifndef GCFUZZ_FREETHREADING_INDEX_POOL_H_
#define GCFUZZ_FREETHREADING_INDEX_POOL_H_

#include <cstdint>
#include <memory>
#include <mutex>

namespace gcfuzz::freethreading {

// AllocIndex's error value: the free heap could not grow.
inline constexpr int32_t kIndexPoolNoMemory = -1;

struct IndexPoolOptions {
  int64_t initial_capacity = 1024;  // CPython's first heap size
  int64_t max_capacity = int64_t{1} << 31;
};

class IndexPool {
 public:
  IndexPool() : IndexPool(IndexPoolOptions{}) {}
  explicit IndexPool(IndexPoolOptions options);
  IndexPool(const IndexPool&) = delete;
  IndexPool& operator=(const IndexPool&) = delete;

  // The smallest free index, or kIndexPoolNoMemory.
  [[nodiscard]] int32_t AllocIndex();
  // Returns an allocated index to the pool. Never allocates.
  void FreeIndex(int32_t index);
  // Teardown: releases the heap's memory and forgets every index, so the
  // pool is as if new. (CPython poisons the heap instead, because its pool
  // dies with the interpreter; resetting lets tests reuse one pool.)
  void Fini();

  int32_t next_index() const;
  int64_t free_count() const;
  int64_t capacity() const;
  // Checks P2 and P3; returns false (never aborts) so tests can assert it.
  bool HeapIsValid() const;

 private:
  bool EnsureCapacityLocked(int64_t needed);
  void PushLocked(int32_t value);
  int32_t PopLocked();
  bool IsFreeLocked(int32_t index) const;

  mutable std::mutex mutex_;
  const IndexPoolOptions options_;
  std::unique_ptr<int32_t[]> values_;  // guarded by mutex_
  int64_t size_ = 0;                   // guarded by mutex_
  int64_t capacity_ = 0;               // guarded by mutex_
  int32_t next_index_ = 0;             // guarded by mutex_
};

}  // namespace gcfuzz::freethreading

#endif  // GCFUZZ_FREETHREADING_INDEX_POOL_H_
