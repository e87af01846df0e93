// tests/collector/finalization_test.cc — PEP 442 finalizers, resurrection,
// legacy tp_del, gc.garbage and DEBUG_SAVEALL (spec 2.1, 3.4, 3.7-3.11;
// scenarios 6.A-5/10/11/21/24-26/33-38 and 6.B-13..19).
#include "tests/collector/collector_test_support.h"

namespace gcfuzz::collector::testing {
namespace {

using Finalization = CollectorFixture;

TEST_F(Finalization, SelfCycleInstanceIsCollected) {  // 6.A-5
  Class("A", 1);
  Start();
  New("a", "A");
  Set("a", 0, "a");
  Del("a");
  EXPECT_EQ(Collect(), 1);
}

TEST_F(Finalization, ListDictAndTupleCyclesAreCollected) {  // 6.A-1..3
  Start();
  MakeList("l");
  Append("l", "l");
  Del("l");
  EXPECT_EQ(Collect(), 1);
  MakeDict("d");
  Set("d", 1, "d");
  Del("d");
  EXPECT_EQ(Collect(), 1);
  MakeList("l2");
  MakeTuple("t", {"l2"});
  Append("l2", "t");
  Del("l2");
  Del("t");
  EXPECT_EQ(Collect(), 2);
}

// 6.A-33: non-cyclic: __del__ once at refcount death; nothing later.
TEST_F(Finalization, NonCyclicDelRunsOnceAtDeath) {
  Class("S", 1, /*del=*/true);
  Start();
  New("s", "S");
  Ref("w", "s", false);
  Del("s");
  EXPECT_EQ(Log(), "del s");
  EXPECT_TRUE(backend_.WeakrefIsDead(Id("w")));
  EXPECT_EQ(Collect(), 0);
  EXPECT_EQ(Log(), "collect 2 0");
}

// 6.A-34 / 6.A-21 / 6.B-19: on the refcount path the weakref survives the
// resurrection (weakrefs are cleared after __del__), is_finalized is false
// inside __del__ and true after; the second death runs no __del__.
TEST_F(Finalization, RefcountResurrectionKeepsWeakrefAndFinalizesOnce) {
  Class("S", 1, /*del=*/true);
  Start();
  New("s", "S");
  Ref("w", "s", false);
  bool finalized_inside = true;
  host_.on_del[Id("s")] = [&] {
    finalized_inside = backend_.IsFinalized(Id("s"));
    Let("saved", Id("s"));
  };
  EXPECT_FALSE(backend_.IsFinalized(Id("s")));
  Del("s");
  EXPECT_EQ(Log(), "del s");
  EXPECT_FALSE(finalized_inside);
  EXPECT_TRUE(Alive("s"));
  EXPECT_TRUE(backend_.IsFinalized(Id("s")));
  EXPECT_FALSE(backend_.WeakrefIsDead(Id("w")));
  EXPECT_EQ(backend_.GenerationOf(Id("s")), gcops::Where::kGen0);
  Del("saved");
  EXPECT_EQ(Log(), "");
  EXPECT_FALSE(Alive("s"));
  EXPECT_TRUE(backend_.WeakrefIsDead(Id("w")));
}

// 6.A-36: a self-cycle resurrected by the collector has a dead weakref and
// is_finalized true inside __del__; no second __del__ (6.A-24).
TEST_F(Finalization, GcResurrectionKillsWeakrefAndFinalizesOnce) {
  Class("S", 1, /*del=*/true);
  Start();
  New("s", "S");
  Set("s", 0, "s");
  Ref("w", "s", false);
  bool finalized_inside = false;
  host_.on_del[Id("s")] = [&] {
    finalized_inside = backend_.IsFinalized(Id("s"));
    Let("saved", Id("s"));
  };
  Del("s");
  EXPECT_EQ(Collect(), 0);
  EXPECT_EQ(Log(), "del s, collect 2 0");
  EXPECT_TRUE(finalized_inside);
  EXPECT_TRUE(backend_.WeakrefIsDead(Id("w")));
  Del("saved");
  EXPECT_EQ(Collect(), 1);
  EXPECT_EQ(Log(), "collect 2 1");
  EXPECT_EQ(host_.del_calls[Id("s")], 1);
}

// 6.A-36 test_simple_suicide / 6.B-14: an object freed during finalization
// is not counted.
TEST_F(Finalization, SuicidalSelfCycleIsFreedDuringFinalizationAndNotCounted) {
  Class("S", 1, /*del=*/true);
  Start();
  New("s", "S");
  Set("s", 0, "s");
  host_.on_del[Id("s")] = [&] { backend_.SetItem(Id("s"), 0, Value::None()); };
  Del("s");
  EXPECT_EQ(Collect(), 0);
  EXPECT_EQ(Full(), "del s, free s, collect 2 0");
}

// 6.B-14: ring A->B->C->A where B's __del__ breaks B->C: C's __del__ runs
// from its dealloc during B's finalizer; everything is freed; ret 0.
TEST_F(Finalization, BreakingARingInsideDelFreesItDuringFinalization) {
  Class("S", 1, /*del=*/true);
  Start();
  New("a", "S");
  New("b", "S");
  New("c", "S");
  Set("a", 0, "b");
  Set("b", 0, "c");
  Set("c", 0, "a");
  host_.on_del[Id("b")] = [&] { backend_.SetItem(Id("b"), 0, Value::None()); };
  Del("a");
  Del("b");
  Del("c");
  EXPECT_EQ(Collect(), 0);
  EXPECT_EQ(Log(), "del a, del b, del c, collect 2 0");
  EXPECT_EQ(backend_.heap().LiveObjects(), 0u);
}

// 6.A-37, CycleChainFinalizationTest: rings of doubly linked nodes (slot 0
// = left, slot 1 = right) of simple (s), resurrecting (res: appended to a
// survivors list) and suicidal (sui: clears both links) nodes. First ret,
// survivors, second ret after emptying the survivors list; __del__ in ring
// order. Table measured on CPython 3.11.7 (spec 6.A-37; re-run here with a
// __slots__ replica, /tmp/gcpy/chain.py, same numbers).
struct ChainCase {
  const char* name;
  std::vector<std::string> kinds;
  int64_t first, survivors, second;
};

class CycleChain : public CollectorFixture,
                   public ::testing::WithParamInterface<ChainCase> {};

TEST_P(CycleChain, MatchesCPythonCountsAndOrder) {
  const ChainCase& c = GetParam();
  Class("S", 2, /*del=*/true);
  Start();
  MakeList("survivors");
  const size_t n = c.kinds.size();
  std::vector<std::string> names;
  for (size_t i = 0; i < n; ++i) {
    names.push_back("n" + std::to_string(i));
    ObjId id = New(names.back(), "S");
    if (c.kinds[i] == "res") {
      host_.on_del[id] = [this, id] {
        backend_.Append(names_["survivors"].obj, Value::Obj(id));
      };
    } else if (c.kinds[i] == "sui") {
      host_.on_del[id] = [this, id] {
        backend_.SetItem(id, 0, Value::None());
        backend_.SetItem(id, 1, Value::None());
      };
    }
  }
  for (size_t i = 0; i < n; ++i) {
    const std::string& left = names[(i + n - 1) % n];
    Set(names[i], 0, left);
    Set(left, 1, names[i]);
  }
  std::vector<std::string> weak;
  for (size_t i = 0; i < n; ++i) {
    weak.push_back("w" + std::to_string(i));
    Ref(weak.back(), names[i], false);
  }
  for (const auto& name : names) Del(name);
  EXPECT_EQ(Collect(), c.first);
  std::string dels;
  for (size_t i = 0; i < n; ++i) dels += "del n" + std::to_string(i) + ", ";
  EXPECT_EQ(Log(), dels + "collect 2 " + std::to_string(c.first));
  EXPECT_EQ(static_cast<int64_t>(backend_.Length(names_["survivors"].obj)),
            c.survivors);
  for (const auto& w : weak) EXPECT_TRUE(backend_.WeakrefIsDead(Id(w))) << w;
  MakeList("survivors");  // survivors.clear()
  EXPECT_EQ(Collect(), c.second);
  EXPECT_EQ(Log(), "collect 2 " + std::to_string(c.second));
}

INSTANTIATE_TEST_SUITE_P(
    Rings, CycleChain,
    ::testing::Values(
        ChainCase{"s3", {"s", "s", "s"}, 3, 0, 0},
        ChainCase{"res3", {"res", "res", "res"}, 0, 3, 3},
        ChainCase{"sui3", {"sui", "sui", "sui"}, 0, 0, 0},
        ChainCase{"sui_s_2", {"sui", "s", "sui", "s"}, 0, 0, 0},
        ChainCase{"sui_sui_s_s", {"sui", "sui", "s", "s"}, 4, 0, 0},
        ChainCase{"res_s_2", {"res", "s", "res", "s"}, 0, 2, 4},
        ChainCase{
            "res_s_sui_2", {"res", "s", "sui", "res", "s", "sui"}, 0, 2, 6},
        ChainCase{"res_res_s_s_sui_sui",
                  {"res", "res", "s", "s", "sui", "sui"},
                  0,
                  2,
                  6}),
    [](const ::testing::TestParamInfo<ChainCase>& info) {
      return std::string(info.param.name);
    });

// 6.A-26: a resurrecting Z does not block the collection of other trash.
TEST_F(Finalization, ResurrectionDoesNotBlockCleanupOfOtherObjects) {
  Class("A", 1);
  Class("Z", 1, /*del=*/true);
  Start();
  MakeList("zs");
  auto make_z = [&] {
    ObjId z = New("z", "Z");
    Set("z", 0, "z");
    host_.on_del[z] = [this, z] {
      backend_.Append(names_["zs"].obj, Value::Obj(z));
    };
    Del("z");
  };
  auto make_as = [&] {
    for (int i = 0; i < 100; ++i) {
      New("a", "A");
      Set("a", 0, "a");
      Del("a");
    }
  };
  make_as();
  EXPECT_EQ(Collect(), 100);
  make_z();
  EXPECT_EQ(Collect(), 0);
  make_as();
  make_z();
  EXPECT_EQ(Collect(), 100);
  MakeList("zs");  // zs.clear()
  EXPECT_EQ(Collect(), 2);
  EXPECT_EQ(backend_.Stats(2), (gcops::GenStats{4, 202, 0}));
}

// 6.B-13: partial resurrection in collect(0): z drags y along; both move
// to gen1 with dead weakrefs; later they die without a second __del__.
TEST_F(Finalization, PartialResurrectionMovesResurrectedToOlderGeneration) {
  Class("N", 2, /*del=*/true);
  Class("P", 2);
  Start();
  New("z", "N");
  New("y", "P");
  Set("z", 0, "z");
  Set("y", 0, "z");
  Set("z", 1, "y");
  Ref("wz", "z", false);
  host_.on_del[Id("z")] = [&] { Let("saved", Id("z")); };
  Del("z");
  Del("y");
  EXPECT_EQ(Collect(0), 0);
  EXPECT_EQ(backend_.GenerationOf(Id("z")), gcops::Where::kGen1);
  EXPECT_EQ(backend_.GenerationOf(Id("y")), gcops::Where::kGen1);
  EXPECT_TRUE(backend_.WeakrefIsDead(Id("wz")));
  EXPECT_TRUE(backend_.IsFinalized(Id("z")));
  Del("saved");
  Log();
  EXPECT_EQ(Collect(), 2);
  EXPECT_EQ(Log(), "collect 2 2");
}

// 6.A-38 test_legacy: __del__, then the weakref is cleared, then tp_del.
TEST_F(Finalization, LegacyNonCyclicRunsDelThenTpDelOnce) {
  Class("L", 1, /*del=*/true, /*tp_del=*/true);
  Start();
  New("l", "L");
  Ref("w", "l", true);
  Del("l");
  EXPECT_EQ(Log(), "del l, callback w, tp_del l");
  EXPECT_FALSE(Alive("l"));
}

// 6.A-38 test_legacy_resurrect: tp_del runs on every death; __del__ once.
TEST_F(Finalization, LegacyTpDelRunsOnEveryDeathButDelOnlyOnce) {
  Class("L", 1, /*del=*/true, /*tp_del=*/true);
  Start();
  New("l", "L");
  int deaths = 0;
  host_.on_tp_del[Id("l")] = [&] {
    if (++deaths == 1) Let("saved", Id("l"));
  };
  Del("l");
  EXPECT_EQ(Log(), "del l, tp_del l");
  EXPECT_TRUE(Alive("l"));
  EXPECT_EQ(backend_.GenerationOf(Id("l")), gcops::Where::kGen0);
  Del("saved");
  EXPECT_EQ(Log(), "tp_del l");
  EXPECT_FALSE(Alive("l"));
  EXPECT_EQ(host_.tp_del_calls[Id("l")], 2);
  EXPECT_EQ(host_.del_calls[Id("l")], 1);
}

// 6.A-38 test_legacy_self_cycle and 6.A-10: the legacy object goes to
// gc.garbage, nothing is finalized, its weakref stays alive; a plain
// self-cycle beside it is freed.
TEST_F(Finalization, LegacySelfCycleIsUncollectableAndKeepsWeakref) {
  Class("L", 1, /*del=*/true, /*tp_del=*/true);
  Class("B", 1);
  Start();
  New("l", "L");
  Set("l", 0, "l");
  New("b", "B");
  Set("b", 0, "b");
  Ref("w", "l", false);
  Del("l");
  Del("b");
  EXPECT_EQ(Collect(), 2);
  EXPECT_EQ(Log(), "garbage l, collect 2 2");
  EXPECT_EQ(Labels(backend_.Garbage()), (std::vector<std::string>{"l"}));
  EXPECT_FALSE(backend_.WeakrefIsDead(Id("w")));
  EXPECT_FALSE(Alive("b"));
  EXPECT_EQ(backend_.Stats(2), (gcops::GenStats{1, 1, 1}));
  // Break the cycle through gc.garbage and clear it: now it dies.
  ObjId l = backend_.PopGarbage(0);
  Bind("x", Value::Obj(l));
  Clear("x", 0);
  Del("x");
  EXPECT_EQ(Log(), "del l, tp_del l");
  EXPECT_TRUE(backend_.WeakrefIsDead(Id("w")));
}

// 6.B-15 (spec 3.11's verified example; re-run on CPython 3.11.7):
// legacy a in a self-cycle, plain b (with __del__) reachable from a, plain
// c in a self-cycle referring to a. ret 3 (m=1, n=2), garbage [a], c's
// callback then c's __del__; b keeps its weakref and its __del__.
TEST_F(Finalization, LegacyFinalizerReachableClosureIsUncollectable) {
  Class("L", 2, /*del=*/true, /*tp_del=*/true);
  Class("P", 2, /*del=*/true);
  Start();
  New("a", "L");
  New("b", "P");
  New("c", "P");
  Set("a", 0, "a");
  Set("a", 1, "b");
  Set("c", 0, "c");
  Set("c", 1, "a");
  Ref("wb", "b", true);
  Ref("wc", "c", true);
  Del("a");
  Del("b");
  Del("c");
  EXPECT_EQ(Collect(), 3);
  EXPECT_EQ(Log(), "callback wc, del c, garbage a, collect 2 3");
  EXPECT_EQ(Labels(backend_.Garbage()), (std::vector<std::string>{"a"}));
  EXPECT_FALSE(backend_.WeakrefIsDead(Id("wb")));
  EXPECT_EQ(backend_.Stats(2), (gcops::GenStats{1, 1, 2}));
  ObjId a = backend_.PopGarbage(0);
  Bind("x", Value::Obj(a));
  Clear("x", 0);
  Del("x");
  EXPECT_EQ(Log(), "del a, tp_del a, del b, callback wb");
}

// 6.A-11: DEBUG_SAVEALL puts collectable garbage in gc.garbage.
TEST_F(Finalization, SaveAllKeepsCollectableGarbage) {
  Start();
  backend_.SetDebug(gcops::kDebugSaveAll);
  MakeList("l");
  Append("l", "l");
  Del("l");
  EXPECT_EQ(Collect(), 1);
  EXPECT_EQ(Log(), "garbage l, collect 2 1");
  EXPECT_EQ(Labels(backend_.Garbage()), (std::vector<std::string>{"l"}));
  EXPECT_TRUE(Alive("l"));
}

// 6.B-16 (checked on CPython 3.11.7): callbacks and __del__ still run under
// SAVEALL; after clearing gc.garbage the next collection frees them with
// no second __del__.
TEST_F(Finalization, SaveAllStillRunsCallbacksAndFinalizers) {
  Class("D", 2, /*del=*/true);
  Start();
  backend_.SetDebug(gcops::kDebugSaveAll);
  New("a", "D");
  New("b", "D");
  Set("a", 0, "b");
  Set("b", 0, "a");
  Ref("w", "a", true);
  Del("a");
  Del("b");
  EXPECT_EQ(Collect(), 2);
  EXPECT_EQ(Log(),
            "callback w, del a, del b, garbage a, garbage b, collect 2 2");
  EXPECT_TRUE(backend_.IsFinalized(Id("a")));
  backend_.ClearGarbage();
  backend_.SetDebug(0);
  EXPECT_EQ(Collect(), 2);
  EXPECT_EQ(Log(), "collect 2 2");
}

// Spec 3.11: under SAVEALL gc.garbage gets final_unreachable first, then
// the legacy set. Checked on CPython 3.11.7: gc.garbage == [p, l].
TEST_F(Finalization, SaveAllOrdersCollectableBeforeLegacy) {
  Class("L", 1, /*del=*/false, /*tp_del=*/true);
  Class("P", 1);
  Start();
  backend_.SetDebug(gcops::kDebugSaveAll);
  New("l", "L");
  Set("l", 0, "l");
  New("p", "P");
  Set("p", 0, "p");
  Del("l");
  Del("p");
  EXPECT_EQ(Collect(), 2);
  EXPECT_EQ(Log(), "garbage p, garbage l, collect 2 2");
}

// gc.garbage.clear() releases its items in reverse order (list_clear).
// Checked on CPython 3.11.7: del b, tp_del b, del a, tp_del a.
TEST_F(Finalization, ClearingGarbageReleasesInReverseOrder) {
  Class("L", 1, /*del=*/true, /*tp_del=*/true);
  Start();
  New("a", "L");
  New("b", "L");
  Set("a", 0, "a");
  Set("b", 0, "b");
  Del("a");
  Del("b");
  EXPECT_EQ(Collect(), 2);
  EXPECT_EQ(Log(), "garbage a, garbage b, collect 2 2");
  // Break both cycles while they sit in gc.garbage; clearing frees them.
  Bind("x", backend_.GetItem(Id("a"), 0));
  backend_.Incref(Id("a"));
  Clear("x", 0);
  Bind("x", backend_.GetItem(Id("b"), 0));
  backend_.Incref(Id("b"));
  Clear("x", 0);
  Del("x");
  backend_.ClearGarbage();
  EXPECT_EQ(Log(), "del b, tp_del b, del a, tp_del a");
}

// 6.B-17: gc.collect inside __del__ during a collection, or inside a gc
// callback, does nothing and returns 0.
TEST_F(Finalization, NestedCollectReturnsZeroAndRecordsNothing) {
  Class("S", 1, /*del=*/true);
  Start();
  backend_.AddGcCallback(0);
  int64_t nested_in_del = -1, nested_in_callback = -1;
  host_.on_gc[0] = [&](bool start) {
    if (start) nested_in_callback = backend_.Collect(0);
  };
  New("s", "S");
  Set("s", 0, "s");
  host_.on_del[Id("s")] = [&] { nested_in_del = backend_.Collect(2); };
  Del("s");
  EXPECT_EQ(Collect(), 1);
  EXPECT_EQ(nested_in_del, 0);
  EXPECT_EQ(nested_in_callback, 0);
  EXPECT_EQ(Log(), "gc_start 2, del s, collect 2 1, gc_stop 2 1 0");
  EXPECT_EQ(backend_.Stats(2).collections, 1);
  EXPECT_EQ(backend_.Stats(0).collections, 0);
}

// A collection can run inside a __del__ on the refcount path (not
// collecting): the dying object is externally referenced and survives it.
TEST_F(Finalization, CollectInsideDeallocDelSeesTheObjectAsReachable) {
  Class("S", 1, /*del=*/true);
  Start();
  New("s", "S");
  int64_t inner = -1;
  host_.on_del[Id("s")] = [&] { inner = backend_.Collect(2); };
  Del("s");
  EXPECT_EQ(inner, 0);
  EXPECT_EQ(Log(), "del s, collect 2 0");
  EXPECT_FALSE(Alive("s"));
}

// 23: frozen garbage is never examined; after unfreeze it is collected.
TEST_F(Finalization, FrozenGarbageIsCollectedOnlyAfterUnfreeze) {
  Class("S", 1, /*del=*/true);
  Start();
  New("s", "S");
  Set("s", 0, "s");
  Del("s");
  backend_.Freeze();
  EXPECT_EQ(backend_.GenerationOf(Id("s")), gcops::Where::kPermanent);
  EXPECT_EQ(Collect(), 0);
  EXPECT_TRUE(backend_.Objects(0).empty() && backend_.Objects(2).empty());
  backend_.Unfreeze();
  EXPECT_EQ(backend_.GenerationOf(Id("s")), gcops::Where::kGen2);
  EXPECT_EQ(Collect(), 1);
  EXPECT_EQ(Log(), "collect 2 0, del s, collect 2 1");
}

}  // namespace
}  // namespace gcfuzz::collector::testing
