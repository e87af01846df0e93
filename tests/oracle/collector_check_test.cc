// The collector, run on gcops programs, checked collection by collection
// against the oracle (oracle/collector_check.h). The programs are the
// scenarios of cpython-3.11-gc.md sections 3 and 6; their own `expect`
// lines carry CPython's measured results, and every collection must agree
// with the oracle. Planted-bug tests then prove the checker notices a
// collector that reports something else.
#include "oracle/collector_check.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "collector/version_rules.h"
#include "differential/verdict.h"
#include "gcops/binary.h"
#include "gcops/parser.h"
#include "tests/oracle/random_program.h"
#include "tests/support/corpus_programs.h"
#include "tests/support/parse.h"

namespace gcfuzz::oracle {
namespace {

using ::gcfuzz::testing::MustParse;

std::string Failures(const gcops::RunResult& run) {
  std::string s;
  for (const gcops::Failure& f : run.failures) {
    s += gcops::FormatFailure("test.gcops", f) + "\n";
  }
  if (run.misuse) s += gcops::FormatMisuse("test.gcops", *run.misuse) + "\n";
  return s;
}

// Runs `text`, which must pass its own expectations, with every collection
// agreeing with the oracle; returns the run for further checks.
CheckedRun ExpectAgrees(std::string_view text, int min_collections = 1) {
  CheckedRun r = RunChecked(MustParse(text));
  EXPECT_TRUE(r.run.ok()) << Failures(r.run) << r.run.trace.ToString();
  EXPECT_FALSE(r.finding.has_value())
      << (r.finding->ToString() + "\n" + r.finding->context)
      << r.run.trace.ToString();
  EXPECT_GE(r.collections_checked, min_collections);
  EXPECT_GE(r.invariant_checks, 1);
  return r;
}

TEST(CollectorCheck, TwoCycleWithDelAndWeakrefCallback) {
  ExpectAgrees(R"(
class Node slots=2 del
new a Node
new b Node
set a.0 b
set b.0 a
ref w a {}
del a
del b
collect
expect collected 2
expect log callback w, del a, del b, collect 2 2
expect cleared w
)");
}

TEST(CollectorCheck, BasicCyclesOfEveryContainerKind) {
  // 6.A-1..3: list self-cycle 1, dict self-cycle 1, list<->tuple 2.
  ExpectAgrees(R"(
list l
append l l
del l
collect
expect collected 1
dict d
set d.1 d
del d
collect
expect collected 1
list m
tuple t m
append m t
del m
del t
collect
expect collected 2
)",
               3);
}

TEST(CollectorCheck, ResurrectionKeepsOnlyTheResurrectedPart) {
  // gcops.md 5, third example; 6.A-24 and 26.
  ExpectAgrees(R"(
class Node slots=1 del
new a Node
set a.0 a
on_del a { let saved self }
new l Node
new m Node
set l.0 m
set m.0 l
del a
del l
del m
collect
expect collected 2
expect log del a, del l, del m, collect 2 2
expect alive a
expect finalized a
del saved
collect
expect collected 1
expect del_calls a 1
)",
               2);
}

TEST(CollectorCheck, PartialResurrectionInYoungCollection) {
  // 3.8 / 6.B-13: z resurrects and drags y along; both go to gen1 with
  // dead weakrefs; a later collection frees them without a second __del__.
  ExpectAgrees(R"(
class Node slots=2 del
new z Node
new y Node
set z.0 z
set y.0 z
set z.1 y
on_del z { let keep self }
ref wz z
del z
del y
collect 0
expect collected 0
expect generation z 1
expect cleared wz
expect finalized z
del keep
collect
expect collected 2
expect del_calls z 1
)",
               2);
}

TEST(CollectorCheck, RingAndHangersOnFinalizeInListOrder) {
  // 6.B-1 and 6.B-5.
  ExpectAgrees(R"(
class N slots=2 del
new c N
new a N
new b N
new d N
set a.0 b
set b.0 a
set a.1 c
set b.1 d
del a
del b
del c
del d
collect
expect collected 4
expect log del c, del a, del b, del d, collect 2 4
)");
}

