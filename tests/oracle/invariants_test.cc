#include "oracle/invariants.h"

#include <gtest/gtest.h>

#include <random>

#include "tests/oracle/heap_builder.h"
#include "tests/oracle/random_heap.h"

namespace gcfuzz::oracle {
namespace {

using testing::HeapBuilder;

ExternalHolders HoldersOf(const HeapBuilder& h) {
  return ExternalHolders{h.external()};
}

std::vector<FindingKind> Kinds(const std::vector<Finding>& findings) {
  std::vector<FindingKind> kinds;
  for (const Finding& f : findings) kinds.push_back(f.kind);
  return kinds;
}

TEST(Invariants, ConsistentRandomHeapsPassRefcountAndDanglingChecks) {
  std::mt19937_64 rng(42);
  for (int i = 0; i < 2000; ++i) {
    HeapSnapshot s = testing::RandomHeap(rng);
    ExternalHolders holders{ExternalRefs(s)};
    for (ObjId g : s.garbage) holders.refs[g] -= 1;
    ASSERT_TRUE(CheckRefcounts(s, holders).empty()) << DescribeSnapshot(s);
    ASSERT_TRUE(CheckNothingFreedIsReferenced(s, holders, {}).empty());
    // Any single refcount off by one is caught, naming that object.
    ObjectInfo& victim = s.objects[i % s.objects.size()];
    victim.refcount += (i % 2) ? 1 : -1;
    std::vector<Finding> f = CheckRefcounts(s, holders);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].kind, FindingKind::kRefcountMismatch);
    EXPECT_NE(f[0].detail.find("object " + std::to_string(victim.id) + " "),
              std::string::npos)
        << f[0].detail;
  }
}

TEST(Invariants, RefcountMismatchNamesTheObject) {
  HeapBuilder h;
  ObjId a = h.Instance();
  ObjId b = h.Container(ObjKind::kList);
  h.Ref(b, a).External(b).Garbage(a);
  HeapSnapshot s = h.Build(2);
  EXPECT_TRUE(CheckRefcounts(s, HoldersOf(h)).empty());
  s.Find(a)->refcount = 3;  // a leaked reference
  std::vector<Finding> f = CheckRefcounts(s, HoldersOf(h));
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].ToString(),
            "refcount-mismatch: object 0 (instance) has refcount 3 but 2 "
            "references are held (heap, gc.garbage, outside holders)");
}

TEST(Invariants, HolderOfDeadObjectIsAMismatch) {
  HeapBuilder h;
  h.External(h.Instance());
  ExternalHolders holders = HoldersOf(h);
  holders.refs[5] = 1;
  EXPECT_EQ(Kinds(CheckRefcounts(h.Build(2), holders)),
            std::vector<FindingKind>{FindingKind::kRefcountMismatch});
}

TEST(Invariants, ReferenceToFreedObjectIsDangling) {
  HeapBuilder h;
  ObjId a = h.Instance();
  ObjId b = h.Instance();
  ObjId w = h.Weakref(b, true);
  h.Ref(a, b).External(a).External(w);
  HeapSnapshot s = h.Build(2);
  ExternalHolders holders = HoldersOf(h);
  EXPECT_TRUE(CheckNothingFreedIsReferenced(s, holders, {}).empty());
  // b "freed" but still in a's refs and with a weakref list: three reports.
  s.objects.erase(s.objects.begin() + 1);
  std::vector<Finding> f = CheckNothingFreedIsReferenced(s, holders, {b});
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].ToString(),
            "dangling-reference: object 0 still refers to freed object 1");
  EXPECT_EQ(
      f[1].ToString(),
      "dangling-reference: a weakref list still refers to freed object 1");
  holders.refs[b] = 1;
  EXPECT_EQ(CheckNothingFreedIsReferenced(s, holders, {b}).size(), 3u);
  // CheckHeap stops at the dangling references.
  EXPECT_EQ(Kinds(CheckHeap(s, holders, {b}, {})),
            (std::vector<FindingKind>(3, FindingKind::kDanglingReference)));
}

TEST(Invariants, DelRunningTwiceIsFound) {
  HeapBuilder h;
  ObjId a = h.Instance(Where::kGen0, true);
  ObjId b = h.Instance(Where::kGen0, true);
  h.External(a).External(b).Finalized(a).Finalized(b);
  HeapSnapshot s = h.Build(2);
  std::vector<ObjId> once{a, b};
  EXPECT_TRUE(CheckFinalizedOnce(s, once).empty());
  std::vector<ObjId> twice{a, b, a};
  std::vector<Finding> f = CheckFinalizedOnce(s, twice);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].ToString(), "finalized-twice: __del__ of 0 ran twice");
}

