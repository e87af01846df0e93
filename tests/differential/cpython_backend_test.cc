// Golden traces of real CPython 3.11, produced through CpythonBackend.
//
// Each expected trace below was checked against plain python3 running the
// same program (the Python is quoted in the comment where it is not the
// spec's own example). The backend must reproduce them event for event.
#include "differential/cpython/cpython_backend.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "tests/support/backend_driver.h"

namespace gcfuzz::differential {
namespace {

using ::gcfuzz::testing::BackendDriver;
using gcops::ClassDecl;

ClassDecl Class(const char* name, int slots, bool del = false,
                bool tp_del = false, bool noweakref = false) {
  return ClassDecl{name, slots, del, tp_del, noweakref};
}

CpythonBackend& Backend() {
  static CpythonBackend* backend = new CpythonBackend();
  return *backend;
}

// Spec example 1: a two-object cycle with __del__ and a weakref callback on
// a: callbacks run before any __del__, then the collection ends.
TEST(CpythonBackendTest, CycleRunsCallbacksBeforeDels) {
  BackendDriver d(Backend(), {Class("Node", 2, /*del=*/true)});
  d.New("a", 0);
  d.New("b", 0);
  d.Set("a", 0, "b");
  d.Set("b", 0, "a");
  d.Ref("w", "a", /*with_callback=*/true);
  d.Del("a");
  d.Del("b");
  EXPECT_EQ(d.Collect(), 2);
  EXPECT_EQ(d.Log(), "callback w, del a, del b, collect 2 2");
  EXPECT_TRUE(d.Dead("a"));
  EXPECT_TRUE(d.Dead("b"));
  EXPECT_TRUE(d.backend().WeakrefIsDead(d.Named("w")));
}

// Spec example 2: refcount death runs __del__, then the weakref callbacks
// newest first, then releases what the object held.
TEST(CpythonBackendTest, RefcountDeathRunsDelThenCallbacksNewestFirst) {
  BackendDriver d(Backend(), {Class("Node", 1, /*del=*/true)});
  d.New("child", 0);
  d.New("parent", 0);
  d.Set("parent", 0, "child");
  d.Del("child");
  d.Ref("w1", "parent", true);
  d.Ref("w2", "parent", true);
  d.Del("parent");
  EXPECT_EQ(d.Log(/*with_free=*/true),
            "del parent, callback w2, callback w1, free parent, del child, "
            "free child");
  EXPECT_TRUE(d.backend().WeakrefIsDead(d.Named("w1")));
  EXPECT_TRUE(d.backend().WeakrefIsDead(d.Named("w2")));
}

// Spec example 3: a finalizer that resurrects its object; the rest of the
// garbage is still freed and __del__ never runs twice.
TEST(CpythonBackendTest, ResurrectionKeepsObjectAndFreesTheRest) {
  BackendDriver d(Backend(), {Class("Node", 1, /*del=*/true)});
  d.New("a", 0);
  d.Set("a", 0, "a");
  const gcops::ObjId a = d.Id("a");
  d.OnDelBody("a", [&] { d.LetId("saved", a); });
  d.New("l", 0);
  d.New("m", 0);
  d.Set("l", 0, "m");
  d.Set("m", 0, "l");
  d.Del("a");
  d.Del("l");
  d.Del("m");
  EXPECT_EQ(d.Collect(), 2);
  EXPECT_EQ(d.Log(true), "del a, del l, del m, free m, free l, collect 2 2");
  EXPECT_FALSE(d.Dead("a"));
  EXPECT_TRUE(d.backend().IsFinalized(a));
  d.Del("saved");
  EXPECT_EQ(d.Collect(), 1);
  EXPECT_EQ(d.Log(true), "free a, collect 2 1");
}

// Within one unreachable set, callbacks run object by object in list
// order, newest first within an object, all before any __del__; every
// weakref to the garbage (the basic ref included) is dead by then.
// Python: a.s00=b; b.s00=a; a1,a2 = ref(a,cb); b1 = ref(b,cb); ref(a).
TEST(CpythonBackendTest, CycleCallbacksNewestFirstPerObjectBeforeDels) {
  BackendDriver d(Backend(), {Class("N", 2, /*del=*/true)});
  d.New("a", 0);
  d.New("b", 0);
  d.Set("a", 0, "b");
  d.Set("b", 0, "a");
  d.Ref("a1", "a", true);
  d.Ref("a2", "a", true);
  d.Ref("b1", "b", true);
  d.Ref("basic", "a", false);
  d.Del("a");
  d.Del("b");
  EXPECT_EQ(d.Collect(), 2);
  EXPECT_EQ(d.Log(true),
            "callback a2, callback a1, callback b1, del a, del b, free b, "
            "free a, collect 2 2");
  EXPECT_TRUE(d.backend().WeakrefIsDead(d.Named("basic")));
}

// A legacy finalizer (tp_del) keeps its whole closure out of collection:
// the legacy object goes to gc.garbage, objects it reaches are neither
// finalized nor cleared (their weakrefs stay alive), and only the
// unrelated cycle c is collected. Python (3.11.7): collect() == 3,
// garbage == [a], log ['callback wc', 'del c'], wb alive; popping a and
// breaking its cycle logs del a, tp_del a, del b, callback wb.
TEST(CpythonBackendTest, LegacyTpDelClosureGoesToGarbage) {
  BackendDriver d(Backend(), {Class("LL", 2, /*del=*/true, /*tp_del=*/true),
                              Class("N", 2, /*del=*/true)});
  d.New("a", 0);
  d.New("b", 1);
  d.New("c", 1);
  d.Set("a", 0, "a");
  d.Set("a", 1, "b");
  d.Set("c", 0, "c");
  d.Set("c", 1, "a");
  d.Ref("wb", "b", true);
  d.Ref("wc", "c", true);
  d.Del("a");
  d.Del("b");
  d.Del("c");
  EXPECT_EQ(d.Collect(), 3);
  EXPECT_EQ(d.Log(true), "callback wc, del c, free c, garbage a, collect 2 3");
  EXPECT_EQ(d.LabelsOf(d.backend().Garbage()), std::vector<std::string>{"a"});
  EXPECT_FALSE(d.backend().WeakrefIsDead(d.Named("wb")));
  EXPECT_EQ(d.backend().Stats(2), (gcops::GenStats{1, 1, 2}));
  d.TakeGarbage("x");
  d.Clear("x", 0);
  d.Del("x");
  EXPECT_EQ(d.Log(true), "del a, tp_del a, free a, del b, callback wb, free b");
}

// tp_del runs at every death (no once-only bit): resurrected by its body,
// it runs again at the next death, while __del__ ran only once.
TEST(CpythonBackendTest, TpDelRunsAgainAfterResurrection) {
  BackendDriver d(Backend(), {Class("LL", 1, /*del=*/true, /*tp_del=*/true)});
  d.New("a", 0);
  const gcops::ObjId a = d.Id("a");
  int tp_dels = 0;
  d.OnTpDelBody("a", [&] {
    if (++tp_dels == 1) d.LetId("keep", a);
  });
  d.Del("a");
  EXPECT_EQ(d.Log(true), "del a, tp_del a");
  EXPECT_FALSE(d.Dead("a"));
  EXPECT_EQ(d.backend().GenerationOf(a), gcops::Where::kGen0);
  d.Del("keep");
  EXPECT_EQ(d.Log(true), "tp_del a, free a");
}

// DEBUG_SAVEALL: weakref callbacks and finalizers still run, then every
// collectable object goes to gc.garbage instead of being cleared; once
// gc.garbage is emptied they are collectable again, with no second
// __del__. Python: collect()==2, garbage [list, N], log
// ['callback wm', 'del m']; after clear, collect()==2 and no log.
TEST(CpythonBackendTest, SaveallKeepsGarbageAndFinalizesOnce) {
  BackendDriver d(Backend(), {Class("N", 2, /*del=*/true)});
  d.List("l");
  d.Append("l", "l");
  d.New("m", 0);
  d.Set("m", 0, "m");
  d.Ref("wm", "m", true);
  d.Del("l");
  d.Del("m");
  d.backend().SetDebug(gcops::kDebugSaveAll);
  EXPECT_EQ(d.Collect(), 2);
  EXPECT_EQ(d.Log(true),
            "callback wm, del m, garbage l, garbage m, collect 2 2");
  d.backend().SetDebug(0);
  d.backend().ClearGarbage();
  EXPECT_EQ(d.Collect(), 2);
  EXPECT_EQ(d.Log(true), "free l, free m, collect 2 2");
}

// weakref.ref(o) / weakref.proxy(o) without a callback return the existing
// basic ref / proxy: the same object, no new label, no allocation counted.
TEST(CpythonBackendTest, BasicRefAndProxyAreReused) {
  BackendDriver d(Backend(), {Class("N", 1)});
  d.New("a", 0);
  const gcops::ObjId r1 = d.Ref("r1", "a", false);
  const gcops::ObjId p1 = d.Ref("p1", "a", false, {}, /*proxy=*/true);
  const gcops::ObjId r2 = d.Ref("r2", "a", false);
  const gcops::ObjId p2 = d.Ref("p2", "a", false, {}, /*proxy=*/true);
  const gcops::ObjId r3 = d.Ref("r3", "a", true);
  EXPECT_EQ(r1, r2);
  EXPECT_EQ(p1, p2);
  EXPECT_NE(r1, p1);
  EXPECT_NE(r3, r1);
  EXPECT_EQ(d.backend().WeakrefCount(d.Named("a")), 3);
  EXPECT_EQ(d.backend().Count(), (std::array<int64_t, 3>{4, 0, 0}));
  d.Del("r1");
  d.Del("r2");
  EXPECT_EQ(d.Log(true), "free r1");
  EXPECT_EQ(d.backend().WeakrefCount(d.Named("a")), 2);
}

// gc.callbacks entries run in registration order for "start" before the
// collection and for "stop" after it; the `collect` event comes after the
// collection's own events and before the stop callbacks. A collect from a
// callback body is nested: it returns 0 and records nothing.
// Python: two callbacks, collect(1) of a list self-cycle: start 1 0 0 (x2),
// stop 1 1 0 (x2), collect returns 1.
TEST(CpythonBackendTest, GcCallbacksWrapTheCollection) {
  BackendDriver d(Backend(), {Class("N", 1, /*del=*/true)});
  int64_t nested = -1;
  d.GcCallback([&](bool start) {
    if (start) nested = d.Collect();
  });
  d.GcCallback();
  d.List("l");
  d.Append("l", "l");
  d.Del("l");
  EXPECT_EQ(d.Collect(1), 1);
  EXPECT_EQ(nested, 0);
  EXPECT_EQ(d.Log(true),
            "gc_start 1, gc_start 1, free l, collect 1 1, gc_stop 1 1 0, "
            "gc_stop 1 1 0");
  EXPECT_EQ(d.backend().Stats(1), (gcops::GenStats{1, 1, 0}));
  EXPECT_EQ(d.backend().Stats(2), (gcops::GenStats{}));
}

// With the default thresholds (700 10 10), the 701st live allocation runs
// an automatic gen-0 collection before the new object exists; count0 is
// then 0 (the new object was counted before the reset) and count1 is 1.
TEST(CpythonBackendTest, AutomaticCollectionOnThe701stAllocation) {
  BackendDriver d(Backend(), {Class("N", 1)});
  d.List("keep");
  for (int i = 1; i < 700; ++i) {
    d.New("x", 0);
    d.Append("keep", "x");
  }
  d.Del("x");
  EXPECT_EQ(d.backend().Count(), (std::array<int64_t, 3>{700, 0, 0}));
  EXPECT_EQ(d.Log(), "");
  d.New("y", 0);
  EXPECT_EQ(d.Log(), "collect 0 0 auto");
  EXPECT_EQ(d.backend().Count(), (std::array<int64_t, 3>{0, 1, 0}));
  EXPECT_EQ(d.backend().GenerationOf(d.Named("keep")), gcops::Where::kGen1);
  EXPECT_EQ(d.backend().GenerationOf(d.Named("y")), gcops::Where::kGen0);
  EXPECT_EQ(d.backend().Stats(0), (gcops::GenStats{1, 0, 0}));
}

// Thresholds (10, 2, 2) with every object becoming cyclic garbage: gen 0
// three times, then gen 1 (count1 > 2), three rounds of that, then gen 2
// (count2 > 2, and the 25% rule does not block: nothing long-lived yet).
TEST(CpythonBackendTest, ThresholdPatternTenTwoTwo) {
  BackendDriver d(Backend(), {Class("N", 1)});
  const int32_t th[] = {10, 2, 2};
  d.backend().SetThreshold(th);
  std::vector<std::string> gens;
  for (int i = 0; i < 11 * 13; ++i) {
    d.New("x", 0);
    d.Set("x", 0, "x");
    d.Del("x");
    const std::string log = d.Log();
    if (!log.empty()) gens.push_back(log);
  }
  const std::vector<std::string> expected = {
      "collect 0 10 auto", "collect 0 11 auto", "collect 0 11 auto",
      "collect 1 11 auto", "collect 0 11 auto", "collect 0 11 auto",
      "collect 0 11 auto", "collect 1 11 auto", "collect 0 11 auto",
      "collect 0 11 auto", "collect 0 11 auto", "collect 1 11 auto",
      "collect 2 11 auto"};
  EXPECT_EQ(gens, expected);
}

// The 25% rule: with 400 long-lived survivors of a full collection, an
// automatic full collection is skipped (gen 1 or 0 runs instead) until
// long_lived_pending (the survivors of gen-1 collections, 22 per gen-1 here)
// reaches long_lived_total / 4 = 100.
TEST(CpythonBackendTest, LongLivedRuleDefersFullCollections) {
  BackendDriver d(Backend(), {Class("N", 1)});
  d.List("keep");
  for (int i = 0; i < 399; ++i) {
    d.New("x", 0);
    d.Append("keep", "x");
  }
  d.Del("x");
  d.Collect(2);  // long_lived_total = 400 (the list and 399 instances)
  d.Log();
  const int32_t th[] = {10, 0, 0};
  d.backend().SetThreshold(th);
  std::vector<int> gens;
  for (int i = 0; i < 121; ++i) {
    d.New("y", 0);
    d.Append("keep", "y");
    const std::string log = d.Log();
    if (!log.empty()) {
      ASSERT_EQ(log.substr(0, 8), "collect ");
      gens.push_back(log[8] - '0');
    }
  }
  EXPECT_EQ(gens, (std::vector<int>{0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 2}));
}

// gc.freeze() hides objects from every collection; unfreeze puts them at
// the tail of generation 2, where a full collection finds the garbage.
TEST(CpythonBackendTest, FreezeHidesGarbageUntilUnfreeze) {
  BackendDriver d(Backend(), {Class("N", 1, /*del=*/true)});
  d.New("a", 0);
  d.Set("a", 0, "a");
  d.New("b", 0);
  d.backend().Freeze();
  EXPECT_EQ(d.backend().GenerationOf(d.Named("a")), gcops::Where::kPermanent);
  EXPECT_EQ(d.backend().Count(), (std::array<int64_t, 3>{0, 0, 0}));
  d.Del("a");
  EXPECT_EQ(d.Collect(), 0);
  EXPECT_EQ(d.Log(), "collect 2 0");
  d.New("c", 0);
  d.backend().Unfreeze();
  EXPECT_EQ(d.backend().GenerationOf(d.Named("b")), gcops::Where::kGen2);
  EXPECT_EQ(d.LabelsOf(d.backend().Objects(2)),
            (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(d.LabelsOf(d.backend().Objects(0)), std::vector<std::string>{"c"});
  EXPECT_EQ(d.Collect(), 1);
  EXPECT_EQ(d.Log(true), "del a, free a, collect 2 1");
}

// Free events sit between a container's last finalizer/callback and the
// release of its contents, in each type's release order: list and tuple
// items in reverse, dict entries in insertion order, instance slots in
// index order; a weakref's free comes when its own count reaches zero.
TEST(CpythonBackendTest, FreeEventsPrecedeReleaseInTypeOrder) {
  BackendDriver d(Backend(), {Class("N", 2, /*del=*/true)});
  auto leaves = [&] {
    d.New("x", 0);
    d.New("y", 0);
  };
  leaves();
  d.List("l", {"x", "y"});
  d.Del("x");
  d.Del("y");
  d.Del("l");
  EXPECT_EQ(d.Log(true), "free l, del y, free y, del x, free x");
  leaves();
  d.Tuple("t", {"x", "y"});
  d.Del("x");
  d.Del("y");
  d.Del("t");
  EXPECT_EQ(d.Log(true), "free t, del y@2, free y@2, del x@2, free x@2");
  leaves();
  d.Dict("m");
  d.Set("m", 7, "y");
  d.Set("m", 3, "x");
  d.Del("x");
  d.Del("y");
  d.Del("m");
  EXPECT_EQ(d.Log(true), "free m, del y@3, free y@3, del x@3, free x@3");
  leaves();
  d.New("i", 0);
  d.Set("i", 1, "x");
  d.Set("i", 0, "y");
  d.Ref("w", "i", true);
  d.Del("x");
  d.Del("y");
  d.Del("i");
  EXPECT_EQ(d.Log(true),
            "del i, callback w, free i, del y@4, free y@4, del x@4, free x@4");
  d.Del("w");
  EXPECT_EQ(d.Log(true), "free w");
  EXPECT_EQ(d.backend().Count(), (std::array<int64_t, 3>{0, 0, 0}));
}

// A 200-deep chain of lists node = [leaf, next]: deallocation goes 50
// levels deep, then the trashcan defers; the leaves' __del__ order is
// CPython's (pinned from python3 3.11.7 running the same structure), and
// each deferred node's free event comes only when the trashcan resumes it.
TEST(CpythonBackendTest, TrashcanChainKeepsCpythonOrder) {
  BackendDriver d(Backend(), {Class("Leaf", 0, /*del=*/true)});
  for (int i = 0; i < 200; ++i) {
    d.New("f", 0);
    if (i == 0) {
      d.List("top", {"f", "none"});
    } else {
      d.List("top", {"f", "top"});
    }
  }
  d.Del("f");
  d.Del("top");
  const std::vector<int> python_order = {
      151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165,
      166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180,
      181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195,
      196, 197, 198, 199, 150, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
      112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126,
      127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141,
      142, 143, 144, 145, 146, 147, 148, 149, 101, 53,  54,  55,  56,  57,  58,
      59,  60,  61,  62,  63,  64,  65,  66,  67,  68,  69,  70,  71,  72,  73,
      74,  75,  76,  77,  78,  79,  80,  81,  82,  83,  84,  85,  86,  87,  88,
      89,  90,  91,  92,  93,  94,  95,  96,  97,  98,  99,  100, 52,  4,   5,
      6,   7,   8,   9,   10,  11,  12,  13,  14,  15,  16,  17,  18,  19,  20,
      21,  22,  23,  24,  25,  26,  27,  28,  29,  30,  31,  32,  33,  34,  35,
      36,  37,  38,  39,  40,  41,  42,  43,  44,  45,  46,  47,  48,  49,  50,
      51,  3,   0,   1,   2};
  auto label = [](const char* name, int i) {
    return i == 0 ? std::string(name)
                  : std::string(name) + "@" + std::to_string(i + 1);
  };
  std::string expected_dels;
  for (int i : python_order) {
    if (!expected_dels.empty()) expected_dels += ", ";
    expected_dels += "del " + label("f", i);
  }
  const std::string full = d.Log(true);
  std::vector<std::string> events;
  std::string dels;
  for (size_t pos = 0; pos < full.size();) {
    size_t end = full.find(", ", pos);
    if (end == std::string::npos) end = full.size();
    events.push_back(full.substr(pos, end - pos));
    if (events.back().rfind("del ", 0) == 0) {
      if (!dels.empty()) dels += ", ";
      dels += events.back();
    }
    pos = end + 2;
  }
  EXPECT_EQ(dels, expected_dels);
  EXPECT_EQ(events.size(), 600u);  // 200 dels, 400 frees
  auto at = [&](const std::string& e) {
    return std::find(events.begin(), events.end(), e) - events.begin();
  };
  // Node 149 (label top@150) was deferred at depth 50: it is freed after
  // the leaves 151..199 and leaf 150, and before leaf 102.
  EXPECT_LT(at("del f@200"), at("del f@151"));
  EXPECT_LT(at("del f@151"), at("free top@150"));
  EXPECT_LT(at("free top@150"), at("del f@103"));
  // Every node is freed before its own leaf is finalized.
  for (int i = 0; i < 200; ++i) {
    EXPECT_LT(at("free " + label("top", i)), at("del " + label("f", i))) << i;
  }
}

// gh-91636 in 3.11: a weakref that a finalizer creates to another object
// of the same garbage is not cleared by handle_weakrefs (it did not exist
// yet), so its callback fires during delete_garbage, when its target dies;
// a collect from a finalizer during the collection is nested: 0, no event.
// Python (3.11.7): ring a<->b, a.__del__ makes ref(b, cb): log del a,
// del b, cb; collect() == 2.
TEST(CpythonBackendTest, LateWeakrefCallbackFiresDuringDeleteGarbage) {
  BackendDriver d(Backend(), {Class("N", 1, /*del=*/true)});
  d.New("a", 0);
  d.New("b", 0);
  d.Set("a", 0, "b");
  d.Set("b", 0, "a");
  const gcops::ObjId b = d.Id("b");
  int64_t nested = -1;
  d.OnDelBody("a", [&] {
    d.RefTo("lw", b, /*with_callback=*/true);
    nested = d.Collect();
  });
  d.Del("a");
  d.Del("b");
  EXPECT_EQ(d.Collect(), 2);
  EXPECT_EQ(nested, 0);
  EXPECT_EQ(d.Log(true),
            "del a, del b, callback lw, free b, free a, collect 2 2");
  EXPECT_TRUE(d.backend().WeakrefIsDead(d.Named("lw")));
}

// Proxies die like refs: `free` at their own deallocation; a proxy's
// callback runs at its referent's death, newest first with the refs.
TEST(CpythonBackendTest, ProxyCallbacksAndFreeEvents) {
  BackendDriver d(Backend(), {Class("N", 1)});
  d.New("a", 0);
  d.Ref("r", "a", true);
  d.Ref("p", "a", true, {}, /*proxy=*/true);
  d.Ref("q", "a", false, {}, /*proxy=*/true);
  EXPECT_EQ(d.backend().WeakrefCount(d.Named("a")), 3);
  d.Del("a");
  EXPECT_EQ(d.Log(true), "callback p, callback r, free a");
  EXPECT_TRUE(d.backend().WeakrefIsDead(d.Named("q")));
  d.Del("p");
  d.Del("q");
  d.Del("r");
  EXPECT_EQ(d.Log(true), "free p, free q, free r");
}

}  // namespace
}  // namespace gcfuzz::differential
