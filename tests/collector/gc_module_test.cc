// tests/collector/gc_module_test.cc — GcModule, the gc module's surface,
// and the debug flags' stderr lines compared with CPython 3.11.7's.
#include "collector/gc_module.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "collector_test_support.h"

namespace gcfuzz::collector::testing {
namespace {

class GcModuleTest : public CollectorFixture {
 protected:
  void Start() {
    CollectorFixture::Start();
    backend_.heap().set_debug_sink(
        [this](std::string_view line) { lines_.emplace_back(line); });
  }
  GcModule gc() { return GcModule(backend_.heap()); }
  // Lines with CPython's varying parts replaced: addresses by 0xADDR,
  // the elapsed seconds by S.SSSS.
  // (Plain string code: std::regex trips GCC 12's -Wmaybe-uninitialized.)
  std::vector<std::string> Normalized() const {
    std::vector<std::string> out;
    for (std::string l : lines_) {
      const size_t hex = l.rfind(" 0x");
      if (hex != std::string::npos && l.back() == '>' &&
          l.find_first_not_of("0123456789abcdef", hex + 3) == l.size() - 1)
        l = l.substr(0, hex) + " 0xADDR>";
      const std::string tail = "s elapsed";
      const size_t comma = l.rfind(", ");
      if (l.ends_with(tail) && comma != std::string::npos) {
        const std::string num =
            l.substr(comma + 2, l.size() - tail.size() - comma - 2);
        const size_t dot = num.find('.');
        if (dot != std::string::npos && dot > 0 && num.size() - dot - 1 == 4 &&
            num.find_first_not_of("0123456789.") == std::string::npos)
          l = l.substr(0, comma) + ", S.SSSSs elapsed";
      }
      out.push_back(l);
    }
    return out;
  }
  std::vector<std::string> lines_;
};

TEST_F(GcModuleTest, DebugConstantsAreCPythonsAndGcopsValues) {
  EXPECT_EQ(kGcDebugStats, 1u);
  EXPECT_EQ(kGcDebugCollectable, 2u);
  EXPECT_EQ(kGcDebugUncollectable, 4u);
  EXPECT_EQ(kGcDebugSaveAll, 32u);
  EXPECT_EQ(kGcDebugLeak, 38u);
  EXPECT_EQ(kGcDebugLeak, static_cast<uint32_t>(gcops::kDebugLeak));
  EXPECT_EQ(kGcDebugSaveAll, static_cast<uint32_t>(gcops::kDebugSaveAll));
}

TEST_F(GcModuleTest,
       CollectRejectsGenerationOutsideZeroToTwoWithoutCollecting) {
  Class("N", 1);
  Start();
  New("a", "N");
  Set("a", 0, "a");
  Del("a");
  for (int bad : {-1, 3, 100}) {
    GcResult<int64_t> r = gc().Collect(bad);
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.error, "ValueError: invalid generation");
  }
  EXPECT_EQ(Log(), "");
  EXPECT_TRUE(Alive("a"));
  EXPECT_EQ(gc().GetCount()[0], 1);
  GcResult<int64_t> r = gc().Collect(2);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value, 1);
  EXPECT_EQ(Log(), "collect 2 1");
}

TEST_F(GcModuleTest, CollectInsideACollectionReturnsZeroAndDoesNothing) {
  Class("D", 1, /*del=*/true);
  Start();
  ObjId a = New("a", "D");
  Set("a", 0, "a");
  Del("a");
  int64_t nested = -1;
  host_.on_del[a] = [&] { nested = gc().Collect(0).value; };
  EXPECT_EQ(gc().Collect(2).value, 1);
  EXPECT_EQ(nested, 0);
  EXPECT_EQ(Log(), "del a, collect 2 1");
}

TEST_F(GcModuleTest, EnableDisableIsEnabledControlAutomaticCollection) {
  Class("N", 1);
  Start();
  EXPECT_TRUE(gc().IsEnabled());
  gc().Disable();
  EXPECT_FALSE(gc().IsEnabled());
  const int32_t one = 1;
  ASSERT_TRUE(gc().SetThreshold(std::span<const int32_t>(&one, 1)).ok());
  New("a", "N");
  New("b", "N");
  EXPECT_EQ(Log(), "");  // threshold 1 but disabled: no automatic collection
  gc().Enable();
  EXPECT_TRUE(gc().IsEnabled());
  New("c", "N");
  EXPECT_EQ(Log(), "collect 0 0 auto");
}

