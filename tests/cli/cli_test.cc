// The CLI's contract, checked by running the real binary: exit status 0 for
// success, 1 for failed expectations, 2 for bad input, misuse or usage; error
// messages in FILE:LINE:COL form; fmt/encode/decode agree with each other.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "tests/support/temp_dir.h"
#include "tests/triage/triage_test_support.h"

namespace {

using gcfuzz::triage::testing::RunCommand;
using Result = gcfuzz::triage::testing::CommandResult;

Result Cli(const std::string& args) {
  return RunCommand(std::string(GCFUZZ_CLI_PATH) + " " + args);
}

using CliTest = ::gcfuzz::testing::TempDirTest;

// The README's command table is the CLI's command table
// (cli/commands.def), as `help --markdown` prints it.
TEST(CliCommandTable, ReadmeTableIsTheCommandTable) {
  std::ifstream in(std::string(GCFUZZ_SOURCE_DIR) + "/README.md");
  std::stringstream readme;
  readme << in.rdbuf();
  const Result r = Cli("help --markdown");
  ASSERT_EQ(r.status, 0);
  ASSERT_FALSE(r.out.empty());
  EXPECT_NE(readme.str().find(r.out), std::string::npos)
      << "README.md's command table differs from cli/commands.def; paste:\n"
      << r.out;
}

// Every command answers --help with its synopsis, runs nothing, exits 0.
TEST(CliCommandTable, EveryCommandHasHelp) {
  const Result table = Cli("help --markdown");
  std::istringstream rows(table.out);
  int commands = 0;
  for (std::string row; std::getline(rows, row);) {
    const std::string prefix = "| `./gcfuzz ";
    if (row.rfind(prefix, 0) != 0) continue;
    const std::string name = row.substr(
        prefix.size(), row.find_first_of(" `", prefix.size()) - prefix.size());
    const Result r = Cli(name + " --help");
    EXPECT_EQ(r.status, 0) << name;
    EXPECT_EQ(r.out.rfind("usage: gcfuzz " + name, 0), 0u) << r.out;
    ++commands;
  }
  EXPECT_GE(commands, 15);
  EXPECT_EQ(Cli("--version").out.rfind("gcfuzz ", 0), 0u);
  EXPECT_EQ(Cli("nosuchcommand").status, 2);
}

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

// Bad input is refused in one line with exit status 2, never an abort, a
// hang or a silent wrong answer (triage/files.h).
TEST_F(CliTest, DirectoriesDevicesAndBrokenTextAreBadInputForEveryCommand) {
  const std::string bad = Write("bad.gcops", "new a A\nbogus\n");
  for (const std::string cmd :
       {"check", "fmt", "encode", "decode", "generate", "run", "repro",
        "minimize", "dot", "export --python"}) {
    for (const std::string& file : {dir_.string(), std::string("/dev/zero")}) {
      const Result r = Cli(cmd + " " + file);
      EXPECT_EQ(r.status, 2) << cmd << " " << file << "\n" << r.out;
      EXPECT_NE(r.out.find(file + ": "), std::string::npos) << r.out;
    }
  }
  // A .gcops file is text: a syntax error is reported, never decoded as
  // the binary form.
  for (const std::string cmd :
       {"repro", "minimize", "dot", "export --python"}) {
    const Result r = Cli(cmd + " " + bad);
    EXPECT_EQ(r.status, 2) << cmd << "\n" << r.out;
    EXPECT_NE(r.out.find("bad.gcops:1:7: "), std::string::npos) << r.out;
  }
}

TEST_F(CliTest, UnwritableOutputIsBadInput) {
  const std::string prog = Write("c.gcops", "list a\nappend a a\n");
  const Result r =
      Cli("export --python " + prog + " -o " + dir_.string() + "/no/such.py");
  EXPECT_EQ(r.status, 2) << r.out;
  EXPECT_NE(r.out.find("cannot write"), std::string::npos) << r.out;
}

TEST_F(CliTest, CheckAcceptsAValidProgram) {
  auto r = Cli("check " + Write("ok.gcops", kCycle));
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("ok"), std::string::npos);
}

