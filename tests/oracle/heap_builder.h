// tests/oracle/heap_builder.h — write small heaps for oracle tests by hand.
//
// Objects get ids 0, 1, 2, ... in creation order, and are listed in the
// snapshot in that order, so "created first" means "earlier in its
// generation list". Build() derives every refcount as heap references +
// gc.garbage entries + External(), so hand-made heaps are consistent.
#ifndef GCFUZZ_TESTS_ORACLE_HEAP_BUILDER_H_
#define GCFUZZ_TESTS_ORACLE_HEAP_BUILDER_H_

#include <map>

#include "oracle/heap_snapshot.h"

namespace gcfuzz::oracle::testing {

class HeapBuilder {
 public:
  ObjId Instance(Where where = Where::kGen0, bool del = false,
                 bool tp_del = false);
  ObjId Container(ObjKind kind, Where where = Where::kGen0);
  // A weakref object to `referent`, put at the head of its list (CPython
  // puts a callback ref right after the basic ref/proxy; tests that care
  // about list order build lists explicitly with WeakrefListOf).
  ObjId Weakref(ObjId referent, bool callback, Where where = Where::kGen0,
                ObjKind kind = ObjKind::kRef);
  // A weakref object with no referent (already dead).
  ObjId DeadWeakref(Where where = Where::kGen0);

  HeapBuilder& Ref(ObjId from, ObjId to);
  HeapBuilder& External(ObjId id, int64_t n = 1);
  HeapBuilder& Garbage(ObjId id);
  HeapBuilder& Finalized(ObjId id);
  HeapBuilder& Move(ObjId id, Where where);
  // Drops `id` and every reference to it (as if freed); for "after" heaps.
  HeapBuilder& Free(ObjId id);

  HeapSnapshot Build(int generation, bool saveall = false) const;
  const std::map<ObjId, int64_t>& external() const { return external_; }

 private:
  ObjectInfo& Get(ObjId id);
  ObjId next_ = 0;
  HeapSnapshot heap_;
  std::map<ObjId, int64_t> external_;
};

}  // namespace gcfuzz::oracle::testing

#endif  // GCFUZZ_TESTS_ORACLE_HEAP_BUILDER_H_