TEST(Invariants, FinalizedFlagMustMatchTheLog) {
  HeapBuilder h;
  ObjId a = h.Instance(Where::kGen0, true);
  ObjId b = h.Instance(Where::kGen0, true);
  h.External(a).External(b).Finalized(a);
  std::vector<ObjId> log{b};
  std::vector<Finding> f = CheckFinalizedOnce(h.Build(2), log);
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].ToString(),
            "finalized-flag: object 0 is FINALIZED but its __del__ never ran");
  EXPECT_EQ(f[1].ToString(),
            "finalized-flag: object 1 is not FINALIZED but its __del__ ran");
}

// CPython 3.11 keeps a second basic ref made during a weakref.ref() call's
// own allocation, so basic refs and proxies can stand anywhere in a list
// (corpus/regressions/weakref_basic_ref_behind_a_callback_ref_at_a_collection
// .gcops): no order of them is a finding.
TEST(Invariants, WeakrefListsMayHoldBasicRefsAndProxiesInAnyOrder) {
  HeapBuilder h;
  ObjId a = h.Instance();
  ObjId cb = h.Weakref(a, true);
  ObjId proxy = h.Weakref(a, false, Where::kGen0, ObjKind::kProxy);
  ObjId basic = h.Weakref(a, false);
  for (ObjId x : {a, cb, proxy, basic}) h.External(x);
  HeapSnapshot s = h.Build(2);  // [basic, proxy, cb]
  EXPECT_TRUE(CheckWeakrefLists(s).empty());
  std::swap(s.weakrefs[0].entries[0], s.weakrefs[0].entries[2]);
  EXPECT_TRUE(CheckWeakrefLists(s).empty());  // [cb, proxy, basic]
  std::swap(s.weakrefs[0].entries[0], s.weakrefs[0].entries[1]);
  EXPECT_TRUE(CheckWeakrefLists(s).empty());  // [proxy, cb, basic]
}

TEST(Invariants, OnlyInstancesHaveWeakrefLists) {
  HeapBuilder h;
  ObjId l = h.Container(ObjKind::kList);
  ObjId w = h.Weakref(l, false);
  h.External(l).External(w);
  EXPECT_EQ(Kinds(CheckWeakrefLists(h.Build(2))),
            std::vector<FindingKind>{FindingKind::kWeakrefList});
}

TEST(Invariants, TrackingRules) {
  HeapBuilder h;
  ObjId inner = h.Container(ObjKind::kTuple, Where::kUntracked);
  ObjId outer = h.Container(ObjKind::kTuple, Where::kUntracked);
  ObjId d = h.Container(ObjKind::kDict, Where::kUntracked);
  h.Ref(outer, inner).Ref(d, outer).External(d);
  EXPECT_TRUE(CheckTrackingRules(h.Build(2)).empty());
  ObjId list = h.Container(ObjKind::kList, Where::kGen0);
  ObjId inst = h.Instance(Where::kUntracked);
  h.Ref(d, list).External(inst);
  std::vector<Finding> f = CheckTrackingRules(h.Build(2));
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].ToString(),
            "tracking-rule: untracked dict 2 holds list 3 (gen0), which may be "
            "tracked");
  EXPECT_EQ(f[1].ToString(),
            "tracking-rule: object 4 is a live instance but untracked");
}

TEST(Invariants, ReturnValueMustEqualOracleCount) {
  CountPrediction c;
  c.collected = 2;
  c.uncollectable = 1;
  EXPECT_FALSE(CheckReturnValue(3, c).has_value());
  std::optional<Finding> f = CheckReturnValue(2, c);
  ASSERT_TRUE(f.has_value());
  EXPECT_EQ(f->ToString(),
            "collect-return-value: gc.collect() returned 2, the oracle counts "
            "3 (collected 2 + uncollectable 1)");
}

TEST(Invariants, CheckHeapReportsMalformedSnapshotAsBadSnapshot) {
  HeapBuilder h;
  ObjId a = h.Instance();
  h.External(a);
  HeapSnapshot s = h.Build(2);
  s.generation = 7;
  EXPECT_EQ(Kinds(CheckHeap(s, HoldersOf(h), {}, {})),
            std::vector<FindingKind>{FindingKind::kBadSnapshot});
}

}  // namespace
}  // namespace gcfuzz::oracle