TEST(CollectorCheck, ReversalDance) {
  // 6.B-2: C -> B -> A with C held, one collection, then closed and dropped.
  ExpectAgrees(R"(
class N slots=1 del
new a N
new b N
new c N
set c.0 b
set b.0 a
del a
del b
collect
let bb c.0
let aa bb.0
set aa.0 c
del aa
del bb
del c
collect
expect log collect 2 0, del c, del b, del a, collect 2 3
)",
               2);
}

TEST(CollectorCheck, MergeOrderOfAFullCollection) {
  // 6.B-3: self-cycles in gen2, gen1, gen0 are finalized gen2, gen0, gen1.
  CheckedRun r = ExpectAgrees(R"(
class N slots=1 del
new z N
set z.0 z
collect
new x N
set x.0 x
collect 0
new y N
set y.0 y
expect generation z 2
expect generation x 1
expect generation y 0
del x
del y
del z
collect
expect log collect 2 0, collect 0 0, del z, del y, del x, collect 2 3
)",
                              3);
  EXPECT_EQ(r.merge_checks, 3);
}

TEST(CollectorCheck, WeakrefCallbacksRunBeforeAnyDel) {
  // 6.B-6.
  ExpectAgrees(R"(
class N slots=1 del
new a N
new b N
set a.0 b
set b.0 a
ref a1 a {}
ref a2 a {}
ref basic a
ref b1 b {}
del a
del b
collect
expect collected 2
expect log callback a2, callback a1, callback b1, del a, del b, collect 2 2
expect cleared basic a1 a2 b1
)");
}

TEST(CollectorCheck, TrashWeakrefCallbackNeverRuns) {
  // 6.B-8 without the lambda: only the outside weakref's callback runs.
  ExpectAgrees(R"(
class N slots=2
new a N
set a.0 a
ref inner a {}
set a.1 inner
del inner
ref outer a {}
del a
collect
expect collected 2
expect log callback outer, collect 2 2
)");
}

TEST(CollectorCheck, LateWeakrefFromAFinalizerFiresInDeleteGarbage) {
  // 6.B-9 (gh-91636).
  ExpectAgrees(R"(
class N slots=1 del
new a N
new b N
set a.0 b
set b.0 a
on_del a { ref late self.0 {} }
del a
del b
collect
expect collected 2
expect log del a, del b, callback late, collect 2 2
)");
}

TEST(CollectorCheck, WeakrefFreedByItsOwnCallbackIsCounted) {
  // 6.B-10.
  ExpectAgrees(R"(
class N slots=1
new a N
set a.0 a
ref w a { clear holder.0 }
list holder w
del w
del a
collect
expect collected 2
)");
}

TEST(CollectorCheck, TrashWeakrefToLiveObjectIsKilled) {
  // 6.B-11.
  ExpectAgrees(R"(
class N slots=2 del
new live N
new z N
set z.0 z
ref w live {}
set z.1 w
del w
on_del z { let keep self }
del z
collect
expect collected 0
expect weakrefs live 0
expect callback_calls w 0
)");
}

TEST(CollectorCheck, SuicidalFinalizers) {
  // 6.B-14: objects freed during finalization are not counted.
  ExpectAgrees(R"(
class N slots=1 del
new s N
set s.0 s
on_del s { clear self.0 }
del s
collect
expect collected 0
new a N
new b N
new c N
set a.0 b
set b.0 c
set c.0 a
on_del b { clear self.0 }
del a
del b
del c
collect
expect collected 0
expect log del s, collect 2 0, del a, del b, del c, collect 2 0
)",
               2);
}

