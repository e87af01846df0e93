// Hand-made heaps with known answers. Each test is a small named graph from
// cpython-3.11-gc.md (sections 3 and 6), written as the oracle sees it, and
// documents one rule of the collection while it tests it.
#include "oracle/predict.h"

#include <gtest/gtest.h>

#include "tests/oracle/heap_builder.h"

namespace gcfuzz::oracle {
namespace {

using testing::HeapBuilder;
using Ids = std::vector<ObjId>;

CollectionPrediction Predict(const HeapSnapshot& s) {
  Result<CollectionPrediction> p = PredictCollection(s);
  EXPECT_TRUE(p.ok()) << p.error() << "\n" << DescribeSnapshot(s);
  return p.ok() ? *p : CollectionPrediction{};
}

TEST(PredictCollection, TwoCycleIsUnreachable) {
  HeapBuilder h;
  ObjId a = h.Instance(Where::kGen0, /*del=*/true);
  ObjId b = h.Instance(Where::kGen0, /*del=*/true);
  h.Ref(a, b).Ref(b, a);
  CollectionPrediction p = Predict(h.Build(0));
  EXPECT_EQ(p.collected, (Ids{a, b}));
  EXPECT_EQ(p.unreachable, (Ids{a, b}));
  EXPECT_EQ(p.gc_refs.at(a), 0);
  EXPECT_TRUE(p.legacy.empty());
  EXPECT_EQ(p.finalizable, (Ids{a, b}));
  EXPECT_EQ(p.del_calls, (Ids{a, b}));
}

TEST(PredictCollection, SelfLoopWithExternalRefSurvives) {
  HeapBuilder h;
  ObjId a = h.Instance();
  h.Ref(a, a).External(a);
  CollectionPrediction p = Predict(h.Build(2));
  EXPECT_EQ(p.collected, (Ids{a}));
  EXPECT_EQ(p.gc_refs.at(a), 1);
  EXPECT_TRUE(p.unreachable.empty());
}

TEST(PredictCollection, ChainHangingOffCycleIsFinalizedInListOrder) {
  // 6.B-5: C-before -> ring A<->B -> D-after, nothing held: all four are
  // unreachable and finalized in list (allocation) order.
  HeapBuilder h;
  ObjId c = h.Instance(Where::kGen0, true);
  ObjId a = h.Instance(Where::kGen0, true);
  ObjId b = h.Instance(Where::kGen0, true);
  ObjId d = h.Instance(Where::kGen0, true);
  h.Ref(a, c).Ref(a, b).Ref(b, a).Ref(b, d);
  CollectionPrediction p = Predict(h.Build(2));
  EXPECT_EQ(p.unreachable, (Ids{c, a, b, d}));
  EXPECT_EQ(p.del_calls, (Ids{c, a, b, d}));
}

TEST(PredictCollection, ExternallyHeldChainKeepsEverythingItReaches) {
  // 3.2.4: C -> B -> A with C held from outside: nothing is unreachable.
  HeapBuilder h;
  ObjId a = h.Instance();
  ObjId b = h.Instance();
  ObjId c = h.Instance();
  h.Ref(c, b).Ref(b, a).External(c);
  CollectionPrediction p = Predict(h.Build(2));
  EXPECT_EQ(p.gc_refs.at(a), 0);
  EXPECT_EQ(p.gc_refs.at(b), 0);
  EXPECT_TRUE(p.unreachable.empty());
}

TEST(PredictCollection, FinalizedObjectGetsNoSecondDel) {
  HeapBuilder h;
  ObjId z = h.Instance(Where::kGen0, true);
  ObjId y = h.Instance(Where::kGen0, true);
  h.Ref(z, z).Ref(y, y).Finalized(z);
  CollectionPrediction p = Predict(h.Build(0));
  EXPECT_EQ(p.unreachable, (Ids{z, y}));
  EXPECT_EQ(p.del_calls, (Ids{y}));
}

TEST(PredictCollection, FullCollectionMergesGen2ThenGen0ThenGen1) {
  // 6.B-3: self-cycles Z (gen2), X (gen1), Y (gen0): collect() finalizes
  // Z, Y, X; collect(1) sees X, Y.
  HeapBuilder h;
  ObjId x = h.Instance(Where::kGen1, true);
  ObjId y = h.Instance(Where::kGen0, true);
  ObjId z = h.Instance(Where::kGen2, true);
  h.Ref(x, x).Ref(y, y).Ref(z, z);
  EXPECT_EQ(Predict(h.Build(2)).del_calls, (Ids{z, y, x}));
  EXPECT_EQ(Predict(h.Build(1)).del_calls, (Ids{x, y}));
  EXPECT_EQ(Predict(h.Build(0)).del_calls, (Ids{y}));
}

TEST(PredictCollection, OlderGenerationReferrerIsExternal) {
  // o (gen2) -> y <-> z (gen0): a young collection must keep y and z; a
  // full one sees o too, and with nothing holding o all three go.
  HeapBuilder h;
  ObjId o = h.Instance(Where::kGen2);
  ObjId y = h.Instance(Where::kGen0);
  ObjId z = h.Instance(Where::kGen0);
  h.Ref(o, y).Ref(y, z).Ref(z, y).Ref(y, o);
  CollectionPrediction young = Predict(h.Build(0));
  EXPECT_EQ(young.collected, (Ids{y, z}));
  EXPECT_EQ(young.gc_refs.at(y), 1);
  EXPECT_TRUE(young.unreachable.empty());
  CollectionPrediction full = Predict(h.Build(2));
  EXPECT_EQ(full.unreachable, (Ids{o, y, z}));
}

TEST(PredictCollection, PermanentGenerationIsNeverCollectedAndIsExternal) {
  // A frozen self-cycle p refers to young y: p is never examined, so its
  // reference keeps y; and frozen garbage is never collected (6.B-23).
  HeapBuilder h;
  ObjId p = h.Instance(Where::kPermanent, true);
  ObjId y = h.Instance(Where::kGen0, true);
  h.Ref(p, p).Ref(p, y).Ref(y, y);
  CollectionPrediction pred = Predict(h.Build(2));
  EXPECT_EQ(pred.collected, (Ids{y}));
  EXPECT_TRUE(pred.unreachable.empty());
  EXPECT_TRUE(pred.del_calls.empty());
}

TEST(PredictCollection, UntrackedReferrerCountsAsExternal) {
  // An untracked tuple is never scanned, so its reference is never
  // subtracted: y must survive even though only the tuple holds it.
  HeapBuilder h;
  ObjId t = h.Container(ObjKind::kTuple, Where::kUntracked);
  ObjId y = h.Instance(Where::kGen0);
  h.Ref(t, y).Ref(y, y).External(t);
  CollectionPrediction p = Predict(h.Build(2));
  EXPECT_EQ(p.collected, (Ids{y}));
  EXPECT_EQ(p.gc_refs.at(y), 1);
  EXPECT_TRUE(p.unreachable.empty());
}

TEST(PredictCollection, GcGarbageEntryIsExternal) {
  HeapBuilder h;
  ObjId a = h.Instance();
  h.Ref(a, a).Garbage(a);
  EXPECT_TRUE(Predict(h.Build(2)).unreachable.empty());
}

TEST(PredictCollection, LegacyFinalizerClosureIsUncollectable) {
  // 3.11 legacy mix: legacy a in a self-cycle, b (with __del__) reachable
  // from a, c in a self-cycle referring to a; wb on b, wc (callback) on c.
  // F = [a, b]: no __del__ for b, wb kept; c is finalized, wc fires.
  HeapBuilder h;
  ObjId a = h.Instance(Where::kGen0, false, /*tp_del=*/true);
  ObjId b = h.Instance(Where::kGen0, true);
  ObjId c = h.Instance(Where::kGen0, true);
  h.Ref(a, a).Ref(a, b).Ref(c, c).Ref(c, a);
  ObjId wb = h.Weakref(b, false);
  ObjId wc = h.Weakref(c, true);
  h.External(wb).External(wc);
  CollectionPrediction p = Predict(h.Build(2));
  EXPECT_EQ(p.unreachable, (Ids{a, b, c}));
  EXPECT_EQ(p.legacy, (Ids{a, b}));
  EXPECT_EQ(p.legacy_at_risk, Ids{});  // a holds itself, a holds b
  EXPECT_EQ(p.finalizable, (Ids{c}));
  EXPECT_EQ(p.cleared_weakrefs, (Ids{wc}));
  EXPECT_EQ(p.callbacks, (Ids{wc}));
  EXPECT_EQ(p.del_calls, (Ids{c}));
}

TEST(PredictCollection, LegacyClosureIsBreadthFirstInTraverseOrder) {
  // Roots in unreachable order first, then what they reach, level by level.
  HeapBuilder h;
  ObjId x = h.Instance();
  ObjId l1 = h.Instance(Where::kGen0, false, true);
  ObjId y = h.Instance();
  ObjId l2 = h.Instance(Where::kGen0, false, true);
  ObjId z = h.Instance();
  h.Ref(l1, z).Ref(l1, x).Ref(x, y).Ref(l2, l1).Ref(z, l2).Ref(y, y);
  CollectionPrediction p = Predict(h.Build(2));
  EXPECT_EQ(p.legacy, (Ids{l1, l2, z, x, y}));
  EXPECT_TRUE(p.finalizable.empty());
}

TEST(PredictCollection, TrashWeakrefCallbackNeverRuns) {
  // 6.B-8: A.me = A; A.w = ref(A, cb) in the trash; an outside ref(A,
  // cb_ext). Only cb_ext runs; both weakrefs die. The list is newest first.
  HeapBuilder h;
  ObjId a = h.Instance();
  ObjId w = h.Weakref(a, true);
  ObjId ext = h.Weakref(a, true);
  h.Ref(a, a).Ref(a, w).External(ext);
  CollectionPrediction p = Predict(h.Build(2));
  EXPECT_EQ(p.unreachable, (Ids{a, w}));
  EXPECT_EQ(p.cleared_weakrefs, (Ids{ext, w}));
  EXPECT_EQ(p.callbacks, (Ids{ext}));
}

TEST(PredictCollection, TrashWeakrefToLiveObjectIsClearedWithoutCallback) {
  // 6.B-11: a weakref in the unreachable set dies even though its referent
  // lives, and its callback never runs.
  HeapBuilder h;
  ObjId live = h.Instance();
  ObjId trash = h.Instance();
  ObjId w = h.Weakref(live, true);
  h.External(live).Ref(trash, trash).Ref(trash, w);
  CollectionPrediction p = Predict(h.Build(2));
  EXPECT_EQ(p.unreachable, (Ids{trash, w}));
  EXPECT_EQ(p.cleared_weakrefs, (Ids{w}));
  EXPECT_TRUE(p.callbacks.empty());
}

TEST(PredictCollection, OutsideWeakrefCallbacksRunNewestFirstPerObject) {
  // 6.B-6: refs a1, a2 (callbacks) and a basic ref on A, b1 on B, A <-> B:
  // A's list is [basic, a2, a1]; callbacks a2, a1, b1; all cleared first.
  HeapBuilder h;
  ObjId a = h.Instance(Where::kGen0, true);
  ObjId b = h.Instance(Where::kGen0, true);
  h.Ref(a, b).Ref(b, a);
  ObjId a1 = h.Weakref(a, true, Where::kGen1);
  ObjId a2 = h.Weakref(a, true, Where::kGen1);
  ObjId basic = h.Weakref(a, false, Where::kGen1);
  ObjId b1 = h.Weakref(b, true, Where::kGen1);
  for (ObjId w : {a1, a2, basic, b1}) h.External(w);
  CollectionPrediction p = Predict(h.Build(0));
  EXPECT_EQ(p.cleared_weakrefs, (Ids{basic, a2, a1, b1}));
  EXPECT_EQ(p.callbacks, (Ids{a2, a1, b1}));
  EXPECT_EQ(p.del_calls, (Ids{a, b}));
}

TEST(PredictCollection, WeakrefInLegacyClosureGetsItsCallback) {
  // Verified on 3.11.7: legacy l (self-cycle) holds w = ref(x, cb), x a
  // trash self-cycle. w is in F, lost COLLECTING, so cb runs.
  HeapBuilder h;
  ObjId l = h.Instance(Where::kGen0, false, true);
  ObjId x = h.Instance();
  ObjId w = h.Weakref(x, true);
  h.Ref(l, l).Ref(l, w).Ref(x, x);
  CollectionPrediction p = Predict(h.Build(2));
  EXPECT_EQ(p.legacy, (Ids{l, w}));
  EXPECT_EQ(p.finalizable, (Ids{x}));
  EXPECT_EQ(p.callbacks, (Ids{w}));
}

TEST(PredictCollection, WeakrefsToLegacyObjectsAreKept) {
  // test_legacy_self_cycle: the legacy object's weakref stays alive.
  HeapBuilder h;
  ObjId l = h.Instance(Where::kGen0, true, true);
  ObjId w = h.Weakref(l, true);
  h.Ref(l, l).External(w);
  CollectionPrediction p = Predict(h.Build(2));
  EXPECT_EQ(p.legacy, (Ids{l}));
  EXPECT_TRUE(p.cleared_weakrefs.empty());
  EXPECT_TRUE(p.callbacks.empty());
  EXPECT_TRUE(p.del_calls.empty());
}

TEST(PredictCollection, TrashWeakrefToLegacyObjectIsCleared) {
  // Found by the random-program check: a weakref in U\F is cleared even
  // when its referent is in F, so F's weakref lists can lose entries.
  HeapBuilder h;
  ObjId l = h.Instance(Where::kGen0, false, true);
  ObjId holder = h.Container(ObjKind::kList);
  ObjId w = h.Weakref(l, true);
  h.Ref(holder, w).Ref(holder, holder).Ref(holder, l);
  CollectionPrediction p = Predict(h.Build(2));
  EXPECT_EQ(p.legacy, (Ids{l}));
  EXPECT_EQ(p.finalizable, (Ids{holder, w}));
  EXPECT_EQ(p.legacy_at_risk, (Ids{l}));
  EXPECT_EQ(p.cleared_weakrefs, (Ids{w}));
  EXPECT_TRUE(p.callbacks.empty());
}

TEST(PredictCollection, LegacyObjectHeldOnlyByFinalizableIsAtRisk) {
  HeapBuilder h;
  ObjId y = h.Instance();
  ObjId r = h.Instance(Where::kGen0, false, true);
  ObjId z = h.Instance();
  h.Ref(y, y).Ref(y, r).Ref(r, z);
  CollectionPrediction p = Predict(h.Build(2));
  EXPECT_EQ(p.legacy, (Ids{r, z}));
  EXPECT_EQ(p.legacy_at_risk, (Ids{r}));
  EXPECT_EQ(p.finalizable, (Ids{y}));
}

TEST(PredictCollection, RejectsMalformedSnapshotWithClearError) {
  HeapBuilder h;
  ObjId a = h.Instance();
  h.External(a);
  HeapSnapshot s = h.Build(2);
  s.objects[0].refs.push_back(99);
  Result<CollectionPrediction> p = PredictCollection(s);
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.error(), "object 0 refers to 99, which is not in the snapshot");
}

TEST(PredictCollection, RejectsWorkingListObjectsAtTheStart) {
  HeapBuilder h;
  ObjId a = h.Instance(Where::kUntracked);
  h.External(a);
  HeapSnapshot s = h.Build(2);
  s.objects[0].in_working_list = true;
  Result<CollectionPrediction> p = PredictCollection(s);
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.error(),
            "object 0 is in a collection's working list, outside any "
            "collection");
}

