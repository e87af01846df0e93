// Planted bugs: the fuzzers must find deliberately broken collectors.
//
// Test builds compile the collector with GCFUZZ_FAULT_INJECTION=1 (one
// library; the CMake option of that name), so each fault of
// collector/faults.h can be switched on here. For each fault it runs the fuzz
// loop the campaign runs — the corpus first, then structure-aware mutants
// of it — with the fuzzers' two checks: the Boost.Graph oracle on every
// collection (collector_fuzzer) and the embedded CPython 3.11 compared
// event for event (differential_fuzzer). Each fault must be found within a
// bounded number of programs; with no fault, the same loop finds nothing.
#include <gtest/gtest.h>

#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

#include "collector/faults.h"
#include "differential/cpython/cpython_backend.h"
#include "fuzz/mutator.h"
#include "fuzz/target_checks.h"
#include "gcops/parser.h"
#include "gcops/runner.h"
#include "oracle/collector_check.h"
#include "tests/support/corpus_programs.h"
#include "tests/support/mutant_loop.h"

namespace gcfuzz::fuzz {
namespace {

using collector::Fault;

differential::CpythonBackend& Cpython() {
  static auto* backend = new differential::CpythonBackend();
  return *backend;
}

// One program through both fuzz targets' checks, exactly as they run them
// (fuzz/target_checks.h); the SUMMARY line of the finding, if any.
std::optional<std::string> Check(const gcops::Program& p) {
  if (auto v = CheckOnCollector(p, /*run_twice=*/false)) {
    return v->SummaryLine();
  }
  if (auto v = CheckCollectorAgainst(p, Cpython())) return v->SummaryLine();
  return std::nullopt;
}

struct Hunt {
  int programs = 0;  // programs run until the finding (or in all)
  std::optional<std::string> finding;
};

// The campaign's loop in miniature: the corpus, then mutants of it.
Hunt RunFuzzLoop(Fault fault, int max_programs) {
  collector::ActiveFaultForTesting() = fault;
  Hunt hunt;
  hunt.programs = testing::RunCorpusThenMutants(
      testing::ParsedCorpusPrograms(), max_programs, 1122,
      [&](const gcops::Program& p) {
        return ((hunt.finding = Check(p))).has_value();
      });
  collector::ActiveFaultForTesting() = Fault::kNone;
  return hunt;
}

constexpr int kBound = 3000;

class PlantedBugs : public ::testing::TestWithParam<Fault> {};

TEST(PlantedBugsControl, CorrectCollectorGivesNoFindingOnTheSameLoop) {
  ASSERT_FALSE(testing::ParsedCorpusPrograms().empty())
      << "GCFUZZ_SOURCE_DIR must point at the tree";
  const Hunt hunt = RunFuzzLoop(Fault::kNone, 600);
  EXPECT_FALSE(hunt.finding.has_value()) << *hunt.finding;
}

TEST_P(PlantedBugs, FuzzLoopFindsTheFaultWithinBound) {
  const Hunt hunt = RunFuzzLoop(GetParam(), kBound);
  ASSERT_TRUE(hunt.finding.has_value())
      << "fault " << static_cast<int>(GetParam()) << " not found in " << kBound
      << " programs";
  std::printf("fault %d found after %d programs: %s\n",
              static_cast<int>(GetParam()), hunt.programs + 1,
              hunt.finding->substr(0, 160).c_str());
}

INSTANTIATE_TEST_SUITE_P(EveryFault, PlantedBugs,
                         ::testing::Values(Fault::kTrashWeakrefCallbackCalled,
                                           Fault::kFinalizedNotSet,
                                           Fault::kResurrectedCleared,
                                           Fault::kMergeOrderReversed,
                                           Fault::kLegacyClosureSkipped,
                                           Fault::kCallbacksOldestFirst,
                                           Fault::kLongLivedRuleOffByOne));

}  // namespace
}  // namespace gcfuzz::fuzz