TEST_F(GcModuleTest, SetThresholdChangesOnlyTheGivenValues) {
  Start();
  EXPECT_EQ(gc().GetThreshold(), (std::array<int32_t, 3>{700, 10, 10}));
  const std::vector<int32_t> two{5, 6};
  ASSERT_TRUE(gc().SetThreshold(two).ok());
  EXPECT_EQ(gc().GetThreshold(), (std::array<int32_t, 3>{5, 6, 10}));
  const std::vector<int32_t> none;
  const std::vector<int32_t> four{1, 2, 3, 4};
  EXPECT_FALSE(gc().SetThreshold(none).ok());
  EXPECT_FALSE(gc().SetThreshold(four).ok());
  EXPECT_EQ(gc().GetThreshold(), (std::array<int32_t, 3>{5, 6, 10}));
}

TEST_F(GcModuleTest, GetCountForwardsTheAllocationCounts) {
  Class("N", 1);
  Start();
  New("a", "N");
  MakeList("l");
  MakeDict("d");
  EXPECT_EQ(gc().GetCount(), (std::array<int64_t, 3>{3, 0, 0}));
  gc().Collect(0);
  EXPECT_EQ(gc().GetCount(), (std::array<int64_t, 3>{0, 1, 0}));
}

TEST_F(GcModuleTest,
       GetObjectsListsGenerationsAndMinusOneMeansAllButNeverPermanent) {
  Class("N", 1);
  Start();
  ObjId a = New("a", "N");
  ObjId b = New("b", "N");
  gc().Collect(1);  // a, b -> gen 2
  ObjId c = New("c", "N");
  MakeDict("d");  // untracked: never listed
  EXPECT_EQ(gc().GetObjects(0).value, std::vector<ObjId>{c});
  EXPECT_EQ(gc().GetObjects(2).value, (std::vector<ObjId>{a, b}));
  EXPECT_EQ(gc().GetObjects(-1).value, (std::vector<ObjId>{c, a, b}));
  EXPECT_EQ(gc().GetObjects().value, (std::vector<ObjId>{c, a, b}));
  gc().Freeze();
  EXPECT_EQ(gc().GetFreezeCount(), 3);
  EXPECT_TRUE(gc().GetObjects().value.empty());
  GcResult<std::vector<ObjId>> neg = gc().GetObjects(-2);
  EXPECT_EQ(neg.error, "ValueError: generation parameter cannot be negative");
  EXPECT_FALSE(gc().GetObjects(3).ok());
  gc().Unfreeze();
  EXPECT_EQ(gc().GetFreezeCount(), 0);
  EXPECT_EQ(gc().GetObjects(2).value, (std::vector<ObjId>{c, a, b}));
}

TEST_F(GcModuleTest, GetReferrersAndReferentsFollowTraverse) {
  Class("N", 2);
  Start();
  ObjId a = New("a", "N");
  ObjId b = New("b", "N");
  ObjId l = MakeList("l", {"a", "b", "7"});
  Set("a", 1, "b");
  EXPECT_EQ(gc().GetReferents(l).value,
            (std::vector<ObjId>{b, a}));  // lists: reverse
  EXPECT_EQ(gc().GetReferents(a).value, std::vector<ObjId>{b});
  EXPECT_EQ(gc().GetReferrers(b).value, (std::vector<ObjId>{a, l}));
  EXPECT_FALSE(gc().GetReferrers(999).ok());
  EXPECT_FALSE(gc().GetReferents(999).ok());
}

