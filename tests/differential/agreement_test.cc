// The C++ collector and real CPython must agree, event for event, on every
// program in tests/differential/programs/ (deep trashcan structures, the
// scheduler's patterns, legacy closures, random programs). A divergence
// here is a bug in one of the two backends; the side-by-side report says
// where the traces part.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "collector/collector_backend.h"
#include "differential/compare.h"
#include "differential/cpython/cpython_backend.h"
#include "gcops/parser.h"
#include "gcops/runner.h"

namespace gcfuzz::differential {
namespace {

TEST(CollectorCpythonAgreementTest, TracesAgreeOnPinnedPrograms) {
  const char* root = std::getenv("GCFUZZ_SOURCE_DIR");
  ASSERT_NE(root, nullptr) << "run through ctest (GCFUZZ_SOURCE_DIR)";
  CpythonBackend cpython;
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(
           std::string(root) + "/tests/differential/programs")) {
    if (entry.path().extension() != ".gcops") continue;
    ++files;
    const std::string name = entry.path().filename().string();
    std::ifstream in(entry.path());
    std::stringstream text;
    text << in.rdbuf();
    gcops::Program program;
    gcops::ParseError error;
    ASSERT_TRUE(gcops::Parse(text.str(), name, &program, &error))
        << error.ToString();
    collector::CollectorBackend model;
    const gcops::RunResult a = gcops::Run(program, model);
    const gcops::RunResult b = gcops::Run(program, cpython);
    EXPECT_FALSE(b.misuse.has_value()) << name;
    EXPECT_FALSE(b.trace.events.empty()) << name;
    const auto divergence = differential::Compare(a, "collector", b, "cpython");
    EXPECT_FALSE(divergence.has_value())
        << name << ": " << divergence->summary << "\n"
        << divergence->detail;
  }
  EXPECT_GE(files, 16);
}

}  // namespace
}  // namespace gcfuzz::differential
