// tests/collector/observer_verify_test.cc — the observer hooks report what
// a collection decided, and VerifyHeap catches planted corruption of each
// of its invariants (one death test per label of collector/verify.cc).
#include "tests/collector/collector_test_support.h"

namespace gcfuzz::collector::testing {
namespace {

class RecordingObserver : public Observer {
 public:
  std::vector<std::string> calls;
  CollectionReport last;
  std::vector<ObjId> after_finalize;
  std::vector<ObjectInfo> at_start;
  void OnCollectionStart(const Heap& heap, int gen) override {
    calls.push_back("start " + std::to_string(gen));
    at_start.clear();
    heap.ForEachObject(
        [&](const ObjectInfo& info) { at_start.push_back(info); });
  }
  void AfterFinalize(const Heap&,
                     const std::vector<ObjId>& unreachable) override {
    calls.push_back("after_finalize");
    after_finalize = unreachable;
  }
  void OnCollectionEnd(const Heap&, const CollectionReport& report) override {
    calls.push_back("end");
    last = report;
  }
};

using Observation = CollectorFixture;

TEST_F(Observation, ReportNamesUnreachableLegacyResurrectedAndFreedSets) {
  Class("D", 2, /*del=*/true);
  Class("L", 1, /*del=*/false, /*tp_del=*/true);
  Start();
  RecordingObserver obs;
  backend_.heap().set_observer(&obs);
  New("keep", "D");  // reachable: never in the report
  New("a", "D");
  New("b", "D");
  Set("a", 0, "b");
  Set("b", 0, "a");
  New("z", "D");
  Set("z", 0, "z");
  host_.on_del[Id("z")] = [&] { Let("saved", Id("z")); };
  New("l", "L");
  Set("l", 0, "l");
  Del("a");
  Del("b");
  Del("z");
  Del("l");
  EXPECT_EQ(Collect(), 3);
  EXPECT_EQ(obs.calls,
            (std::vector<std::string>{"start 2", "after_finalize", "end"}));
  EXPECT_EQ(Labels(obs.last.unreachable),
            (std::vector<std::string>{"a", "b", "z", "l"}));
  EXPECT_EQ(Labels(obs.last.finalizers), (std::vector<std::string>{"l"}));
  EXPECT_EQ(Labels(obs.after_finalize),
            (std::vector<std::string>{"a", "b", "z"}));
  EXPECT_EQ(Labels(obs.last.resurrected), (std::vector<std::string>{"z"}));
  EXPECT_EQ(Labels(obs.last.final_unreachable),
            (std::vector<std::string>{"a", "b"}));
  // Clearing a frees b first (a is pinned around its tp_clear).
  EXPECT_EQ(Labels(obs.last.freed), (std::vector<std::string>{"b", "a"}));
  EXPECT_EQ(obs.last.collected, 2);
  EXPECT_EQ(obs.last.uncollectable, 1);
  // At the start every object was in generation 2 (merged), with the
  // runner's references visible.
  ASSERT_EQ(obs.at_start.size(), 5u);
  for (const ObjectInfo& info : obs.at_start)
    EXPECT_EQ(info.location, Location::kGen2);
  EXPECT_EQ(obs.at_start[0].runner_refs, 1);  // keep
  EXPECT_EQ(obs.at_start[1].runner_refs, 0);  // a
  backend_.heap().set_observer(nullptr);
}

TEST_F(Observation, NestedCollectIsNotReported) {
  Class("D", 1, /*del=*/true);
  Start();
  RecordingObserver obs;
  backend_.heap().set_observer(&obs);
  New("s", "D");
  Set("s", 0, "s");
  host_.on_del[Id("s")] = [&] { backend_.Collect(0); };
  Del("s");
  Collect();
  EXPECT_EQ(obs.calls,
            (std::vector<std::string>{"start 2", "after_finalize", "end"}));
  backend_.heap().set_observer(nullptr);
}

TEST_F(Observation, InspectionReportsWeakrefsAndGarbage) {
  Class("N", 1, /*del=*/false, /*tp_del=*/true);
  Start();
  New("n", "N");
  Set("n", 0, "n");
  Ref("basic", "n", false);
  Ref("cb", "n", true);
  std::vector<WeakrefInfo> w =
      backend_.heap().WeakrefsOf(backend_.heap().Get(Id("n")));
  ASSERT_EQ(w.size(), 2u);
  EXPECT_EQ(host_.L(w[0].weakref), "basic");
  EXPECT_FALSE(w[0].has_callback);
  EXPECT_TRUE(w[1].has_callback);
  Del("n");
  Collect();
  ObjectInfo info = backend_.heap().Info(backend_.heap().Get(Id("n")));
  EXPECT_EQ(info.garbage_refs, 1);
  EXPECT_EQ(info.refcount, 2);  // itself + gc.garbage
  EXPECT_TRUE(info.has_tp_del);
  EXPECT_EQ(info.location, Location::kGen2);
}

// ReferentEdges is gc.get_referents with each reference's place: the same
// ids in the same (tp_traverse) order, ints and None left out.
TEST_F(Observation, ReferentEdgesNameEachPlaceInTraverseOrder) {
  using Via = ReferentEdge::Via;
  Class("N", 3);
  Start();
  New("n", "N");
  MakeList("l", {"n", "5", "n"});
  MakeTuple("t", {"l", "none", "n"});
  MakeDict("d");
  Set("d", 7, "t");
  Set("d", -2, "n");
  Set("n", 2, "d");
  Set("n", 0, "l");
  const Heap& heap = backend_.heap();
  auto edges = [&](const std::string& label) {
    return heap.ReferentEdges(heap.Get(Id(label)));
  };
  const ObjId n = Id("n"), l = Id("l"), t = Id("t"), d = Id("d");
  EXPECT_EQ(edges("n"), (std::vector<ReferentEdge>{{l, Via::kSlot, 0},
                                                   {d, Via::kSlot, 2}}));
  EXPECT_EQ(edges("l"), (std::vector<ReferentEdge>{{n, Via::kItem, 2},
                                                   {n, Via::kItem, 0}}));
  EXPECT_EQ(edges("t"), (std::vector<ReferentEdge>{{n, Via::kItem, 2},
                                                   {l, Via::kItem, 0}}));
  EXPECT_EQ(edges("d"),
            (std::vector<ReferentEdge>{{t, Via::kKey, 7}, {n, Via::kKey, -2}}));
  for (const char* label : {"n", "l", "t", "d"}) {
    std::vector<ObjId> ids;
    for (const ReferentEdge& e : edges(label)) ids.push_back(e.id);
    EXPECT_EQ(ids, heap.ReferentIds(heap.Get(Id(label)))) << label;
  }
}

using VerifyHeapDeathTest = CollectorFixture;

// The tests below that plant their corruption inside EXPECT_DEATH's
// statement corrupt only the child process, so the fixture's heap stays
// whole for TearDown's VerifyHeap.

// L1
TEST_F(VerifyHeapDeathTest, CatchesAListWhosePrevLinkDisagreesWithItsNext) {
  Start();
  MakeList("l");
  MakeList("m");
  Object* m = backend_.heap().Get(Id("m"));
  EXPECT_DEATH(
      {
        SetPrev(&m->gc, &m->gc);  // l.next == m, but m.prev no longer l
        backend_.heap().VerifyHeap();
      },
      "list links inconsistent");
}

// R1
TEST_F(VerifyHeapDeathTest, CatchesARefcountThatDisagreesWithTheHeap) {
  Class("N", 1);
  Start();
  New("a", "N");
  MakeList("l", {"a"});
  backend_.heap().VerifyHeap();  // consistent
  Object* a = backend_.heap().Get(Id("a"));
  a->refcnt += 1;  // planted bug: a leaked reference
  EXPECT_DEATH(backend_.heap().VerifyHeap(), "refcount != heap \\+ runner");
  a->refcnt -= 1;
}

// F1
TEST_F(VerifyHeapDeathTest, CatchesFinalizedBitOnObjectWithoutDel) {
  Start();
  MakeList("l");
  Object* l = backend_.heap().Get(Id("l"));
  SetFinalized(&l->gc);
  EXPECT_DEATH(backend_.heap().VerifyHeap(),
               "FINALIZED on an object without __del__");
  l->gc.prev &= ~kPrevFinalized;
}

// L2
TEST_F(VerifyHeapDeathTest, CatchesATrackedObjectMissingFromEveryList) {
  Start();
  MakeList("l");
  MakeList("m");
  Object* l = backend_.heap().Get(Id("l"));
  GcHead saved = l->gc;
  // Unlink l from generation 0 but leave its header looking tracked.
  GcHead* prev = Prev(&l->gc);
  GcHead* next = Next(&l->gc);
  SetNext(prev, next);
  SetPrev(next, prev);
  EXPECT_DEATH(backend_.heap().VerifyHeap(),
               "tracked object in no generation list");
  SetNext(prev, &l->gc);
  SetPrev(next, &l->gc);
  l->gc = saved;
}

// R2
TEST_F(VerifyHeapDeathTest, CatchesAReferenceToAnObjectTheHeapDoesNotHold) {
  Class("N", 1);
  Start();
  New("a", "N");
  auto* a = static_cast<Instance*>(backend_.heap().Get(Id("a")));
  EXPECT_DEATH(
      {
        // Memory the heap never registered stands for a freed object
        // without reading freed memory (ASan builds).
        a->slots()[0] = Slot::Obj(AllocInstance(0));
        backend_.heap().VerifyHeap();
      },
      "holds a reference to a freed object");
}

// R3
TEST_F(VerifyHeapDeathTest, CatchesALiveListThatIsNotTracked) {
  Start();
  MakeList("l");
  Object* l = backend_.heap().Get(Id("l"));
  EXPECT_DEATH(
      {
        ListRemove(&l->gc);  // untracked, with a clean header
        backend_.heap().VerifyHeap();
      },
      "live instance/list/weakref is untracked");
}

// W1
TEST_F(VerifyHeapDeathTest, CatchesAWeakrefMissingFromItsReferentsList) {
  Class("N", 1);
  Start();
  New("n", "N");
  Ref("w", "n", /*callback=*/false);
  auto* n = static_cast<Instance*>(backend_.heap().Get(Id("n")));
  EXPECT_DEATH(
      {
        n->weaklist = nullptr;  // w still names n as its referent
        backend_.heap().VerifyHeap();
      },
      "a weakref with a referent is missing from its referent's list");
}

// C1
TEST_F(VerifyHeapDeathTest, CatchesANegativeRunnerReferenceCount) {
  Class("N", 1);
  Start();
  New("a", "N");
  Object* a = backend_.heap().Get(Id("a"));
  EXPECT_DEATH(
      {
        // Both fields move together, so R1's sum still holds.
        a->runner_refs -= 2;
        a->refcnt -= 2;
        backend_.heap().VerifyHeap();
      },
      "negative runner references");
}

}  // namespace
}  // namespace gcfuzz::collector::testing
