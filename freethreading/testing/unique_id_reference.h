// freethreading/testing/unique_id_reference.h — the naive reference for
// UniqueIdPool: a std::map from id to object, and a stack of free ids.
// Test-only.
//
// It encodes the id order CPython's pool produces, stated plainly: the
// table doubles (at least to 8) when no id is free, fresh ids come out in
// ascending order, and a released id is the first to be reused.
#ifndef GCFUZZ_FREETHREADING_TESTING_UNIQUE_ID_REFERENCE_H_
#define GCFUZZ_FREETHREADING_TESTING_UNIQUE_ID_REFERENCE_H_

#include <algorithm>
#include <cstdint>
#include <map>
#include <vector>

namespace gcfuzz::freethreading::testing {

class UniqueIdReference {
 public:
  explicit UniqueIdReference(int64_t max_size) : max_size_(max_size) {}

  // The id `object` gets, or 0 if the table may not grow.
  int64_t Assign(const void* object) {
    if (free_.empty()) {
      const int64_t grown = std::max<int64_t>(8, 2 * size_);
      if (grown > max_size_) return 0;
      for (int64_t id = grown; id > size_; --id) free_.push_back(id);
      size_ = grown;
    }
    const int64_t id = free_.back();
    free_.pop_back();
    ids_[id] = object;
    return id;
  }
  void Release(int64_t id) {
    ids_.erase(id);
    free_.push_back(id);
  }
  // The object holding `id`, or nullptr.
  const void* Lookup(int64_t id) const {
    auto it = ids_.find(id);
    return it == ids_.end() ? nullptr : it->second;
  }
  void Finalize() {
    ids_.clear();
    free_.clear();
    size_ = 0;
  }
  const std::map<int64_t, const void*>& ids() const { return ids_; }
  int64_t size() const { return size_; }

 private:
  std::map<int64_t, const void*> ids_;
  std::vector<int64_t> free_;  // back() is the next id handed out
  int64_t size_ = 0;
  const int64_t max_size_;
};

}  // namespace gcfuzz::freethreading::testing

#endif  // GCFUZZ_FREETHREADING_TESTING_UNIQUE_ID_REFERENCE_H_
