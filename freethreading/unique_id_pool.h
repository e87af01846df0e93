// freethreading/unique_id_pool.h — the pool of unique ids that CPython's
// free-threaded build gives to objects using per-thread reference counting
// (heap types, code objects, some dicts): Include/internal/pycore_uniqueid.h
// and Python/uniqueid.c (3.14).
//
// What it provides: UniqueIdPool::Assign / Release / Lookup / size /
// Finalize over CountedObject handles, thread-safe under one mutex (the
// pool mutex of CPython).
//
// Representation
//   table      entries 0 .. size-1; id = entry index + 1, so id 0 stays
//              free to mean "no id" (kInvalidUniqueId).
//   free list  the unassigned entries, chained through the entries'
//              next_free field (CPython chains them through a union with the
//              object pointer); head is the next id Assign hands out.
//
// Order ids come out in (CPython's, tested):
//   - a growth doubles the table (0 -> 8 -> 16 -> ...) and chains the new
//     entries in ascending order, so fresh ids come out 1, 2, 3, ...;
//   - Release pushes the entry on the head of the free list, so the most
//     recently released id is the next one reused (LIFO).
//
// Invariants
//   U1  every entry is either assigned (holds an object whose unique_id()
//       is its id) or on the free list, never both; the free list has no
//       cycle.
//   U2  Assign grows only when the free list is empty; on failure it
//       returns kInvalidUniqueId and changes nothing.
//   U3  Finalize leaves no entry: every assigned object gets its id cleared
//       (it outlives the pool) and the pool's reference to it dropped.
//
// Where the model differs from CPython
//   CPython's table borrows its objects: an object releases its id from its
//   own deallocator. Our table holds a counted reference instead, so that
//   the references the pool drops, on Release and on Finalize, can be
//   observed (refcount, freed counter); as a consequence an object here
//   lives at least until its id is released. Release also clears the
//   object's id field, which CPython does in the caller
//   (_PyObject_DisablePerThreadRefcounting). Growth is bounded by
//   UniqueIdPoolOptions::max_size so the out-of-memory path is testable.
#ifndef GCFUZZ_FREETHREADING_UNIQUE_ID_POOL_H_
#define GCFUZZ_FREETHREADING_UNIQUE_ID_POOL_H_

#include <cstdint>
#include <memory>
#include <mutex>

#include "freethreading/counted_object.h"

namespace gcfuzz::freethreading {

inline constexpr int64_t kUniqueIdPoolMinSize = 8;

struct UniqueIdPoolOptions {
  int64_t max_size = int64_t{1} << 30;
};

class UniqueIdPool {
 public:
  UniqueIdPool() : UniqueIdPool(UniqueIdPoolOptions{}) {}
  explicit UniqueIdPool(UniqueIdPoolOptions options);
  ~UniqueIdPool();
  UniqueIdPool(const UniqueIdPool&) = delete;
  UniqueIdPool& operator=(const UniqueIdPool&) = delete;

  // Gives `object` (non-null, without an id) the next free id, takes a
  // reference to it and marks its refcount deferred. Returns the id (>= 1),
  // or kInvalidUniqueId if the table cannot grow.
  [[nodiscard]] int64_t Assign(const ObjectRef& object);
  // Returns an assigned id to the free list, clears the object's id and
  // drops the pool's reference.
  void Release(int64_t id);
  // CPython's _PyObject_DisablePerThreadRefcounting: releases the object's
  // id if it has one; otherwise does nothing.
  void DisablePerThreadRefcounting(CountedObject& object);
  // The object holding `id`, or null if `id` is not assigned.
  ObjectRef Lookup(int64_t id) const;

  // Number of table entries, assigned or free (0, 8, 16, 32, ...).
  int64_t size() const;
  int64_t assigned_count() const;

  // Teardown (U3). The pool is empty and reusable afterwards.
  void Finalize();

  // Checks U1; returns false rather than aborting.
  bool IsConsistent() const;

 private:
  struct Entry {
    ObjectRef object;        // set iff assigned
    int64_t next_free = -1;  // index of the next free entry, or -1
  };
  bool GrowLocked();

  mutable std::mutex mutex_;
  const UniqueIdPoolOptions options_;
  std::unique_ptr<Entry[]> table_;  // guarded by mutex_
  int64_t size_ = 0;                // guarded by mutex_
  int64_t freelist_ = -1;           // guarded by mutex_
  int64_t assigned_ = 0;            // guarded by mutex_
};

}  // namespace gcfuzz::freethreading

#endif  // GCFUZZ_FREETHREADING_UNIQUE_ID_POOL_H_