TEST_F(GcModuleTest, IsTrackedAndIsFinalizedReadTheHeader) {
  Class("D", 1, /*del=*/true);
  Start();
  ObjId a = New("a", "D");
  ObjId d = MakeDict("d");
  EXPECT_TRUE(gc().IsTracked(a).value);
  EXPECT_FALSE(gc().IsTracked(d).value);
  EXPECT_FALSE(gc().IsFinalized(a).value);
  // Under SAVEALL the garbage is finalized and kept in gc.garbage (spec 4.5).
  Set("a", 0, "a");
  Del("a");
  gc().SetDebug(kGcDebugSaveAll);
  EXPECT_EQ(gc().Collect(2).value, 1);
  ASSERT_TRUE(Alive("a"));
  EXPECT_TRUE(gc().IsFinalized(a).value);
  EXPECT_TRUE(gc().IsTracked(a).value);
  gc().SetDebug(0);
  gc().ClearGarbage();
  EXPECT_EQ(gc().Collect(2).value, 1);
  EXPECT_FALSE(Alive("a"));
  EXPECT_EQ(Log(), "del a, garbage a, collect 2 1, collect 2 1");
  EXPECT_FALSE(gc().IsTracked(12345).ok());
}

TEST_F(GcModuleTest, SetDebugStoresAnyFlagsAndGetStatsCountsPerGeneration) {
  Class("N", 1);
  Start();
  gc().SetDebug(0x1000 | kGcDebugSaveAll);
  EXPECT_EQ(gc().GetDebug(), 0x1000u | kGcDebugSaveAll);
  gc().SetDebug(0);
  New("a", "N");
  Set("a", 0, "a");
  Del("a");
  gc().Collect(0);
  gc().Collect(2);
  std::array<GcGenStats, 3> s = gc().GetStats();
  EXPECT_EQ(s[0].collections, 1);
  EXPECT_EQ(s[0].collected, 1);
  EXPECT_EQ(s[1].collections, 0);
  EXPECT_EQ(s[2].collections, 1);
  EXPECT_EQ(s[2].collected, 0);
}

TEST_F(GcModuleTest, SaveAllPutsGarbageInGcGarbageAndPopMovesItToTheRunner) {
  Class("N", 1);
  Start();
  ObjId a = New("a", "N");
  Set("a", 0, "a");
  Del("a");
  gc().SetDebug(kGcDebugSaveAll);
  EXPECT_EQ(gc().Collect(2).value, 1);
  EXPECT_EQ(gc().Garbage(), std::vector<ObjId>{a});
  EXPECT_FALSE(gc().PopGarbage(1).ok());
  GcResult<ObjId> p = gc().PopGarbage(0);
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p.value, a);
  EXPECT_TRUE(gc().Garbage().empty());
  Bind("a", Value::Obj(a));  // the runner's reference
  gc().SetDebug(0);
  Del("a");
  EXPECT_EQ(gc().Collect(2).value, 1);
  EXPECT_FALSE(Alive("a"));
}

TEST_F(GcModuleTest, CallbacksListIsCalledAtStartAndStopAndCanBeEmptied) {
  Start();
  gc().Callbacks().push_back(0);
  gc().Collect(1);
  EXPECT_EQ(Log(), "gc_start 1, collect 1 0, gc_stop 1 0 0");
  gc().Callbacks().clear();
  gc().Collect(1);
  EXPECT_EQ(Log(), "collect 1 0");
}

TEST_F(GcModuleTest, NoDebugFlagsPrintNothing) {
  Class("N", 1);
  Start();
  New("a", "N");
  Set("a", 0, "a");
  Del("a");
  gc().Collect(2);
  EXPECT_TRUE(lines_.empty());
}

