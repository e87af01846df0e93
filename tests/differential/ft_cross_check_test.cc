// tests/differential/ft_cross_check_test.cc — the normaliser
// (differential/ft_normalize.h) and the free-threaded cross-check
// (differential/ft_cross_check.h): the rewrite itself, every corpus program and
// a fixed-seed batch of mutants with no disagreement, and the
// documented 3.11/3.13t differences the check allows.
#include "differential/ft_cross_check.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "collector/collector_backend.h"
#include "differential/ft_normalize.h"
#include "fuzz/mutator.h"
#include "gcops/parser.h"
#include "gcops/printer.h"
#include "gcops/runner.h"
#include "tests/support/corpus_programs.h"

namespace gcfuzz::differential {
namespace {

using fuzz::MutateProgram;
using fuzz::Rng;

gcops::Program ParseOrDie(const std::string& text) {
  gcops::Program p;
  gcops::ParseError e;
  EXPECT_TRUE(gcops::Parse(text, "test.gcops", &p, &e)) << e.ToString();
  return p;
}

// The committed corpus (tests/support/corpus_programs.h) by file name;
// every file must parse.
std::vector<std::pair<std::string, gcops::Program>> Corpus() {
  std::vector<std::pair<std::string, gcops::Program>> out;
  for (testing::CorpusProgram& c : testing::LoadCorpusPrograms()) {
    EXPECT_FALSE(c.error.has_value()) << c.path << ": " << c.error->ToString();
    out.emplace_back(std::filesystem::path(c.path).filename().string(),
                     std::move(c.program));
  }
  return out;
}

TEST(FtNormalize, RewritesCollectionsAndDropsSchedulingAndExpectations) {
  const gcops::Program in = ParseOrDie(
      "class C del\n"
      "new a C\n"
      "threshold 5 1\n"
      "enable\n"
      "collect 0\n"
      "on_del a { collect 1; enable; threshold 3; new b C }\n"
      "ref w a { collect }\n"
      "gccallback { collect 0 }\n"
      "expect collected 0\n"
      "collect\n");
  const gcops::Program expected = ParseOrDie(
      "disable\n"
      "class C del\n"
      "new a C\n"
      "collect 2\n"
      "on_del a { collect 2; new b C }\n"
      "ref w a { collect 2 }\n"
      "gccallback { collect 2 }\n"
      "collect 2\n");
  const gcops::Program out = NormalizeForFtCrossCheck(in);
  EXPECT_EQ(gcops::Print(out), gcops::Print(expected));
  EXPECT_EQ(out, expected);
}

TEST(FtNormalize, IsIdempotentAndKeepsEverythingElse) {
  const gcops::Program in = ParseOrDie(
      "class C slots=2 tp_del\n"
      "disable\n"
      "new a C\n"
      "set a.0 a\n"
      "debug saveall\n"
      "freeze\n"
      "unfreeze\n"
      "take_garbage g\n"
      "clear_garbage\n");
  const gcops::Program once = NormalizeForFtCrossCheck(in);
  EXPECT_EQ(NormalizeForFtCrossCheck(once), once);
  // Only the leading `disable` is new.
  EXPECT_EQ(once.stmts.size(), in.stmts.size() + 1);
  EXPECT_EQ(once.stmts[0].op, gcops::Op::kDisable);
}

TEST(FtCrossCheck, EveryCorpusProgramAgrees) {
  const auto corpus = Corpus();
  ASSERT_GE(corpus.size(), 100u) << "GCFUZZ_SOURCE_DIR must point at the tree";
  int exact = 0, pre_only = 0, oracle = 0, raw = 0;
  for (const auto& [name, program] : corpus) {
    FtCrossStats stats;
    const auto d = FtCrossCheck(program, &stats);
    EXPECT_FALSE(d.has_value())
        << name << ": collection " << d->collection << ": " << d->what << "\n"
        << d->detail;
    exact += stats.exact;
    pre_only += stats.pre_finalizer_only;
    oracle += stats.oracle_checked;
    raw += stats.raw_oracle_checked;
  }
  // The corpus exercises both kinds of comparison.
  EXPECT_GT(exact, 50);
  EXPECT_GT(pre_only, 5);
  EXPECT_GE(oracle, exact + pre_only);
  EXPECT_GT(raw, 100);  // automatic collections included
  std::printf(
      "corpus: %zu programs, %d exact collections, %d pre-finalizer only, "
      "%d checked against the oracle, %d in the unnormalised runs\n",
      corpus.size(), exact, pre_only, oracle, raw);
}

// GCFUZZ_FT_MUTANTS / GCFUZZ_FT_SEED override the batch for longer soaks
// (the defaults are what ctest runs).
int EnvInt(const char* name, int fallback) {
  const char* v = std::getenv(name);
  return v == nullptr ? fallback : std::atoi(v);
}

TEST(FtCrossCheck, FixedSeedMutantsAgree) {
  auto corpus = Corpus();
  ASSERT_FALSE(corpus.empty());
  const int mutants = EnvInt("GCFUZZ_FT_MUTANTS", 1500);
  Rng rng(static_cast<uint64_t>(EnvInt("GCFUZZ_FT_SEED", 4242)));
  int collections = 0;
  for (int i = 0; i < mutants; ++i) {
    gcops::Program p = corpus[rng() % corpus.size()].second;
    MutateProgram(p, rng);
    FtCrossStats stats;
    gcops::Program normalized;
    const auto d = FtCrossCheck(p, &stats, &normalized);
    ASSERT_FALSE(d.has_value()) << "mutant " << i << ": collection "
                                << d->collection << ": " << d->what << "\n"
                                << d->detail << "\n"
                                << gcops::Print(normalized);
    collections += stats.collections;
  }
  EXPECT_GT(collections, mutants);
}

// A documented 3.11/3.13t difference the check must allow: a tp_del
// object held only by collectable garbage dies in 3.11 (tp_del runs, the
// collection returns 1) but survives into gc.garbage in 3.13t (returns 2).
TEST(FtCrossCheck, AllowsTheLegacyObjectKeptByTheWorklist) {
  const gcops::Program p = ParseOrDie(
      "class C slots=2\n"
      "class L tp_del\n"
      "new c C\n"
      "set c.0 c\n"
      "new l L\n"
      "set c.1 l\n"
      "del l\n"
      "del c\n"
      "collect\n");
  const gcops::Program n = NormalizeForFtCrossCheck(p);
  collector::CollectorBackend classic;
  collector::CollectorBackend ft(collector::CollectorMode::kFreeThreaded);
  const gcops::RunResult a = gcops::Run(n, classic);
  const gcops::RunResult b = gcops::Run(n, ft);
  EXPECT_NE(a.trace.ToString(), b.trace.ToString());  // the modes do differ
  EXPECT_NE(a.trace.ToString().find("tp_del l"), std::string::npos);
  EXPECT_NE(b.trace.ToString().find("garbage l"), std::string::npos);
  FtCrossStats stats;
  const auto d = FtCrossCheck(p, &stats);
  EXPECT_FALSE(d.has_value()) << d->what << "\n" << d->detail;
  EXPECT_EQ(stats.exact, 1);
}

// A body that changes the heap during a collection makes the rest of the
// run order-dependent: that collection is compared on its pre-finalizer
// decisions only, and later ones only against the oracle.
TEST(FtCrossCheck, BodyEffectsLimitTheComparisonToPreFinalizerDecisions) {
  const gcops::Program p = ParseOrDie(
      "class D slots=2 del\n"
      "new a D\n"
      "new b D\n"
      "set a.0 b\n"
      "set b.0 a\n"
      "on_del a { set self.1 self }\n"
      "on_del b { let keep self.0 }\n"
      "del a\n"
      "del b\n"
      "collect\n"
      "del keep\n"
      "collect\n");
  FtCrossStats stats;
  const auto d = FtCrossCheck(p, &stats);
  EXPECT_FALSE(d.has_value()) << d->what << "\n" << d->detail;
  EXPECT_EQ(stats.collections, 2);
  EXPECT_EQ(stats.pre_finalizer_only, 1);
  EXPECT_EQ(stats.exact, 0);
  EXPECT_EQ(stats.oracle_checked, 2);
}

}  // namespace
}  // namespace gcfuzz::differential