// --- after finalizers: resurrection -------------------------------------

TEST(PredictResurrection, ResurrectedObjectDragsItsCargo) {
  // 3.8: z.me = z, y.z = z, z.y = y; z's __del__ saves z in a root.
  HeapBuilder h;
  ObjId z = h.Instance(Where::kGen0, true);
  ObjId y = h.Instance(Where::kGen0, true);
  h.Ref(z, z).Ref(y, z).Ref(z, y);
  CollectionPrediction p = Predict(h.Build(0));
  ASSERT_EQ(p.finalizable, (Ids{z, y}));
  HeapSnapshot after = h.External(z).Finalized(z).Finalized(y).Build(0);
  Result<ResurrectionPrediction> r =
      PredictResurrection(p, after, p.finalizable);
  ASSERT_TRUE(r.ok()) << r.error();
  EXPECT_EQ(r->resurrected, (Ids{z, y}));
  EXPECT_TRUE(r->final_unreachable.empty());
}

TEST(PredictResurrection, ResurrectionDoesNotBlockOtherGarbage) {
  // test_resurrection_does_not_block_cleanup_of_other_objects.
  HeapBuilder h;
  ObjId a1 = h.Instance(Where::kGen0, true);
  ObjId zed = h.Instance(Where::kGen0, true);
  ObjId a2 = h.Instance(Where::kGen0, true);
  h.Ref(a1, a1).Ref(zed, zed).Ref(a2, a2);
  CollectionPrediction p = Predict(h.Build(2));
  HeapSnapshot after = h.External(zed).Build(2);
  Result<ResurrectionPrediction> r =
      PredictResurrection(p, after, p.finalizable);
  ASSERT_TRUE(r.ok()) << r.error();
  EXPECT_EQ(r->resurrected, (Ids{zed}));
  EXPECT_EQ(r->final_unreachable, (Ids{a1, a2}));
}

