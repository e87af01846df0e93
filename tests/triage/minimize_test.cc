// The op-level reducer: it keeps the predicate, returns canonical valid
// programs, and beats a byte-level reducer of the binary form (the way
// libFuzzer's -minimize_crash works on bytes) on statement count for padded
// programs whose property comes from a small core.
#include "triage/minimize.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "collector/collector_backend.h"
#include "gcops/binary.h"
#include "gcops/parser.h"
#include "gcops/printer.h"
#include "gcops/runner.h"
#include "tests/triage/triage_test_support.h"
#include "triage/repro.h"

namespace gcfuzz::triage {
namespace {

using testing::MakeTestBackend;
using testing::MustParse;

// The collector's trace of `p` without free events, as "\n"-framed lines.
std::string CollectorTrace(const gcops::Program& p) {
  collector::CollectorBackend backend;
  gcops::RunOptions o;
  o.max_body_steps = gcops::kFuzzMaxBodySteps;
  return "\n" + gcops::Run(p, backend, o).trace.ToString(false);
}

// "The collector's trace has a line equal to `line`" (or, when `line` ends
// in a space, a line starting with it).
ProgramPredicate TraceHasLine(const std::string& line) {
  return [line](const gcops::Program& p) {
    return CollectorTrace(p).find("\n" + line +
                                  (line.back() == ' ' ? "" : "\n")) !=
           std::string::npos;
  };
}

// The simple byte-level reducer the op-level one is compared with: remove
// chunks of the binary form, halving the chunk size down to one byte, for as
// long as the decoded program keeps the predicate.
gcops::Program ByteLevelReduce(const gcops::Program& p,
                               const ProgramPredicate& keep) {
  std::vector<uint8_t> bytes = gcops::Encode(p);
  bool changed = true;
  while (changed) {
    changed = false;
    for (size_t chunk = bytes.size() / 2; chunk >= 1; chunk /= 2) {
      for (size_t at = 0; at + chunk <= bytes.size();) {
        std::vector<uint8_t> c = bytes;
        c.erase(c.begin() + at, c.begin() + at + chunk);
        if (keep(gcops::Decode(c))) {
          bytes = std::move(c);
          changed = true;
        } else {
          at += chunk;
        }
      }
    }
  }
  return gcops::Decode(bytes);
}

struct Example {
  const char* name;
  const char* program;
  const char* line;  // what the collector's trace must keep showing
  size_t core;       // statements of the smallest program we know
};

// Each example hides a small core among statements that do not matter.
const Example kExamples[] = {
    {"two-cycle",
     "class Node slots=3 del\n"
     "class Leaf slots=2 tp_del noweakref\n"
     "list pad 1 2 3\n"
     "dict d\n"
     "set d.5 pad\n"
     "new keep Node\n"
     "new a Node\n"
     "tuple t keep pad\n"
     "new b Node\n"
     "ref w keep {}\n"
     "set a.0 b\n"
     "append pad none\n"
     "set keep.1 t\n"
     "set b.0 a\n"
     "list pad2 pad keep\n"
     "expect alive keep\n"
     "let z pad2.0\n"
     "del a\n"
     "set d.7 z\n"
     "del b\n"
     "collect\n"
     "expect collected 2\n"
     "expect alive keep pad\n",
     "collect 2 2", 8},
    {"gc-weakref-callback",
     "class Node slots=2 del\n"
     "class Plain slots=2\n"
     "new keep Node\n"
     "list l keep 5\n"
     "new a Plain\n"
     "dict d\n"
     "set d.1 l\n"
     "set a.1 a\n"
     "ref w a { list inner 1; append inner 2 }\n"
     "set keep.0 d\n"
     "tuple t l d 3\n"
     "collect 0\n"
     "let x t.0\n"
     "del a\n"
     "expect alive keep l\n"
     "collect\n",
     "callback ", 6},
    {"legacy-garbage",
     "class Old slots=2 tp_del\n"
     "class Node slots=2 del\n"
     "new n Node\n"
     "list l n\n"
     "new o Old\n"
     "dict d\n"
     "set d.3 n\n"
     "set o.1 o\n"
     "set n.0 l\n"
     "tuple t l d\n"
     "del o\n"
     "let k t.1\n"
     "collect 1\n"
     "expect alive n\n"
     "collect\n",
     "garbage ", 5},
};

class MinimizeExampleTest : public ::testing::TestWithParam<Example> {};

TEST_P(MinimizeExampleTest, OpLevelKeepsPredicateAndBeatsByteLevel) {
  const Example& ex = GetParam();
  const gcops::Program padded = MustParse(ex.program);
  const ProgramPredicate keep = TraceHasLine(ex.line);
  ASSERT_TRUE(keep(padded)) << CollectorTrace(padded);

  MinimizeStats stats;
  const auto op = Minimize(padded, keep, {}, &stats);
  ASSERT_TRUE(op.has_value());
  EXPECT_TRUE(keep(*op)) << gcops::Print(*op);
  EXPECT_EQ(stats.statements_after, gcops::CountStatements(*op));
  EXPECT_LE(gcops::CountStatements(*op), ex.core) << gcops::Print(*op);

  const gcops::Program bytes = ByteLevelReduce(padded, keep);
  EXPECT_TRUE(keep(bytes));
  EXPECT_LT(gcops::CountStatements(*op), gcops::CountStatements(bytes))
      << "op-level:\n"
      << gcops::Print(*op) << "byte-level:\n"
      << gcops::Print(bytes);
  std::cout << "[ " << ex.name << " ] padded " << gcops::CountStatements(padded)
            << ", byte-level " << gcops::CountStatements(bytes) << ", op-level "
            << gcops::CountStatements(*op) << " statements (" << stats.tests
            << " runs)\n";
}

INSTANTIATE_TEST_SUITE_P(Padded, MinimizeExampleTest,
                         ::testing::ValuesIn(kExamples), [](const auto& info) {
                           std::string n = info.param.name;
                           for (char& c : n) {
                             if (c == '-') c = '_';
                           }
                           return n;
                         });

TEST(MinimizeTest, ResultIsCanonicalAndRoundTripsThroughText) {
  const auto op =
      Minimize(MustParse(kExamples[0].program), TraceHasLine("collect 2 2"));
  ASSERT_TRUE(op.has_value());
  gcops::Program again;
  gcops::ParseError e;
  ASSERT_TRUE(gcops::Parse(gcops::Print(*op), "r", &again, &e)) << e.ToString();
  EXPECT_EQ(again, *op);
}

TEST(MinimizeTest, ReturnsNothingWhenThePredicateDoesNotHoldAtTheStart) {
  EXPECT_FALSE(
      Minimize(MustParse("list a\n"), TraceHasLine("collect 2 2")).has_value());
}

TEST(MinimizeTest, DropsAnObjectAndEveryUseOfIt) {
  // `junk` appears in five statements, interleaved with the core.
  const gcops::Program p = MustParse(
      "list junk\nlist a\nappend junk 1\nappend a a\nlet junk2 junk\n"
      "append junk junk2\ndel a\nexpect alive junk\ncollect\n");
  const auto op = Minimize(p, TraceHasLine("collect 2 1"));
  ASSERT_TRUE(op.has_value());
  EXPECT_EQ(gcops::Print(*op), "list a\nappend a a\ndel a\ncollect\n");
}

TEST(MinimizeTest, ShrinksSlotsAndDropsUnneededClassFlags) {
  const auto op =
      Minimize(MustParse("class Node slots=9 del tp_del noweakref\nnew a Node\n"
                         "set a.3 a\ndel a\ncollect\n"),
               TraceHasLine("collect 2 1"));
  ASSERT_TRUE(op.has_value());
  EXPECT_EQ(gcops::Print(*op),
            "class Node slots=1\nnew a Node\nset a.0 a\ndel a\ncollect\n");
}

TEST(MinimizeTest, BudgetStopsTheSearchWithAValidProgram) {
  MinimizeOptions o;
  o.max_tests = 3;
  MinimizeStats stats;
  const auto op = Minimize(MustParse(kExamples[0].program),
                           TraceHasLine("collect 2 2"), o, &stats);
  ASSERT_TRUE(op.has_value());
  EXPECT_TRUE(stats.budget_exhausted);
  EXPECT_LE(stats.tests, 3u);
  EXPECT_TRUE(TraceHasLine("collect 2 2")(*op));
}

TEST(MinimizeTest, KeepsTheReproSignatureOfAPlantedDivergence) {
  ReproOptions o;
  o.backends = {"collector", "skewed"};
  o.make_backend_for_testing = MakeTestBackend;
  o.check_determinism = false;
  const gcops::Program padded = MustParse(kExamples[0].program);
  const std::string want = JudgeProgram(padded, o).verdict.signature;
  ASSERT_EQ(want,
            "divergence trace collector 'collect 2 2' skewed "
            "'collect 2 3'");
  const auto op = Minimize(padded, [&](const gcops::Program& p) {
    return JudgeProgram(p, o).verdict.signature == want;
  });
  ASSERT_TRUE(op.has_value());
  EXPECT_EQ(JudgeProgram(*op, o).verdict.signature, want);
  EXPECT_LE(gcops::CountStatements(*op), 8u) << gcops::Print(*op);
}

}  // namespace
}  // namespace gcfuzz::triage

