// Tests for freethreading/qsbr.h: one property per test, single-threaded
// (the multi-threaded safety test is qsbr_stress_test.cc).
#include "freethreading/qsbr.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <set>
#include <vector>

namespace gcfuzz::freethreading {
namespace {

constexpr uint64_t kMax = std::numeric_limits<uint64_t>::max();

// Reserves and registers a slot; returns its index.
int32_t NewThread(Qsbr& qsbr, QsbrOwner owner = 1) {
  const int32_t index = qsbr.Reserve();
  EXPECT_NE(index, kQsbrNoSlot);
  qsbr.Register(index, owner);
  return index;
}

TEST(QsbrSequence, ComparisonsUseTheSignedDifference) {
  EXPECT_TRUE(QsbrLess(1, 3));
  EXPECT_FALSE(QsbrLess(3, 3));
  EXPECT_TRUE(QsbrLessEqual(3, 3));
  EXPECT_FALSE(QsbrLessEqual(5, 3));
  // Across the wrap: kMax comes just before 1.
  EXPECT_TRUE(QsbrLess(kMax, 1));
  EXPECT_FALSE(QsbrLess(1, kMax));
  EXPECT_TRUE(QsbrLessEqual(kMax - 2, kMax));
  EXPECT_TRUE(QsbrLess(kMax - 4, 3));
}

TEST(QsbrSequence, WriteSequenceStartsAtOneAndAdvancesByTwo) {
  Qsbr qsbr;
  EXPECT_EQ(qsbr.Current(), kQsbrInitial);
  EXPECT_EQ(qsbr.ReadSeq(), kQsbrInitial);
  EXPECT_EQ(qsbr.Advance(), 3u);
  EXPECT_EQ(qsbr.Advance(), 5u);
  EXPECT_EQ(qsbr.Current(), 5u);
}

TEST(QsbrSequence, WriteSequenceStaysOddAndSkipsOfflineAcrossWrap) {
  Qsbr qsbr({.initial_seq = kMax - 2});
  EXPECT_EQ(qsbr.Advance(), kMax);
  EXPECT_EQ(qsbr.Advance(), 1u);  // never kQsbrOffline
  EXPECT_EQ(qsbr.Advance(), 3u);
}

TEST(QsbrSequence, PollIsRightAcrossWrapAround) {
  Qsbr qsbr({.initial_seq = kMax - 2});
  QsbrSlot& reader = qsbr.Slot(NewThread(qsbr, 1));
  QsbrSlot& writer = qsbr.Slot(NewThread(qsbr, 2));
  reader.Attach();
  writer.Attach();
  EXPECT_EQ(reader.seq(), kMax - 2);
  const uint64_t goal = qsbr.Advance();   // kMax
  const uint64_t goal2 = qsbr.Advance();  // 1, past the wrap
  EXPECT_EQ(goal2, 1u);
  writer.QuiescentState();
  EXPECT_FALSE(writer.Poll(goal));
  EXPECT_FALSE(writer.Poll(goal2));
  reader.QuiescentState();
  EXPECT_EQ(reader.seq(), 1u);
  EXPECT_TRUE(writer.Poll(goal));
  EXPECT_TRUE(writer.Poll(goal2));
  EXPECT_EQ(qsbr.ReadSeq(), 1u);
}

TEST(QsbrSlots, FirstReserveGrowsToEightAndHandsOutTheHighestIndex) {
  Qsbr qsbr;
  EXPECT_EQ(qsbr.Capacity(), 0);
  std::vector<int32_t> got;
  for (int i = 0; i < 9; ++i) got.push_back(qsbr.Reserve());
  EXPECT_EQ(got, (std::vector<int32_t>{7, 6, 5, 4, 3, 2, 1, 0, 15}));
  EXPECT_EQ(qsbr.Capacity(), 16);
}

TEST(QsbrSlots, UnregisteredSlotIsReusedFirst) {
  Qsbr qsbr;
  const int32_t a = NewThread(qsbr, 1);
  const int32_t b = NewThread(qsbr, 2);
  NewThread(qsbr, 3);
  qsbr.Unregister(a);
  qsbr.Unregister(b);
  EXPECT_FALSE(qsbr.IsAllocated(a));
  EXPECT_EQ(qsbr.OwnerOf(b), kQsbrNoOwner);
  EXPECT_EQ(qsbr.Reserve(), b);  // last freed, first reused
  EXPECT_EQ(qsbr.Reserve(), a);
}

TEST(QsbrSlots, RegisterRecordsTheOwner) {
  Qsbr qsbr;
  const int32_t index = qsbr.Reserve();
  EXPECT_TRUE(qsbr.IsAllocated(index));
  EXPECT_EQ(qsbr.OwnerOf(index), kQsbrNoOwner);
  qsbr.Register(index, 42);
  EXPECT_EQ(qsbr.OwnerOf(index), 42u);
}

TEST(QsbrSlots, ReserveReportsNoSlotAtTheLimitAndRecovers) {
  Qsbr qsbr({.max_slots = 8});
  for (int i = 0; i < 8; ++i) NewThread(qsbr, i + 1);
  EXPECT_EQ(qsbr.Reserve(), kQsbrNoSlot);
  EXPECT_EQ(qsbr.Capacity(), 8);
  qsbr.Unregister(3);
  EXPECT_EQ(qsbr.Reserve(), 3);
}

TEST(QsbrSlots, ZeroSlotLimitMeansReserveAlwaysFails) {
  Qsbr qsbr({.max_slots = 0});
  EXPECT_EQ(qsbr.Reserve(), kQsbrNoSlot);
}

TEST(QsbrSlots, SlotsFillOneCacheLineAndNeverMove) {
  static_assert(alignof(QsbrSlot) == 64 && sizeof(QsbrSlot) == 64);
  Qsbr qsbr;
  const int32_t first = qsbr.Reserve();
  const QsbrSlot* before = &qsbr.Slot(first);
  std::set<uintptr_t> lines;
  for (int i = 0; i < 40; ++i) qsbr.Reserve();  // grows to 64
  EXPECT_EQ(qsbr.Capacity(), 64);
  EXPECT_EQ(&qsbr.Slot(first), before);
  for (int32_t i = 0; i < qsbr.Capacity(); ++i) {
    const auto address = reinterpret_cast<uintptr_t>(&qsbr.Slot(i));
    EXPECT_EQ(address % 64, 0u);
    EXPECT_EQ(qsbr.Slot(i).index(), i);
    lines.insert(address / 64);
  }
  EXPECT_EQ(lines.size(), 64u);  // no two slots share a line
}

TEST(QsbrAttach, AttachRecordsTheCurrentSequenceAndDetachGoesOffline) {
  Qsbr qsbr;
  QsbrSlot& slot = qsbr.Slot(NewThread(qsbr));
  EXPECT_FALSE(slot.online());
  qsbr.Advance();
  slot.Attach();
  EXPECT_TRUE(slot.online());
  EXPECT_EQ(slot.seq(), 3u);
  qsbr.Advance();
  EXPECT_EQ(slot.seq(), 3u);  // only a quiescent state moves it
  slot.QuiescentState();
  EXPECT_EQ(slot.seq(), 5u);
  slot.Detach();
  EXPECT_EQ(slot.seq(), kQsbrOffline);
}

TEST(QsbrPoll, OnlineReaderBlocksTheGoalUntilItQuiesces) {
  Qsbr qsbr;
  QsbrSlot& reader = qsbr.Slot(NewThread(qsbr, 1));
  QsbrSlot& writer = qsbr.Slot(NewThread(qsbr, 2));
  reader.Attach();
  writer.Attach();
  const uint64_t goal = qsbr.Advance();
  writer.QuiescentState();
  EXPECT_FALSE(writer.Poll(goal));
  EXPECT_EQ(qsbr.ReadSeq(), kQsbrInitial);
  reader.QuiescentState();
  EXPECT_TRUE(writer.Poll(goal));
  EXPECT_EQ(qsbr.ReadSeq(), goal);
}

TEST(QsbrPoll, DetachedReaderDoesNotBlock) {
  Qsbr qsbr;
  QsbrSlot& reader = qsbr.Slot(NewThread(qsbr, 1));
  QsbrSlot& writer = qsbr.Slot(NewThread(qsbr, 2));
  reader.Attach();
  writer.Attach();
  const uint64_t goal = qsbr.Advance();
  writer.QuiescentState();
  EXPECT_FALSE(writer.Poll(goal));
  reader.Detach();
  EXPECT_TRUE(writer.Poll(goal));
}

TEST(QsbrPoll, ThePollingThreadItselfMustPassTheGoal) {
  Qsbr qsbr;
  QsbrSlot& writer = qsbr.Slot(NewThread(qsbr));
  writer.Attach();
  const uint64_t goal = qsbr.Advance();
  EXPECT_FALSE(writer.Poll(goal));
  writer.QuiescentState();
  EXPECT_TRUE(writer.Poll(goal));
}

TEST(QsbrPoll, GoalReachedAnswersFromTheCacheOnly) {
  Qsbr qsbr;
  QsbrSlot& writer = qsbr.Slot(NewThread(qsbr));
  writer.Attach();
  const uint64_t goal = qsbr.Advance();
  writer.QuiescentState();
  EXPECT_FALSE(writer.GoalReached(goal));  // no scan has run yet
  EXPECT_TRUE(writer.Poll(goal));
  EXPECT_TRUE(writer.GoalReached(goal));
}

TEST(QsbrPoll, AGoalNotYetIssuedIsNotReached) {
  Qsbr qsbr;
  QsbrSlot& writer = qsbr.Slot(NewThread(qsbr));
  writer.Attach();
  const uint64_t future = qsbr.Current() + kQsbrIncrement;
  EXPECT_FALSE(writer.Poll(future));
  EXPECT_EQ(qsbr.ReadSeq(), qsbr.Current());
}

TEST(QsbrPoll, ReadSequenceNeverPassesTheWriteSequenceNorGoesBack) {
  Qsbr qsbr;
  QsbrSlot& a = qsbr.Slot(NewThread(qsbr, 1));
  QsbrSlot& b = qsbr.Slot(NewThread(qsbr, 2));
  a.Attach();
  uint64_t last = qsbr.ReadSeq();
  for (int round = 0; round < 20; ++round) {
    const uint64_t goal = qsbr.Advance();
    if (round % 3 == 0) a.QuiescentState();
    if (round % 5 == 0) b.online() ? b.Detach() : b.Attach();
    a.Poll(goal);
    EXPECT_TRUE(QsbrLessEqual(last, qsbr.ReadSeq()));
    EXPECT_TRUE(QsbrLessEqual(qsbr.ReadSeq(), qsbr.Current()));
    last = qsbr.ReadSeq();
  }
}

TEST(QsbrDeferred, DeferredAdvanceAdvancesOnEveryTenthCall) {
  Qsbr qsbr;
  QsbrSlot& slot = qsbr.Slot(NewThread(qsbr));
  for (int call = 1; call < kQsbrDeferredLimit; ++call) {
    EXPECT_EQ(slot.DeferredAdvance(), 3u) << "call " << call;
    EXPECT_EQ(qsbr.Current(), 1u);
    EXPECT_EQ(slot.deferrals(), call);
  }
  EXPECT_EQ(slot.DeferredAdvance(), 3u);  // the tenth: advances
  EXPECT_EQ(qsbr.Current(), 3u);
  EXPECT_EQ(slot.deferrals(), 0);
  EXPECT_EQ(slot.DeferredAdvance(), 5u);  // deferred again
  EXPECT_EQ(qsbr.Current(), 3u);
}

TEST(QsbrDeferred, ADeferredGoalIsReachedOnceSomeoneAdvances) {
  Qsbr qsbr;
  QsbrSlot& slot = qsbr.Slot(NewThread(qsbr));
  slot.Attach();
  const uint64_t goal = slot.DeferredAdvance();
  slot.QuiescentState();
  EXPECT_FALSE(slot.Poll(goal));
  qsbr.Advance();
  slot.QuiescentState();
  EXPECT_TRUE(slot.Poll(goal));
}

TEST(QsbrFork, AfterForkFreesEveryOtherSlotAndKeepsTheSurvivor) {
  Qsbr qsbr;
  const int32_t survivor = NewThread(qsbr, 1);
  const int32_t other = NewThread(qsbr, 2);
  const int32_t third = NewThread(qsbr, 3);
  const int32_t reserved_only = qsbr.Reserve();
  qsbr.Slot(survivor).Attach();
  qsbr.Slot(other).Attach();
  const uint64_t goal = qsbr.Advance();
  qsbr.AfterFork(survivor);
  EXPECT_TRUE(qsbr.IsAllocated(survivor));
  EXPECT_EQ(qsbr.OwnerOf(survivor), 1u);
  EXPECT_TRUE(qsbr.Slot(survivor).online());
  for (int32_t gone : {other, third, reserved_only}) {
    EXPECT_FALSE(qsbr.IsAllocated(gone));
    EXPECT_FALSE(qsbr.Slot(gone).online());
  }
  // The vanished reader no longer holds the goal back.
  qsbr.Slot(survivor).QuiescentState();
  EXPECT_TRUE(qsbr.Slot(survivor).Poll(goal));
  // Slots 7 (survivor), 6, 5, 4 were handed out; the fork pushes 4, 5, 6
  // onto the free list (then holding 3..0) in index order, so 6 is next.
  EXPECT_EQ(survivor, 7);
  std::vector<int32_t> reused;
  for (int i = 0; i < 7; ++i) reused.push_back(qsbr.Reserve());
  EXPECT_EQ(reused, (std::vector<int32_t>{6, 5, 4, 3, 2, 1, 0}));
}

TEST(QsbrContract, AttachingTwiceIsAContractViolation) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  Qsbr qsbr;
  QsbrSlot& slot = qsbr.Slot(NewThread(qsbr));
  slot.Attach();
  EXPECT_DEATH(slot.Attach(), "already attached");
}

TEST(QsbrContract, DetachingAnOfflineSlotIsAContractViolation) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  Qsbr qsbr;
  QsbrSlot& slot = qsbr.Slot(NewThread(qsbr));
  EXPECT_DEATH(slot.Detach(), "not attached");
}

TEST(QsbrContract, UnregisteringAnAttachedSlotIsAContractViolation) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  Qsbr qsbr;
  const int32_t index = NewThread(qsbr);
  qsbr.Slot(index).Attach();
  EXPECT_DEATH(qsbr.Unregister(index), "attached slot");
}

TEST(QsbrContract, RegisteringAFreeSlotIsAContractViolation) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  Qsbr qsbr;
  const int32_t index = NewThread(qsbr);
  qsbr.Unregister(index);
  EXPECT_DEATH(qsbr.Register(index, 7), "not reserved");
  EXPECT_DEATH(qsbr.Slot(99), "out of range");
}

TEST(QsbrContract, AnEvenStartingSequenceIsRejected) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_DEATH(Qsbr({.initial_seq = 2}), "start odd");
}

}  // namespace
}  // namespace gcfuzz::freethreading
