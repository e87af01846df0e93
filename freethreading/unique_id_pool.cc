#include "freethreading/unique_id_pool.h"

#include <new>
#include <utility>
#include <vector>

#include "freethreading/check.h"

namespace gcfuzz::freethreading {

UniqueIdPool::UniqueIdPool(UniqueIdPoolOptions options) : options_(options) {
  GCFUZZ_FT_CHECK(options.max_size >= 0, "max_size must be >= 0");
}

UniqueIdPool::~UniqueIdPool() { Finalize(); }

// Doubles the table (at least kUniqueIdPoolMinSize) and puts the new
// entries on the free list in ascending order. Only called with an empty
// free list (U2), so the new entries are the whole list.
bool UniqueIdPool::GrowLocked() {
  const int64_t new_size = size_ == 0 ? kUniqueIdPoolMinSize : size_ * 2;
  if (new_size > options_.max_size) return false;
  std::unique_ptr<Entry[]> table(new (std::nothrow) Entry[new_size]);
  if (table == nullptr) return false;
  for (int64_t i = 0; i < size_; ++i) table[i] = std::move(table_[i]);
  for (int64_t i = size_; i < new_size; ++i) {
    table[i].next_free = i + 1 < new_size ? i + 1 : -1;
  }
  freelist_ = size_;
  table_ = std::move(table);
  size_ = new_size;
  return true;
}

int64_t UniqueIdPool::Assign(const ObjectRef& object) {
  GCFUZZ_FT_CHECK(object, "Assign of a null object");
  GCFUZZ_FT_CHECK(object->unique_id() == kInvalidUniqueId,
                  "Assign to an object that already has an id");
  std::lock_guard<std::mutex> lock(mutex_);
  if (freelist_ < 0 && !GrowLocked()) return kInvalidUniqueId;
  const int64_t index = freelist_;
  Entry& entry = table_[index];
  freelist_ = entry.next_free;
  entry.next_free = -1;
  entry.object = object;
  ++assigned_;
  const int64_t id = index + 1;
  object->set_unique_id(id);
  object->set_deferred_refcount();
  return id;
}

void UniqueIdPool::Release(int64_t id) {
  ObjectRef dropped;  // released after the lock, in case it is the last ref
  std::lock_guard<std::mutex> lock(mutex_);
  GCFUZZ_FT_CHECK(id >= 1 && id <= size_, "Release of an id out of range");
  Entry& entry = table_[id - 1];
  GCFUZZ_FT_CHECK(entry.object, "Release of an id that is not assigned");
  if (entry.object->unique_id() == id) {
    entry.object->set_unique_id(kInvalidUniqueId);
  }
  dropped = std::move(entry.object);
  entry.next_free = freelist_;
  freelist_ = id - 1;
  --assigned_;
}

void UniqueIdPool::DisablePerThreadRefcounting(CountedObject& object) {
  const int64_t id = object.unique_id();
  if (id != kInvalidUniqueId) Release(id);
}

ObjectRef UniqueIdPool::Lookup(int64_t id) const {
  std::lock_guard<std::mutex> lock(mutex_);
  if (id < 1 || id > size_) return ObjectRef();
  return table_[id - 1].object;
}

int64_t UniqueIdPool::size() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return size_;
}

int64_t UniqueIdPool::assigned_count() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return assigned_;
}

void UniqueIdPool::Finalize() {
  std::unique_ptr<Entry[]> table;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    for (int64_t i = 0; i < size_; ++i) {
      if (table_[i].object) table_[i].object->set_unique_id(kInvalidUniqueId);
    }
    table = std::move(table_);
    size_ = 0;
    freelist_ = -1;
    assigned_ = 0;
  }
  // The table (and with it the pool's references) dies here, outside the
  // lock.
}

bool UniqueIdPool::IsConsistent() const {
  std::lock_guard<std::mutex> lock(mutex_);
  std::vector<bool> on_list(static_cast<size_t>(size_), false);
  int64_t free_count = 0;
  for (int64_t i = freelist_; i >= 0; i = table_[i].next_free) {
    if (i >= size_ || on_list[i] || table_[i].object) return false;
    on_list[i] = true;
    ++free_count;
  }
  int64_t assigned = 0;
  for (int64_t i = 0; i < size_; ++i) {
    if (table_[i].object) {
      if (table_[i].object->unique_id() != i + 1) return false;
      ++assigned;
    }
  }
  return assigned == assigned_ && assigned + free_count == size_;
}

}  // namespace gcfuzz::freethreading
