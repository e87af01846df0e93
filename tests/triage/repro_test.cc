// gcfuzz repro: how a file becomes a program, the verdict of each kind, the
// label-free signature, and the CLI's determinism and exit statuses.
#include "triage/repro.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "gcops/binary.h"
#include "gcops/printer.h"
#include "tests/support/temp_dir.h"
#include "tests/triage/triage_test_support.h"
#if GCFUZZ_HAVE_ORACLE_CHECK
#include "collector/observer.h"
#include "oracle/collector_check.h"
#endif

namespace gcfuzz::triage {
namespace {

using testing::MakeTestBackend;
using testing::MustParse;
using testing::RunCommand;

constexpr const char* kCycle =
    "class Node slots=2 del\n"
    "new a Node\n"
    "new b Node\n"
    "set a.0 b\n"
    "set b.0 a\n"
    "ref w a {}\n"
    "del a\n"
    "del b\n"
    "collect\n"
    "expect collected 2\n"
    "expect log callback w, del a, del b, collect 2 2\n";

ReproOptions CollectorOnly() {
  ReproOptions o;
  o.backends = {"collector"};
  return o;
}

TEST(ReproLoadTest, TextThatParsesIsReadAsText) {
  const LoadedProgram l = LoadProgramBytes(kCycle, "c.gcops");
  EXPECT_TRUE(l.from_text);
  EXPECT_EQ(l.program, MustParse(kCycle));
}

TEST(ReproLoadTest, BinaryFormIsDecoded) {
  const gcops::Program p = MustParse(kCycle);
  const std::vector<uint8_t> bytes = gcops::Encode(p);
  const LoadedProgram l = LoadProgramBytes(
      std::string_view(reinterpret_cast<const char*>(bytes.data()),
                       bytes.size()),
      "crash-1");
  EXPECT_FALSE(l.from_text);
  EXPECT_EQ(gcops::Print(l.program), gcops::Print(p));
}

TEST(ReproLoadTest, UnparsableTextAndInvalidUtf8AreDecodedNotRejected) {
  EXPECT_FALSE(LoadProgramBytes("new a Nod\n", "x").from_text);
  EXPECT_FALSE(LoadProgramBytes("\xff\xfe\x80 collect\n", "x").from_text);
}

TEST(ReproVerdictTest, CleanProgramIsOk) {
  const Judgement j = JudgeProgram(MustParse(kCycle), ReproOptions{});
  EXPECT_TRUE(j.verdict.ok()) << j.verdict.Report();
  EXPECT_EQ(j.verdict.SummaryLine(), "SUMMARY: gcfuzz: ok");
  EXPECT_EQ(j.verdict.signature, "ok");
  EXPECT_FALSE(j.runs.empty());
}

TEST(ReproVerdictTest, FailedExpectationThatAllBackendsShareIsReported) {
  const std::string text = std::string(kCycle) + "expect collected 3\n";
  ReproOptions o;
  o.file = "f.gcops";
  const Judgement j = JudgeProgram(MustParse(text), o);
  EXPECT_EQ(j.verdict.kind, VerdictKind::kExpectationFailed);
  EXPECT_EQ(j.verdict.detail, "f.gcops:12: expected collected 3, got 2");
  EXPECT_EQ(j.verdict.signature,
            "expectation-failed expected collected 3, got 2");
}

TEST(ReproVerdictTest, MisuseIsReportedWithoutLineInSignature) {
  ReproOptions o;
  o.file = "m.gcops";
  const Judgement k = JudgeProgram(MustParse("list a\ndel b\n"), o);
  EXPECT_EQ(k.verdict.kind, VerdictKind::kMisuse);
  EXPECT_EQ(k.verdict.detail, "m.gcops:2: name 'b' is not bound");
  EXPECT_EQ(k.verdict.signature, "misuse name 'b' is not bound");
}

TEST(ReproVerdictTest, PlantedDifferenceIsADivergenceWithLabelFreeSignature) {
  ReproOptions o;
  o.backends = {"collector", "skewed"};
  o.make_backend_for_testing = MakeTestBackend;
  const Judgement j = JudgeProgram(MustParse(kCycle), o);
  ASSERT_EQ(j.verdict.kind, VerdictKind::kDivergence);
  EXPECT_EQ(j.verdict.detail,
            "trace event 5: collector has 'collect 2 2', skewed has "
            "'collect 2 3'");
  EXPECT_EQ(j.verdict.signature,
            "divergence trace collector 'collect 2 2' skewed 'collect 2 3'");
  // Both traces, side by side, around the first difference.
  EXPECT_NE(j.verdict.Report().find("=> 5"), std::string::npos)
      << j.verdict.Report();
  EXPECT_NE(j.verdict.Report().find("del b"), std::string::npos);
}

#if GCFUZZ_HAVE_ORACLE_CHECK
// Forwards to the oracle's checker, hiding one unreachable object from it:
// the collector's report then disagrees with the oracle's prediction.
class HideOneUnreachable : public collector::Observer {
 public:
  explicit HideOneUnreachable(collector::Observer& real) : real_(real) {}
  void OnCollectionStart(const collector::Heap& h, int gen) override {
    real_.OnCollectionStart(h, gen);
  }
  void AfterFinalize(const collector::Heap& h,
                     const std::vector<gcops::ObjId>& u) override {
    real_.AfterFinalize(h, u);
  }
  void OnCollectionEnd(const collector::Heap& h,
                       const collector::CollectionReport& report) override {
    collector::CollectionReport r = report;
    if (!r.unreachable.empty()) r.unreachable.pop_back();
    real_.OnCollectionEnd(h, r);
  }

