// freethreading/counted_object.h — a tiny reference-counted object and its
// strong handle, standing in for PyObject in the unique-id pool model.
//
// What it provides: CountedObject (a refcount, the unique-id field CPython
// keeps in heap types, code objects and dicts, and the "deferred refcount"
// flag _PyObject_AssignUniqueId sets) and ObjectRef, an intrusive strong
// reference. The point is observability: a test can see how many references
// the pool holds (refcount), whether the pool cleared an object's id, and
// whether dropping the pool's reference freed the object (freed counter).
//
// Invariants
//   R1  refcount() == number of live ObjectRefs to the object; the object
//       is deleted, and *freed_counter incremented, when it reaches 0.
//   R2  unique_id() is kInvalidUniqueId (0) unless a UniqueIdPool assigned
//       it an id and has not released it.
#ifndef GCFUZZ_FREETHREADING_COUNTED_OBJECT_H_
#define GCFUZZ_FREETHREADING_COUNTED_OBJECT_H_

#include <atomic>
#include <cstdint>
#include <utility>

namespace gcfuzz::freethreading {

// CPython's _Py_INVALID_UNIQUE_ID: valid ids start at 1.
inline constexpr int64_t kInvalidUniqueId = 0;

class CountedObject {
 public:
  CountedObject(const CountedObject&) = delete;
  CountedObject& operator=(const CountedObject&) = delete;

  int64_t refcount() const { return refcount_.load(std::memory_order_relaxed); }
  int64_t unique_id() const {
    return unique_id_.load(std::memory_order_relaxed);
  }
  void set_unique_id(int64_t id) {
    unique_id_.store(id, std::memory_order_relaxed);
  }
  bool deferred_refcount() const {
    return deferred_.load(std::memory_order_relaxed);
  }
  void set_deferred_refcount() {
    deferred_.store(true, std::memory_order_relaxed);
  }

 private:
  friend class ObjectRef;
  explicit CountedObject(std::atomic<int>* freed_counter)
      : freed_counter_(freed_counter) {}
  ~CountedObject() {
    if (freed_counter_ != nullptr) freed_counter_->fetch_add(1);
  }
  void IncRef() { refcount_.fetch_add(1, std::memory_order_relaxed); }
  // acq_rel: the thread that frees sees every other owner's writes.
  void DecRef() {
    if (refcount_.fetch_sub(1, std::memory_order_acq_rel) == 1) delete this;
  }

  std::atomic<int64_t> refcount_{0};
  std::atomic<int64_t> unique_id_{kInvalidUniqueId};
  std::atomic<bool> deferred_{false};
  std::atomic<int>* const freed_counter_;
};

// A strong reference to a CountedObject (or null).
class ObjectRef {
 public:
  ObjectRef() = default;
  // A new object with refcount 1; `freed_counter`, if given, is incremented
  // when the object is deleted.
  static ObjectRef Make(std::atomic<int>* freed_counter = nullptr) {
    return ObjectRef(new CountedObject(freed_counter));
  }
  ObjectRef(const ObjectRef& other) : ObjectRef(other.object_) {}
  ObjectRef(ObjectRef&& other) noexcept
      : object_(std::exchange(other.object_, nullptr)) {}
  ObjectRef& operator=(ObjectRef other) noexcept {
    std::swap(object_, other.object_);
    return *this;
  }
  ~ObjectRef() { Reset(); }

  void Reset() {
    if (object_ != nullptr) std::exchange(object_, nullptr)->DecRef();
  }
  CountedObject* get() const { return object_; }
  CountedObject* operator->() const { return object_; }
  CountedObject& operator*() const { return *object_; }
  explicit operator bool() const { return object_ != nullptr; }
  friend bool operator==(const ObjectRef& a, const ObjectRef& b) {
    return a.object_ == b.object_;
  }

 private:
  explicit ObjectRef(CountedObject* object) : object_(object) {
    if (object_ != nullptr) object_->IncRef();
  }
  CountedObject* object_ = nullptr;
};

}  // namespace gcfuzz::freethreading

#endif  // GCFUZZ_FREETHREADING_COUNTED_OBJECT_H_