TEST_F(CliTest, DashReadsStandardInputNamedStdinInMessages) {
  const std::string ok = Write("ok.gcops", kCycle);
  auto r = Cli("check - < " + ok);
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("<stdin>: ok"), std::string::npos) << r.out;
  r = Cli("run --backend=collector - < " + ok);
  EXPECT_EQ(r.status, 0) << r.out;
  const std::string bad = Write("bad.gcops", "class Node\nnew a Nod\n");
  r = Cli("run - < " + bad);
  EXPECT_EQ(r.status, 2) << r.out;
  EXPECT_NE(r.out.find("<stdin>:2:7:"), std::string::npos) << r.out;
}

TEST_F(CliTest, CheckReportsFileLineColumnAndExits2) {
  const std::string f = Write("bad.gcops", "class Node\nnew a Nod\n");
  auto r = Cli("check " + f);
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.out.find(f + ":2:7:"), std::string::npos) << r.out;
}

// `check` reports what `run` stops on as misuse (spec 3.7), found by
// running the program on the model: here a name that a finalizer unbinds
// before the top-level statement using it runs, which the text alone does
// not show.
TEST_F(CliTest, CheckReportsWhatRunStopsOnAsMisuse) {
  const std::string f = Write("m.gcops",
                              "class A slots=1 del\n"
                              "new a A\n"
                              "new b A\n"
                              "on_del a { del b }\n"
                              "del a\n"
                              "collect\n"
                              "set b.0 b\n");
  const Result run = Cli("run --backend=collector " + f);
  ASSERT_EQ(run.status, 2) << run.out;
  const Result r = Cli("check " + f);
  EXPECT_EQ(r.status, 2) << r.out;
  EXPECT_NE(r.out.find(f + ":7: "), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find(": ok ("), std::string::npos) << r.out;
  // The same program without the finalizer's unbinding is fine.
  const std::string ok = Write("ok.gcops",
                               "class A slots=1 del\n"
                               "new a A\n"
                               "new b A\n"
                               "del a\n"
                               "collect\n"
                               "set b.0 b\n");
  EXPECT_EQ(Cli("check " + ok).status, 0);
}

// The model `check` runs a program on: --backend, else the versions its
// `# versions:` line names when that leaves 3.11 out (as the corpus tests
// run it); anything but a model is a usage error.
TEST_F(CliTest, CheckRunsOnTheModelOfTheTaggedVersionsOrOfBackend) {
  const std::string f = Write("bad.gcops", "list l\nref w l\n");
  EXPECT_EQ(Cli("check --backend=collector@3.14 " + f).status, 2);
  const Result wrong = Cli("check --backend=cpython " + f);
  EXPECT_EQ(wrong.status, 2);
  EXPECT_NE(wrong.out.find("--backend must name the model"), std::string::npos)
      << wrong.out;
  const Result tagged = Cli("check " + Write("t.gcops",
                                             "# versions: 3.13 3.14\n"
                                             "list l\nref w l\n"));
  EXPECT_NE(tagged.out.find("on collector@3.13"), std::string::npos)
      << tagged.out;
}

TEST_F(CliTest, FmtIsStable) {
  const std::string messy =
      Write("messy.gcops",
            "# comment\r\nclass   Node  del slots=2\n\n new  a\tNode  # x\n"
            "ref w a {del  b ;collect}\n");
  auto once = Cli("fmt " + messy);
  ASSERT_EQ(once.status, 0) << once.out;
  auto twice = Cli("fmt " + Write("once.gcops", once.out));
  ASSERT_EQ(twice.status, 0);
  EXPECT_EQ(once.out, twice.out);
  EXPECT_EQ(once.out,
            "class Node slots=2 del\nnew a Node\nref w a { del b; collect }\n");
}

TEST_F(CliTest, EncodeThenDecodePrintsTheCanonicalProgram) {
  const std::string f = Write("c.gcops", kCycle);
  const std::string bin = (dir_ / "c.bin").string();
  ASSERT_EQ(
      std::system((std::string(GCFUZZ_CLI_PATH) + " encode " + f + " > " + bin)
                      .c_str()),
      0);
  auto decoded = Cli("decode " + bin);
  auto fmt = Cli("fmt " + f);
  ASSERT_EQ(decoded.status, 0);
  EXPECT_EQ(decoded.out, fmt.out);
}

TEST_F(CliTest, DecodeAcceptsArbitraryBytes) {
  const std::string f =
      Write("junk.bin", std::string("\x01\xff\x00\x7fzz\x80", 7));
  auto r = Cli("decode " + f);
  EXPECT_EQ(r.status, 0) << r.out;
}