 private:
  collector::Observer& real_;
};

TEST(ReproVerdictTest, OracleDisagreementIsAnOracleMismatchFirst) {
  std::unique_ptr<HideOneUnreachable> tamper;
  ReproOptions o;
  o.prepare_oracle_for_testing = [&](oracle::CheckedCollectorBackend& b) {
    tamper = std::make_unique<HideOneUnreachable>(b.ObserverForTesting());
    b.InterposeObserverForTesting(tamper.get());
  };
  const Judgement j = JudgeProgram(MustParse(kCycle), o);
  ASSERT_EQ(j.verdict.kind, VerdictKind::kOracleMismatch) << j.verdict.Report();
  EXPECT_EQ(j.verdict.signature, "oracle-mismatch unreachable-set");
  EXPECT_EQ(j.verdict.SummaryLine().rfind(
                "SUMMARY: gcfuzz: oracle-mismatch unreachable-set ", 0),
            0u)
      << j.verdict.SummaryLine();
  EXPECT_EQ(j.verdict.Report().rfind(
                "==gcfuzz== ERROR: oracle-mismatch\nunreachable-set: ", 0),
            0u)
      << j.verdict.Report();
}
#endif

TEST(ReproVerdictTest, SecondCollectorRunThatDiffersIsNondeterminism) {
  // The first "collector" is the real one, every later one the skewed one.
  int made = 0;
  ReproOptions o;
  o.backends = {"collector"};
  o.make_backend_for_testing = [&made](std::string_view name) {
    return MakeTestBackend(made++ == 0 ? name : "skewed");
  };
  const Judgement j = JudgeProgram(MustParse(kCycle), o);
  ASSERT_EQ(j.verdict.kind, VerdictKind::kNondeterminism) << j.verdict.Report();
  EXPECT_EQ(j.verdict.signature,
            "nondeterminism collector trace first run 'collect 2 2' second "
            "run 'collect 2 3'");
  EXPECT_EQ(j.verdict.SummaryLine().rfind(
                "SUMMARY: gcfuzz: nondeterminism collector trace event 5: ", 0),
            0u)
      << j.verdict.SummaryLine();
  o.check_determinism = false;
  made = 0;
  EXPECT_EQ(JudgeProgram(MustParse(kCycle), o).verdict.kind, VerdictKind::kOk);
}

TEST(ReproVerdictTest, SignatureIgnoresLabelRenumbering) {
  // The same bug with the objects under other names and @-labels.
  const std::string renamed =
      "class Node slots=2 del\nlist pad\nlist pad\nnew x Node\nnew x Node\n"
      "let y x\nnew x Node\nset x.0 y\nset y.0 x\ndel x\ndel y\ncollect\n";
  ReproOptions o;
  o.backends = {"collector", "skewed"};
  o.make_backend_for_testing = MakeTestBackend;
  const Verdict a = JudgeProgram(MustParse(kCycle), o).verdict;
  const Verdict b = JudgeProgram(MustParse(renamed), o).verdict;
  ASSERT_EQ(b.kind, VerdictKind::kDivergence);
  EXPECT_NE(a.detail, b.detail);
  EXPECT_EQ(a.signature, b.signature);
}

TEST(ReproFormatTest, ReportShowsProgramRunsVerdictAndSummary) {
  const LoadedProgram l = LoadProgramBytes(kCycle, "c.gcops");
  ReproOptions o = CollectorOnly();
  o.file = "c.gcops";
  const std::string out = FormatRepro(l, JudgeProgram(l.program, o), o);
  EXPECT_NE(out.find("== program: c.gcops (gcops text, 11 statements)"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find(gcops::Print(l.program)), std::string::npos);
  EXPECT_NE(out.find("collector"), std::string::npos);
  EXPECT_EQ(out.substr(out.size() - 20), "SUMMARY: gcfuzz: ok\n");
}

class ReproCliTest : public ::gcfuzz::testing::TempDirTest {
 protected:
  std::string Repro(const std::string& file) {
    return std::string(GCFUZZ_CLI_PATH) + " repro " + file;
  }
};

TEST_F(ReproCliTest, SameCrashFileGivesByteIdenticalOutputInFreshProcesses) {
  const std::vector<uint8_t> bytes = gcops::Encode(MustParse(kCycle));
  const std::string f =
      Write("crash-1", std::string(bytes.begin(), bytes.end()));
  const auto first = RunCommand(Repro(f));
  const auto second = RunCommand(Repro(f));
  EXPECT_EQ(first.status, 0) << first.out;
  EXPECT_EQ(first.out, second.out);
  EXPECT_NE(first.out.find("binary form, decoded"), std::string::npos);
  EXPECT_NE(first.out.find("SUMMARY: gcfuzz: ok"), std::string::npos);
}

TEST_F(ReproCliTest, ExitStatusIs1ForAFindingAnd2ForMisuseOrUsage) {
  const auto failed = RunCommand(
      Repro(Write("f.gcops", std::string(kCycle) + "expect collected 5\n")));
  EXPECT_EQ(failed.status, 1) << failed.out;
  EXPECT_NE(failed.out.find("SUMMARY: gcfuzz: expectation-failed "),
            std::string::npos);
  const auto misuse = RunCommand(Repro(Write("m.gcops", "del a\n")));
  EXPECT_EQ(misuse.status, 2) << misuse.out;
  EXPECT_NE(misuse.out.find("SUMMARY: gcfuzz: misuse "), std::string::npos);
  EXPECT_EQ(RunCommand(Repro((dir_ / "missing").string())).status, 2);
  EXPECT_EQ(RunCommand(std::string(GCFUZZ_CLI_PATH) + " repro").status, 2);
}

}  // namespace
}  // namespace gcfuzz::triage
