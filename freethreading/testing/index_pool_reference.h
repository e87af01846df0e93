// freethreading/testing/index_pool_reference.h — the naive reference for
// IndexPool: a std::set of free indices. Test-only; never use it as a pool
// (it has none of the real pool's guarantees about when memory is needed).
#ifndef GCFUZZ_FREETHREADING_TESTING_INDEX_POOL_REFERENCE_H_
#define GCFUZZ_FREETHREADING_TESTING_INDEX_POOL_REFERENCE_H_

#include <cstdint>
#include <set>

namespace gcfuzz::freethreading::testing {

class IndexPoolReference {
 public:
  // `max_indices`: how many distinct indices the real pool can ever have
  // handed out (its max_capacity).
  explicit IndexPoolReference(int64_t max_indices) : max_(max_indices) {}

  // The smallest free index, or -1 when a fresh index is needed and none
  // may be created.
  int32_t Alloc() {
    if (!free_.empty()) {
      const int32_t index = *free_.begin();
      free_.erase(free_.begin());
      return index;
    }
    if (next_ >= max_) return -1;
    return static_cast<int32_t>(next_++);
  }
  void Free(int32_t index) { free_.insert(index); }
  void Fini() {
    free_.clear();
    next_ = 0;
  }
  int64_t next_index() const { return next_; }
  int64_t free_count() const { return static_cast<int64_t>(free_.size()); }

 private:
  std::set<int32_t> free_;
  int64_t next_ = 0;
  const int64_t max_;
};

}  // namespace gcfuzz::freethreading::testing

#endif  // GCFUZZ_FREETHREADING_TESTING_INDEX_POOL_REFERENCE_H_