// A generator_fuzzer input is the generator's choices: `generate` prints
// the program they make, which runs to its end on both backends.
TEST_F(CliTest, GeneratePrintsTheProgramAnyBytesMakeAndItRuns) {
  std::string bytes;
  for (int i = 0; i < 400; ++i) bytes += static_cast<char>((i * 89 + 17) % 256);
  const std::string f = Write("choices.bin", bytes);
  const Result printed = Cli("generate " + f);
  ASSERT_EQ(printed.status, 0) << printed.out;
  EXPECT_EQ(printed.out.rfind("class C slots=2 del\n", 0), 0u) << printed.out;
  EXPECT_GT(std::count(printed.out.begin(), printed.out.end(), '\n'), 30);
  const std::string out = (dir_ / "choices.gcops").string();
  ASSERT_EQ(Cli("generate " + f + " -o " + out).status, 0);
  const Result run = Cli("run --backend=both " + out);
  // Expectations may fail (status 1) alike on both; misuse (2) or a
  // divergence would be a generator or collector bug.
  EXPECT_TRUE(run.status == 0 || run.status == 1) << run.out;
  EXPECT_EQ(run.out.find("diverged"), std::string::npos) << run.out;
  EXPECT_EQ(run.out.find("misuse"), std::string::npos) << run.out;
}

TEST_F(CliTest, RunPassesAndFailsByExpectation) {
  auto ok = Cli(std::string("run --backend=") + GCFUZZ_CLI_BACKEND + " " +
                Write("ok.gcops", kCycle));
  EXPECT_EQ(ok.status, 0) << ok.out;
  const std::string bad =
      Write("bad.gcops", std::string(kCycle) + "expect collected 3\n");
  auto r = Cli("run --backend=collector " + bad);
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find(bad + ":12: expected collected 3, got 2"),
            std::string::npos)
      << r.out;
}

TEST_F(CliTest, RunStopsOnMisuseWithExit2) {
  const std::string f = Write("m.gcops", "list l\nref w l\n");
  auto r = Cli("run --backend=collector " + f);
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.out.find(f + ":2: cannot create weak reference to 'list' object"),
            std::string::npos)
      << r.out;
}

TEST_F(CliTest, TraceFlagPrintsEveryEventIncludingFree) {
  auto r = Cli("run --backend=collector --trace " + Write("t.gcops", kCycle));
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("   9  callback w\n   9  del a\n   9  del b\n"
                       "   9  free b\n   9  free a\n   9  collect 2 2\n"),
            std::string::npos)
      << r.out;
}

// `run --trace` shows each event with the line of the top-level statement
// that caused it (gcops/trace_view.h).
TEST_F(CliTest, TraceLinesTellTwoIdenticalCollectsApart) {
  auto r = Cli("run --backend=collector --trace " +
               Write("t.gcops", "class C\ncollect\nnew c C\ncollect\n"));
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("   2  collect 2 0\n   4  collect 2 0\n"),
            std::string::npos)
      << r.out;
}

// A finalizer's events are indented under its `del`, a nested body's one
// step further; the events after the body are back at the left.
constexpr const char* kNested =
    "class D del\n"
    "new a D\n"
    "new b D\n"
    "on_del a { del b }\n"
    "on_del b { collect 1 }\n"
    "collect\n"
    "del a\n"
    "collect\n";

TEST_F(CliTest, TraceNestsAFinalizersEventsUnderItsDel) {
  auto r = Cli("run --backend=collector --trace " + Write("n.gcops", kNested));
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("   6  collect 2 0\n"
                       "   7  del a\n"
                       "   7    del b\n"
                       "   7      collect 1 0\n"
                       "   7    free b\n"
                       "   7  free a\n"
                       "   8  collect 2 0\n"),
            std::string::npos)
      << r.out;
}

TEST_F(CliTest, TraceNestsAGcCallbacksEventsUnderGcStart) {
  auto r = Cli("run --backend=collector --trace " +
               Write("g.gcops",
                     "class D del\nnew a D\ngccallback { del a }\ncollect\n"));
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("   4  gc_start 2\n"
                       "   4    del a\n"
                       "   4    free a\n"
                       "   4  collect 2 0\n"
                       "   4  gc_stop 2 0 0\n"),
            std::string::npos)
      << r.out;
}

