// Tests for freethreading/unique_id_pool.h and counted_object.h.
#include "freethreading/unique_id_pool.h"

#include <gtest/gtest.h>

#include <atomic>
#include <cstdint>
#include <thread>
#include <vector>

#include "freethreading/counted_object.h"

namespace gcfuzz::freethreading {
namespace {

std::vector<ObjectRef> MakeN(int n, std::atomic<int>* freed = nullptr) {
  std::vector<ObjectRef> out;
  for (int i = 0; i < n; ++i) out.push_back(ObjectRef::Make(freed));
  return out;
}

TEST(CountedObject, RefcountFollowsHandlesAndTheLastOneFrees) {
  std::atomic<int> freed{0};
  ObjectRef a = ObjectRef::Make(&freed);
  EXPECT_EQ(a->refcount(), 1);
  {
    ObjectRef b = a;
    EXPECT_EQ(a->refcount(), 2);
    ObjectRef c = std::move(b);
    EXPECT_EQ(a->refcount(), 2);
    EXPECT_FALSE(b);
  }
  EXPECT_EQ(a->refcount(), 1);
  a.Reset();
  EXPECT_EQ(freed.load(), 1);
}

TEST(UniqueIdPool, IdsStartAtOneAndAscend) {
  UniqueIdPool pool;
  std::vector<ObjectRef> objects = MakeN(3);
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(pool.Assign(objects[i]), i + 1);
    EXPECT_EQ(objects[i]->unique_id(), i + 1);
  }
  EXPECT_EQ(pool.assigned_count(), 3);
}

TEST(UniqueIdPool, TableStartsAtEightAndDoublesWhenFull) {
  UniqueIdPool pool;
  EXPECT_EQ(pool.size(), 0);
  std::vector<ObjectRef> objects = MakeN(17);
  std::vector<int64_t> sizes;
  for (const ObjectRef& o : objects) {
    ASSERT_NE(pool.Assign(o), kInvalidUniqueId);
    sizes.push_back(pool.size());
  }
  EXPECT_EQ(sizes[0], 8);
  EXPECT_EQ(sizes[7], 8);
  EXPECT_EQ(sizes[8], 16);
  EXPECT_EQ(sizes[16], 32);
  EXPECT_EQ(objects[16]->unique_id(), 17);
  EXPECT_TRUE(pool.IsConsistent());
}

TEST(UniqueIdPool, TheLastReleasedIdIsReusedFirst) {
  UniqueIdPool pool;
  std::vector<ObjectRef> objects = MakeN(5);
  for (const ObjectRef& o : objects) ASSERT_NE(pool.Assign(o), 0);
  pool.Release(2);
  pool.Release(4);
  std::vector<ObjectRef> more = MakeN(3);
  EXPECT_EQ(pool.Assign(more[0]), 4);
  EXPECT_EQ(pool.Assign(more[1]), 2);
  EXPECT_EQ(pool.Assign(more[2]), 6);
  EXPECT_TRUE(pool.IsConsistent());
}

TEST(UniqueIdPool, AssignTakesAReferenceAndDefersTheRefcount) {
  UniqueIdPool pool;
  ObjectRef object = ObjectRef::Make();
  EXPECT_FALSE(object->deferred_refcount());
  const int64_t id = pool.Assign(object);
  EXPECT_EQ(object->refcount(), 2);
  EXPECT_TRUE(object->deferred_refcount());
  EXPECT_EQ(pool.Lookup(id), object);
}

TEST(UniqueIdPool, ReleaseClearsTheIdAndDropsTheReference) {
  std::atomic<int> freed{0};
  UniqueIdPool pool;
  ObjectRef kept = ObjectRef::Make(&freed);
  const int64_t kept_id = pool.Assign(kept);
  pool.Release(kept_id);
  EXPECT_EQ(kept->unique_id(), kInvalidUniqueId);
  EXPECT_EQ(kept->refcount(), 1);
  EXPECT_FALSE(pool.Lookup(kept_id));
  // An object whose only other reference is gone dies on Release.
  ObjectRef dropped = ObjectRef::Make(&freed);
  const int64_t dropped_id = pool.Assign(dropped);
  dropped.Reset();
  EXPECT_EQ(freed.load(), 0);
  pool.Release(dropped_id);
  EXPECT_EQ(freed.load(), 1);
  EXPECT_EQ(pool.assigned_count(), 0);
}

TEST(UniqueIdPool, LookupFindsAssignedIdsOnly) {
  UniqueIdPool pool;
  std::vector<ObjectRef> objects = MakeN(2);
  for (const ObjectRef& o : objects) ASSERT_NE(pool.Assign(o), 0);
  EXPECT_EQ(pool.Lookup(1), objects[0]);
  EXPECT_EQ(pool.Lookup(2), objects[1]);
  EXPECT_FALSE(pool.Lookup(kInvalidUniqueId));
  EXPECT_FALSE(pool.Lookup(-3));
  EXPECT_FALSE(pool.Lookup(3));    // in the table, free
  EXPECT_FALSE(pool.Lookup(100));  // past the table
}

TEST(UniqueIdPool, DisablePerThreadRefcountingReleasesOnlyAnAssignedId) {
  UniqueIdPool pool;
  ObjectRef with_id = ObjectRef::Make();
  ObjectRef without_id = ObjectRef::Make();
  ASSERT_EQ(pool.Assign(with_id), 1);
  pool.DisablePerThreadRefcounting(*without_id);
  EXPECT_EQ(pool.assigned_count(), 1);
  pool.DisablePerThreadRefcounting(*with_id);
  EXPECT_EQ(with_id->unique_id(), kInvalidUniqueId);
  EXPECT_EQ(pool.assigned_count(), 0);
  pool.DisablePerThreadRefcounting(*with_id);  // second time: nothing
  EXPECT_EQ(pool.assigned_count(), 0);
}

TEST(UniqueIdPool, OutOfMemoryIsAnErrorValueAndLeavesTheObjectAlone) {
  UniqueIdPool pool({.max_size = 8});
  std::vector<ObjectRef> objects = MakeN(9);
  for (int i = 0; i < 8; ++i) ASSERT_EQ(pool.Assign(objects[i]), i + 1);
  EXPECT_EQ(pool.Assign(objects[8]), kInvalidUniqueId);
  EXPECT_EQ(objects[8]->unique_id(), kInvalidUniqueId);
  EXPECT_EQ(objects[8]->refcount(), 1);
  EXPECT_FALSE(objects[8]->deferred_refcount());
  EXPECT_EQ(pool.size(), 8);
  pool.Release(5);
  EXPECT_EQ(pool.Assign(objects[8]), 5);
}

TEST(UniqueIdPool, FinalizeClearsEveryIdAndDropsEveryReference) {
  std::atomic<int> freed{0};
  UniqueIdPool pool;
  std::vector<ObjectRef> kept = MakeN(4, &freed);
  for (const ObjectRef& o : kept) ASSERT_NE(pool.Assign(o), 0);
  std::vector<ObjectRef> orphans = MakeN(3, &freed);
  for (const ObjectRef& o : orphans) ASSERT_NE(pool.Assign(o), 0);
  orphans.clear();  // the pool now holds their only references
  pool.Release(2);  // a released entry is skipped by teardown
  EXPECT_EQ(freed.load(), 0);
  pool.Finalize();
  EXPECT_EQ(freed.load(), 3);
  for (const ObjectRef& o : kept) {
    EXPECT_EQ(o->unique_id(), kInvalidUniqueId);
    EXPECT_EQ(o->refcount(), 1);
  }
  EXPECT_EQ(pool.size(), 0);
  EXPECT_EQ(pool.assigned_count(), 0);
  EXPECT_TRUE(pool.IsConsistent());
}

TEST(UniqueIdPool, PoolIsReusableAfterFinalize) {
  UniqueIdPool pool;
  ObjectRef a = ObjectRef::Make();
  ASSERT_EQ(pool.Assign(a), 1);
  pool.Finalize();
  ObjectRef b = ObjectRef::Make();
  EXPECT_EQ(pool.Assign(b), 1);
  EXPECT_EQ(pool.Assign(a), 2);
  EXPECT_EQ(pool.size(), 8);
}

TEST(UniqueIdPool, DestroyingThePoolTearsItDown) {
  std::atomic<int> freed{0};
  ObjectRef kept = ObjectRef::Make(&freed);
  {
    UniqueIdPool pool;
    ASSERT_EQ(pool.Assign(kept), 1);
    ASSERT_EQ(pool.Assign(ObjectRef::Make(&freed)), 2);
  }
  EXPECT_EQ(freed.load(), 1);
  EXPECT_EQ(kept->unique_id(), kInvalidUniqueId);
  EXPECT_EQ(kept->refcount(), 1);
}

TEST(UniqueIdPool, ConcurrentAssignAndReleaseNeverShareAnId) {
  UniqueIdPool pool;
  constexpr int kThreads = 4, kRounds = 1000;
  std::atomic<int> violations{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&] {
      ObjectRef mine = ObjectRef::Make();
      for (int round = 0; round < kRounds; ++round) {
        const int64_t id = pool.Assign(mine);
        if (id == kInvalidUniqueId || !(pool.Lookup(id) == mine)) {
          violations.fetch_add(1);
        }
        pool.Release(id);
      }
    });
  }
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(violations.load(), 0);
  EXPECT_EQ(pool.assigned_count(), 0);
  EXPECT_EQ(pool.size(), 8);  // never more than 4 held at once
  EXPECT_TRUE(pool.IsConsistent());
}

TEST(UniqueIdPoolContract, ReleasingAFreeIdIsAContractViolation) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  UniqueIdPool pool;
  ObjectRef object = ObjectRef::Make();
  ASSERT_EQ(pool.Assign(object), 1);
  EXPECT_DEATH(pool.Release(2), "not assigned");
  EXPECT_DEATH(pool.Release(0), "out of range");
}

TEST(UniqueIdPoolContract, AssigningAnObjectTwiceIsAContractViolation) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  UniqueIdPool pool;
  ObjectRef object = ObjectRef::Make();
  ASSERT_EQ(pool.Assign(object), 1);
  EXPECT_DEATH((void)pool.Assign(object), "already has an id");
}

}  // namespace
}  // namespace gcfuzz::freethreading
