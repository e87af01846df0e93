// The op-level reducer: it keeps the predicate, returns canonical valid
// programs, and beats a byte-level reducer of the binary form (the way
// libFuzzer's -minimize_crash works on bytes) on statement count for padded
// programs whose property comes from a small core.
#include "triage/minimize.h"

#include <gtest/gtest.h>

#include <algorithm>
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

// Lines 1 and 3 (`list junk`, `append junk 1`) are not needed for the
// cycle's collection, and stay because they are asked for; the rest of
// junk's uses go as before.
TEST(MinimizeTest, KeepLinesStayUnchangedInTheResult) {
  const gcops::Program p = MustParse(
      "list junk\nlist a\nappend junk 1\nappend a a\nlet junk2 junk\n"
      "append junk junk2\ndel a\nexpect alive junk\ncollect\n");
  MinimizeOptions o;
  o.keep_lines = {1, 3};
  const auto op = Minimize(p, TraceHasLine("collect 2 1"), o);
  ASSERT_TRUE(op.has_value());
  EXPECT_EQ(gcops::Print(*op),
            "list junk\nlist a\nappend junk 1\nappend a a\ndel a\n"
            "collect\n");
  // A kept statement is not simplified either (`append junk 1` to none).
  o.keep_lines = {4};
  const auto kept_item = Minimize(p, TraceHasLine("collect 2 1"), o);
  ASSERT_TRUE(kept_item.has_value());
  EXPECT_EQ(gcops::Print(*kept_item), "list a\nappend a a\ndel a\ncollect\n");
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
  EXPECT_EQ(r.out.rfind(
                "gcfuzz minimize: kept signature: expectation-failed expected "
                "collected 3, got 2\ngcfuzz minimize: 24 -> ",
                0),
            0u)
      << r.out;
  // An expectation failure's minimization drops structure: it says so.
  EXPECT_NE(r.out.find("\ngcfuzz minimize: note: the signature is one failed "
                       "expectation, so only what makes it fail is kept"),
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
  // The count printed is the result's.
  EXPECT_NE(r.out.find(" -> " + std::to_string(gcops::CountStatements(small)) +
                       " statements ("),
            std::string::npos)
      << r.out;
  const auto ok = testing::RunCommand(
      std::string(GCFUZZ_CLI_PATH) + " minimize " + out + "x", " 2>&1");
  EXPECT_EQ(ok.status, 2);  // unreadable
}

// --keep 3-5 keeps lines 3 to 5 of the input (the list, the dict and the
// store between them) although the signature does not need them; for a
// crash file the lines are those of `gcfuzz decode`.
TEST(MinimizeCliTest, KeepKeepsThoseLinesOfTheInput) {
  const std::string dir = ::testing::TempDir();
  const std::string in = dir + "gcfuzz_minimize_keep.gcops";
  { std::ofstream(in) << kExamples[0].program << "expect collected 3\n"; }
  const std::string cli = std::string(GCFUZZ_CLI_PATH) + " minimize ";
  const auto r = testing::RunCommand(cli + in + " --keep 3-5", " 2>/dev/null");
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("list pad 1 2 3\ndict d\nset d.5 pad\n"),
            std::string::npos)
      << r.out;
  const auto plain = testing::RunCommand(cli + in, " 2>/dev/null");
  EXPECT_EQ(plain.out.find("dict d"), std::string::npos) << plain.out;
  // The same program as a crash file: line 10 of its decoded text is
  // `ref w keep {}`.
  const std::string crash = dir + "gcfuzz_minimize_keep.bin";
  {
    const auto bytes = gcops::Encode(
        MustParse(std::string(kExamples[0].program) + "expect collected 3\n"));
    std::ofstream(crash, std::ios::binary)
        .write(reinterpret_cast<const char*>(bytes.data()),
               static_cast<std::streamsize>(bytes.size()));
  }
  const auto decoded =
      testing::RunCommand(std::string(GCFUZZ_CLI_PATH) + " decode " + crash);
  ASSERT_NE(decoded.out.find("\nref w keep {}\n"), std::string::npos)
      << decoded.out;
  const auto c =
      testing::RunCommand(cli + crash + " --keep 10", " 2>/dev/null");
  ASSERT_EQ(c.status, 0) << c.out;
  EXPECT_NE(c.out.find("\nref w keep {}\n"), std::string::npos) << c.out;
}

// Bad --keep values, and lines with no top-level statement (a comment, a
// blank line, past the end), are one usage-error line with exit status 2.
TEST(MinimizeCliTest, BadKeepValuesAreOneLineWithExit2) {
  const std::string in = ::testing::TempDir() + "gcfuzz_minimize_badkeep.gcops";
  {
    std::ofstream(in) << "# a comment\nlist a\n\nappend a a\ndel a\n"
                         "collect\nexpect collected 2\n";
  }
  const std::string cli = std::string(GCFUZZ_CLI_PATH) + " minimize " + in;
  for (const char* keep : {"abc", "3,", ",3", "0", "5-3", "2-", "-2", "2,,4",
                           "1", "3", "2-4", "99", "4-99999999999", "'2 4'"}) {
    const auto r =
        testing::RunCommand(cli + " --keep " + keep, " 2>&1 >/dev/null");
    EXPECT_EQ(r.status, 2) << keep << ": " << r.out;
    EXPECT_EQ(r.out.rfind("gcfuzz minimize: --keep: ", 0), 0u) << r.out;
    EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 1) << r.out;
  }
  EXPECT_EQ(testing::RunCommand(cli + " --keep 5-3", " 2>&1 >/dev/null").out,
            "gcfuzz minimize: --keep: the range '5-3' ends before it starts "
            "(see 'gcfuzz minimize --help')\n");
  EXPECT_EQ(testing::RunCommand(cli + " --keep 2,3", " 2>&1 >/dev/null").out,
            "gcfuzz minimize: --keep: " + in +
                " has no top-level statement on line 3 (see 'gcfuzz minimize "
                "--help')\n");
  const auto ok = testing::RunCommand(cli + " --keep 2,4-6", " 2>/dev/null");
  EXPECT_EQ(ok.status, 0) << ok.out;
  EXPECT_EQ(ok.out, "list a\nappend a a\ndel a\ncollect\nexpect collected 2\n");
}

}  // namespace
}  // namespace gcfuzz::triage