TEST(CollectorCheck, LegacyMix) {
  // 3.11 / 6.B-15: ret 3, gc.garbage == [a], log cb c, del c; wb alive.
  ExpectAgrees(R"(
class L slots=2 del tp_del
class N slots=2 del
new a L
new b N
new c N
set a.0 a
set a.1 b
set c.0 c
set c.1 a
ref wb b
ref wc c {}
del a
del b
del c
collect
expect collected 3
expect garbage a
expect log callback wc, del c, garbage a, collect 2 3
expect alive wb
)");
}

TEST(CollectorCheck, LegacyObjectHeldOnlyByGarbageDiesInDeleteGarbage) {
  // Verified on 3.11.7: returns 1, gc.garbage stays empty, tp_del runs.
  ExpectAgrees(R"(
class L slots=1 tp_del
class N slots=2
new y N
set y.0 y
new r L
set y.1 r
new z N
set r.0 z
del r
del z
del y
collect
expect collected 1
expect garbage
expect tp_del_calls r 1
)");
}

TEST(CollectorCheck, WeakrefInLegacyClosureWithCallback) {
  // Verified on 3.11.7: returns 2 (not 3), gc.garbage == [l], cb runs.
  ExpectAgrees(R"(
class L slots=2 tp_del
class N slots=1
new l L
set l.0 l
new x N
set x.0 x
ref w x {}
set l.1 w
del w
del l
del x
collect
expect collected 2
expect garbage l
expect log callback w, garbage l, collect 2 2
)");
}

TEST(CollectorCheck, SaveAllRunsFinalizersAndKeepsEverything) {
  // 6.B-16 and 6.A-11.
  ExpectAgrees(R"(
class N slots=1 del
new a N
new b N
set a.0 b
set b.0 a
ref w a {}
del a
del b
debug saveall
collect
expect collected 2
expect log callback w, del a, del b, garbage a, garbage b, collect 2 2
debug
clear_garbage
collect
expect collected 2
)",
               2);
}

// a's __del__ sets DEBUG_SAVEALL during finalize_garbage.
constexpr std::string_view kSaveAllSetByDel = R"(
class N slots=1 del
new a N
new b N
set a.0 b
set b.0 a
on_del a { debug saveall }
del a
del b
collect
)";
// A late weakref's callback sets it from inside delete_garbage, after the
// first cycle was cleared and before the second is visited.
constexpr std::string_view kSaveAllSetInDeleteGarbage = R"(
class N slots=1 del
new a N
new b N
new c N
new d N
set a.0 b
set b.0 a
set c.0 d
set d.0 c
on_del a { ref w self.0 { debug saveall } }
del a
del b
del c
del d
collect
)";

// DEBUG_SAVEALL is read when it is used (regression: the oracle read it at
// the start of the collection). Set by a __del__ in finalize_garbage, it
// applies to the whole final_unreachable set.
TEST(CollectorCheck, SaveAllSetByAFinalizerAppliesToTheSameCollection) {
  ExpectAgrees(std::string(kSaveAllSetByDel) + R"(
expect collected 2
expect log del a, del b, garbage a, garbage b, collect 2 2
expect garbage a b
)");
}

// Set by a weakref callback that a tp_clear in delete_garbage triggers, it
// applies to the objects delete_garbage visits after that: the first
// cycle is freed, the second appended.
TEST(CollectorCheck, SaveAllSetInsideDeleteGarbageAppliesToLaterObjects) {
  ExpectAgrees(std::string(kSaveAllSetInDeleteGarbage) + R"(
expect collected 4
expect log del a, del b, del c, del d, callback w, garbage c, garbage d, collect 2 4
expect garbage c d
expect dead a b
)");
}

TEST(CollectorCheck, FrozenGarbageIsNeverCollected) {
  // 6.B-23.
  ExpectAgrees(R"(
class N slots=1 del
new a N
set a.0 a
del a
freeze
collect
expect collected 0
unfreeze
collect
expect collected 1
)",
               2);
}

