#include "oracle/heap_snapshot.h"

#include <gtest/gtest.h>

#include "tests/oracle/heap_builder.h"

namespace gcfuzz::oracle {
namespace {

using testing::HeapBuilder;

HeapSnapshot Pair() {
  HeapBuilder h;
  ObjId a = h.Instance(Where::kGen1);
  ObjId b = h.Container(ObjKind::kList, Where::kGen0);
  h.Ref(a, b).Ref(b, a).Ref(b, a).External(a);
  h.External(h.Weakref(a, true, Where::kGen2));
  return h.Build(2);
}

TEST(HeapSnapshot, WellFormedSnapshotValidates) {
  EXPECT_EQ(ValidateSnapshot(Pair()), "");
}

TEST(HeapSnapshot, IncomingAndExternalRefsCountRepeats) {
  HeapSnapshot s = Pair();
  EXPECT_EQ(IncomingRefs(s).at(0), 2);
  EXPECT_EQ(ExternalRefs(s).at(0), 1);
  EXPECT_EQ(ExternalRefs(s).at(1), 0);
}

TEST(HeapSnapshot, WeakrefQueriesFollowTheLists) {
  HeapSnapshot s = Pair();
  EXPECT_EQ(s.ReferentOf(2), 0u);
  EXPECT_TRUE(s.HasCallback(2));
  EXPECT_EQ(s.ReferentOf(1), kNoObj);
  EXPECT_EQ(s.WeakrefsOf(1), nullptr);
}

TEST(HeapSnapshot, ListOrderKeepsSnapshotOrderPerList) {
  HeapBuilder h;
  ObjId a = h.Instance(Where::kGen2);
  ObjId b = h.Instance(Where::kGen0);
  ObjId c = h.Instance(Where::kGen2);
  for (ObjId x : {a, b, c}) h.External(x);
  HeapSnapshot s = h.Build(2);
  EXPECT_EQ(s.ListOrder(Where::kGen2), (std::vector<ObjId>{a, c}));
  EXPECT_EQ(s.ListOrder(Where::kGen0), (std::vector<ObjId>{b}));
}

struct BadCase {
  const char* name;
  void (*mutate)(HeapSnapshot&);
  const char* error;
};

TEST(HeapSnapshot, MalformedSnapshotsAreRejectedWithClearErrors) {
  const BadCase cases[] = {
      {"generation", [](HeapSnapshot& s) { s.generation = 3; },
       "generation 3 is not in 0..2"},
      {"duplicate", [](HeapSnapshot& s) { s.objects[1].id = 0; },
       "object 0 appears twice"},
      {"no id", [](HeapSnapshot& s) { s.objects[0].id = kNoObj; },
       "an object has id kNoObj"},
      {"dangling ref", [](HeapSnapshot& s) { s.objects[1].refs.push_back(7); },
       "object 1 refers to 7, which is not in the snapshot"},
      {"garbage", [](HeapSnapshot& s) { s.garbage.push_back(9); },
       "gc.garbage holds 9, which is not in the snapshot"},
      {"zero refcount", [](HeapSnapshot& s) { s.objects[1].refcount = 0; },
       "object 1 is live with refcount 0"},
      {"refcount too low", [](HeapSnapshot& s) { s.objects[0].refcount = 1; },
       "object 0 has refcount 1 but 2 references from heap objects and "
       "gc.garbage"},
      {"list finalizer", [](HeapSnapshot& s) { s.objects[1].has_del = true; },
       "object 1 is a list but has a finalizer; only instances have one"},
      {"weakref list of missing",
       [](HeapSnapshot& s) { s.weakrefs[0].referent = 5; },
       "a weakref list belongs to 5, which is not in the snapshot"},
      {"non-weakref entry",
       [](HeapSnapshot& s) { s.weakrefs[0].entries[0].weakref = 1; },
       "the weakref list of 0 holds 1, a list, not a weakref"},
      {"weakref twice",
       [](HeapSnapshot& s) {
         s.weakrefs[0].entries.push_back({2, false});
       },
       "weakref 2 is in two weakref lists"},
      {"two lists",
       [](HeapSnapshot& s) { s.weakrefs.push_back(s.weakrefs[0]); },
       "object 0 has two weakref lists"},
  };
  for (const BadCase& c : cases) {
    HeapSnapshot s = Pair();
    c.mutate(s);
    EXPECT_EQ(ValidateSnapshot(s), c.error) << c.name;
  }
}

}  // namespace
}  // namespace gcfuzz::oracle
