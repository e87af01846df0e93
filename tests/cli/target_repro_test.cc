// `repro --target` and `minimize --target` (cli/target_repro.h), through the
// CLI binary: findings of any fuzz target, judged by the target's own
// binary. The planted targets are shell scripts named by a manifest of the
// test's own (GCFUZZ_FUZZ_MANIFEST); the build's real targets run on clean
// inputs.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "tests/support/temp_dir.h"
#include "tests/triage/triage_test_support.h"

namespace {

using gcfuzz::triage::testing::RunCommand;
using Result = gcfuzz::triage::testing::CommandResult;

Result Cli(const std::string& args, const std::string& redirect = " 2>&1") {
  return RunCommand(std::string(GCFUZZ_CLI_PATH) + " " + args, redirect);
}

// A fuzz target that finds what its input holds: "BOOM" a gcfuzz-style
// report, "SEGV" death by a signal with no SUMMARY line, "HANG" no answer.
constexpr const char* kPlantedTarget =
    "#!/bin/sh\n"
    "for a; do f=$a; done\n"
    "if grep -q BOOM \"$f\"; then\n"
    "  echo '==gcfuzz== ERROR: planted'\n"
    "  echo 'SUMMARY: gcfuzz: planted-boom'\n"
    "  exit 1\n"
    "fi\n"
    "grep -q SEGV \"$f\" && kill -SEGV $$\n"
    "grep -q HANG \"$f\" && sleep 30\n"
    "echo fine\n";

// The same for gcops text: a program with a `collect` statement.
constexpr const char* kPlantedProgramTarget =
    "#!/bin/sh\n"
    "for a; do f=$a; done\n"
    "if grep -q '^collect' \"$f\"; then\n"
    "  echo 'SUMMARY: gcfuzz: planted-collect'; exit 1\n"
    "fi\n";

class TargetReproTest : public ::gcfuzz::testing::TempDirTest {
 protected:
  void SetUp() override {
    TempDirTest::SetUp();
    const std::string ops = Script("ops_target", kPlantedTarget);
    const std::string prog = Script("prog_target", kPlantedProgramTarget);
    manifest_ = Write("fuzz_targets.json",
                      "{\"version\": 1, \"fuzz_engine\": \"replay\", "
                      "\"targets\": [{\"name\": \"planted_fuzzer\", "
                      "\"input\": \"planted-ops\", \"binary\": \"" +
                          ops +
                          "\", \"corpus\": [], \"dict\": null, \"options\": "
                          "null, \"campaign_weight\": 1, \"triage\": "
                          "\"replay\"}, {\"name\": \"planted_text_fuzzer\", "
                          "\"input\": \"gcops-text\", \"binary\": \"" +
                          prog +
                          "\", \"corpus\": [], \"dict\": null, \"options\": "
                          "null, \"campaign_weight\": 1, \"triage\": "
                          "\"replay\"}]}");
    ::setenv("GCFUZZ_FUZZ_MANIFEST", manifest_.c_str(), 1);
    ::setenv("GCFUZZ_TARGET_TIMEOUT", "2", 1);
  }
  void TearDown() override {
    ::unsetenv("GCFUZZ_FUZZ_MANIFEST");
    ::unsetenv("GCFUZZ_TARGET_TIMEOUT");
    TempDirTest::TearDown();
  }
  std::string Script(const std::string& name, const std::string& text) {
    const std::string path = Write(name, text);
    ::chmod(path.c_str(), 0755);
    return path;
  }
  std::string manifest_;
};

TEST_F(TargetReproTest, AFindingIsTheTargetsOwnSummaryWithExit1) {
  const Result r =
      Cli("repro --target=planted_fuzzer " + Write("crash-1", "xxBOOMyy"));
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_NE(r.out.find("==gcfuzz== ERROR: planted"), std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("\nSUMMARY: gcfuzz: planted-boom\n"), std::string::npos)
      << r.out;
}

TEST_F(TargetReproTest, ACleanInputIsOkWithExit0) {
  const Result r =
      Cli("repro --target=planted_fuzzer " + Write("fine", "nothing"));
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("fine\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("SUMMARY: gcfuzz: ok\n"), std::string::npos) << r.out;
}

TEST_F(TargetReproTest, DeathBySignalAndHangAreFindingsNamedByWhatHappened) {
  const Result segv =
      Cli("repro --target=planted_fuzzer " + Write("segv", "SEGV"));
  EXPECT_EQ(segv.status, 1) << segv.out;
  EXPECT_NE(segv.out.find("SUMMARY: gcfuzz: planted_fuzzer: killed by "
                          "signal 11"),
            std::string::npos)
      << segv.out;
  const Result hang =
      Cli("repro --target=planted_fuzzer " + Write("hang", "HANG"));
  EXPECT_EQ(hang.status, 1) << hang.out;
  EXPECT_NE(hang.out.find("(hang)"), std::string::npos) << hang.out;
}

TEST_F(TargetReproTest, JsonCarriesTheTargetTheOutcomeAndTheSummary) {
  const Result r = Cli(
      "repro --format=json --target=planted_fuzzer " + Write("crash-2", "BOOM"),
      " 2>/dev/null");
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_NE(r.out.find("\"name\": \"planted_fuzzer\""), std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("\"finding\": true"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"summary\": \"SUMMARY: gcfuzz: planted-boom\""),
            std::string::npos)
      << r.out;
}

TEST_F(TargetReproTest, MinimizeOfBytesKeepsTheSummaryLine) {
  const std::string out = (dir_ / "min").string();
  const Result r =
      Cli("minimize --target=planted_fuzzer " +
          Write("crash-3", "0123456789BOOMabcdefghij") + " -o " + out);
  EXPECT_EQ(r.status, 0) << r.out;
  std::ifstream in(out);
  const std::string small((std::istreambuf_iterator<char>(in)),
                          std::istreambuf_iterator<char>());
  EXPECT_EQ(small, "BOOM");
  EXPECT_NE(r.out.find("kept: SUMMARY: gcfuzz: planted-boom"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("24 -> 4 bytes"), std::string::npos) << r.out;
}

TEST_F(TargetReproTest, MinimizeOfAProgramTargetWorksOnStatements) {
  const Result r = Cli(
      "minimize --target=planted_text_fuzzer " + Write("p.gcops",
                                                       "class A slots=1\n"
                                                       "new a A\n"
                                                       "set a.0 a\n"
                                                       "del a\n"
                                                       "collect\n"
                                                       "expect collected 1\n"),
      " 2>/dev/null");
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_EQ(r.out, "collect\n");
}

TEST_F(TargetReproTest, NothingToKeepUnknownTargetAndNoManifestExit2) {
  const Result nothing =
      Cli("minimize --target=planted_fuzzer " + Write("fine", "fine"));
  EXPECT_EQ(nothing.status, 2) << nothing.out;
  EXPECT_NE(nothing.out.find("finds nothing on planted_fuzzer"),
            std::string::npos)
      << nothing.out;
  const Result unknown = Cli("repro --target=nope_fuzzer " + manifest_);
  EXPECT_EQ(unknown.status, 2) << unknown.out;
  EXPECT_NE(unknown.out.find("no fuzz target 'nope_fuzzer' in this build "
                             "(planted_fuzzer, planted_text_fuzzer)"),
            std::string::npos)
      << unknown.out;
  ::setenv("GCFUZZ_FUZZ_MANIFEST", (dir_ / "none.json").c_str(), 1);
  const Result none = Cli("repro --target=planted_fuzzer " + manifest_);
  EXPECT_EQ(none.status, 2) << none.out;
  EXPECT_NE(none.out.find("cannot be read"), std::string::npos) << none.out;
}

// The build's own targets (its manifest, next to the CLI): a clean input of
// a model's operation stream and of the free-threaded cross-check passes,
// and the cross-check's program is shown; a heap target judged in process
// gives repro's own verdict.
class BuildTargetsTest : public ::gcfuzz::testing::TempDirTest {};

TEST_F(BuildTargetsTest, CleanInputsOfTheBuildsTargetsPass) {
  const std::string ft =
      Cli("repro --target=ft_cross_fuzzer " + std::string(GCFUZZ_SOURCE_DIR) +
          "/corpus/seeds/two_cycle_del.gcops")
          .out;
  EXPECT_NE(ft.find("on fuzz target ft_cross_fuzzer (input gcops-binary"),
            std::string::npos)
      << ft;
  EXPECT_NE(ft.find("--- the program ---\nclass Node slots=2 del\n"),
            std::string::npos)
      << ft;
  EXPECT_NE(ft.find("SUMMARY: gcfuzz: ok\n"), std::string::npos) << ft;
  const Result qsbr =
      Cli("repro --target=qsbr_fuzzer " + Write("ops", "\x01\x02\x03\x04"));
  EXPECT_EQ(qsbr.status, 0) << qsbr.out;
  EXPECT_NE(qsbr.out.find("input qsbr-ops"), std::string::npos) << qsbr.out;
  const Result heap =
      Cli("repro --target=collector_fuzzer " + std::string(GCFUZZ_SOURCE_DIR) +
          "/corpus/seeds/two_cycle_del.gcops");
  const Result plain = Cli("repro " + std::string(GCFUZZ_SOURCE_DIR) +
                           "/corpus/seeds/two_cycle_del.gcops");
  EXPECT_EQ(heap.status, plain.status);
  EXPECT_EQ(heap.out, plain.out);
}

}  // namespace