TEST(CollectorCheck, AutomaticCollectionsInsideBodiesAgree) {
  // Threshold 1: collections start inside allocations, some of them inside
  // finalizer and callback bodies (host calls in progress).
  CheckedRun r = ExpectAgrees(R"(
class N slots=2 del
threshold 1 1 1
new a N
new b N
set a.0 b
set b.0 a
on_del a { new t N ; set t.0 t ; new u N ; set u.0 self }
ref w b { new v N ; set v.0 v }
del a
del b
new c N
new d N
set c.0 d
set d.0 c
del c
del d
new e N
new f N
new g N
on_del g { new h N ; set h.0 h ; new k N ; new m N }
del g
new n N
collect
)",
                              5);
  EXPECT_GT(r.collections_checked, r.invariant_checks);
}

TEST(CollectorCheck, OldObjectKeptOnlyByYoungCycleDiesInDeleteGarbage) {
  // 6.A-29 (test_bug1055820c, with an explicit collect 0): c0 in gen2 is
  // held only by the young cycle c1 <-> c2; c2's callback-less weakref is
  // cleared by handle_weakrefs, c0's callback runs when c0 dies during
  // delete_garbage.
  ExpectAgrees(R"(
class C slots=2
new c0 C
ref c0wr c0 {}
collect
new c1 C
new c2 C
set c1.0 c2
set c2.0 c1
set c1.1 c0
ref c2wr c2
del c0
del c1
del c2
collect 0
expect collected 2
expect log collect 2 0, callback c0wr, collect 0 2
expect cleared c2wr c0wr
expect dead c0
)",
               2);
}

TEST(CollectorCheck, CollectInsideAFinalizerDuringACollectionDoesNothing) {
  // 6.B-17.
  ExpectAgrees(R"(
class N slots=1 del
new a N
set a.0 a
on_del a { collect }
del a
collect
expect collected 1
expect log del a, collect 2 1
)");
}

// Every committed program, on the model's profile of each version its
// `# versions:` line names (3.11's when it names none), checked collection
// by collection. `corpus.ProgramsHoldOnTheModelOfEachVersionTheyAreTaggedWith`
// checks their expectations through the CLI's unchecked `run`; this adds
// the oracle, which found what no expectation states (a collection inside a
// deallocation: corpus/regressions/
// collection_in_finalizer_during_list_dealloc_counts_the_lists_holdings.gcops).
TEST(CollectorCheck, CorpusProgramsAgreeWithTheOracleOnEveryTaggedProfile) {
  int runs = 0, collections = 0;
  for (const auto& c : ::gcfuzz::testing::LoadPrograms(
           {"corpus/seeds", "corpus/scenarios", "corpus/regressions",
            "corpus/pinned"})) {
    ASSERT_FALSE(c.error.has_value()) << c.path;
    std::vector<std::string> versions =
        ::gcfuzz::testing::TaggedVersions(c.text);
    if (versions.empty()) versions.push_back("3.11");
    for (const std::string& v : versions) {
      const collector::VersionRules* rules = collector::FindVersionProfile(v);
      ASSERT_NE(rules, nullptr) << c.path << ": unknown version " << v;
      CheckedCollectorBackend backend(*rules);
      backend.collector().heap().set_debug_sink([](std::string_view) {});
      gcops::Run(c.program, backend);
      const auto& f = backend.finding();
      EXPECT_FALSE(f.has_value()) << c.path << " on collector@" << v << "\n"
                                  << (f->ToString() + "\n" + f->context);
      collections += backend.collections_checked();
      ++runs;
    }
  }
  EXPECT_GE(runs, 2000) << "too few programs (GCFUZZ_SOURCE_DIR unset?)";
  EXPECT_GE(collections, 1000);
}

// --- random programs ---------------------------------------------------------

