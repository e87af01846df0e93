#include "freethreading/testing/state_checks.h"

#include <algorithm>

namespace gcfuzz::freethreading::testing {

void ExpectSameState(OpStream& in, Qsbr& qsbr, const QsbrReference& ref,
                     uint64_t start) {
  auto logical = [start](uint64_t seq) { return (seq - start) / 2; };
  in.ExpectEq("qsbr-state", "wr_seq", logical(qsbr.Current()), ref.wr());
  in.ExpectEq("qsbr-state", "rd_seq", logical(qsbr.ReadSeq()), ref.rd());
  in.ExpectEq("qsbr-state", "capacity", qsbr.Capacity(), ref.capacity());
  for (int32_t i = 0; i < ref.capacity(); ++i) {
    const std::optional<uint64_t> seen = ref.seen(i);
    in.ExpectEq("qsbr-state", "slot seq", qsbr.Slot(i).seq(),
                seen ? start + 2 * *seen : kQsbrOffline);
    in.ExpectEq("qsbr-state", "slot allocated", qsbr.IsAllocated(i),
                ref.allocated(i));
  }
}

void ExpectSameState(OpStream& in, const IndexPool& pool,
                     const IndexPoolReference& ref) {
  in.ExpectEq("index-pool-state", "next_index", pool.next_index(),
              ref.next_index());
  in.ExpectEq("index-pool-state", "free_count", pool.free_count(),
              ref.free_count());
  in.ExpectEq("index-pool-state", "heap valid", pool.HeapIsValid(), true);
}

void ExpectSameState(OpStream& in, const UniqueIdPool& pool,
                     const UniqueIdReference& ref,
                     const std::vector<ObjectRef>& held, int made,
                     const std::atomic<int>& freed) {
  in.ExpectEq("uniqueid-state", "size", pool.size(), ref.size());
  in.ExpectEq("uniqueid-state", "consistent", pool.IsConsistent(), true);
  std::vector<const void*> held_objects;
  for (const ObjectRef& h : held) held_objects.push_back(h.get());
  std::sort(held_objects.begin(), held_objects.end());
  int only_in_pool = 0;
  for (const auto& [id, address] : ref.ids()) {
    const auto* object = static_cast<const CountedObject*>(address);
    in.ExpectEq("uniqueid-state", "id field", object->unique_id(), id);
    only_in_pool +=
        !std::binary_search(held_objects.begin(), held_objects.end(), address);
  }
  for (const ObjectRef& h : held) {
    const bool in_pool = ref.Lookup(h->unique_id()) == h.get();
    in.ExpectEq("uniqueid-refcount", "refcount", h->refcount(), 1 + in_pool);
    if (!in_pool) {
      in.ExpectEq("uniqueid-state", "id of an object without one",
                  h->unique_id(), kInvalidUniqueId);
    }
  }
  in.ExpectEq("uniqueid-teardown", "objects freed", freed.load(),
              made - static_cast<int>(held.size()) - only_in_pool);
}

}  // namespace gcfuzz::freethreading::testing