TEST(PredictResurrection, NewCycleThroughOutsideObjectResurrects) {
  // 3.8.5: a finalizer links a survivor from an object outside the set.
  HeapBuilder h;
  ObjId out = h.Instance(Where::kGen1);
  ObjId a = h.Instance(Where::kGen0, true);
  h.External(out).Ref(a, a);
  CollectionPrediction p = Predict(h.Build(0));
  HeapSnapshot after = h.Ref(out, a).Build(0);
  Result<ResurrectionPrediction> r =
      PredictResurrection(p, after, p.finalizable);
  ASSERT_TRUE(r.ok()) << r.error();
  EXPECT_EQ(r->resurrected, (Ids{a}));
}

TEST(PredictResurrection, RejectsSurvivorOutsideTheFinalizableSet) {
  HeapBuilder h;
  ObjId a = h.Instance();
  ObjId b = h.Instance();
  h.Ref(a, a).External(b);
  CollectionPrediction p = Predict(h.Build(2));
  HeapSnapshot after = h.Build(2);
  Ids bad{b};
  Result<ResurrectionPrediction> r = PredictResurrection(p, after, bad);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error(), "survivor 1 was not in the finalizable set");
}

TEST(PredictResurrection, RejectsSurvivorsOutOfListOrder) {
  HeapBuilder h;
  ObjId a = h.Instance();
  ObjId b = h.Instance();
  h.Ref(a, a).Ref(b, b);
  CollectionPrediction p = Predict(h.Build(2));
  Ids swapped{b, a};
  Result<ResurrectionPrediction> r =
      PredictResurrection(p, h.Build(2), swapped);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error(), "survivor 0 is out of the unreachable list's order");
}

