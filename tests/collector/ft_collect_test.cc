// tests/collector/ft_collect_test.cc — the free-threaded collector mode
// (collector/collect_ft.cc, CPython 3.13t's gc_free_threading.c): the
// classic scenarios, deferred reference counts, QSBR-delayed reuse of
// freed memory, and the mode's scheduling rule.
//
// Event orders inside a collection follow the worklists (reverse heap
// order), so most assertions compare event multisets (Sorted).
#include <gtest/gtest.h>

#include <algorithm>
#include <span>
#include <sstream>
#include <string>
#include <vector>

#include "collector/capi.h"
#include "collector/collector_mode.h"
#include "collector_test_support.h"

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/asan_interface.h>
#define GCFUZZ_TEST_ASAN 1
#endif

namespace gcfuzz::collector::testing {
namespace {

// The events of a log ("a, b, c") sorted, so that order does not matter.
std::string Sorted(const std::string& log) {
  std::vector<std::string> items;
  std::stringstream in(log);
  std::string item;
  while (std::getline(in, item, ',')) {
    if (!item.empty() && item[0] == ' ') item.erase(0, 1);
    items.push_back(item);
  }
  std::sort(items.begin(), items.end());
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : ", ") + i;
  return out;
}

class FtCollectTest : public CollectorFixture {
 protected:
  FtCollectTest() : CollectorFixture(CollectorMode::kFreeThreaded) {}
  Heap& heap() { return backend_.heap(); }
  Object* O(const std::string& label) { return heap().Get(Id(label)); }
};

TEST_F(FtCollectTest, ModeAndDefaultRulesAreTheFreeThreadedOnes) {
  Start();
  EXPECT_EQ(heap().mode(), CollectorMode::kFreeThreaded);
  EXPECT_EQ(heap().scheduler().threshold[0], 2000);  // _PyGC_InitState
  EXPECT_EQ(ParseCollectorMode("ft"), CollectorMode::kFreeThreaded);
  EXPECT_EQ(ParseCollectorMode("classic"), CollectorMode::kClassic);
  EXPECT_FALSE(ParseCollectorMode("FT").has_value());
}

TEST_F(FtCollectTest, CyclesOfEachContainerKindAreFreed) {
  Class("C", 2);
  Start();
  New("a", "C");  // instance self-cycle
  Set("a", 0, "a");
  MakeList("l");  // list self-cycle
  Append("l", "l");
  MakeDict("d");  // dict self-cycle
  Set("d", 7, "d");
  MakeList("m");  // tuple <-> list
  MakeTuple("t", {"m", "5"});
  Append("m", "t");
  Del("a");
  Del("l");
  Del("d");
  Del("m");
  Del("t");
  EXPECT_EQ(Collect(2), 5);
  EXPECT_EQ(Sorted(Full()),
            "collect 2 5, free a, free d, free l, free m, free t");
  for (const char* x : {"a", "l", "d", "m", "t"}) EXPECT_FALSE(Alive(x)) << x;
}

TEST_F(FtCollectTest,
       EveryCollectionWalksTheWholeHeapWithStatsPerGenerationAsked) {
  Class("C", 1);
  Start();
  New("old", "C");
  Set("old", 0, "old");
  Collect(2);  // `old` survives; no list moves (no generations in 3.13t)
  EXPECT_EQ(heap().ObjectsInGeneration(0), std::vector<ObjId>{Id("old")});
  // gc.get_objects(G) ignores G in 3.13t.
  EXPECT_EQ(backend_.Objects(2), std::vector<ObjId>{Id("old")});
  Del("old");
  New("young", "C");
  Set("young", 0, "young");
  Del("young");
  EXPECT_EQ(Collect(0), 2);  // 3.11 would collect only `young`
  EXPECT_FALSE(Alive("old"));
  EXPECT_EQ(heap().Stats(0).collections, 1);
  EXPECT_EQ(heap().Stats(0).collected, 2);
  EXPECT_EQ(heap().Stats(2).collections, 1);
  EXPECT_EQ(heap().Stats(2).collected, 0);
}

TEST_F(FtCollectTest, DelRunsOnceAndResurrectionKeepsWhatTheObjectReaches) {
  Class("D", 2, /*del=*/true);
  Start();
  New("a", "D");
  New("b", "D");
  Set("a", 0, "b");
  Set("b", 0, "a");
  const ObjId a = Id("a");
  host_.on_del[a] = [&] { Let("keep", a); };  // __del__ resurrects a
  Del("a");
  Del("b");
  EXPECT_EQ(Collect(2), 0);  // both resurrected: b is reached from a
  EXPECT_EQ(Sorted(Log()), "collect 2 0, del a, del b");
  EXPECT_TRUE(Alive("a"));
  EXPECT_TRUE(Alive("b"));
  EXPECT_TRUE(backend_.IsFinalized(a));
  host_.on_del.clear();
  Del("keep");
  EXPECT_EQ(Collect(2), 2);  // FINALIZED: no second __del__
  EXPECT_EQ(Log(), "collect 2 2");
  EXPECT_EQ(host_.del_calls[a], 1);
  EXPECT_EQ(host_.del_calls[Id("b")], 1);
  EXPECT_FALSE(Alive("a"));
}

TEST_F(FtCollectTest, PartialResurrectionFreesOnlyTheRest) {
  Class("D", 1, /*del=*/true);
  Start();
  New("a", "D");  // a <-> b; c self-cycle; a.__del__ saves b
  New("b", "D");
  New("c", "D");
  Set("a", 0, "b");
  Set("b", 0, "a");
  Set("c", 0, "c");
  const ObjId b = Id("b");
  host_.on_del[Id("a")] = [&] { Let("keep", b); };
  Del("a");
  Del("b");
  Del("c");
  EXPECT_EQ(Collect(2), 1);
  EXPECT_EQ(Sorted(Full()), "collect 2 1, del a, del b, del c, free c");
  EXPECT_TRUE(Alive("a"));  // b reaches a
}

TEST_F(FtCollectTest,
       WeakrefCallbacksRunForLiveWeakrefsOnlyAfterAllAreCleared) {
  Class("C", 2, /*del=*/true);
  Start();
  New("a", "C");
  New("b", "C");
  Set("a", 0, "b");
  Set("b", 0, "a");
  Ref("w", "a", /*callback=*/true);  // live: its callback runs
  Ref("trash", "b", /*callback=*/true);
  Set("a", 1, "trash");  // the weakref is garbage itself: never called
  Del("trash");
  const ObjId w = Id("w");
  const ObjId trash = Id("trash");
  bool both_dead_in_callback = false;
  host_.on_callback[w] = [&] {
    both_dead_in_callback =
        backend_.WeakrefIsDead(w) && backend_.WeakrefIsDead(trash);
  };
  bool dead_in_del = false;
  host_.on_del[Id("a")] = [&] { dead_in_del = backend_.WeakrefIsDead(w); };
  Del("a");
  Del("b");
  EXPECT_EQ(Collect(2), 3);
  EXPECT_EQ(Sorted(Log()), "callback w, collect 2 3, del a, del b");
  EXPECT_TRUE(both_dead_in_callback);
  EXPECT_TRUE(dead_in_del);
  EXPECT_EQ(host_.callback_calls[trash], 0);
  EXPECT_TRUE(Alive("w"));
  EXPECT_FALSE(Alive("trash"));
}

TEST_F(FtCollectTest, LegacyFinalizersAndWhatTheyReachGoToGarbageUntouched) {
  Class("L", 2, /*del=*/false, /*tp_del=*/true);
  Class("D", 2, /*del=*/true);
  Start();
  New("x", "L");
  New("y", "D");
  Set("x", 0, "y");
  Set("y", 0, "x");
  Ref("w", "y", /*callback=*/true);
  Del("x");
  Del("y");
  EXPECT_EQ(Collect(2), 2);                    // both uncollectable
  EXPECT_EQ(Log(), "garbage x, collect 2 2");  // y: no __del__, w kept
  EXPECT_EQ(backend_.Garbage(), std::vector<ObjId>{Id("x")});
  EXPECT_FALSE(backend_.WeakrefIsDead(Id("w")));
  EXPECT_EQ(heap().Stats(2).uncollectable, 2);
}

// 3.13t differs from 3.11 here: a tp_del object held only by collectable
// garbage is kept alive by the legacy worklist's reference while
// delete_garbage clears its holder, so it lands in gc.garbage (3.11 frees
// it, running tp_del, and returns 1).
TEST_F(FtCollectTest, LegacyObjectHeldOnlyByGarbageSurvivesIntoGcGarbage) {
  Class("C", 2);
  Class("L", 1, /*del=*/false, /*tp_del=*/true);
  Start();
  New("c", "C");
  Set("c", 0, "c");
  New("l", "L");
  Set("c", 1, "l");
  Del("l");
  Del("c");
  EXPECT_EQ(Collect(2), 2);
  EXPECT_EQ(Sorted(Full()), "collect 2 2, free c, garbage l");
  EXPECT_EQ(backend_.Garbage(), std::vector<ObjId>{Id("l")});
  EXPECT_EQ(host_.tp_del_calls[Id("l")], 0);
}

TEST_F(FtCollectTest, DebugSaveAllSendsEveryUnreachableObjectToGarbage) {
  Class("C", 1);
  Start();
  New("a", "C");
  New("b", "C");
  Set("a", 0, "b");
  Set("b", 0, "a");
  Del("a");
  Del("b");
  backend_.SetDebug(gcops::kDebugSaveAll);
  EXPECT_EQ(Collect(2), 2);
  EXPECT_EQ(Sorted(Full()), "collect 2 2, garbage a, garbage b");
  EXPECT_TRUE(Alive("a"));
  backend_.SetDebug(0);
  backend_.ClearGarbage();
  EXPECT_EQ(Collect(2), 2);
  EXPECT_FALSE(Alive("a"));
}

TEST_F(FtCollectTest, FrozenObjectsAreNeverCollectedUntilUnfrozen) {
  Class("C", 1);
  Start();
  New("a", "C");
  Set("a", 0, "a");
  Del("a");
  backend_.Freeze();
  EXPECT_EQ(Collect(2), 0);
  EXPECT_TRUE(Alive("a"));
  backend_.Unfreeze();
  EXPECT_EQ(Collect(2), 1);
  EXPECT_FALSE(Alive("a"));
}

TEST_F(FtCollectTest, TuplesOfUntrackableItemsAreUntrackedByUpdateRefs) {
  Class("C", 1);
  Start();
  MakeTuple("t", {"1", "none"});
  New("a", "C");
  MakeTuple("u", {"a"});
  EXPECT_TRUE(backend_.IsTracked(Id("t")));
  EXPECT_EQ(Collect(2), 0);
  EXPECT_FALSE(backend_.IsTracked(Id("t")));  // gc_maybe_untrack
  EXPECT_TRUE(backend_.IsTracked(Id("u")));   // holds an instance
  EXPECT_TRUE(Alive("t"));
}

TEST_F(FtCollectTest,
       DeferredObjectOutlivesItsCountedReferencesUntilACollection) {
  Class("D", 1, /*del=*/true);
  Start();
  New("a", "D");
  const ObjId a = Id("a");
  ASSERT_TRUE(GcSetDeferred(heap(), O("a")));
  EXPECT_FALSE(GcSetDeferred(heap(), O("a")));  // once
  EXPECT_EQ(O("a")->refcnt, 1 + kDeferredBias);
  Del("a");  // counted references: 0; the bias keeps it
  ASSERT_NE(heap().Get(a), nullptr);
  EXPECT_EQ(Log(), "");
  heap().VerifyHeap();       // the bias is accounted for
  EXPECT_EQ(Collect(2), 1);  // update_refs subtracts the bias: unreachable
  EXPECT_EQ(Sorted(Full()), "collect 2 1, del a, free a");
  EXPECT_EQ(heap().Get(a), nullptr);
}

TEST_F(FtCollectTest,
       DeferredObjectReachableFromARootSurvivesAndStaysDeferred) {
  Class("C", 1);
  Start();
  New("a", "C");
  const ObjId a = Id("a");
  MakeList("root", {"a"});
  ASSERT_TRUE(GcSetDeferred(heap(), O("a")));
  Del("a");
  EXPECT_EQ(Collect(2), 0);
  ASSERT_NE(heap().Get(a), nullptr);
  EXPECT_TRUE(Heap::IsDeferred(heap().Get(a)));
  EXPECT_EQ(heap().Get(a)->refcnt, 1 + kDeferredBias);  // the list + bias
  heap().VerifyHeap();
}

TEST_F(FtCollectTest, DeferredObjectInACycleLosesDeferralAndIsFreed) {
  Class("C", 1);
  Start();
  New("a", "C");
  New("b", "C");
  Set("a", 0, "b");
  Set("b", 0, "a");
  ASSERT_TRUE(GcSetDeferred(heap(), O("b")));
  Del("a");
  Del("b");
  EXPECT_EQ(Collect(2), 2);
  EXPECT_FALSE(Alive("a"));
  EXPECT_FALSE(Alive("b"));
}

TEST(FtClassicMode, SetDeferredIsRefusedByTheClassicCollector) {
  CollectorBackend backend;     // classic
  RecordingHost host(backend);  // records only: the test begins the run
  gcops::Program program;
  program.classes.push_back(gcops::ClassDecl{"C", 1});
  backend.Begin(host, program);
  host.labels.push_back("a");
  backend.NewInstance(0, 0);
  EXPECT_FALSE(GcSetDeferred(backend.heap(), backend.heap().Get(0)));
  EXPECT_FALSE(Heap::IsDeferred(backend.heap().Get(0)));
  backend.End();
}

TEST_F(FtCollectTest, FreedMemoryIsNotReusedBeforeItsQsbrGoal) {
  Class("C", 2);
  Start();
  New("a", "C");
  const void* memory = O("a");
  Del("a");  // refcount death: the memory goes to the delayed-free queue
  EXPECT_FALSE(Alive("a"));
  EXPECT_EQ(heap().PendingFrees(), 1u);
  EXPECT_TRUE(heap().IsPendingFree(memory));
#if defined(GCFUZZ_TEST_ASAN)
  // Still reported if touched: the waiting block is poisoned.
  EXPECT_TRUE(__asan_address_is_poisoned(memory));
#endif
  for (int i = 0; i < 64; ++i) {  // same size class: a pool would reuse it
    const std::string name = "n" + std::to_string(i);
    New(name, "C");
    EXPECT_NE(static_cast<const void*>(O(name)), memory) << name;
  }
  Collect(2);  // process_delayed_frees: advance, quiescent, poll
  EXPECT_EQ(heap().PendingFrees(), 0u);
  EXPECT_FALSE(heap().IsPendingFree(memory));
}

TEST_F(FtCollectTest, AnotherReaderHoldsTheGoalBackUntilItsQuiescentState) {
  Class("C", 1);
  Start();
  freethreading::Qsbr& qsbr = heap().qsbr();
  const int32_t reader = qsbr.Reserve();
  ASSERT_NE(reader, freethreading::kQsbrNoSlot);
  qsbr.Register(reader, /*owner=*/42);
  qsbr.Slot(reader).Attach();  // online at the current write sequence
  New("a", "C");
  Set("a", 0, "a");
  Del("a");
  EXPECT_EQ(Collect(2), 1);  // freed by this collection: queued after
  EXPECT_EQ(heap().PendingFrees(), 1u);
  Collect(2);  // the reader has not passed a quiescent state
  EXPECT_EQ(heap().PendingFrees(), 1u);
  qsbr.Slot(reader).QuiescentState();
  Collect(2);
  EXPECT_EQ(heap().PendingFrees(), 0u);
  qsbr.Slot(reader).Detach();
  qsbr.Unregister(reader);
}

TEST_F(FtCollectTest, AutomaticCollectionFollowsGcShouldCollect) {
  Class("C", 1);
  Start();
  const int32_t t[] = {3, 10, 10};
  heap().SetThresholds(std::span<const int32_t>(t, 3));
  New("a", "C");
  Set("a", 0, "a");
  Del("a");
  New("b", "C");
  New("c", "C");
  EXPECT_EQ(Log(), "");  // count0 = 3: not above threshold0
  New("d", "C");         // count0 = 4 > 3 and > long_lived_total / 4
  EXPECT_EQ(Log(), "collect 0 1 auto");
  EXPECT_FALSE(Alive("a"));
  EXPECT_EQ(heap().scheduler().long_lived_total, 2);  // b and c survived
  EXPECT_EQ(heap().Stats(0).collections, 1);
}

TEST_F(FtCollectTest,
       LongLivedTotalScalesTheThresholdUnlessThresholdOneIsZero) {
  Class("C", 1);
  Start();
  for (int i = 0; i < 40; ++i) New("keep" + std::to_string(i), "C");
  Collect(2);  // long_lived_total = 40
  const int32_t t[] = {3, 10, 10};
  heap().SetThresholds(std::span<const int32_t>(t, 3));
  for (int i = 0; i < 10; ++i) New("n" + std::to_string(i), "C");
  EXPECT_EQ(Log(), "collect 2 0");  // count0 10 <= 40 / 4: not due
  New("m", "C");                    // 11 > 10
  EXPECT_EQ(Log(), "collect 0 0 auto");
  const int32_t t1[] = {3, 0};
  heap().SetThresholds(std::span<const int32_t>(t1, 2));
  for (int i = 0; i < 4; ++i) New("z" + std::to_string(i), "C");
  EXPECT_EQ(Log(), "collect 0 0 auto");  // threshold1 == 0: immediate
}

}  // namespace
}  // namespace gcfuzz::collector::testing
