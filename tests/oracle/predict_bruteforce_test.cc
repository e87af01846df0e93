// The Boost.Graph oracle against the brute-force one (brute_force.h) on
// thousands of seeded random heaps, plus the defining properties of each
// predicted set checked directly on the graph.
#include <gtest/gtest.h>

#include <cstdio>
#include <map>
#include <random>

#include "oracle/predict.h"
#include "tests/oracle/brute_force.h"
#include "tests/oracle/random_heap.h"

namespace gcfuzz::oracle {
namespace {

using testing::BruteForceCollection;
using testing::BruteForceCounts;
using testing::BruteForceResurrection;
using testing::RandomAfterFinalizers;
using testing::RandomEnd;
using testing::RandomHeap;

constexpr int kHeaps = 4000;
constexpr uint64_t kSeed = 0x6766'7a7a'3331ull;

// How often the random heaps exercised each interesting case; a generator
// that never makes, say, a legacy closure would make the comparison vacuous.
struct Coverage {
  std::map<std::string, int> hits;
  void Note(const std::string& what, bool happened) { hits[what] += happened; }
};

TEST(PredictBruteForce, AgreesWithBruteForceOnRandomHeaps) {
  std::mt19937_64 rng(kSeed);
  Coverage cov;
  for (int i = 0; i < kHeaps; ++i) {
    HeapSnapshot start = RandomHeap(rng);
    ASSERT_EQ(ValidateSnapshot(start), "") << DescribeSnapshot(start);
    Result<CollectionPrediction> p = PredictCollection(start);
    ASSERT_TRUE(p.ok()) << p.error();
    ASSERT_EQ(*p, BruteForceCollection(start)) << "heap " << i << "\n"
                                               << DescribeSnapshot(start);
    cov.Note("unreachable", !p->unreachable.empty());
    cov.Note("some reachable", p->unreachable.size() < p->collected.size());
    cov.Note("legacy", !p->legacy.empty());
    cov.Note("legacy beyond roots", p->legacy.size() > 1);
    cov.Note("legacy at risk", !p->legacy_at_risk.empty());
    cov.Note("cleared", !p->cleared_weakrefs.empty());
    cov.Note("callbacks", !p->callbacks.empty());
    cov.Note("two callbacks", p->callbacks.size() > 1);
    cov.Note("del", !p->del_calls.empty());

    testing::RandomAfter after = RandomAfterFinalizers(rng, start, *p);
    ASSERT_EQ(ValidateSnapshot(after.after), "");
    Result<ResurrectionPrediction> r =
        PredictResurrection(*p, after.after, after.survivors);
    ASSERT_TRUE(r.ok()) << r.error();
    ASSERT_EQ(*r, BruteForceResurrection(after.after, after.survivors))
        << "heap " << i << "\n"
        << DescribeSnapshot(after.after);
    cov.Note("resurrected", !r->resurrected.empty());
    cov.Note("final", !r->final_unreachable.empty());

    HeapSnapshot end = RandomEnd(rng, after.after, *p, *r);
    ASSERT_EQ(ValidateSnapshot(end), "");
    int64_t freed_wr = std::uniform_int_distribution<int64_t>(
        0, static_cast<int64_t>(p->callbacks.size()))(rng);
    // RandomEnd follows the start's flag through delete_garbage; a body
    // run by a tp_clear there may still have set it before
    // handle_legacy_finalizers (the only valid way the two can differ).
    SaveAllFlags saveall{end.debug_saveall, end.debug_saveall};
    if (!saveall.in_delete && std::bernoulli_distribution(0.2)(rng)) {
      saveall.at_legacy = true;
    }
    cov.Note("saveall set during delete_garbage",
             saveall.at_legacy && !saveall.in_delete);
    Result<CountPrediction> c = PredictCounts(*p, *r, end, freed_wr, saveall);
    ASSERT_TRUE(c.ok()) << c.error();
    ASSERT_EQ(*c, BruteForceCounts(*p, *r, end, freed_wr, saveall))
        << "heap " << i << "\n"
        << DescribeSnapshot(end);
    cov.Note("uncollectable", c->uncollectable > 0);
    cov.Note("legacy lost",
             static_cast<size_t>(c->uncollectable) < p->legacy.size());
    cov.Note("garbage appends", !c->garbage_appends.empty());
  }
  for (const auto& [what, hits] : cov.hits) {
    std::printf("  %-20s %d of %d heaps\n", what.c_str(), hits, kHeaps);
    EXPECT_GE(hits, kHeaps / 50) << "random heaps rarely exercise: " << what;
  }
}

// The defining properties, checked on the graph itself rather than against
// a second implementation: U is exactly the part of C that only U holds.
TEST(PredictBruteForce, UnreachableSetIsHeldOnlyByItselfAndIsMaximal) {
  std::mt19937_64 rng(kSeed + 1);
  for (int i = 0; i < kHeaps; ++i) {
    HeapSnapshot s = RandomHeap(rng);
    Result<CollectionPrediction> p = PredictCollection(s);
    ASSERT_TRUE(p.ok()) << p.error();
    // Every reference to a member of U comes from a member of U.
    std::map<ObjId, int64_t> from_u;
    for (ObjId u : p->unreachable) {
      for (ObjId r : s.Find(u)->refs) from_u[r] += 1;
    }
    for (ObjId u : p->unreachable) {
      ASSERT_EQ(s.Find(u)->refcount, from_u[u])
          << "unreachable " << u << " is held from outside U\n"
          << DescribeSnapshot(s);
    }
    // Maximal: every reachable member of C is held from outside C or by a
    // reachable member (else it could join U).
    for (ObjId c : p->collected) {
      if (Contains(p->unreachable, c)) continue;
      bool held = p->gc_refs.at(c) > 0;
      for (ObjId other : p->collected) {
        if (Contains(p->unreachable, other)) continue;
        for (ObjId r : s.Find(other)->refs) held = held || r == c;
      }
      ASSERT_TRUE(held) << "reachable " << c << " has no reachable holder\n"
                        << DescribeSnapshot(s);
    }
    // F is closed: members of F refer only to F or outside U.
    for (ObjId f : p->legacy) {
      for (ObjId r : s.Find(f)->refs) {
        ASSERT_FALSE(Contains(p->finalizable, r))
            << "legacy " << f << " refers to finalizable " << r;
      }
    }
  }
}

}  // namespace
}  // namespace gcfuzz::oracle