// --- at the end: counts and gc.garbage --------------------------------------

TEST(PredictCounts, LegacyMixReturnsThreeAndAppendsOnlyTheLegacyObject) {
  // 3.11 (verified): ret 3 = m 1 (c) + n 2 (a, b); gc.garbage == [a].
  HeapBuilder h;
  ObjId a = h.Instance(Where::kGen0, false, true);
  ObjId b = h.Instance(Where::kGen0, true);
  ObjId c = h.Instance(Where::kGen0, true);
  h.Ref(a, a).Ref(a, b).Ref(c, c).Ref(c, a);
  CollectionPrediction p = Predict(h.Build(2));
  Result<ResurrectionPrediction> r =
      PredictResurrection(p, h.Finalized(c).Build(2), p.finalizable);
  ASSERT_TRUE(r.ok()) << r.error();
  EXPECT_EQ(r->final_unreachable, (Ids{c}));
  h.Free(c).Garbage(a).Move(a, Where::kGen2).Move(b, Where::kGen2);
  Result<CountPrediction> n = PredictCounts(p, *r, h.Build(2), 0, {});
  ASSERT_TRUE(n.ok()) << n.error();
  EXPECT_EQ(n->collected, 1);
  EXPECT_EQ(n->uncollectable, 2);
  EXPECT_EQ(n->found(), 3);
  EXPECT_EQ(n->garbage_appends, (Ids{a}));
}

