// tests/collector/scheduler_test.cc — counts, thresholds, automatic
// collection inside allocation and the 25% long-lived rule (spec 1.2, 3.3,
// 4.1-4.6; gcops.md 3.4), tracking transitions, stats, gc.callbacks and
// the introspection answers (get_objects, get_referrers).
#include <string>

#include "tests/collector/collector_test_support.h"

namespace gcfuzz::collector::testing {
namespace {

using Scheduler = CollectorFixture;

std::vector<int> AutoGenerations(const std::vector<std::string>& events) {
  std::vector<int> gens;
  for (const std::string& e : events)
    if (e.rfind("collect ", 0) == 0 && e.size() > 5 &&
        e.substr(e.size() - 5) == " auto")
      gens.push_back(e[8] - '0');
  return gens;
}

// 6.A-13/14: counts after each kind of collection; an allocation counts.
TEST_F(Scheduler, CountsFollowCollectionsAndAllocations) {
  Start();
  EXPECT_EQ(backend_.Count(), (std::array<int64_t, 3>{0, 0, 0}));
  MakeList("l");
  EXPECT_EQ(backend_.Count(), (std::array<int64_t, 3>{1, 0, 0}));
  Collect(0);
  EXPECT_EQ(backend_.Count(), (std::array<int64_t, 3>{0, 1, 0}));
  Collect(1);
  EXPECT_EQ(backend_.Count(), (std::array<int64_t, 3>{0, 0, 1}));
  Collect(2);
  EXPECT_EQ(backend_.Count(), (std::array<int64_t, 3>{0, 0, 0}));
  MakeList("m");
  Del("m");  // freeing subtracts, never below 0
  Del("l");
  EXPECT_EQ(backend_.Count(), (std::array<int64_t, 3>{0, 0, 0}));
}

// 6.A-15: a new list is in gen0; collect(0) moves it to gen1, collect(1)
// to gen2; it stays in gen2.
TEST_F(Scheduler, SurvivorsMoveUpOneGeneration) {
  Start();
  MakeList("l");
  EXPECT_EQ(backend_.GenerationOf(Id("l")), gcops::Where::kGen0);
  Collect(0);
  EXPECT_EQ(backend_.GenerationOf(Id("l")), gcops::Where::kGen1);
  Collect(1);
  EXPECT_EQ(backend_.GenerationOf(Id("l")), gcops::Where::kGen2);
  Collect(2);
  EXPECT_EQ(backend_.GenerationOf(Id("l")), gcops::Where::kGen2);
  EXPECT_EQ(Labels(backend_.Objects(2)), (std::vector<std::string>{"l"}));
}

// 6.A-17: only the collected generation's stats change.
TEST_F(Scheduler, StatsCountPerCollectedGeneration) {
  Start();
  MakeList("l");
  Append("l", "l");
  Del("l");
  Collect(0);
  EXPECT_EQ(backend_.Stats(0), (gcops::GenStats{1, 1, 0}));
  EXPECT_EQ(backend_.Stats(2), (gcops::GenStats{0, 0, 0}));
  Collect(2);
  EXPECT_EQ(backend_.Stats(0), (gcops::GenStats{1, 1, 0}));
  EXPECT_EQ(backend_.Stats(2), (gcops::GenStats{1, 0, 0}));
}

// Spec 4.2 with thresholds (10, 2, 2): every 11th allocation collects;
// gen0 three times then gen1, and the first full collection is not blocked
// by the long-lived rule (long_lived_total is 0 at the start).
TEST_F(Scheduler, ThresholdsTenTwoTwoGiveGen0Gen0Gen0Gen1Pattern) {
  Start();
  backend_.SetThreshold(std::vector<int32_t>{10, 2, 2});
  for (int i = 0; i < 13 * 11; ++i) MakeList("l" + std::to_string(i));
  EXPECT_EQ(AutoGenerations(host_.events),
            (std::vector<int>{0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 2}));
  // The collection ran before the 143rd object existed: it is in gen0,
  // and the count restarted without it.
  EXPECT_EQ(backend_.GenerationOf(Id("l142")), gcops::Where::kGen0);
  EXPECT_EQ(backend_.GenerationOf(Id("l141")), gcops::Where::kGen2);
  EXPECT_EQ(backend_.Count(), (std::array<int64_t, 3>{0, 0, 0}));
}

// The 25% rule: with 1000 long-lived objects, gen2 is skipped until the
// objects that survived gen1 collections reach 1000/4. Worked by hand:
// pending grows 43, 87, 131 (three gen1 rounds; gen2 due but skipped),
// 175, 219, 263 >= 250, so the full collection comes at the 25th trigger
// instead of the 13th.
TEST_F(Scheduler, LongLivedRuleDelaysFullCollection) {
  Start();
  backend_.SetEnabled(false);
  for (int i = 0; i < 1000; ++i) MakeList("old" + std::to_string(i));
  Collect(2);
  EXPECT_EQ(backend_.heap().scheduler().long_lived_total, 1000);
  backend_.SetEnabled(true);
  backend_.SetThreshold(std::vector<int32_t>{10, 2, 2});
  Log();
  for (int i = 0; i < 25 * 11; ++i) MakeList("n" + std::to_string(i));
  std::vector<int> expected;
  for (int round = 0; round < 6; ++round)
    expected.insert(expected.end(), {0, 0, 0, 1});
  expected.push_back(2);
  EXPECT_EQ(AutoGenerations(host_.events), expected);
}

TEST_F(Scheduler, DisabledOrZeroThresholdNeverCollectsAutomatically) {
  Start();
  backend_.SetThreshold(std::vector<int32_t>{5});
  backend_.SetEnabled(false);
  for (int i = 0; i < 20; ++i) MakeList("a" + std::to_string(i));
  backend_.SetEnabled(true);
  backend_.SetThreshold(std::vector<int32_t>{0});
  for (int i = 0; i < 20; ++i) MakeList("b" + std::to_string(i));
  EXPECT_EQ(AutoGenerations(host_.events), std::vector<int>{});
  EXPECT_EQ(backend_.Count()[0], 40);
  EXPECT_EQ(Collect(), 0);  // gc.collect ignores gc.isenabled()
}

// gc callbacks: start before, stop after the collection's events, with
// its numbers; a callback appended during a phase runs in that phase.
TEST_F(Scheduler, GcCallbacksWrapCollectionsAndSeeAppendedCallbacks) {
  Class("S", 1, /*del=*/true);
  Start();
  backend_.AddGcCallback(0);
  bool added = false;
  host_.on_gc[0] = [&](bool start) {
    if (start && !added) {
      added = true;
      backend_.AddGcCallback(1);
    }
  };
  New("s", "S");
  Set("s", 0, "s");
  Del("s");
  EXPECT_EQ(Collect(1), 1);
  EXPECT_EQ(Log(),
            "gc_start 1, gc_start 1, del s, collect 1 1, gc_stop 1 1 0, "
            "gc_stop 1 1 0");
}

TEST_F(Scheduler, AutomaticCollectionRunsCallbacksAndIsMarkedAuto) {
  Start();
  backend_.AddGcCallback(0);
  backend_.SetThreshold(std::vector<int32_t>{2});
  MakeList("a");
  MakeList("b");
  EXPECT_EQ(Log(), "");
  MakeList("c");
  EXPECT_EQ(Log(), "gc_start 0, collect 0 0 auto, gc_stop 0 0 0");
  EXPECT_EQ(backend_.GenerationOf(Id("a")), gcops::Where::kGen1);
  EXPECT_EQ(backend_.GenerationOf(Id("c")), gcops::Where::kGen0);
}

// 6.B-21 / 1.2: tuples untrack in any collection, dicts only in full ones.
TEST_F(Scheduler, TuplesAndDictsUntrackAsCPythonDoes) {
  Start();
  MakeTuple("t", {"1", "2"});
  MakeList("l");
  MakeTuple("tl", {"l"});
  MakeTuple("inner", {"3"});
  MakeTuple("outer", {"inner"});
  EXPECT_TRUE(backend_.IsTracked(Id("t")));
  Collect(0);
  EXPECT_FALSE(backend_.IsTracked(Id("t")));
  EXPECT_TRUE(backend_.IsTracked(Id("tl")));
  EXPECT_FALSE(backend_.IsTracked(Id("inner")));
  EXPECT_FALSE(backend_.IsTracked(Id("outer")));  // inner untracked first
  MakeDict("d");
  EXPECT_FALSE(backend_.IsTracked(Id("d")));
  Set("d", 1, "t");  // an untracked tuple may not be tracked
  Set("d", 2, "5");
  EXPECT_FALSE(backend_.IsTracked(Id("d")));
  Set("d", 3, "l");
  EXPECT_TRUE(backend_.IsTracked(Id("d")));
  EXPECT_EQ(backend_.GenerationOf(Id("d")), gcops::Where::kGen0);
  Clear("d", 3);
  Collect(0);
  EXPECT_TRUE(backend_.IsTracked(Id("d")));
  Collect(1);
  EXPECT_TRUE(backend_.IsTracked(Id("d")));
  Collect(2);
  EXPECT_FALSE(backend_.IsTracked(Id("d")));
  // A dict holding a dict stays tracked; untracked objects are not in
  // get_objects.
  MakeDict("e");
  Set("e", 1, "d");
  Collect(2);
  EXPECT_TRUE(backend_.IsTracked(Id("e")));
  EXPECT_EQ(Labels(backend_.Objects(2)),
            (std::vector<std::string>{"l", "tl", "e"}));
}

// 4.6: get_referrers scans gen0, gen1, gen2 in list order; permanent and
// untracked referrers are invisible.
TEST_F(Scheduler, ReferrersAreInGenerationThenListOrder) {
  Class("N", 1);
  Start();
  New("x", "N");
  MakeList("old", {"x"});
  Collect(0);
  Collect(1);
  MakeList("mid", {"x"});
  Collect(0);
  MakeList("young", {"x", "x"});
  MakeTuple("tup", {"x"});
  EXPECT_EQ(Labels(backend_.Referrers(Id("x"))),
            (std::vector<std::string>{"young", "tup", "mid", "old"}));
  backend_.Freeze();
  EXPECT_EQ(Labels(backend_.Referrers(Id("x"))), std::vector<std::string>{});
}

// 6.A-30: threshold 1 and finalizers that allocate: collections inside
// allocations inside finalizers, no crash, heap consistent.
TEST_F(Scheduler, ThresholdOneWithAllocatingFinalizersStaysConsistent) {
  Class("S", 2, /*del=*/true);
  Start();
  backend_.SetThreshold(std::vector<int32_t>{1, 1, 1});
  for (int i = 0; i < 40; ++i) {
    ObjId id = New("s", "S");
    Set("s", 0, "s");
    host_.on_del[id] = [this] {
      MakeList("tmp");
      Append("tmp", "tmp");
      Del("tmp");
    };
  }
  Del("s");
  Collect();
  backend_.heap().VerifyHeap();
  EXPECT_EQ(host_.del_calls.size(), 40u);
}

// 6.A-31 (test_trashcan): 150-deep nested lists and dicts of objects whose
// __del__ calls gc.collect every 17th time, under automatic collection.
TEST_F(Scheduler, DeepNestingWithCollectingFinalizersUnderAutoGc) {
  Class("Ouch", 0, /*del=*/true);
  Start();
  backend_.SetThreshold(std::vector<int32_t>{5, 2, 2});
  int n = 0;
  for (int i = 0; i < 150; ++i) {
    ObjId o = New("ouch", "Ouch");
    host_.on_del[o] = [&] {
      if (++n % 17 == 0) backend_.Collect(2);
    };
    MakeList("u", {"ouch"});
    if (names_.count("v")) Append("u", "v");
    Bind("v", Value::None());
    MakeDict("v");
    Set("v", 1, "u");
    Set("v", 2, "ouch");
  }
  Del("u");
  Del("ouch");
  Del("v");
  EXPECT_EQ(n, 150);
  EXPECT_EQ(backend_.heap().LiveObjects(), 0u);
}

}  // namespace
}  // namespace gcfuzz::collector::testing
