// tests/collector/spec_examples_test.cc — the three worked examples of
// gcops.md section 5, whose traces were checked on CPython 3.11.
#include "tests/collector/collector_test_support.h"

namespace gcfuzz::collector::testing {
namespace {

using SpecExamples = CollectorFixture;

TEST_F(SpecExamples, TwoCycleWithDelAndWeakrefCallbackRunsCallbackFirst) {
  Class("Node", 2, /*del=*/true);
  Start();
  New("a", "Node");
  New("b", "Node");
  Set("a", 0, "b");
  Set("b", 0, "a");
  Ref("w", "a", true);
  Del("a");
  Del("b");
  EXPECT_EQ(Collect(), 2);
  EXPECT_EQ(Log(), "callback w, del a, del b, collect 2 2");
  EXPECT_FALSE(Alive("a"));
  EXPECT_FALSE(Alive("b"));
  EXPECT_TRUE(backend_.WeakrefIsDead(Id("w")));
  EXPECT_EQ(host_.callback_calls[Id("w")], 1);
  EXPECT_EQ(host_.del_calls[Id("a")], 1);
}

TEST_F(SpecExamples, RefcountDeathRunsDelThenCallbacksNewestFirstThenChildren) {
  Class("Node", 1, /*del=*/true);
  Start();
  New("child", "Node");
  New("parent", "Node");
  Set("parent", 0, "child");
  Del("child");
  Ref("w1", "parent", true);
  Ref("w2", "parent", true);
  Del("parent");
  EXPECT_EQ(Log(), "del parent, callback w2, callback w1, del child");
  EXPECT_FALSE(Alive("parent"));
  EXPECT_FALSE(Alive("child"));
  EXPECT_TRUE(backend_.WeakrefIsDead(Id("w1")));
  EXPECT_TRUE(backend_.WeakrefIsDead(Id("w2")));
}

TEST_F(SpecExamples, ResurrectingFinalizerDoesNotBlockTheRestAndRunsOnce) {
  Class("Node", 1, /*del=*/true);
  Start();
  New("a", "Node");
  Set("a", 0, "a");
  host_.on_del[Id("a")] = [this] { Let("saved", Id("a")); };
  New("l", "Node");
  New("m", "Node");
  Set("l", 0, "m");
  Set("m", 0, "l");
  Del("a");
  Del("l");
  Del("m");
  EXPECT_EQ(Collect(), 2);
  EXPECT_EQ(Log(), "del a, del l, del m, collect 2 2");
  EXPECT_TRUE(Alive("a"));
  EXPECT_FALSE(Alive("l"));
  EXPECT_FALSE(Alive("m"));
  EXPECT_TRUE(backend_.IsFinalized(Id("a")));
  Del("saved");
  EXPECT_EQ(Collect(), 1);
  EXPECT_EQ(Log(), "collect 2 1");
  EXPECT_EQ(host_.del_calls[Id("a")], 1);
}

}  // namespace
}  // namespace gcfuzz::collector::testing
