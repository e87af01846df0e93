// tests/collector/weakref_test.cc — weakref lists, PyObject_ClearWeakRefs
// and handle_weakrefs (spec 1.4, 2.2, 3.6; scenarios 6.A-22/39/43-45 and
// 6.B-6..11).
#include "tests/collector/collector_test_support.h"

namespace gcfuzz::collector::testing {
namespace {

using Weakrefs = CollectorFixture;

TEST_F(Weakrefs, CallbackLessRefAndProxyAreReused) {
  Class("Node", 1);
  Start();
  New("a", "Node");
  ObjId r1 = Ref("r1", "a", false);
  ObjId p1 = Proxy("p1", "a", false);
  ObjId r2 = Ref("r2", "a", false);  // reuse holds across a proxy in between
  ObjId p2 = Proxy("p2", "a", false);
  EXPECT_EQ(r1, r2);
  EXPECT_EQ(p1, p2);
  EXPECT_EQ(backend_.WeakrefCount(Id("a")), 2);
  Ref("c1", "a", true);
  Proxy("c2", "a", true);
  EXPECT_EQ(backend_.WeakrefCount(Id("a")), 4);
  // getweakrefs order: basic ref, basic proxy, then callbacks newest first.
  std::vector<std::string> order;
  for (const WeakrefInfo& w :
       backend_.heap().WeakrefsOf(backend_.heap().Get(Id("a"))))
    order.push_back(host_.L(w.weakref));
  EXPECT_EQ(order, (std::vector<std::string>{"r1", "p1", "c2", "c1"}));
  Del("r1");
  Del("r2");
  Del("p1");
  Del("p2");
  Del("c1");
  Del("c2");
  EXPECT_EQ(backend_.WeakrefCount(Id("a")), 0);
}

// Spec 1.4: wa0=ref(A); wa1=ref(A,cb); wa2=ref(A,cb) lists [wa0, wa2, wa1].
TEST_F(Weakrefs, BasicRefCreatedLaterStillGoesToTheHead) {
  Class("Node", 1);
  Start();
  New("a", "Node");
  Ref("wa1", "a", true);
  Ref("wa2", "a", true);
  Ref("wa0", "a", false);
  std::vector<std::string> order;
  for (const WeakrefInfo& w :
       backend_.heap().WeakrefsOf(backend_.heap().Get(Id("a"))))
    order.push_back(host_.L(w.weakref));
  EXPECT_EQ(order, (std::vector<std::string>{"wa0", "wa2", "wa1"}));
}

// 6.B-7 / 6.A-39: refcount death runs callbacks newest first, and every
// weakref is dead before the first callback runs.
TEST_F(Weakrefs, DeallocCallbacksRunNewestFirstAfterAllAreCleared) {
  Class("A", 1, /*del=*/true);
  Start();
  New("a", "A");
  Ref("a1", "a", true);
  Ref("a2", "a", true);
  Ref("a3", "a", true);
  Ref("basic", "a", false);
  bool all_dead_at_first_callback = false;
  host_.on_callback[Id("a3")] = [&] {
    all_dead_at_first_callback = backend_.WeakrefIsDead(Id("a1")) &&
                                 backend_.WeakrefIsDead(Id("a2")) &&
                                 backend_.WeakrefIsDead(Id("basic"));
  };
  Del("a");
  EXPECT_EQ(Log(), "del a, callback a3, callback a2, callback a1");
  EXPECT_TRUE(all_dead_at_first_callback);
}

// Spec 2.2: weakrefs only the temporary tuple keeps alive are freed after
// all callbacks, in reverse list order (the tuple's dealloc order); the
// referent's own free comes after its weakrefs are done. Checked on CPython
// 3.11.7 with weakref subclasses whose __del__ logs: callback w2,
// callback w1, free w1, free w2.
TEST_F(Weakrefs, WeakrefsDroppedByTheirCallbacksAreFreedAfterAllCallbacks) {
  Class("A", 1);
  Start();
  New("a", "A");
  Ref("w1", "a", true);
  Ref("w2", "a", true);
  host_.on_callback[Id("w2")] = [&] {
    Del("w2");
    Del("w1");
  };
  Full();
  Del("a");
  EXPECT_EQ(Full(), "callback w2, callback w1, free w1, free w2, free a");
}

// One weakref: nothing holds it but the call; it is freed right after it.
TEST_F(Weakrefs, SingleWeakrefDroppedByItsCallbackIsFreedRightAfterIt) {
  Class("A", 2);
  Class("F", 0, /*del=*/true);
  Start();
  New("a", "A");
  New("f", "F");
  Set("a", 0, "f");
  Del("f");
  Ref("w", "a", true);
  host_.on_callback[Id("w")] = [&] { Del("w"); };
  Full();
  Del("a");
  EXPECT_EQ(Full(), "callback w, free w, free a, del f, free f");
}

// 6.B-6: refs a1, a2 on A, b1 on B and a basic ref on A; cycle A<->B.
TEST_F(Weakrefs, CollectionRunsReachableCallbacksBeforeAnyDel) {
  Class("N", 1, /*del=*/true);
  Start();
  New("a", "N");
  New("b", "N");
  Set("a", 0, "b");
  Set("b", 0, "a");
  Ref("basic", "a", false);
  Ref("a1", "a", true);
  Ref("a2", "a", true);
  Ref("b1", "b", true);
  int seen_alive = 0;
  for (const char* w : {"a1", "a2", "b1"})
    host_.on_callback[Id(w)] = [&] {
      for (const char* x : {"a1", "a2", "b1", "basic"})
        seen_alive += !backend_.WeakrefIsDead(Id(x));
    };
  Del("a");
  Del("b");
  EXPECT_EQ(Collect(), 2);
  EXPECT_EQ(Log(),
            "callback a2, callback a1, callback b1, del a, del b, collect 2 2");
  EXPECT_EQ(seen_alive, 0);
  EXPECT_TRUE(backend_.WeakrefIsDead(Id("basic")));
}

// 6.B-8 (checked on CPython 3.11.7 with a module-level callback: only
// cb_ext runs, ret 2): a weakref that is itself trash never calls back.
TEST_F(Weakrefs, TrashWeakrefNeverCallsBack) {
  Class("N", 2);
  Start();
  New("a", "N");
  Set("a", 0, "a");
  Ref("w", "a", true);
  Set("a", 1, "w");
  Del("w");
  Ref("wext", "a", true);
  Del("a");
  EXPECT_EQ(Collect(), 2);
  EXPECT_EQ(Log(), "callback wext, collect 2 2");
}

// 6.A-43: callbacks on trash weakrefs to trash: none run.
TEST_F(Weakrefs, WeakrefsInsideTheCycleDoNotCallBack) {
  Class("N", 2);
  Start();
  New("c1", "N");
  New("c2", "N");
  Set("c1", 0, "c2");
  Set("c2", 0, "c1");
  Ref("w1", "c2", true);
  Set("c1", 1, "w1");
  Ref("w2", "c1", true);
  Set("c2", 1, "w2");
  Del("w1");
  Del("w2");
  Del("c1");
  Del("c2");
  EXPECT_EQ(Collect(), 4);
  EXPECT_EQ(Log(), "collect 2 4");
}

// 6.B-9 (gh-91636; checked on CPython 3.11.7: del a, del b, callback w,
// ret 2): a weakref a finalizer creates to a trash object stays live and
// fires when delete_garbage frees its target.
TEST_F(Weakrefs, LateWeakrefCreatedByFinalizerFiresDuringDeleteGarbage) {
  Class("D", 2, /*del=*/true);
  Start();
  New("a", "D");
  New("b", "D");
  Set("a", 0, "b");
  Set("b", 0, "a");
  host_.on_del[Id("a")] = [&] {
    Let("tmp", Value::Obj(Id("a")).obj);
    Bind("tmp", backend_.GetItem(Id("a"), 0));
    backend_.Incref(Id("b"));
    Ref("w", "tmp", true);
    Del("tmp");
  };
  bool target_dead_in_callback = false;
  Del("a");
  Del("b");
  host_.on_callback[Id("a") + 2] = [&] {
    target_dead_in_callback = backend_.WeakrefIsDead(Id("w"));
  };
  EXPECT_EQ(Collect(), 2);
  EXPECT_EQ(Log(), "del a, del b, callback w, collect 2 2");
  EXPECT_TRUE(target_dead_in_callback);
}

// 6.B-10 (checked on CPython 3.11.7: ret 2): holder=[ref(A, cb)], cb
// empties holder; the weakref freed by its own callback is counted.
TEST_F(Weakrefs, WeakrefFreedByItsOwnCallbackIsCounted) {
  Class("A", 1);
  Start();
  New("a", "A");
  Set("a", 0, "a");
  Ref("w", "a", true);
  MakeList("holder", {"w"});
  Del("w");
  host_.on_callback[Id("w")] = [&] { Set("holder", 0, "none"); };
  Del("a");
  Full();
  EXPECT_EQ(Collect(), 2);
  EXPECT_EQ(Full(), "callback w, free w, free a, collect 2 2");
}

// 6.B-11: a trash weakref to a LIVE object is cleared anyway; a resurrected
// holder keeps a dead weakref; the callback never runs; ret 0.
TEST_F(Weakrefs, TrashWeakrefToLiveObjectIsClearedWithoutCallback) {
  Class("Z", 2, /*del=*/true);
  Class("L", 1);
  Start();
  New("live", "L");
  New("z", "Z");
  Set("z", 0, "z");
  Ref("w", "live", true);
  Set("z", 1, "w");
  Del("w");
  host_.on_del[Id("z")] = [&] { Let("saved", Id("z")); };
  Del("z");
  EXPECT_EQ(Collect(), 0);
  EXPECT_EQ(Log(), "del z, collect 2 0");
  EXPECT_TRUE(Alive("w"));
  EXPECT_TRUE(backend_.WeakrefIsDead(Id("w")));
  EXPECT_EQ(backend_.WeakrefCount(Id("live")), 0);
  EXPECT_EQ(host_.callback_calls[Id("w")], 0);
}

// 6.A-22 (test_bug1055820b): reachable weakrefs with callbacks on two
// self-cycles; every callback sees both referents gone.
TEST_F(Weakrefs, ReachableCallbacksSeeEveryTrashReferentCleared) {
  Class("C", 1);
  Start();
  New("c0", "C");
  Set("c0", 0, "c0");
  New("c1", "C");
  Set("c1", 0, "c1");
  Ref("w0", "c0", true);
  Ref("w1", "c1", true);
  int alive_seen = 0;
  for (const char* w : {"w0", "w1"})
    host_.on_callback[Id(w)] = [&] {
      alive_seen +=
          !backend_.WeakrefIsDead(Id("w0")) + !backend_.WeakrefIsDead(Id("w1"));
    };
  Del("c0");
  Del("c1");
  EXPECT_EQ(Collect(), 2);
  EXPECT_EQ(Log(), "callback w0, callback w1, collect 2 2");
  EXPECT_EQ(alive_seen, 0);
}

// 6.A-44: callbacks on trash weakrefs (c1.wr, c2.wr) do not run; an external
// weakref to trash does.
TEST_F(Weakrefs, OnlyTheExternalWeakrefCallbackRunsInResurrectionCase) {
  Class("C", 2, /*del=*/true);
  Start();
  New("c1", "C");
  New("c2", "C");
  Set("c1", 0, "c2");
  Set("c2", 0, "c1");
  Ref("t1", "c2", true);
  Set("c1", 1, "t1");
  Del("t1");
  Ref("t2", "c1", true);
  Set("c2", 1, "t2");
  Del("t2");
  New("cls", "C");      // stands in for the class object the callbacks refer to
  Set("c1", 1, "cls");  // t1 released: refcount death, no collection yet
  Log();
  Ref("ext", "cls", true);
  Set("cls", 0, "c1");
  Del("cls");
  Del("c1");
  Del("c2");
  EXPECT_EQ(Collect(), 4);
  EXPECT_EQ(Log(), "callback ext, del c1, del c2, del cls, collect 2 4");
  EXPECT_EQ(Collect(), 0);
  EXPECT_EQ(Log(), "collect 2 0");
}

TEST_F(Weakrefs, ProxyBehavesLikeRefForClearingAndCallbacks) {
  Class("N", 1);
  Start();
  New("a", "N");
  Set("a", 0, "a");
  Proxy("p", "a", true);
  Proxy("basic", "a", false);
  Del("a");
  EXPECT_EQ(Collect(), 1);
  EXPECT_EQ(Log(), "callback p, collect 2 1");
  EXPECT_TRUE(backend_.WeakrefIsDead(Id("p")));
  EXPECT_TRUE(backend_.WeakrefIsDead(Id("basic")));
}

// subtype_dealloc: a weakref __del__ makes exists before weakrefs are
// cleared, so its callback runs; one tp_del makes is cleared silently
// (step 5). Both checked on CPython 3.11.7: "del a, callback late" and
// "tp_del b" with late3() None.
TEST_F(Weakrefs, WeakrefFromDelCallsBackButWeakrefFromTpDelIsClearedSilently) {
  Class("D", 1, /*del=*/true);
  Class("L", 1, /*del=*/false, /*tp_del=*/true);
  Start();
  New("a", "D");
  host_.on_del[Id("a")] = [&] {
    Let("me", Id("a"));
    Ref("late", "me", true);
    Del("me");
  };
  Del("a");
  EXPECT_EQ(Log(), "del a, callback late");
  EXPECT_TRUE(backend_.WeakrefIsDead(Id("late")));
  New("b", "L");
  host_.on_tp_del[Id("b")] = [&] {
    Let("me", Id("b"));
    Ref("late3", "me", true);
    Del("me");
  };
  Del("b");
  EXPECT_EQ(Log(), "tp_del b");
  EXPECT_TRUE(backend_.WeakrefIsDead(Id("late3")));
  EXPECT_FALSE(Alive("b"));
}

// 6.A-29 (test_bug1055820c): c0 sits in gen2, kept alive only by the young
// self-cycle c1; c2 is a young self-cycle with a callback-less weakref.
// A natural (automatic) gen0 collection clears c1, c0 dies by refcount as
// a side effect, and its callback already sees c2's weakref dead.
TEST_F(Weakrefs, OldObjectFreedAsSideEffectSeesYoungWeakrefsCleared) {
  Class("C", 2);
  Start();
  New("c0", "C");
  Set("c0", 0, "c0");
  Collect();
  New("c1", "C");
  Set("c1", 0, "c1");
  Set("c1", 1, "c0");
  Clear("c0", 0);  // now only c1 keeps c0 alive
  New("c2", "C");
  Set("c2", 0, "c2");
  Ref("c2wr", "c2", false);
  Ref("c0wr", "c0", true);
  int calls = 0;
  bool c2_dead_in_callback = false;
  host_.on_callback[Id("c0wr")] = [&] {
    ++calls;
    c2_dead_in_callback = backend_.WeakrefIsDead(Id("c2wr"));
  };
  Del("c0");
  Del("c1");
  Del("c2");
  backend_.SetThreshold(std::vector<int32_t>{5});
  Log();
  for (int i = 0; i < 20 && host_.events.empty(); ++i)
    MakeList("junk" + std::to_string(i));
  EXPECT_EQ(Log(), "callback c0wr, collect 0 2 auto");
  EXPECT_EQ(calls, 1);
  EXPECT_TRUE(c2_dead_in_callback);
  EXPECT_FALSE(Alive("c0"));
}

// The callback's frame holds its weakref: a body that drops the last other
// reference frees it only when the body returns (python3 3.11.7: a weakref
// subclass's __del__ runs after the callback returns). CPython's trace:
// del a, callback w, del x, free x, free w, free a.
TEST_F(Weakrefs, CallbackFrameHoldsItsWeakrefUntilTheBodyReturns) {
  Class("D", 1, /*del=*/true);
  Start();
  New("a", "D");
  New("x", "D");
  Ref("w", "a", true);
  host_.on_callback[Id("w")] = [&] {
    Del("w");
    Del("x");
  };
  Full();
  Del("a");
  EXPECT_EQ(Full(), "del a, callback w, del x, free x, free w, free a");
}

}  // namespace
}  // namespace gcfuzz::collector::testing