namespace gcfuzz::triage {
namespace {

// The CLI end to end: a failing expectation in a padded text program; the
// output keeps repro's signature and is smaller; stdout is the program only.
TEST(MinimizeCliTest, WritesASmallerProgramWithTheSameSignature) {
  const std::string dir = ::testing::TempDir();
  const std::string in = dir + "gcfuzz_minimize_cli.gcops";
  const std::string out = dir + "gcfuzz_minimize_cli.min.gcops";
  { std::ofstream(in) << kExamples[0].program << "expect collected 3\n"; }
  const auto r = testing::RunCommand(
      std::string(GCFUZZ_CLI_PATH) + " minimize " + in + " -o " + out, " 2>&1");
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("kept: expectation-failed expected collected 3, got 2"),
            std::string::npos)
      << r.out;
  std::ifstream min(out);
  const std::string text((std::istreambuf_iterator<char>(min)),
                         std::istreambuf_iterator<char>());
  const gcops::Program small = MustParse(text);
  EXPECT_LT(gcops::CountStatements(small),
            gcops::CountStatements(MustParse(kExamples[0].program)));
  ReproOptions o;
  EXPECT_EQ(JudgeProgram(small, o).verdict.signature,
            "expectation-failed expected collected 3, got 2");
  const auto ok = testing::RunCommand(
      std::string(GCFUZZ_CLI_PATH) + " minimize " + out + "x", " 2>&1");
  EXPECT_EQ(ok.status, 2);  // unreadable
}

}  // namespace
}  // namespace gcfuzz::triage
