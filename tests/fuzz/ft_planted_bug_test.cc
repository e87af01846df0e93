// tests/fuzz/ft_planted_bug_test.cc — the free-threaded cross-check must
// find a deliberately broken free-threaded mode.
//
// This binary holds its own copy of the collector, the oracle glue and the
// cross-check, compiled with GCFUZZ_FAULT_INJECTION=1, so the fault
// Fault::kFtLegacyClosureSkipped (collect_ft.cc: what tp_del objects reach
// is finalized and cleared as collectable garbage) can be switched on. The
// loop is the campaign's in miniature — the corpus, then structure-aware
// mutants of it — with ft_cross_fuzzer's check on each program. The fault
// must be found within a bounded number of programs; with no fault, the
// same loop finds nothing.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

#include "collector/faults.h"
#include "differential/ft_cross_check.h"
#include "fuzz/mutator.h"
#include "gcops/parser.h"
#include "gcops/printer.h"
#include "tests/support/corpus_programs.h"
#include "tests/support/mutant_loop.h"

namespace gcfuzz::fuzz {
namespace {

using collector::Fault;
using differential::FtCrossCheck;
using differential::FtDisagreement;

struct Hunt {
  int programs = 0;
  std::optional<FtDisagreement> finding;
  gcops::Program normalized;  // the program that found it
};

Hunt RunFuzzLoop(Fault fault, int max_programs) {
  collector::ActiveFaultForTesting() = fault;
  Hunt hunt;
  hunt.programs = testing::RunCorpusThenMutants(
      testing::ParsedCorpusPrograms(), max_programs, 2718,
      [&](const gcops::Program& p) {
        return ((hunt.finding = FtCrossCheck(p, nullptr, &hunt.normalized)))
            .has_value();
      });
  collector::ActiveFaultForTesting() = Fault::kNone;
  return hunt;
}

constexpr int kBound = 3000;

TEST(FtPlantedBug, CorrectModeGivesNoFindingOnTheSameLoop) {
  ASSERT_FALSE(testing::ParsedCorpusPrograms().empty())
      << "GCFUZZ_SOURCE_DIR must point at the tree";
  const Hunt hunt = RunFuzzLoop(Fault::kNone, 600);
  EXPECT_FALSE(hunt.finding.has_value()) << hunt.finding->what << "\n"
                                         << hunt.finding->detail << "\n"
                                         << gcops::Print(hunt.normalized);
}

TEST(FtPlantedBug, SkippedLegacyClosureIsFoundWithinBound) {
  const Hunt hunt = RunFuzzLoop(Fault::kFtLegacyClosureSkipped, kBound);
  ASSERT_TRUE(hunt.finding.has_value())
      << "not found in " << kBound << " programs";
  std::printf("found after %d programs: collection %d: %s\n", hunt.programs + 1,
              hunt.finding->collection, hunt.finding->what.c_str());
}

}  // namespace
}  // namespace gcfuzz::fuzz
