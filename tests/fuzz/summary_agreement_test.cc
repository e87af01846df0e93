// One verdict layer: the SUMMARY line a fuzz target prints for an input is
// the one `gcfuzz repro` prints for the same input, and so is the
// signature minimize keeps — for every kind a gcops heap target reports.
//
// The fuzz side is fuzz/target_checks.h, the very functions
// collector_fuzzer and differential_fuzzer call; the repro side is
// triage::JudgeProgram with the same backends and checks the target ran.
// Findings come from the planted faults of collector/faults.h (compiled into
// test builds' collector), run over the committed corpus.
#include <gtest/gtest.h>

#include <map>
#include <optional>
#include <string>

#include "collector/faults.h"
#include "differential/cpython/cpython_backend.h"
#include "fuzz/target_checks.h"
#include "tests/support/corpus_programs.h"
#include "triage/repro.h"

namespace gcfuzz::fuzz {
namespace {

using collector::Fault;
using differential::Verdict;
using differential::VerdictKind;

differential::CpythonBackend& Cpython() {
  static auto* backend = new differential::CpythonBackend();
  return *backend;
}

// What repro says with the backends and checks a target runs.
Verdict ReproVerdict(const gcops::Program& p, bool differential_target) {
  triage::ReproOptions o;
  o.check_determinism = false;
  if (differential_target) {
    o.backends = {"collector", "cpython"};
    o.use_oracle = false;
  } else {
    o.backends = {"collector"};
  }
  return triage::JudgeProgram(p, o).verdict;
}

struct Seen {
  int agreements = 0;
  std::map<std::string, int> by_kind;  // "oracle-mismatch", "divergence trace"
};

// Every corpus program under every fault, through both targets' checks:
// each finding's SUMMARY line and signature must be repro's.
Seen CompareOverCorpusAndFaults() {
  Seen seen;
  const auto corpus = testing::ParsedCorpusPrograms();
  for (int f = 1; f <= static_cast<int>(Fault::kCallbacksOldestFirst); ++f) {
    collector::ActiveFaultForTesting() = static_cast<Fault>(f);
    for (const gcops::Program& p : corpus) {
      for (bool differential_target : {false, true}) {
        const std::optional<Verdict> fuzz =
            differential_target ? CheckCollectorAgainst(p, Cpython())
                                : CheckOnCollector(p, /*run_twice=*/false);
        if (!fuzz) continue;
        const Verdict repro = ReproVerdict(p, differential_target);
        EXPECT_EQ(fuzz->SummaryLine(), repro.SummaryLine())
            << "fault " << f << "\n"
            << fuzz->Report();
        EXPECT_EQ(fuzz->signature, repro.signature) << "fault " << f;
        std::string kind = differential::VerdictName(fuzz->kind);
        if (fuzz->kind == VerdictKind::kDivergence) {
          kind += " " + fuzz->detail.substr(0, fuzz->detail.find(' '));
        }
        ++seen.by_kind[kind];
        ++seen.agreements;
      }
    }
  }
  collector::ActiveFaultForTesting() = Fault::kNone;
  return seen;
}

TEST(SummaryAgreement, FuzzTargetsAndReproPrintTheSameSummaryForEveryKind) {
  ASSERT_FALSE(testing::ParsedCorpusPrograms().empty())
      << "GCFUZZ_SOURCE_DIR must point at the tree";
  const Seen seen = CompareOverCorpusAndFaults();
  // The kinds the two heap targets report, each reached at least once.
  // (nondeterminism needs a collector that differs between two runs of one
  // process, which no planted fault is; its detail is built by the same
  // CompareRunsVerdict as divergence's.)
  EXPECT_GT(seen.by_kind.count("oracle-mismatch"), 0u);
  EXPECT_GT(seen.by_kind.count("divergence trace"), 0u);
  EXPECT_GT(seen.agreements, 20);
  for (const auto& [kind, n] : seen.by_kind) {
    std::printf("  %-24s %d findings agreed\n", kind.c_str(), n);
  }
}

TEST(SummaryAgreement, CorrectCollectorGivesNoFindingOnEitherSide) {
  for (const gcops::Program& p : testing::ParsedCorpusPrograms()) {
    EXPECT_FALSE(CheckOnCollector(p, /*run_twice=*/true).has_value());
    EXPECT_FALSE(CheckCollectorAgainst(p, Cpython()).has_value());
  }
}

}  // namespace
}  // namespace gcfuzz::fuzz
