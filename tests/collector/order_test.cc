// tests/collector/order_test.cc — the orders CPython 3.11 produces:
// traversal and deallocation (spec 1.5, 6.B-24), list order after
// move_unreachable (6.B-1, 6.B-2, 6.B-5), the merge order of a collection
// (6.B-3), and the trashcan (2.4).
#include <cstdlib>
#include <string>

#include "tests/collector/collector_test_support.h"

namespace gcfuzz::collector::testing {
namespace {

using Orders = CollectorFixture;

TEST_F(Orders, ReferentsFollowTraverseOrder) {
  Class("Node", 3);
  Start();
  New("x", "Node");
  New("y", "Node");
  New("z", "Node");
  MakeList("l", {"x", "1", "y", "z"});
  EXPECT_EQ(Labels(backend_.Referents(Id("l"))),
            (std::vector<std::string>{"z", "y", "x"}));
  MakeTuple("t", {"x", "y", "2", "z"});
  EXPECT_EQ(Labels(backend_.Referents(Id("t"))),
            (std::vector<std::string>{"z", "y", "x"}));
  New("i", "Node");
  Set("i", 2, "x");
  Set("i", 0, "z");
  Set("i", 1, "y");
  EXPECT_EQ(Labels(backend_.Referents(Id("i"))),
            (std::vector<std::string>{"z", "y", "x"}));
  MakeDict("d");
  Set("d", 5, "y");
  Set("d", 1, "x");
  Set("d", 3, "z");
  Clear("d", 5);
  Set("d", 5, "y");  // delete + reinsert appends
  EXPECT_EQ(Labels(backend_.Referents(Id("d"))),
            (std::vector<std::string>{"x", "z", "y"}));
}

// 6.B-24: list l2, l1, l0; tuple t2, t1, t0; dict values in entry order;
// slots in slot order.
TEST_F(Orders, DeallocReleasesInCPythonOrderPerKind) {
  Class("F", 0, /*del=*/true);
  Class("Node", 3);
  Start();
  auto three = [this](const std::string& p) {
    New(p + "0", "F");
    New(p + "1", "F");
    New(p + "2", "F");
  };
  three("l");
  MakeList("list", {"l0", "l1", "l2"});
  Del("l0");
  Del("l1");
  Del("l2");
  Del("list");
  EXPECT_EQ(Log(), "del l2, del l1, del l0");
  three("t");
  MakeTuple("tup", {"t0", "t1", "t2"});
  Del("t0");
  Del("t1");
  Del("t2");
  Del("tup");
  EXPECT_EQ(Log(), "del t2, del t1, del t0");
  three("v");
  MakeDict("d");
  Set("d", 9, "v0");
  Set("d", 2, "v1");
  Set("d", 7, "v2");
  Del("v0");
  Del("v1");
  Del("v2");
  Del("d");
  EXPECT_EQ(Log(), "del v0, del v1, del v2");
  three("s");
  New("inst", "Node");
  Set("inst", 2, "s0");
  Set("inst", 0, "s1");
  Set("inst", 1, "s2");
  Del("s0");
  Del("s1");
  Del("s2");
  Del("inst");
  EXPECT_EQ(Log(), "del s1, del s2, del s0");
}

// 6.B-1: a ring created A, B, C is finalized in list (creation) order.
TEST_F(Orders, RingIsFinalizedInListOrder) {
  Class("Node", 1, /*del=*/true);
  Start();
  New("a", "Node");
  New("b", "Node");
  New("c", "Node");
  Set("a", 0, "b");
  Set("b", 0, "c");
  Set("c", 0, "a");
  Del("a");
  Del("b");
  Del("c");
  EXPECT_EQ(Collect(), 3);
  EXPECT_EQ(Log(), "del a, del b, del c, collect 2 3");
}

// 6.B-2 / spec 3.2 example: a collection turns A, B, C (with C->B->A and C
// held) into C, B, A; closing the chain later finalizes C, B, A.
// Checked on CPython 3.11.7 (gcsim replica): del c, del b, del a; ret 3.
TEST_F(Orders, RescuedObjectsAreReorderedBreadthFirst) {
  Class("Node", 1, /*del=*/true);
  Start();
  New("a", "Node");
  New("b", "Node");
  New("c", "Node");
  Set("c", 0, "b");
  Set("b", 0, "a");
  Del("a");
  Del("b");
  EXPECT_EQ(Collect(), 0);
  EXPECT_EQ(Labels(backend_.Objects(2)),
            (std::vector<std::string>{"c", "b", "a"}));
  Let("bb", "c");
  Bind("bb", backend_.GetItem(Id("c"), 0));  // bb = c.0 (b)
  backend_.Incref(Id("b"));
  Let("aa", "c");
  Bind("aa", backend_.GetItem(Id("b"), 0));  // aa = b.0 (a)
  backend_.Incref(Id("a"));
  Set("aa", 0, "c");
  Del("aa");
  Del("bb");
  Del("c");
  Log();
  EXPECT_EQ(Collect(), 3);
  EXPECT_EQ(Log(), "del c, del b, del a, collect 2 3");
}

// 6.B-3: a full collection sees [gen2][gen0][gen1]; collect(1) [gen1][gen0].
TEST_F(Orders, FullCollectionMergesGenerationsAsGen2Gen0Gen1) {
  Class("Node", 1, /*del=*/true);
  Start();
  New("z", "Node");
  Set("z", 0, "z");
  Collect(0);
  Collect(1);
  New("x", "Node");
  Set("x", 0, "x");
  Collect(0);
  New("y", "Node");
  Set("y", 0, "y");
  EXPECT_EQ(backend_.GenerationOf(Id("z")), gcops::Where::kGen2);
  EXPECT_EQ(backend_.GenerationOf(Id("x")), gcops::Where::kGen1);
  EXPECT_EQ(backend_.GenerationOf(Id("y")), gcops::Where::kGen0);
  Del("z");
  Del("x");
  Del("y");
  Log();
  EXPECT_EQ(Collect(), 3);
  EXPECT_EQ(Log(), "del z, del y, del x, collect 2 3");
}

TEST_F(Orders, GenerationOneCollectionMergesAsGen1Gen0) {
  Class("Node", 1, /*del=*/true);
  Start();
  New("x", "Node");
  Set("x", 0, "x");
  Collect(0);
  New("y", "Node");
  Set("y", 0, "y");
  Del("x");
  Del("y");
  Log();
  EXPECT_EQ(Collect(1), 2);
  EXPECT_EQ(Log(), "del x, del y, collect 1 2");
}

// 6.B-5: non-cyclic hangers-on are finalized in list order with the cycle.
TEST_F(Orders, HangersOnAreFinalizedInAllocationOrder) {
  Class("Node", 2, /*del=*/true);
  Start();
  New("c", "Node");
  New("a", "Node");
  New("b", "Node");
  New("d", "Node");
  Set("a", 1, "c");  // hangers-on: only the ring refers to c and d
  Set("a", 0, "b");
  Set("b", 0, "a");
  Set("b", 1, "d");
  Del("c");
  Del("a");
  Del("b");
  Del("d");
  EXPECT_EQ(Collect(), 4);
  EXPECT_EQ(Log(), "del c, del a, del b, del d, collect 2 4");
}

// Trashcan (spec 2.4): chain n119 -> n118 -> ... -> n0, each node also
// holding a leaf; every object has __del__. The order below is CPython
// 3.11.7's (checked with a __slots__ replica, /tmp/gcpy/tc2.py): the
// dealloc nested 50 deep defers n69 and leaf70, then the stack unwinds
// releasing leaves 71..119, then the deferred objects run LIFO.
TEST_F(Orders, TrashcanDefersDeallocsBeyondFiftyLevelsLikeCPython) {
  Class("N", 2, /*del=*/true);
  Start();
  for (int i = 0; i < 120; ++i) {
    std::string n = "n" + std::to_string(i), leaf = "leaf" + std::to_string(i);
    New(n, "N");
    New(leaf, "N");
    if (i > 0) Set(n, 0, "n" + std::to_string(i - 1));
    Set(n, 1, leaf);
    Del(leaf);
    if (i > 0) Del("n" + std::to_string(i - 1));
  }
  Del("n119");
  std::string expected;
  auto add = [&](const std::string& s) {
    expected += (expected.empty() ? "" : ", ") + std::string("del ") + s;
  };
  for (int i = 119; i >= 70; --i) add("n" + std::to_string(i));
  for (int i = 71; i <= 119; ++i) add("leaf" + std::to_string(i));
  add("leaf70");
  for (int i = 69; i >= 21; --i) add("n" + std::to_string(i));
  for (int i = 22; i <= 69; ++i) add("leaf" + std::to_string(i));
  add("leaf21");
  for (int i = 20; i >= 0; --i) add("n" + std::to_string(i));
  for (int i = 0; i <= 20; ++i) add("leaf" + std::to_string(i));
  EXPECT_EQ(Log(), expected);
  EXPECT_EQ(backend_.heap().LiveObjects(), 0u);
}

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kUnderAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kUnderAddressSanitizer = true;
#else
constexpr bool kUnderAddressSanitizer = false;
#endif
#else
constexpr bool kUnderAddressSanitizer = false;
#endif

// A 10,000,000-object chain freed by refcount must not recurse: the
// trashcan bounds the depth at 50 deallocs. Built iteratively through the
// backend (automatic collection off, so this measures only deallocation).
TEST_F(Orders, TenMillionObjectChainIsFreedWithoutStackOverflow) {
  if (kUnderAddressSanitizer &&
      std::getenv("GCFUZZ_ASAN_LARGE_TESTS") == nullptr)
    GTEST_SKIP() << "16-40 s and 1.5 GB under ASan: run by hand with "
                    "GCFUZZ_ASAN_LARGE_TESTS=1 (collector/DESIGN.md)";
  Start();
  backend_.SetEnabled(false);
  constexpr uint32_t kN = 10'000'000;
  host_.recording = false;
  Value prev = Value::None();
  for (uint32_t i = 0; i < kN; ++i) {
    Value item = prev;
    backend_.NewTuple(i, std::span<const Value>(&item, 1));
    if (prev.is_obj()) backend_.Decref(prev.obj);
    prev = Value::Obj(i);
  }
  EXPECT_EQ(backend_.heap().LiveObjects(), kN);
  EXPECT_EQ(backend_.Count()[0], static_cast<int64_t>(kN));
  backend_.Decref(prev.obj);
  EXPECT_EQ(backend_.heap().LiveObjects(), 0u);
  EXPECT_EQ(backend_.Count()[0], 0);
}

// A 1,000,000-object ring (instances, slot 0 -> next) found by a full
// collection: move_unreachable and delete_garbage are iterative, and each
// tp_clear frees at most the rest of the chain it breaks through the
// trashcan, so nothing recurses deeply. Run under ASan too (DESIGN.md).
TEST_F(Orders, MillionObjectRingIsFreedByAFullCollection) {
  Class("N", 1);
  Start();
  backend_.SetEnabled(false);
  constexpr uint32_t kN = 1'000'000;
  host_.recording = false;
  backend_.NewInstance(0, 0);
  for (uint32_t i = 1; i < kN; ++i) {
    backend_.NewInstance(i, 0);
    backend_.SetItem(i - 1, 0, Value::Obj(i));
    if (i > 1) backend_.Decref(i - 1);  // n0 and the newest keep their names
  }
  backend_.SetItem(kN - 1, 0, Value::Obj(0));
  backend_.Decref(kN - 1);
  backend_.Decref(0);
  EXPECT_EQ(backend_.heap().LiveObjects(), kN);
  EXPECT_EQ(backend_.Collect(2), static_cast<int64_t>(kN));
  EXPECT_EQ(backend_.heap().LiveObjects(), 0u);
  EXPECT_EQ(backend_.Count()[0], 0);
}

// PyObject_ClearWeakRefs' temporary tuple goes through the trashcan like
// any tuple: deep in a cascade it is deposited, so weakrefs only it keeps
// alive are freed when the stack unwinds. The heap stays verifiable at
// every callback meanwhile.
TEST_F(Orders, WeakrefHoldingTupleIsDeferredByTheTrashcanInDeepCascades) {
  Class("N", 1);
  Start();
  for (int i = 0; i < 60; ++i) {
    std::string n = "n" + std::to_string(i);
    New(n, "N");
    if (i > 0) Set(n, 0, "n" + std::to_string(i - 1));
    if (i > 0) Del("n" + std::to_string(i - 1));
    ObjId a = Ref("a" + std::to_string(i), n, true);
    ObjId b = Ref("b" + std::to_string(i), n, true);
    host_.on_callback[b] = [this, a, b] {
      backend_.heap().VerifyHeap();
      backend_.Decref(a);  // the runner's names go: only the tuple holds them
      backend_.Decref(b);
    };
  }
  for (int i = 0; i < 60; ++i) {
    names_.erase("a" + std::to_string(i));
    names_.erase("b" + std::to_string(i));
  }
  Full();
  Del("n59");
  std::string full = Full();
  // Level 1 (n59): its weakrefs are freed right after its callbacks.
  EXPECT_EQ(
      full.rfind("callback b59, callback a59, free a59, free b59, free n59", 0),
      0u)
      << full;
  // n10 is deallocated at nesting 50: its tuple is deposited first, then
  // n9 (released by n10) is deposited too. When the stack unwinds, the
  // trashcan runs LIFO: n9 and the rest of the chain, and only at the very
  // end the tuple that still holds a10 and b10.
  EXPECT_NE(full.find("callback b10, callback a10, free n10, callback b9"),
            std::string::npos)
      << full;
  std::string tail = "free n0, free a10, free b10";
  EXPECT_EQ(full.substr(full.size() - tail.size()), tail) << full;
  EXPECT_EQ(backend_.heap().LiveObjects(), 0u);
}

}  // namespace
}  // namespace gcfuzz::collector::testing