TEST(PredictCounts, WeakrefInLegacyClosureWithCallbackIsNotUncollectable) {
  // Verified on 3.11.7: returns 2, not 3; gc.garbage == [l].
  HeapBuilder h;
  ObjId l = h.Instance(Where::kGen0, false, true);
  ObjId x = h.Instance();
  ObjId w = h.Weakref(x, true);
  h.Ref(l, l).Ref(l, w).Ref(x, x);
  CollectionPrediction p = Predict(h.Build(2));
  Result<ResurrectionPrediction> r =
      PredictResurrection(p, h.Build(2), p.finalizable);
  ASSERT_TRUE(r.ok()) << r.error();
  h.Free(x).Garbage(l).Move(l, Where::kGen2).Move(w, Where::kGen2);
  Result<CountPrediction> n = PredictCounts(p, *r, h.Build(2), 0, {});
  ASSERT_TRUE(n.ok()) << n.error();
  EXPECT_EQ(n->found(), 2);
  EXPECT_EQ(n->legacy_remaining, (Ids{l}));
  EXPECT_EQ(n->garbage_appends, (Ids{l}));
}

TEST(PredictCounts, LegacyObjectFreedInDeleteGarbageIsNotCounted) {
  // Verified on 3.11.7: y.me = y, y.r = L(), y.r.z = X(): returns 1 and
  // gc.garbage stays empty (L's tp_del runs from its dealloc).
  HeapBuilder h;
  ObjId y = h.Instance();
  ObjId r = h.Instance(Where::kGen0, false, true);
  ObjId z = h.Instance();
  h.Ref(y, y).Ref(y, r).Ref(r, z);
  CollectionPrediction p = Predict(h.Build(2));
  Result<ResurrectionPrediction> res =
      PredictResurrection(p, h.Build(2), p.finalizable);
  ASSERT_TRUE(res.ok()) << res.error();
  h.Free(y).Free(r).Free(z);
  Result<CountPrediction> n = PredictCounts(p, *res, h.Build(2), 0, {});
  ASSERT_TRUE(n.ok()) << n.error();
  EXPECT_EQ(n->found(), 1);
  EXPECT_TRUE(n->garbage_appends.empty());
}

