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

// Runs the program in `path` on the 3.11 model and on `cpython`; their
// traces must agree event for event.
void ExpectAgreement(const std::filesystem::path& path,
                     CpythonBackend& cpython) {
  const std::string name = path.filename().string();
  std::ifstream in(path);
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

TEST(CollectorCpythonAgreementTest, TracesAgreeOnPinnedPrograms) {
  const char* root = std::getenv("GCFUZZ_SOURCE_DIR");
  ASSERT_NE(root, nullptr) << "run through ctest (GCFUZZ_SOURCE_DIR)";
  CpythonBackend cpython;
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(
           std::string(root) + "/tests/differential/programs")) {
    if (entry.path().extension() != ".gcops") continue;
    ++files;
    ExpectAgreement(entry.path(), cpython);
  }
  EXPECT_GE(files, 16);
}

// Corpus regressions of the embedded backend's harness that the canonical
// translation on the 3.11 worker cannot hold (docs/python-translation.md,
// Limits), so their `# versions:` line leaves 3.11 out: the embedded 3.11
// must still agree with the model on them.
TEST(CollectorCpythonAgreementTest, TracesAgreeOnEmbeddedOnlyRegressions) {
  const char* root = std::getenv("GCFUZZ_SOURCE_DIR");
  ASSERT_NE(root, nullptr) << "run through ctest (GCFUZZ_SOURCE_DIR)";
  CpythonBackend cpython;
  for (const char* file :
       {"full_collection_in_a_finalizer_at_trashcan_depth_50_keeps_"
        "temporaries_uncounted.gcops"}) {
    const auto path =
        std::filesystem::path(root) / "corpus" / "regressions" / file;
    ASSERT_TRUE(std::filesystem::exists(path)) << path;
    ExpectAgreement(path, cpython);
  }
}

}  // namespace
}  // namespace gcfuzz::differential