// The program of /tmp script a.py, checked on CPython 3.11.7:
//   class A: __slots__ = ('s00', 's01', '__weakref__')
//   gc.collect(); gc.freeze()
//   a = A(); b = A(); a.s00 = b; b.s00 = a
//   l = []; l.append(l)
//   w = weakref.ref(a); a.s01 = w
//   del a, b, l, w
//   gc.set_debug(DEBUG_STATS | DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE)
//   gc.collect(2)
// CPython printed these lines, normalised (addresses, seconds) and with
// the interpreter's own frozen objects (gc.get_freeze_count() after the
// freeze, 11100) subtracted from the permanent line.
TEST_F(GcModuleTest, DebugLinesOfAFullCollectionMatchCPython) {
  Class("A", 2);
  Start();
  New("a", "A");
  New("b", "A");
  Set("a", 0, "b");
  Set("b", 0, "a");
  MakeList("l");
  Append("l", "l");
  Ref("w", "a", false);
  Set("a", 1, "w");
  Del("a");
  Del("b");
  Del("l");
  Del("w");
  gc().SetDebug(kGcDebugStats | kGcDebugCollectable | kGcDebugUncollectable);
  EXPECT_EQ(gc().Collect(2).value, 4);
  EXPECT_EQ(Normalized(),
            (std::vector<std::string>{
                "gc: collecting generation 2...",
                "gc: objects in each generation: 4 0 0",
                "gc: objects in permanent generation: 0",
                "gc: collectable <A 0xADDR>",
                "gc: collectable <A 0xADDR>",
                "gc: collectable <list 0xADDR>",
                "gc: collectable <weakref.ReferenceType 0xADDR>",
                "gc: done, 4 unreachable, 0 uncollectable, S.SSSSs elapsed",
            }));
  // Distinct objects print distinct addresses.
  EXPECT_NE(lines_[3], lines_[4]);
}

// The program of /tmp script b.py, checked on CPython 3.11.7 (L made with
// _testcapi.with_tp_del, __slots__ as above; interpreter baseline removed
// from the permanent line as above):
//   x = L(); y = []; x.s00 = y; y.append(x)
//   a = A(); d = {}; t = (d,); d[1] = t; a.s00 = d; d[2] = a
//   p = weakref.proxy(a); a.s01 = p
//   del x, y, a, d, t, p
//   gc.set_debug(DEBUG_STATS | DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE)
//   gc.collect(0)
TEST_F(GcModuleTest,
       DebugLinesOfAYoungCollectionWithUncollectablesMatchCPython) {
  Class("L", 2, /*del=*/false, /*tp_del=*/true);
  Class("A", 2);
  Start();
  New("x", "L");
  MakeList("y");
  Set("x", 0, "y");
  Append("y", "x");
  New("a", "A");
  MakeDict("d");
  MakeTuple("t", {"d"});
  Set("d", 1, "t");
  Set("a", 0, "d");
  Set("d", 2, "a");
  Proxy("p", "a", false);
  Set("a", 1, "p");
  for (const char* n : {"x", "y", "a", "d", "t", "p"}) Del(n);
  gc().SetDebug(kGcDebugStats | kGcDebugCollectable | kGcDebugUncollectable);
  EXPECT_EQ(gc().Collect(0).value, 6);
  EXPECT_EQ(Normalized(),
            (std::vector<std::string>{
                "gc: collecting generation 0...",
                "gc: objects in each generation: 6 0 0",
                "gc: objects in permanent generation: 0",
                "gc: collectable <A 0xADDR>",
                "gc: collectable <tuple 0xADDR>",
                "gc: collectable <dict 0xADDR>",
                "gc: collectable <weakref.ProxyType 0xADDR>",
                "gc: uncollectable <L 0xADDR>",
                "gc: uncollectable <list 0xADDR>",
                "gc: done, 6 unreachable, 2 uncollectable, S.SSSSs elapsed",
            }));
  gc().ClearGarbage();
}

// Only the flags set print; the permanent line counts frozen objects.
TEST_F(GcModuleTest, EachDebugFlagPrintsOnlyItsLines) {
  Class("N", 1);
  Start();
  New("f", "N");
  gc().Freeze();
  New("a", "N");
  Set("a", 0, "a");
  Del("a");
  gc().SetDebug(kGcDebugStats);
  gc().Collect(1);
  EXPECT_EQ(Normalized(),
            (std::vector<std::string>{
                "gc: collecting generation 1...",
                "gc: objects in each generation: 1 0 0",
                "gc: objects in permanent generation: 1",
                "gc: done, 1 unreachable, 0 uncollectable, S.SSSSs elapsed",
            }));
  lines_.clear();
  New("b", "N");
  Set("b", 0, "b");
  Del("b");
  gc().SetDebug(kGcDebugCollectable);
  gc().Collect(0);
  EXPECT_EQ(Normalized(),
            std::vector<std::string>{"gc: collectable <N 0xADDR>"});
}

}  // namespace
}  // namespace gcfuzz::collector::testing
