// The structure-aware mutator: every mutant is a valid program in canonical
// form that survives the binary form, mutation reaches every statement
// kind, and mutants mostly run to the end (no top-level misuse).
#include "fuzz/mutator.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "collector/collector_backend.h"
#include "gcops/binary.h"
#include "gcops/parser.h"
#include "gcops/printer.h"
#include "gcops/runner.h"
#include "gcops/static_model.h"
#include "tests/support/corpus_programs.h"

namespace gcfuzz::fuzz {
namespace {

using gcops::Program;

std::vector<Program> Seeds() {
  std::vector<Program> seeds;
  for (auto& c : testing::LoadPrograms({"corpus/seeds", "corpus/scenarios"})) {
    if (!c.error) seeds.push_back(std::move(c.program));
  }
  return seeds;
}

void ExpectValid(const Program& m, const std::string& context) {
  const std::string text = gcops::Print(m);
  Program parsed;
  gcops::ParseError e;
  ASSERT_TRUE(gcops::Parse(text, "mutant", &parsed, &e)) << context << "\n"
                                                         << e.ToString() << "\n"
                                                         << text;
  ASSERT_TRUE(parsed == m) << context << "\n" << text;
  ASSERT_FALSE(gcops::FirstInvalid(m).has_value()) << context << "\n" << text;
  ASSERT_TRUE(gcops::Decode(gcops::Encode(m)) == m) << context << "\n" << text;
}

TEST(MutatorTest, EveryMutantIsAValidCanonicalProgramThatSurvivesEncoding) {
  std::vector<Program> pool = Seeds();
  pool.push_back(Program{});  // growing from nothing works too
  Rng rng(12345);
  for (int i = 0; i < 20000; ++i) {
    Program m = pool[i % pool.size()];
    MutateProgram(m, rng);
    ExpectValid(m, "mutation " + std::to_string(i));
    if (HasFatalFailure()) return;
    if (i % 7 == 0) pool.push_back(m);  // keep evolving, like a corpus
    if (pool.size() > 400) pool.erase(pool.begin() + 1);
  }
}

TEST(MutatorTest, CrossOverGivesValidPrograms) {
  std::vector<Program> pool = Seeds();
  ASSERT_FALSE(pool.empty()) << "GCFUZZ_SOURCE_DIR must point at the tree";
  Rng rng(777);
  for (int i = 0; i < 5000; ++i) {
    Program a = pool[i % pool.size()];
    const Program& b = pool[(i * 7 + 3) % pool.size()];
    CrossOver(a, b, rng);
    ExpectValid(a, "crossover " + std::to_string(i));
    if (HasFatalFailure()) return;
  }
}

TEST(MutatorTest, MutationReachesEveryStatementKind) {
  std::set<gcops::Op> seen;
  std::function<void(const std::vector<gcops::Stmt>&)> walk =
      [&](const std::vector<gcops::Stmt>& stmts) {
        for (const auto& s : stmts) {
          seen.insert(s.op);
          walk(s.block);
        }
      };
  Rng rng(99);
  Program p;
  for (int i = 0; i < 20000 && seen.size() < gcops::NumOps(); ++i) {
    MutateProgram(p, rng);
    walk(p.stmts);
    if (i % 50 == 49) p = Program{};
  }
  for (size_t op = 0; op < gcops::NumOps(); ++op) {
    EXPECT_TRUE(seen.count(static_cast<gcops::Op>(op)))
        << "never generated: "
        << gcops::Info(static_cast<gcops::Op>(op)).keyword;
  }
}

TEST(MutatorTest, MostMutantsRunToTheEndWithoutMisuse) {
  std::vector<Program> pool = Seeds();
  pool.push_back(Program{});
  Rng rng(4242);
  int ran_to_end = 0;
  const int kRuns = 2000;
  for (int i = 0; i < kRuns; ++i) {
    Program m = pool[i % pool.size()];
    MutateProgram(m, rng);
    collector::CollectorBackend backend;
    gcops::RunOptions opt;
    opt.max_body_steps = gcops::kFuzzMaxBodySteps;
    const auto r = gcops::Run(m, backend, opt);
    if (!r.misuse) {
      ++ran_to_end;
    } else if (std::getenv("GCFUZZ_SHOW_MISUSE")) {
      std::printf("misuse: %s\n", r.misuse->message.c_str());
      if (std::getenv("GCFUZZ_SHOW_MISUSE")[0] == '2') {
        std::printf("at line %u of:\n%s\n", r.misuse->loc.line,
                    gcops::Print(m).c_str());
      }
    }
    if (i % 5 == 0) pool.push_back(m);
  }
  // The static model removes every statically certain misuse; what remains
  // depends on what ran at run time (a body that did not run, a class flag
  // mutation that stopped a finalizer). Measured 1516 of 2000 with this
  // seed; set GCFUZZ_SHOW_MISUSE=1 (or 2, with programs) to see the causes.
  std::printf("mutants that ran to the end: %d of %d\n", ran_to_end, kRuns);
  EXPECT_GE(ran_to_end, kRuns * 7 / 10);
}

}  // namespace
}  // namespace gcfuzz::fuzz