// Backends that agree print one trace, whichever path compares them (the
// in-process pair, or cli/run_backends.h for three or more).
TEST_F(CliTest, AgreeingBackendsPrintOneTrace) {
  const std::string f = Write("n.gcops", kNested);
  std::vector<std::string> mixes = {"collector,collector@3.12",
                                    "collector,collector,collector@3.12"};
  if (std::string(GCFUZZ_CLI_BACKEND) == "both") mixes.push_back("both");
  for (const std::string& mix : mixes) {
    auto r = Cli("run --trace --backend=" + mix + " " + f);
    EXPECT_EQ(r.status, 0) << mix << "\n" << r.out;
    size_t traces = 0;
    for (size_t at = r.out.find("# trace"); at != std::string::npos;
         at = r.out.find("# trace", at + 1)) {
      ++traces;
    }
    EXPECT_EQ(traces, 1u) << mix << "\n" << r.out;
    EXPECT_NE(r.out.find(" (they agree)\n   6  collect 2 0\n"),
              std::string::npos)
        << mix << "\n"
        << r.out;
  }
  if (std::string(GCFUZZ_CLI_BACKEND) == "both") {
    EXPECT_NE(Cli("run --trace --backend=both " + f)
                  .out.find("# trace of " + f + " on collector, cpython"),
              std::string::npos);
  }
}

// 3.11 collects the cycle at `collect 1` (line 10); 3.14's first increment
// only marks it. Both paths show the traces side by side, each row with its
// line, the first difference marked.
constexpr const char* kDiverges =
    "class A slots=1 del\n"
    "class B slots=2\n"
    "new b B\n"
    "new c B\n"
    "set b.0 c\n"
    "new a A\n"
    "set a.0 a\n"
    "del a\n"
    "list l b c\n"
    "collect 1\n"
    "del l\n";

TEST_F(CliTest, DivergingBackendsAreSideBySideWithTheFirstDifferenceMarked) {
  const std::string f = Write("d.gcops", kDiverges);
  // The in-process pair: events numbered from 0, as its verdict report.
  auto pair = Cli("run --trace --backend=collector,collector@3.14 " + f);
  EXPECT_EQ(pair.status, 1) << pair.out;
  EXPECT_NE(pair.out.find("# traces of " + f +
                          " on collector and on collector@3.14, side by "
                          "side: they differ from event 0 (=>)\n"),
            std::string::npos)
      << pair.out;
  EXPECT_NE(pair.out.find("=> 0     10  del a                   10  "
                          "collect 1 0\n   1     10  free a"),
            std::string::npos)
      << pair.out;
  // Any other mix (cli/run_backends.h): numbered from 1, as its message.
  auto mix = Cli("run --backend=collector,collector@3.14,collector@3.14 " + f);
  EXPECT_EQ(mix.status, 1) << mix.out;
  EXPECT_NE(mix.out.find("collector and collector@3.14 differ at event 1\n"
                         "       line  collector             line  "
                         "collector@3.14\n"
                         "=> 1     10  del a                   10  "
                         "collect 1 0\n"),
            std::string::npos)
      << mix.out;
}

TEST_F(CliTest, CollectorFlagSelectsTheFreeThreadedMode) {
  // The legacy object held only by a collectable cycle: 3.11 frees it
  // (tp_del runs), 3.13t's collector keeps it for gc.garbage.
  const std::string f = Write("ft.gcops",
                              "class C slots=2\n"
                              "class L tp_del\n"
                              "new c C\n"
                              "set c.0 c\n"
                              "new l L\n"
                              "set c.1 l\n"
                              "del l\n"
                              "del c\n"
                              "collect\n");
  auto classic =
      Cli("run --backend=collector --collector=classic --trace " + f);
  EXPECT_EQ(classic.status, 0) << classic.out;
  EXPECT_NE(classic.out.find("tp_del l\n"), std::string::npos) << classic.out;
  EXPECT_NE(classic.out.find("collect 2 1\n"), std::string::npos)
      << classic.out;
  auto ft = Cli("run --backend=collector --collector=ft --trace " + f);
  EXPECT_EQ(ft.status, 0) << ft.out;
  EXPECT_EQ(ft.out.find("tp_del l"), std::string::npos) << ft.out;
  EXPECT_NE(ft.out.find("garbage l\n"), std::string::npos) << ft.out;
  EXPECT_NE(ft.out.find("collect 2 2\n"), std::string::npos) << ft.out;
  // The default is classic.
  auto dflt = Cli("run --backend=collector --trace " + f);
  EXPECT_EQ(dflt.out, classic.out);
}