// For long local soaks: GCFUZZ_ORACLE_PROGRAMS=N runs N programs instead
// of 1000, GCFUZZ_ORACLE_SEED=S starts from another seed,
// GCFUZZ_ORACLE_MAX_STATEMENTS=M makes longer programs. Without them the
// test is always the same 1000 programs.
int ProgramCount() {
  const char* env = std::getenv("GCFUZZ_ORACLE_PROGRAMS");
  return env != nullptr ? std::max(1, std::atoi(env)) : 1000;
}
testing::RandomProgramOptions ProgramOptions() {
  testing::RandomProgramOptions options;
  if (const char* env = std::getenv("GCFUZZ_ORACLE_MAX_STATEMENTS")) {
    options.max_statements = std::max(options.min_statements, std::atoi(env));
  }
  return options;
}
uint64_t ProgramSeed() {
  const char* env = std::getenv("GCFUZZ_ORACLE_SEED");
  return env != nullptr ? std::strtoull(env, nullptr, 0) : 0x0ac1e;
}

TEST(CollectorCheck, RandomProgramsAgreeWithTheOracle) {
  std::mt19937_64 rng(ProgramSeed());
  int collections = 0, checked_heaps = 0, merges = 0;
  for (int i = 0; i < ProgramCount(); ++i) {
    std::string text = testing::RandomProgram(rng, ProgramOptions());
    CheckedRun r = RunChecked(MustParse(text));
    ASSERT_FALSE(r.run.misuse.has_value())
        << "the generator made a misuse: " << Failures(r.run) << text;
    ASSERT_FALSE(r.finding.has_value())
        << "program " << i << ":\n"
        << text << (r.finding->ToString() + "\n" + r.finding->context)
        << r.run.trace.ToString();
    collections += r.collections_checked;
    checked_heaps += r.invariant_checks;
    merges += r.merge_checks;
  }
  std::printf("  %d collections checked, %d with heap invariants\n",
              collections, checked_heaps);
  EXPECT_GT(merges, 1000);
  EXPECT_GT(collections, 5000);
  EXPECT_GT(checked_heaps, 2000);
}

// Fuzz inputs are bytes: decoded programs must agree as well.
TEST(CollectorCheck, DecodedRandomBytesAgreeWithTheOracle) {
  std::mt19937_64 rng(0xb17e5);
  int collections = 0;
  for (int i = 0; i < 1000; ++i) {
    std::vector<uint8_t> bytes(
        std::uniform_int_distribution<int>(16, 400)(rng));
    for (uint8_t& b : bytes) b = static_cast<uint8_t>(rng());
    CheckedRun r = RunChecked(gcops::Decode(bytes));
    collections += r.collections_checked;
    ASSERT_FALSE(r.finding.has_value())
        << "input " << i << "\n"
        << (r.finding->ToString() + "\n" + r.finding->context)
        << r.run.trace.ToString();
  }
  EXPECT_GT(collections, 100);
}

// --- planted bugs: the checker must notice a collector that lies -----------

// Forwards to the real checker, altering one thing on the way.
class Tamper : public collector::Observer {
 public:
  enum class What {
    kDropUnreachable,
    kDropLegacy,
    kCountOneMore,
    kSwapSurvivors,
    // Host events the collector did not make, injected into the checker's
    // own log (the runner sees them too; their bodies are empty).
    kExtraDel,
    kExtraCallback,
    kExtraGarbage,
  };
  Tamper(collector::Observer& real, What what) : real_(real), what_(what) {}
  gcops::Host& Host() { return dynamic_cast<gcops::Host&>(real_); }
  void OnCollectionStart(const collector::Heap& h, int gen) override {
    real_.OnCollectionStart(h, gen);
  }
  void AfterFinalize(const collector::Heap& h,
                     const std::vector<gcops::ObjId>& u) override {
    std::vector<gcops::ObjId> v = u;
    if (what_ == What::kSwapSurvivors && v.size() >= 2) std::swap(v[0], v[1]);
    if (what_ == What::kExtraDel && !v.empty()) Host().OnDel(v[0]);
    if (what_ == What::kExtraCallback)
      Host().OnWeakrefCallback(kCallbackWeakref);
    real_.AfterFinalize(h, v);
  }
  void OnCollectionEnd(const collector::Heap& h,
                       const collector::CollectionReport& report) override {
    collector::CollectionReport r = report;
    if (what_ == What::kDropUnreachable && !r.unreachable.empty())
      r.unreachable.pop_back();
    if (what_ == What::kDropLegacy && !r.finalizers.empty())
      r.finalizers.pop_back();
    if (what_ == What::kCountOneMore) r.collected += 1;
    if (what_ == What::kExtraGarbage && !r.unreachable.empty()) {
      Host().OnGarbage(r.unreachable[0]);
    }
    real_.OnCollectionEnd(h, r);
  }
  static constexpr gcops::ObjId kCallbackWeakref = 1;

