// Planted bugs in the later versions' rules: the checks that run on the
// model's version profiles must find them.
//
// For a fault in a rule of version V (collector/faults.h), the loop is the
// campaign's in miniature on collector@V: first every corpus program tagged
// with V (its `# versions:` line: the real interpreter of V holds its
// expectations), whose expectations must hold on the model too; then
// structure-aware mutants of them, each collection checked by the
// Boost.Graph oracle with V's rules. With no fault the same loop finds
// nothing on any profile.
#include <gtest/gtest.h>

#include <optional>
#include <ostream>
#include <regex>
#include <string>
#include <vector>

#include "collector/faults.h"
#include "collector/version_rules.h"
#include "fuzz/mutator.h"
#include "gcops/runner.h"
#include "oracle/collector_check.h"
#include "tests/support/corpus_programs.h"
#include "tests/support/mutant_loop.h"

namespace gcfuzz::fuzz {
namespace {

using collector::Fault;
using collector::VersionRules;

// The corpus programs whose `# versions:` line names `version`.
std::vector<gcops::Program> TaggedPrograms(std::string_view version) {
  const std::regex tag("^# versions:(.*)$", std::regex::multiline);
  std::vector<gcops::Program> out;
  for (const auto& c :
       testing::LoadPrograms({"corpus/seeds", "corpus/scenarios",
                              "corpus/regressions", "corpus/pinned"})) {
    std::smatch m;
    if (c.error || !std::regex_search(c.text, m, tag)) continue;
    const std::string words = " " + m[1].str() + " ";
    if (words.find(" " + std::string(version) + " ") != std::string::npos)
      out.push_back(c.program);
  }
  return out;
}

struct Hunt {
  int programs = 0;
  std::optional<std::string> finding;
};

Hunt RunLoop(Fault fault, const VersionRules& rules, int max_programs) {
  const std::vector<gcops::Program> tagged = TaggedPrograms(rules.name);
  collector::ActiveFaultForTesting() = fault;
  Hunt hunt;
  int index = 0;
  hunt.programs = testing::RunCorpusThenMutants(
      tagged, max_programs, 2233, [&](const gcops::Program& p) {
        const bool pinned = index++ < static_cast<int>(tagged.size());
        oracle::CheckedCollectorBackend backend(rules);
        backend.collector().heap().set_debug_sink([](std::string_view) {});
        gcops::RunOptions opt;
        opt.max_body_steps = gcops::kFuzzMaxBodySteps;
        const gcops::RunResult r = gcops::Run(p, backend, opt);
        if (const auto& f = backend.finding()) {
          hunt.finding =
              "oracle: " + std::string(oracle::FindingName(f->kind)) + ": " +
              f->detail;
        } else if (pinned && (!r.failures.empty() || r.misuse)) {
          hunt.finding = "a corpus program tagged " + std::string(rules.name) +
                         " fails on collector@" + std::string(rules.name);
        }
        return hunt.finding.has_value();
      });
  collector::ActiveFaultForTesting() = Fault::kNone;
  return hunt;
}

constexpr int kBound = 3000;

TEST(VersionPlantedBugsControl, EveryProfileGivesNoFindingOnTheSameLoop) {
  for (const VersionRules* rules : collector::kVersionProfiles) {
    ASSERT_GT(TaggedPrograms(rules->name).size(), 20u)
        << "GCFUZZ_SOURCE_DIR must point at the tree";
    const Hunt hunt = RunLoop(Fault::kNone, *rules, 600);
    EXPECT_FALSE(hunt.finding.has_value())
        << "collector@" << rules->name << ": " << *hunt.finding;
  }
}

struct VersionFault {
  Fault fault;
  const VersionRules* rules;
};

// gtest's default printer dumps the struct's bytes (a pointer and padding),
// which gtest_discover_tests copies into the ctest name: the names changed
// from build to build.
void PrintTo(const VersionFault& f, std::ostream* os) {
  *os << "fault " << static_cast<int>(f.fault) << " on " << f.rules->name;
}

class VersionPlantedBugs : public ::testing::TestWithParam<VersionFault> {};

TEST_P(VersionPlantedBugs, LoopOnTheProfileFindsTheFaultWithinBound) {
  const VersionRules& rules = *GetParam().rules;
  const Hunt hunt = RunLoop(GetParam().fault, rules, kBound);
  ASSERT_TRUE(hunt.finding.has_value())
      << "fault " << static_cast<int>(GetParam().fault) << " not found on "
      << "collector@" << rules.name << " in " << kBound << " programs";
  std::printf("fault %d on collector@%s found after %d programs: %s\n",
              static_cast<int>(GetParam().fault),
              std::string(rules.name).c_str(), hunt.programs + 1,
              hunt.finding->substr(0, 160).c_str());
}

INSTANTIATE_TEST_SUITE_P(
    EveryVersionFault, VersionPlantedBugs,
    ::testing::Values(
        VersionFault{Fault::kScheduledCollectionInsideAllocation,
                     &collector::kPython3_12},
        VersionFault{Fault::kScheduledCollectionInsideAllocation,
                     &collector::kPython3_13},
        VersionFault{Fault::kSplitClearsCallbacklessWeakrefs,
                     &collector::kPython3_15},
        VersionFault{Fault::kLateWeakrefsNotCleared, &collector::kPython3_15},
        VersionFault{Fault::kDictsUntrackedByFullCollection,
                     &collector::kPython3_15},
        VersionFault{Fault::kFirstStepCollects, &collector::kPython3_14},
        VersionFault{Fault::kFullCollectionYoungFirst,
                     &collector::kPython3_14}),
    [](const ::testing::TestParamInfo<VersionFault>& info) {
      std::string name;
      switch (info.param.fault) {
        case Fault::kScheduledCollectionInsideAllocation:
          name = "ScheduledCollectionInsideAllocation";
          break;
        case Fault::kSplitClearsCallbacklessWeakrefs:
          name = "SplitClearsCallbacklessWeakrefs";
          break;
        case Fault::kLateWeakrefsNotCleared:
          name = "LateWeakrefsNotCleared";
          break;
        case Fault::kDictsUntrackedByFullCollection:
          name = "DictsUntrackedByFullCollection";
          break;
        case Fault::kFirstStepCollects:
          name = "FirstStepCollects";
          break;
        case Fault::kFullCollectionYoungFirst:
          name = "FullCollectionYoungFirst";
          break;
        default:
          name = "Fault" + std::to_string(static_cast<int>(info.param.fault));
      }
      std::string version(info.param.rules->name);
      for (char& c : version)
        if (c == '.') c = '_';
      return name + "_On" + version;
    });

}  // namespace
}  // namespace gcfuzz::fuzz