TEST_F(CliTest, UnknownCollectorModeIsAUsageError) {
  auto r = Cli("run --backend=collector --collector=gil " +
               Write("x.gcops", kCycle));
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(
      r.out.find("unknown collector mode 'gil'; expected one of: classic ft"),
      std::string::npos)
      << r.out;
}

// The free-threaded collector's traces differ from a default build's by
// design, so it is not compared event by event with another backend: the
// refusal says why and where the set comparison is.
TEST_F(CliTest, FreeThreadedModeBesideAnotherBackendIsRefusedWithTheReason) {
  for (const std::string b :
       {"both", "collector,cpython@3.11", "collector,collector"}) {
    auto r = Cli(std::string("run --backend=") + b + " --collector=ft " +
                 Write("x.gcops", kCycle));
    EXPECT_EQ(r.status, 2) << b << r.out;
    EXPECT_NE(r.out.find("--collector=ft runs alone"), std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("repro --target=ft_cross_fuzzer"), std::string::npos)
        << r.out;
  }
}

// `r` exited with `status` and its output says `text`.
void ExpectExitSaying(const Result& r, int status, std::string_view text) {
  EXPECT_EQ(r.status, status) << r.out;
  EXPECT_NE(r.out.find(text), std::string::npos) << r.out;
}

// `minimize --backend=A,B` keeps a divergence between any backends `run`
// compares (worker backends too; here two model profiles, in process):
// 3.11 collects the cycle at `collect 1`, 3.14's first increment only marks.
TEST_F(CliTest, MinimizeWithBackendsKeepsTheirDivergence) {
  const std::string f = Write("v.gcops", kDiverges);
  const std::string out = (dir_ / "small.gcops").string();
  const Result r =
      Cli("minimize --backend=collector,collector@3.14 " + f + " -o " + out);
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("11 -> 5 statements"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("kept: a divergence in the trace"), std::string::npos)
      << r.out;
  ExpectExitSaying(Cli("run --backend=collector,collector@3.14 " + out), 1,
                   "backends diverged");
  // Nothing to keep, or two things to keep: exit 2, one line.
  ExpectExitSaying(Cli("minimize --backend=collector,collector@3.12 " + f), 2,
                   "does not diverge");
  EXPECT_EQ(
      Cli("minimize --backend=collector,cpython --target=qsbr_fuzzer " + f)
          .status,
      2);
}

// One backend: repro's signature on that backend, which is how a
// collector_fuzzer finding (on the profile its log names) is minimized. The
// expectation holds on 3.11's profile and fails on 3.14's.
TEST_F(CliTest, MinimizeWithOneBackendKeepsReprosSignatureThere) {
  const std::string f = Write(
      "one.gcops", std::string(kDiverges) + "expect log del a, collect 1 1\n");
  const Result on314 = Cli("minimize --backend=collector@3.14 " + f);
  ASSERT_EQ(on314.status, 0) << on314.out;
  EXPECT_NE(on314.out.find("kept signature: expectation-failed"),
            std::string::npos)
      << on314.out;
  ExpectExitSaying(Cli("minimize --backend=collector " + f), 2,
                   "reproduces nothing");
  // An unknown backend: one line that names the command that was run.
  ExpectExitSaying(Cli("minimize --backend=nonsense " + f), 2,
                   "gcfuzz minimize: unknown backend 'nonsense'");
}

TEST_F(CliTest, VersionProfileWithTheFreeThreadedModeIsRefusedOnOneLine) {
  auto r = Cli("run --backend=collector@3.12 --collector=ft " +
               Write("x.gcops", kCycle));
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.out.find("backend 'collector@3.12' does not run with "
                       "--collector=ft"),
            std::string::npos)
      << r.out;
}

TEST_F(CliTest, UsageErrorsExit2) {
  EXPECT_EQ(Cli("").status, 2);
  EXPECT_EQ(Cli("frobnicate").status, 2);
  EXPECT_EQ(Cli("fmt").status, 2);
  EXPECT_EQ(Cli("run --backend=nosuch " + Write("x.gcops", kCycle)).status, 2);
  EXPECT_EQ(Cli("run --bogus x").status, 2);
  EXPECT_EQ(Cli("check /nonexistent/file.gcops").status, 2);
}

}  // namespace