 private:
  collector::Observer& real_;
  What what_;
};

std::optional<Finding> RunTampered(std::string_view text, Tamper::What what) {
  CheckedCollectorBackend backend;
  Tamper tamper(backend.ObserverForTesting(), what);
  backend.InterposeObserverForTesting(&tamper);
  gcops::Run(MustParse(text), backend);
  return backend.finding();
}

constexpr std::string_view kLegacyAndCycle = R"(
class L slots=1 tp_del
class N slots=1 del
new l L
set l.0 l
new a N
new b N
set a.0 b
set b.0 a
del l
del a
del b
collect
)";

TEST(CollectorCheckPlantedBugs, WrongUnreachableSetIsFound) {
  std::optional<Finding> f =
      RunTampered(kLegacyAndCycle, Tamper::What::kDropUnreachable);
  ASSERT_TRUE(f.has_value());
  EXPECT_EQ(f->kind, FindingKind::kUnreachableSet);
  EXPECT_EQ(f->detail,
            "collection 1 (gen 2): the collector found [0, 1] unreachable, "
            "the oracle [0, 1, 2]");
}

TEST(CollectorCheckPlantedBugs, WrongLegacySetIsFound) {
  std::optional<Finding> f =
      RunTampered(kLegacyAndCycle, Tamper::What::kDropLegacy);
  ASSERT_TRUE(f.has_value());
  EXPECT_EQ(f->kind, FindingKind::kLegacySet);
}

TEST(CollectorCheckPlantedBugs, WrongCountIsFound) {
  std::optional<Finding> f =
      RunTampered(kLegacyAndCycle, Tamper::What::kCountOneMore);
  ASSERT_TRUE(f.has_value());
  EXPECT_EQ(f->kind, FindingKind::kReturnValue);
  // The fuzz targets' and repro's report of it (differential/verdict.h).
  const std::string report = differential::OracleMismatchVerdict(
                                 FindingName(f->kind), f->detail, f->context)
                                 .Report();
  EXPECT_EQ(report.rfind("==gcfuzz== ERROR: oracle-mismatch\n"
                         "collect-return-value: collection 1 (gen 2)",
                         0),
            0u)
      << report;
  EXPECT_NE(report.find("\nSUMMARY: gcfuzz: oracle-mismatch "
                        "collect-return-value collection 1 (gen 2): the "
                        "collector counts"),
            std::string::npos)
      << report;
}

TEST(CollectorCheckPlantedBugs, SecondDelIsFound) {
  std::optional<Finding> f =
      RunTampered(kLegacyAndCycle, Tamper::What::kExtraDel);
  ASSERT_TRUE(f.has_value());
  EXPECT_EQ(f->kind, FindingKind::kDelCalls);
  EXPECT_EQ(f->detail,
            "collection 1 (gen 2): __del__ of 1 ran 2 times by the end of "
            "finalize_garbage; the oracle expects exactly once (expected set "
            "[1, 2])");
}

TEST(CollectorCheckPlantedBugs, ExtraCallbackIsFound) {
  std::optional<Finding> f = RunTampered(R"(
class N slots=1
new a N
set a.0 a
ref w a {}
del a
collect
)",
                                         Tamper::What::kExtraCallback);
  ASSERT_TRUE(f.has_value());
  EXPECT_EQ(f->detail,
            "collection 1 (gen 2): handle_weakrefs ran callbacks of [1, 1], "
            "the oracle expects [1]");
}