TEST(PredictCounts, LegacyObjectResurrectedIntoGen0IsNotCounted) {
  HeapBuilder h;
  ObjId y = h.Instance();
  ObjId r = h.Instance(Where::kGen0, false, true);
  h.Ref(y, y).Ref(y, r);
  CollectionPrediction p = Predict(h.Build(2));
  Result<ResurrectionPrediction> res =
      PredictResurrection(p, h.Build(2), p.finalizable);
  ASSERT_TRUE(res.ok()) << res.error();
  h.Free(y).External(r).Move(r, Where::kGen0);
  Result<CountPrediction> n = PredictCounts(p, *res, h.Build(2), 0, {});
  ASSERT_TRUE(n.ok()) << n.error();
  EXPECT_EQ(n->found(), 1);
  EXPECT_TRUE(n->legacy_remaining.empty());
}

TEST(PredictCounts, WeakrefFreedByItsOwnCallbackIsCounted) {
  // 6.B-10: holder = [ref(A, cb)], cb empties holder; A a self-cycle: 2.
  HeapBuilder h;
  ObjId a = h.Instance();
  ObjId holder = h.Container(ObjKind::kList);
  ObjId w = h.Weakref(a, true);
  h.Ref(a, a).Ref(holder, w).External(holder);
  CollectionPrediction p = Predict(h.Build(2));
  ASSERT_EQ(p.callbacks, (Ids{w}));
  Result<ResurrectionPrediction> res =
      PredictResurrection(p, h.Build(2), p.finalizable);
  ASSERT_TRUE(res.ok()) << res.error();
  h.Free(w).Free(a);
  Result<CountPrediction> n = PredictCounts(p, *res, h.Build(2), 1, {});
  ASSERT_TRUE(n.ok()) << n.error();
  EXPECT_EQ(n->found(), 2);
  EXPECT_FALSE(PredictCounts(p, *res, h.Build(2), 2, {}).ok());
}

TEST(PredictCounts, SaveAllAppendsFinalThenLegacyInOrder) {
  // 3.11: under SAVEALL, final_unreachable first, then `finalizers`.
  HeapBuilder h;
  ObjId l = h.Instance(Where::kGen0, false, true);
  ObjId a = h.Instance(Where::kGen0, true);
  ObjId b = h.Instance();
  ObjId m = h.Container(ObjKind::kList);
  h.Ref(l, l).Ref(l, m).Ref(a, b).Ref(b, a);
  CollectionPrediction p = Predict(h.Build(2, /*saveall=*/true));
  EXPECT_EQ(p.legacy, (Ids{l, m}));
  Result<ResurrectionPrediction> res =
      PredictResurrection(p, h.Build(2, true), p.finalizable);
  ASSERT_TRUE(res.ok()) << res.error();
  for (ObjId g : {a, b, l, m}) h.Garbage(g).Move(g, Where::kGen2);
  Result<CountPrediction> n =
      PredictCounts(p, *res, h.Build(2, true), 0, {true, true});
  ASSERT_TRUE(n.ok()) << n.error();
  EXPECT_EQ(n->garbage_appends, (Ids{a, b, l, m}));
  EXPECT_EQ(n->found(), 4);
}

}  // namespace
}  // namespace gcfuzz::oracle
