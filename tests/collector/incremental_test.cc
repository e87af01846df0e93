// tests/collector/incremental_test.cc — the model's profile of CPython
// 3.14.2's incremental collector (collect_incremental.cc), rule by rule of
// docs/cpython-3.14-incremental.md. Each program states its expectations
// in gcops and runs on collector@3.14 through the real runner; the
// corpus's v314_* scenarios check the same rules on the real interpreter.
#include <gtest/gtest.h>

#include <string>

#include "collector/collector_backend.h"
#include "collector/version_rules.h"
#include "gcops/parser.h"
#include "gcops/runner.h"

namespace gcfuzz::collector {
namespace {

// Failures and misuse of `text` run on `rules`; empty when all held.
std::string RunOn(const VersionRules& rules, const std::string& text) {
  gcops::Program program;
  gcops::ParseError error;
  if (!gcops::Parse(text, "test.gcops", &program, &error))
    return "parse error: " + error.ToString();
  CollectorBackend backend(rules);
  gcops::RunResult result = gcops::Run(program, backend);
  std::string out;
  for (const gcops::Failure& f : result.failures)
    out += gcops::FormatFailure("test.gcops", f) + "\n";
  if (result.misuse)
    out += gcops::FormatMisuse("test.gcops", *result.misuse) + "\n";
  return out;
}

std::string Run314(const std::string& text) { return RunOn(kPython3_14, text); }

TEST(Incremental, OnlyVersion314IsIncremental) {
  for (const VersionRules* r : kVersionProfiles)
    EXPECT_EQ(r->incremental, r->version == PythonVersion::k3_14) << r->name;
  EXPECT_NE(FindVersionProfile("3.14"), nullptr);
}

// INC-8, INC-9, INC-32, INC-33.
TEST(Incremental,
     YoungCollectionSurvivorsAreGenerationTwoAndGenerationOneIsEmpty) {
  EXPECT_EQ(Run314(R"(
class N slots=1
new a N
collect 0
expect generation a 2
expect objects 0
expect objects 1
expect objects 2 a
expect count 0 1 0
new b N
collect 0
expect objects 2 a b
expect count 0 2 0
)"),
            "");
}

// INC-16: every reference from the old lists is external to collect(0).
TEST(Incremental, YoungCollectionKeepsACycleThroughAnOldObject) {
  EXPECT_EQ(Run314(R"(
class N slots=1 del
new a N
collect 0
new b N
set b.0 a
set a.0 b
del a
del b
collect 0
expect collected 0
collect
expect collected 2
expect log collect 0 0, collect 0 0, del a, del b, collect 2 2
)"),
            "");
}

// INC-10: visited, then pending, then young (3.11 would say z, y, x).
TEST(Incremental, FullCollectionExaminesVisitedThenPendingThenYoung) {
  EXPECT_EQ(Run314(R"(
class N slots=1 del
new z N
set z.0 z
collect
new x N
set x.0 x
collect 0
new y N
set y.0 y
expect objects 2 x z
del z
del x
del y
collect
expect collected 3
expect log collect 2 0, collect 0 0, del x, del z, del y, collect 2 3
expect count 0 0 0
)"),
            "");
}

// INC-11 step 4, INC-15, INC-30.
TEST(Incremental, FirstStepAfterAFullCollectionOnlyMarksAndIsNotCounted) {
  EXPECT_EQ(Run314(R"(
class N slots=1 del
new g N
set g.0 g
del g
collect 1
expect collected 0
expect stats 1 0 0 0
collect 1
expect collected 1
expect stats 1 1 1 0
collect 1
expect collected 0
expect stats 1 1 1 0
expect log collect 1 0, del g, collect 1 1, collect 1 0
)"),
            "");
}

// INC-11 step 5, INC-14: work grows by 3 per new object; each step takes
// pending objects from the head, each with the pending objects it reaches.
TEST(Incremental, IncrementTakesPendingObjectsWithinTheBudget) {
  EXPECT_EQ(Run314(R"(
class N slots=1 del
new p1 N
set p1.0 p1
new p2 N
set p2.0 p2
new p3 N
new q3 N
set p3.0 q3
set q3.0 p3
collect
del p1
del p2
del p3
del q3
collect 1
new y1 N
collect 1
expect collected 2
expect log collect 2 0, collect 1 0, del p1, del p2, collect 1 2
new y2 N
collect 1
expect collected 2
expect log del p3, del q3, collect 1 2
)"),
            "");
}

// INC-11, INC-14: marking costs twice what it marks, and a step whose
// work is still negative does nothing (young stays young, no stats).
TEST(Incremental, MarkingChargesTwiceAndASkippedStepDoesNothing) {
  EXPECT_EQ(Run314(R"(
class N slots=1 del
new x3 N
new x2 N
set x2.0 x3
new x N
set x.0 x2
new s N
set s.0 x
collect
on_del s { collect 1 }
del s
expect generation x3 2
new g N
set g.0 g
del g
collect 1
expect collected 0
expect generation g 0
expect stats 1 0 0 0
new n N
collect 1
expect collected 1
expect stats 1 1 1 0
)"),
            "");
}

// INC-12: the marking step marks what the frames hold: a finalizer's self
// and what it reaches; objects only the roots hold stay young.
TEST(Incremental, MarkingMovesTheFinalizersSelfAndWhatItReaches) {
  EXPECT_EQ(Run314(R"(
class N slots=1 del
new k N
new x N
new s N
set s.0 x
on_del s { collect 1 }
del s
expect generation x 2
expect generation k 0
expect log del s, collect 1 0
)"),
            "");
}

// INC-12: a store's value and container are on the translation's stack
// while the old value dies: setattr pushes the value last, a subscript
// store the container after the value.
TEST(Incremental, MarkingTakesAStoresOperandsInStackOrder) {
  EXPECT_EQ(Run314(R"(
class N slots=1 del
new c N
new v N
new old N
set c.0 old
on_del old { collect 1 }
del old
set c.0 v
expect objects 2 v c
new old2 N
new v2 N
list l old2
on_del old2 { collect 1 }
del old2
collect 2
collect 1
new w N
set l.0 w
expect objects 2 l w v c v2
)"),
            "");
}

// INC-3, INC-4, INC-13: counting on tracking; an automatic collection is
// one step reported as generation 1, run after the new object exists.
TEST(Incremental, AutomaticStepMarksTheNewObjectOnTheStack) {
  EXPECT_EQ(Run314(R"(
class N slots=1
threshold 3
new a1 N
new a2 N
new a3 N
expect log
expect count 3 0 0
new a4 N
expect log collect 1 0 auto
expect generation a4 2
expect objects 0 a1 a2 a3
tuple t 1 2
dict d
expect tracked d
expect untracked t
expect count 1 0 0
)"),
            "");
}

// INC-35, INC-15: unfreeze appends the permanent generation to visited;
// with nothing frozen any more a completed scavenge flips the spaces, so
// e (visited, now old[1]) is listed last. (The real interpreter agrees
// but for d's place: after unfreeze its roots dict is in the heap, and the
// full collection rescues d to the tail: docs/python-translation.md,
// "Limits".)
TEST(Incremental, UnfreezeAppendsToVisitedAndLetsTheSpacesFlip) {
  EXPECT_EQ(Run314(R"(
class N slots=1
new a N
collect
new b N
collect 0
new c N
freeze
expect objects 2
expect count 0 0 0
new d N
collect 0
unfreeze
expect objects 2 d c b a
expect count 0 1 0
collect
new e N
collect 0
expect objects 2 d c b a e
)"),
            "");
}

// INC-34: get_referrers walks young, visited, pending.
TEST(Incremental, ReferrersAreListedYoungThenVisitedThenPending) {
  EXPECT_EQ(Run314(R"(
class N slots=1
new t N
new hz N
set hz.0 t
collect
new hx N
set hx.0 t
collect 0
new hy N
set hy.0 t
expect referrers t hy hx hz
)"),
            "");
}

}  // namespace
}  // namespace gcfuzz::collector