TEST(CollectorCheckPlantedBugs, ExtraGarbageAppendIsFound) {
  std::optional<Finding> f =
      RunTampered(kLegacyAndCycle, Tamper::What::kExtraGarbage);
  ASSERT_TRUE(f.has_value());
  EXPECT_EQ(f->kind, FindingKind::kGarbageAppends);
}

// With DEBUG_SAVEALL changed inside delete_garbage, the appends are only
// known to be a subsequence of final_unreachable followed by the legacy
// part; a repeated object is neither.
TEST(CollectorCheckPlantedBugs,
     ExtraGarbageAppendIsFoundWhenSaveAllChangedInDeleteGarbage) {
  std::optional<Finding> f =
      RunTampered(kSaveAllSetInDeleteGarbage, Tamper::What::kExtraGarbage);
  ASSERT_TRUE(f.has_value());
  EXPECT_EQ(f->kind, FindingKind::kGarbageAppends);
  EXPECT_NE(f->detail.find("DEBUG_SAVEALL changed during delete_garbage"),
            std::string::npos)
      << f->detail;
}

// Set by a finalizer before delete_garbage, the flag is exact again: an
// append the collector did not make is found.
TEST(CollectorCheckPlantedBugs,
     ExtraGarbageAppendIsFoundWhenAFinalizerSetSaveAll) {
  std::optional<Finding> f =
      RunTampered(kSaveAllSetByDel, Tamper::What::kExtraGarbage);
  ASSERT_TRUE(f.has_value());
  EXPECT_EQ(f->kind, FindingKind::kGarbageAppends);
  EXPECT_NE(f->detail.find("(DEBUG_SAVEALL set when delete_garbage began)"),
            std::string::npos)
      << f->detail;
}

// Forwards host calls, but delivers the first two __del__ calls swapped.
class SwapFirstTwoDels : public gcops::Host {
 public:
  explicit SwapFirstTwoDels(gcops::Host& real) : real_(real) {}
  void OnDel(gcops::ObjId self) override {
    ++dels_;
    if (dels_ == 1) {
      held_ = self;
      return;
    }
    real_.OnDel(self);
    if (dels_ == 2) real_.OnDel(held_);
  }
  void OnTpDel(gcops::ObjId self) override { real_.OnTpDel(self); }
  void OnWeakrefCallback(gcops::ObjId w) override {
    real_.OnWeakrefCallback(w);
  }
  void OnGcCallback(uint32_t i, bool start, int gen, int64_t m,
                    int64_t n) override {
    real_.OnGcCallback(i, start, gen, m, n);
  }
  void OnGarbage(gcops::ObjId obj) override { real_.OnGarbage(obj); }
  void OnCollectEnd(int gen, int64_t found, bool automatic) override {
    real_.OnCollectEnd(gen, found, automatic);
  }
  void OnFree(gcops::ObjId obj) override { real_.OnFree(obj); }

 private:
  gcops::Host& real_;
  int dels_ = 0;
  gcops::ObjId held_ = gcops::kNoObj;
};

TEST(CollectorCheckPlantedBugs, DelsOutOfOrderAreFound) {
  CheckedCollectorBackend backend;
  SwapFirstTwoDels swap(backend.HostForTesting());
  backend.InterposeHostForTesting(&swap);
  gcops::Run(MustParse(kLegacyAndCycle), backend);
  ASSERT_TRUE(backend.finding().has_value());
  EXPECT_EQ(backend.finding()->detail,
            "collection 1 (gen 2): finalize_garbage called __del__ of [2, 1] "
            "in that order; with no object freed early the oracle expects "
            "[1, 2]");
}

TEST(CollectorCheckPlantedBugs, SurvivorsOutOfOrderAreFound) {
  std::optional<Finding> f =
      RunTampered(kLegacyAndCycle, Tamper::What::kSwapSurvivors);
  ASSERT_TRUE(f.has_value());
  EXPECT_EQ(f->kind, FindingKind::kSurvivorList);
}

}  // namespace
}  // namespace gcfuzz::oracle
