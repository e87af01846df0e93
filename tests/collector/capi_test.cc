// tests/collector/capi_test.cc — the C-API shaped entry points (capi.h):
// allocation counting and tracking, GC_Del, traverse/visit early stop,
// tp_clear, PyGC_Collect and the enable/disable results.
#include "collector/capi.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "collector_test_support.h"

namespace gcfuzz::collector::testing {
namespace {

class CapiTest : public CollectorFixture {
 protected:
  Heap& heap() { return backend_.heap(); }
  // GcNew under a fresh label bound to `name` (the name owns the reference).
  ObjId ApiNew(const std::string& name, gcops::ClassId cls) {
    ObjId id = static_cast<ObjId>(host_.labels.size());
    host_.labels.push_back(name);
    by_label_[name] = id;
    Instance* inst = GcNew(heap(), id, cls);
    EXPECT_EQ(inst->id, id);
    Bind(name, Value::Obj(id));
    return id;
  }
  Object* O(const std::string& label) { return heap().Get(Id(label)); }
};

TEST_F(CapiTest, GcNewCountsTheAllocationButLeavesTheObjectUntracked) {
  Class("N", 2);
  Start();
  ObjId a = ApiNew("a", 0);
  EXPECT_EQ(heap().Count()[0], 1);
  EXPECT_FALSE(GcIsTracked(heap().Get(a)));
  EXPECT_TRUE(heap().ObjectsInGeneration(0).empty());
  New("b", "N");  // PyType_GenericAlloc tracks at once
  EXPECT_TRUE(GcIsTracked(O("b")));
  heap().VerifyHeap();
}

TEST_F(CapiTest, GcNewMayRunAnAutomaticCollectionBeforeTheObjectExists) {
  Class("N", 1);
  Start();
  const int32_t one = 1;
  heap().SetThresholds(std::span<const int32_t>(&one, 1));
  New("x", "N");  // count0 = 1: not above the threshold yet
  EXPECT_EQ(Log(), "");
  ApiNew("a", 0);  // count0 = 2 > 1: gen 0 collected first
  EXPECT_EQ(Log(), "collect 0 0 auto");
  EXPECT_EQ(heap().ObjectsInGeneration(1), std::vector<ObjId>{Id("x")});
}

TEST_F(CapiTest, GcTrackAppendsToGenZeroOnceAndUnTrackIsIdempotent) {
  Class("N", 1);
  Start();
  New("b", "N");
  ObjId a = ApiNew("a", 0);
  EXPECT_TRUE(GcTrack(heap(), O("a")));
  EXPECT_FALSE(GcTrack(heap(), O("a")));  // CPython asserts: an error here
  EXPECT_EQ(heap().ObjectsInGeneration(0), (std::vector<ObjId>{Id("b"), a}));
  EXPECT_TRUE(GcUnTrack(heap(), O("a")));
  EXPECT_TRUE(GcUnTrack(heap(), O("a")));
  EXPECT_FALSE(GcIsTracked(O("a")));
  EXPECT_EQ(heap().ObjectsInGeneration(0), std::vector<ObjId>{Id("b")});
  heap().VerifyHeap();
}

TEST_F(CapiTest, AnUntrackedCycleIsInvisibleToTheCollectorUntilTracked) {
  Class("N", 1);
  Start();
  ApiNew("a", 0);
  Set("a", 0, "a");
  Del("a");
  EXPECT_EQ(heap().Collect(2), 0);
  EXPECT_TRUE(Alive("a"));
  ASSERT_TRUE(GcTrack(heap(), O("a")));
  EXPECT_EQ(heap().Collect(2), 1);
  EXPECT_FALSE(Alive("a"));
}

TEST_F(CapiTest, GcDelFreesTheSoleOwnerAndDecrementsCountZero) {
  Class("N", 1);
  Start();
  ObjId a = ApiNew("a", 0);
  New("b", "N");
  Set("b", 0, "a");  // a now has two references
  EXPECT_FALSE(GcDel(heap(), heap().Get(a)));
  EXPECT_TRUE(Alive("a"));
  Clear("b", 0);
  EXPECT_EQ(heap().Count()[0], 2);
  names_.erase("a");  // the name's reference is the one GcDel drops
  EXPECT_TRUE(GcDel(heap(), heap().Get(a)));
  EXPECT_FALSE(Alive("a"));
  EXPECT_EQ(heap().Count()[0], 1);
  EXPECT_EQ(Full(), "free a");
}

int CountVisits(Object*, void* arg) {
  ++*static_cast<int*>(arg);
  return 0;
}

struct StopAt {
  Object* target;
  std::vector<ObjId> seen;
};
int StopAtTarget(Object* r, void* arg) {
  auto* s = static_cast<StopAt*>(arg);
  s->seen.push_back(r->id);
  return r == s->target ? 7 : 0;
}

TEST_F(CapiTest, GcTraverseVisitsInTraverseOrderAndStopsAtFirstNonZero) {
  Class("N", 1);
  Start();
  New("a", "N");
  New("b", "N");
  New("c", "N");
  MakeList("l", {"a", "b", "c"});
  int n = 0;
  EXPECT_EQ(GcTraverse(O("l"), &CountVisits, &n), 0);
  EXPECT_EQ(n, 3);
  StopAt s{O("b"), {}};
  EXPECT_EQ(GcTraverse(O("l"), &StopAtTarget, &s), 7);
  // Lists traverse in reverse index order: c, then b stops it; a unseen.
  EXPECT_EQ(s.seen, (std::vector<ObjId>{Id("c"), Id("b")}));
}

TEST_F(CapiTest, GcClearBreaksACycleAndTuplesHaveNoClear) {
  Class("N", 1);
  Start();
  New("a", "N");
  New("b", "N");
  Set("a", 0, "b");
  Set("b", 0, "a");
  MakeTuple("t", {"a"});
  EXPECT_EQ(GcClear(heap(), O("t")), -1);
  Del("b");
  EXPECT_EQ(GcClear(heap(), O("a")), 0);  // drops a -> b: b freed
  EXPECT_FALSE(Alive("b"));
  EXPECT_TRUE(Alive("a"));
  heap().VerifyHeap();
}

TEST_F(CapiTest,
       GcCollectIsZeroWhenDisabledAndOtherwiseAFullCollectionWithCallbacks) {
  Class("N", 1);
  Start();
  New("a", "N");
  Set("a", 0, "a");
  Del("a");
  heap().AddGcCallback(0);
  EXPECT_EQ(GcDisable(heap()), 1);
  EXPECT_EQ(GcCollect(heap()), 0);
  EXPECT_EQ(Log(), "");
  EXPECT_TRUE(Alive("a"));
  EXPECT_EQ(GcEnable(heap()), 0);
  EXPECT_EQ(GcCollect(heap()), 1);
  EXPECT_EQ(Log(), "gc_start 2, collect 2 1, gc_stop 2 1 0");
}

TEST_F(CapiTest, GcCollectInsideACollectionReturnsZero) {
  Class("D", 1, /*del=*/true);
  Start();
  ObjId a = New("a", "D");
  Set("a", 0, "a");
  Del("a");
  int64_t nested = -1;
  host_.on_del[a] = [&] { nested = GcCollect(heap()); };
  EXPECT_EQ(GcCollect(heap()), 1);
  EXPECT_EQ(nested, 0);
}

TEST_F(CapiTest, EnableDisableReturnThePreviousState) {
  Start();
  EXPECT_EQ(GcIsEnabled(heap()), 1);
  EXPECT_EQ(GcEnable(heap()), 1);
  EXPECT_EQ(GcDisable(heap()), 1);
  EXPECT_EQ(GcDisable(heap()), 0);
  EXPECT_EQ(GcIsEnabled(heap()), 0);
  EXPECT_EQ(GcEnable(heap()), 0);
  EXPECT_EQ(GcIsEnabled(heap()), 1);
}

}  // namespace
}  // namespace gcfuzz::collector::testing
