// Tests for freethreading/index_pool.h.
#include "freethreading/index_pool.h"

#include <gtest/gtest.h>

#include <atomic>
#include <cstdint>
#include <random>
#include <thread>
#include <vector>

#include "freethreading/testing/index_pool_reference.h"

namespace gcfuzz::freethreading {
namespace {

std::vector<int32_t> AllocN(IndexPool& pool, int n) {
  std::vector<int32_t> out;
  for (int i = 0; i < n; ++i) out.push_back(pool.AllocIndex());
  return out;
}

TEST(IndexPool, FreshIndicesAreHandedOutInOrderFromZero) {
  IndexPool pool;
  EXPECT_EQ(AllocN(pool, 4), (std::vector<int32_t>{0, 1, 2, 3}));
  EXPECT_EQ(pool.next_index(), 4);
  EXPECT_EQ(pool.free_count(), 0);
}

TEST(IndexPool, FreedIndicesComeBackSmallestFirstBeforeFreshOnes) {
  IndexPool pool;
  AllocN(pool, 10);
  for (int32_t i : {7, 3, 9, 5}) pool.FreeIndex(i);
  EXPECT_EQ(pool.free_count(), 4);
  EXPECT_TRUE(pool.HeapIsValid());
  EXPECT_EQ(AllocN(pool, 5), (std::vector<int32_t>{3, 5, 7, 9, 10}));
}

TEST(IndexPool, InterleavedAllocAndFreeAlwaysYieldTheSmallestFree) {
  IndexPool pool;
  AllocN(pool, 6);  // 0..5 held
  pool.FreeIndex(4);
  pool.FreeIndex(1);
  EXPECT_EQ(pool.AllocIndex(), 1);
  pool.FreeIndex(0);
  pool.FreeIndex(5);
  EXPECT_EQ(pool.AllocIndex(), 0);
  EXPECT_EQ(pool.AllocIndex(), 4);
  pool.FreeIndex(2);
  EXPECT_EQ(pool.AllocIndex(), 2);
  EXPECT_EQ(pool.AllocIndex(), 5);
  EXPECT_EQ(pool.AllocIndex(), 6);
}

TEST(IndexPool, RandomOperationsAgreeWithTheSetReference) {
  std::mt19937 rng(20241122);
  IndexPool pool({.initial_capacity = 1});
  testing::IndexPoolReference ref(int64_t{1} << 31);
  std::vector<int32_t> held;
  for (int step = 0; step < 5000; ++step) {
    if (held.empty() || rng() % 3 != 0) {
      const int32_t got = pool.AllocIndex();
      ASSERT_EQ(got, ref.Alloc()) << "step " << step;
      held.push_back(got);
    } else {
      const size_t at = rng() % held.size();
      pool.FreeIndex(held[at]);
      ref.Free(held[at]);
      held.erase(held.begin() + at);
    }
    ASSERT_EQ(pool.free_count(), ref.free_count());
  }
  EXPECT_TRUE(pool.HeapIsValid());
}

TEST(IndexPool, HeapGrowsByDoublingAndAlwaysHasRoomForEveryAllocatedIndex) {
  IndexPool pool({.initial_capacity = 2});
  std::vector<int64_t> capacities;
  for (int i = 0; i < 9; ++i) {
    ASSERT_GE(pool.AllocIndex(), 0);
    EXPECT_GE(pool.capacity(), pool.next_index());  // P3
    capacities.push_back(pool.capacity());
  }
  EXPECT_EQ(capacities, (std::vector<int64_t>{2, 2, 4, 4, 8, 8, 8, 8, 16}));
  for (int32_t i = 0; i < 9; ++i) pool.FreeIndex(i);  // never allocates
  EXPECT_EQ(pool.capacity(), 16);
  EXPECT_EQ(pool.free_count(), 9);
  EXPECT_TRUE(pool.HeapIsValid());
}

TEST(IndexPool, DefaultHeapStartsAtCPythonsSize) {
  IndexPool pool;
  EXPECT_EQ(pool.capacity(), 0);  // nothing allocated before the first index
  ASSERT_EQ(pool.AllocIndex(), 0);
  EXPECT_EQ(pool.capacity(), 1024);
}

TEST(IndexPool, OutOfMemoryIsAnErrorValueAndChangesNothing) {
  IndexPool pool({.initial_capacity = 1, .max_capacity = 3});
  EXPECT_EQ(AllocN(pool, 3), (std::vector<int32_t>{0, 1, 2}));
  EXPECT_EQ(pool.AllocIndex(), kIndexPoolNoMemory);
  EXPECT_EQ(pool.next_index(), 3);
  EXPECT_EQ(pool.capacity(), 3);
  // Freed indices need no memory, so they can still be handed out.
  pool.FreeIndex(1);
  EXPECT_EQ(pool.AllocIndex(), 1);
  EXPECT_EQ(pool.AllocIndex(), kIndexPoolNoMemory);
}

TEST(IndexPool, ZeroCapacityLimitFailsTheFirstAllocation) {
  IndexPool pool({.max_capacity = 0});
  EXPECT_EQ(pool.AllocIndex(), kIndexPoolNoMemory);
  EXPECT_EQ(pool.next_index(), 0);
}

TEST(IndexPool, FiniForgetsEverythingAndThePoolStartsAgainFromZero) {
  IndexPool pool;
  AllocN(pool, 5);
  pool.FreeIndex(2);
  pool.Fini();
  EXPECT_EQ(pool.capacity(), 0);
  EXPECT_EQ(pool.free_count(), 0);
  EXPECT_EQ(pool.next_index(), 0);
  EXPECT_EQ(AllocN(pool, 2), (std::vector<int32_t>{0, 1}));
}

TEST(IndexPool, ConcurrentUsersNeverHoldTheSameIndex) {
  IndexPool pool;
  constexpr int kThreads = 4, kRounds = 2000, kMaxIndex = 64;
  std::vector<std::atomic<int>> holders(kMaxIndex);
  std::atomic<int> violations{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      std::vector<int32_t> mine;
      for (int round = 0; round < kRounds; ++round) {
        if (mine.size() < 3 && (round + t) % 4 != 0) {
          const int32_t index = pool.AllocIndex();
          if (index < 0 || index >= kMaxIndex ||
              holders[index].fetch_add(1) != 0) {
            violations.fetch_add(1);
            continue;
          }
          mine.push_back(index);
        } else if (!mine.empty()) {
          holders[mine.back()].fetch_sub(1);
          pool.FreeIndex(mine.back());
          mine.pop_back();
        }
      }
      for (int32_t index : mine) {
        holders[index].fetch_sub(1);
        pool.FreeIndex(index);
      }
    });
  }
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(violations.load(), 0);
  // At most 3 per thread were ever held, so the smallest-first rule keeps
  // every index below 12.
  EXPECT_LE(pool.next_index(), kThreads * 3);
  EXPECT_EQ(pool.free_count(), pool.next_index());
  EXPECT_TRUE(pool.HeapIsValid());
}

TEST(IndexPoolContract, FreeingAnIndexNeverAllocatedIsAContractViolation) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  IndexPool pool;
  AllocN(pool, 2);
  EXPECT_DEATH(pool.FreeIndex(2), "never allocated");
  EXPECT_DEATH(pool.FreeIndex(-1), "never allocated");
}

#if defined(GCFUZZ_VERIFY) && GCFUZZ_VERIFY
TEST(IndexPoolContract, FreeingTwiceIsAContractViolation) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  IndexPool pool;
  AllocN(pool, 2);
  pool.FreeIndex(1);
  EXPECT_DEATH(pool.FreeIndex(1), "already free");
}
#endif

}  // namespace
}  // namespace gcfuzz::freethreading
