// From crash file to bug report, on a planted divergence: a CLI built with
// a deliberately broken collector (weakref callbacks at refcount death run
// oldest first: collector/faults.h kCallbacksOldestFirst) takes a padded
// crash file through `repro` (a divergence), `minimize` (fewer statements,
// same signature), `export --python` (plain python3 prints CPython's side:
// newest first) and `export --gtest` (a test case pinning the trace).
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "gcops/parser.h"
#include "tests/triage/triage_test_support.h"

namespace {

constexpr int kFaultCallbacksOldestFirst = 6;  // collector::Fault

using gcfuzz::triage::testing::RunCommand;
using Result = gcfuzz::triage::testing::CommandResult;

Result Sh(const std::string& cmd) { return RunCommand(cmd); }

std::string Planted(const std::string& args) {
  return "GCFUZZ_PLANTED_FAULT=" + std::to_string(kFaultCallbacksOldestFirst) +
         " " + GCFUZZ_PLANTED_CLI + " " + args;
}

size_t Statements(const std::string& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  gcfuzz::gcops::Program p;
  gcfuzz::gcops::ParseError e;
  if (!gcfuzz::gcops::Parse(text.str(), path, &p, &e)) return 0;
  return gcfuzz::gcops::CountStatements(p);
}

// The divergence needs three lines (two callbacks on one object that dies
// by refcount); everything else is padding the minimizer must remove.
constexpr const char* kPadded =
    "class D slots=2 del\n"
    "class P slots=1\n"
    "new x P\n"
    "new y P\n"
    "set x.0 y\n"
    "set y.0 x\n"
    "list l x 3\n"
    "collect 0\n"
    "new a D\n"
    "ref w1 a {}\n"
    "dict d\n"
    "set d.1 l\n"
    "ref w2 a {}\n"
    "del x\n"
    "del y\n"
    "collect\n"
    "tuple t 1 2\n"
    "del a\n"
    "collect 1\n";

TEST(PlantedPipelineTest, CrashFileBecomesMinimalProgramPythonScriptAndGtest) {
  const auto dir = std::filesystem::temp_directory_path() /
                   ("gcfuzz_planted_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const std::string src = (dir / "padded.gcops").string();
  std::ofstream(src) << kPadded;
  const std::string crash = (dir / "crash-planted").string();

  // The crash file is the binary form, as libFuzzer saves it.
  ASSERT_EQ(Sh(Planted("encode " + src + " > " + crash)).status, 0);

  const Result repro = Sh(Planted("repro " + crash));
  EXPECT_EQ(repro.status, 1) << repro.out;
  EXPECT_NE(repro.out.find("SUMMARY: gcfuzz: divergence"), std::string::npos)
      << repro.out;
  // The same file on the correct collector is fine.
  const Result fine = Sh(std::string("GCFUZZ_PLANTED_FAULT=0 ") +
                         GCFUZZ_PLANTED_CLI + " repro " + crash);
  EXPECT_EQ(fine.status, 0) << fine.out;

  const std::string small = (dir / "small.gcops").string();
  const Result min = Sh(Planted("minimize " + crash + " -o " + small));
  ASSERT_TRUE(min.status == 0 || min.status == 1) << min.out;
  // It says what it kept; a divergence keeps structure, so no note that
  // the minimization drops it (that is for expectation failures).
  EXPECT_NE(min.out.find("gcfuzz minimize: kept signature: divergence "),
            std::string::npos)
      << min.out;
  EXPECT_EQ(min.out.find("note:"), std::string::npos) << min.out;
  const size_t before = Statements(src), after = Statements(small);
  EXPECT_GT(after, 0u);
  EXPECT_LE(after, 6u) << "minimized to " << after << " of " << before;
  const Result again = Sh(Planted("repro " + small));
  EXPECT_EQ(again.status, 1) << again.out;
  EXPECT_NE(again.out.find("SUMMARY: gcfuzz: divergence"), std::string::npos);

  // The Python script runs on plain python3 and shows CPython's side:
  // callbacks newest first.
  const std::string py = (dir / "repro.py").string();
  ASSERT_EQ(Sh(Planted("export --python " + small + " > " + py)).status, 0);
  const Result cpython = Sh(std::string(GCFUZZ_PYTHON3) + " " + py);
  const size_t w2 = cpython.out.find("callback w2");
  const size_t w1 = cpython.out.find("callback w1");
  ASSERT_NE(w2, std::string::npos) << cpython.out;
  ASSERT_NE(w1, std::string::npos) << cpython.out;
  EXPECT_LT(w2, w1) << cpython.out;

  // The GoogleTest case pins the real interpreter's trace, not the
  // (planted) collector's: callbacks newest first, so it fails on this
  // collector until the fault is fixed.
  const Result gtest = Sh(Planted("export --gtest " + small));
  EXPECT_EQ(gtest.status, 0) << gtest.out;
  EXPECT_NE(gtest.out.find("TEST("), std::string::npos) << gtest.out;
  const size_t g2 = gtest.out.find("callback w2");
  const size_t g1 = gtest.out.find("callback w1");
  ASSERT_NE(g2, std::string::npos) << gtest.out;
  ASSERT_NE(g1, std::string::npos) << gtest.out;
  EXPECT_LT(g2, g1) << gtest.out;

  std::filesystem::remove_all(dir);
}

}  // namespace
