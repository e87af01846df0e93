// The CPython backend under the real runner: gcops text in, expectations
// checked by gcops::Run. The spec's own examples (gcops.md section 5) carry
// expectations that were checked on real CPython 3.11, so the backend must
// satisfy every one of them; the seed corpus must run without misuse.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "differential/cpython/cpython_backend.h"
#include "gcops/parser.h"
#include "gcops/runner.h"
#include "tests/support/corpus_programs.h"
#include "tests/support/spec_examples.h"

namespace gcfuzz::differential {
namespace {

CpythonBackend& Backend() {
  static CpythonBackend* backend = new CpythonBackend();
  return *backend;
}

// Runs `text` and returns every failure and misuse, one per line.
std::string RunText(const std::string& text, const std::string& file,
                    gcops::RunResult* result_out = nullptr) {
  gcops::Program program;
  gcops::ParseError error;
  if (!gcops::Parse(text, file, &program, &error)) return error.ToString();
  gcops::RunResult result = gcops::Run(program, Backend());
  std::string out;
  for (const gcops::Failure& f : result.failures) {
    out += gcops::FormatFailure(file, f) + "\n";
  }
  if (result.misuse) out += gcops::FormatMisuse(file, *result.misuse) + "\n";
  if (result_out != nullptr) *result_out = std::move(result);
  return out;
}

// The spec's worked examples (tests/support/spec_examples.h) hold on the
// real interpreter.
TEST(CpythonRunnerTest, SpecExamplesHoldOnRealCpython) {
  for (const char* file : testing::kSpecExampleFiles) {
    const std::string text = testing::ReadSourceFile(file);
    ASSERT_FALSE(text.empty()) << file;
    EXPECT_EQ(RunText(text, file), "") << file;
  }
}

// Introspection through the runner: generations, objects, referents in
// traversal order (list items reversed, the hidden marker and the class
// left out), referrers, counts and stats.
TEST(CpythonRunnerTest, IntrospectionMatchesCpython) {
  EXPECT_EQ(RunText(R"(
class Node slots=3
new a Node
new b Node
list l a b
tuple t 1 2
tuple u a 1
dict d
set d.5 b
set a.2 b
set a.0 l
expect referents a l b
expect referents l b a
expect referents t
expect referents u a
expect referents d b
expect referrers b a l d
expect referrers a l u
expect objects 0 a b l t u d
expect count 6 0 0
expect tracked t u d
collect 0
expect untracked t
expect generation a 1
expect count 0 1 0
expect stats 0 1 0 0
collect
expect untracked t
expect generation t untracked
expect generation u 2
expect generation d 2
expect objects 2 a b l u d
expect stats 2 1 0 0
)",
                    "introspection.gcops"),
            "");
}

// The seeds are golden programs: on real CPython 3.11 every expectation in
// them holds and none stops on misuse.
TEST(CpythonRunnerTest, SeedCorpusExpectationsHoldOnRealCpython) {
  int files = 0;
  for (const auto& c : testing::LoadPrograms({"corpus/seeds"})) {
    ++files;
    gcops::RunResult result;
    const std::string report = RunText(c.text, c.name, &result);
    EXPECT_FALSE(result.misuse.has_value()) << report;
    EXPECT_TRUE(result.failures.empty()) << report;
  }
  EXPECT_GT(files, 0);
}

}  // namespace
}  // namespace gcfuzz::differential
