// tests/collector/program_golden_test.cc — whole gcops programs run by the
// real runner (gcops::Run) on the collector: the language's own examples,
// the corpus seeds, and scenarios whose traces were checked on CPython
// 3.11.7. Every program states its expectations in gcops itself.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "collector/collector_backend.h"
#include "gcops/parser.h"
#include "gcops/runner.h"
#include "tests/support/corpus_programs.h"
#include "tests/support/spec_examples.h"

namespace gcfuzz::collector {
namespace {

std::string RunProgram(const std::string& text,
                       const std::string& file = "test.gcops") {
  gcops::Program program;
  gcops::ParseError error;
  if (!gcops::Parse(text, file, &program, &error))
    return "parse error: " + error.ToString();
  CollectorBackend backend;
  gcops::RunResult result = gcops::Run(program, backend);
  std::string out;
  for (const gcops::Failure& f : result.failures)
    out += gcops::FormatFailure(file, f) + "\n";
  if (result.misuse) out += gcops::FormatMisuse(file, *result.misuse) + "\n";
  return out;  // empty: every expectation held
}

TEST(ProgramGolden, SpecSectionFiveExamplesHold) {
  for (const char* file : testing::kSpecExampleFiles) {
    const std::string text = testing::ReadSourceFile(file);
    ASSERT_FALSE(text.empty()) << file;
    EXPECT_EQ(RunProgram(text, file), "") << file;
  }
}

// 6.B-2 reversal dance, with one-level paths (checked on CPython 3.11.7).
TEST(ProgramGolden, ReversalDanceFinalizesInRescueOrder) {
  EXPECT_EQ(RunProgram(R"(
class Node slots=1 del
new a Node
new b Node
new c Node
set c.0 b
set b.0 a
del a
del b
collect
expect objects 2 c b a
let bb c.0
let aa bb.0
set aa.0 c
del aa
del bb
del c
collect
expect collected 3
expect log collect 2 0, del c, del b, del a, collect 2 3
)"),
            "");
}

// 6.B-9 late weakref and 6.B-15 legacy mix (both checked on CPython 3.11.7).
TEST(ProgramGolden, LateWeakrefAndLegacyClosure) {
  EXPECT_EQ(RunProgram(R"(
class D slots=2 del
new a D
new b D
set a.0 b
set b.0 a
on_del a { let t self.0 ; ref w t {} ; del t }
del a
del b
collect
expect collected 2
expect log del a, del b, callback w, collect 2 2
expect cleared w
)"),
            "");
  EXPECT_EQ(RunProgram(R"(
class L slots=2 del tp_del
class P slots=2 del
new a L
new b P
new c P
set a.0 a
set a.1 b
set c.0 c
set c.1 a
ref wb b {}
ref wc c {}
del a
del b
del c
collect
expect collected 3
expect log callback wc, del c, garbage a, collect 2 3
expect garbage a
expect alive b
expect stats 2 1 1 2
take_garbage x
clear x.0
del x
expect log del a, tp_del a, del b, callback wb
expect garbage
)"),
            "");
}

// 6.B-10 (checked on CPython 3.11.7): a weakref freed by its own callback
// is counted.
TEST(ProgramGolden, WeakrefFreedByOwnCallbackIsCounted) {
  EXPECT_EQ(RunProgram(R"(
class A slots=1
new a A
set a.0 a
ref w a { clear holder.0 }
list holder w
del w
del a
collect
expect collected 2
expect log callback w, collect 2 2
)"),
            "");
}

TEST(ProgramGolden, CorpusSeedsHoldOnTheCollector) {
  int n = 0;
  for (const auto& c : testing::LoadPrograms({"corpus/seeds"})) {
    EXPECT_EQ(RunProgram(c.text, c.name), "") << c.path;
    ++n;
  }
  EXPECT_GT(n, 0);
}

}  // namespace
}  // namespace gcfuzz::collector
