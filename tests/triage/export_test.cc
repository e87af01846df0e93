// gcfuzz export: the Python script (the canonical translation, standalone),
// run with plain python3, passes every corpus program whose `# versions:`
// line names 3.11, and prints exactly the embedded CPython backend's trace
// (free events left out), status and failure messages on generated programs
// whose meaning does not depend on counting (tests/translation checks the
// corpus that way);
// the GoogleTest export embeds the program and pins the collector's trace
// (the committed export of a seed, golden/two_cycle_del_test.cc, must match
// byte for byte and is compiled and run as triage_export_gtest_golden_test).
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "collector/collector_backend.h"
#include "fuzz/mutator.h"
#include "gcops/parser.h"
#include "gcops/printer.h"
#include "gcops/runner.h"
#include "tests/triage/triage_test_support.h"
#include "triage/export_gtest.h"
#include "triage/export_python.h"
#if GCFUZZ_HAVE_CPYTHON
#include "differential/cpython/cpython_backend.h"
#endif

namespace gcfuzz::triage {
namespace {

namespace fs = std::filesystem;
using testing::MustParse;
using testing::RunCommand;

std::string ReadText(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<fs::path> CorpusPrograms() {
  std::vector<fs::path> out;
  for (const char* dir : {"seeds", "scenarios", "regressions"}) {
    const fs::path d = fs::path(GCFUZZ_CORPUS_DIR) / dir;
    if (!fs::exists(d)) continue;
    for (const auto& e : fs::directory_iterator(d)) {
      if (e.path().extension() == ".gcops") out.push_back(e.path());
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

struct ScriptRun {
  int status = -1;
  std::string out;  // stdout: the trace
  std::string err;  // stderr: failures, misuse
};

ScriptRun RunScript(const std::string& script, const std::string& tag) {
  const fs::path dir = fs::temp_directory_path() /
                       ("gcfuzz_export_test_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const fs::path py = dir / (tag + ".py");
  const fs::path err = dir / (tag + ".err");
  std::ofstream(py, std::ios::binary) << script;
  ScriptRun r;
  const auto c = RunCommand(std::string(GCFUZZ_PYTHON3) + " " + py.string(),
                            " 2>" + err.string());
  r.status = c.status;
  r.out = c.out;
  // Leave out what `debug stats` makes CPython itself print ("gc: ...").
  std::istringstream lines(ReadText(err));
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("gc: ", 0) != 0) r.err += line + "\n";
  }
  fs::remove_all(dir);
  return r;
}

// What the script must print on stderr: gcfuzz's messages for the run.
std::string ExpectedStderr(const gcops::RunResult& want,
                           const std::string& name) {
  std::string s;
  for (const auto& f : want.failures) s += gcops::FormatFailure(name, f) + "\n";
  if (want.misuse) s += gcops::FormatMisuse(name, *want.misuse) + "\n";
  return s;
}

#if GCFUZZ_HAVE_CPYTHON
class ExportPythonCorpusTest : public ::testing::TestWithParam<fs::path> {};

// The real interpreters the program holds on: its `# versions:` line
// (scripts/corpus_versions.py writes and checks them through the workers).
std::vector<std::string> TaggedVersions(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("# versions:", 0) != 0) continue;
    std::istringstream words(line.substr(11));
    for (std::string w; words >> w;) out.push_back(w);
  }
  return out;
}

TEST_P(ExportPythonCorpusTest,
       ScriptPassesOnPython3WhereTheProgramSaysItHolds) {
  const fs::path file = GetParam();
  const std::string text = ReadText(file);
  gcops::Program p;
  gcops::ParseError error;
  if (!gcops::Parse(text, file.string(), &p, &error)) {
    // Not a program: the corpus.* ctest entries report that, not this test.
    GTEST_SKIP() << error.ToString();
  }
  const auto versions = TaggedVersions(text);
  if (std::find(versions.begin(), versions.end(), "3.11") == versions.end()) {
    GTEST_SKIP() << "not tagged 3.11: it reads counts, depends on where an "
                    "automatic collection falls, or is 3.11-model only";
  }
  const std::string name = file.filename().string();
  const ScriptRun got = RunScript(ExportPython(p, name), file.stem().string());
  EXPECT_EQ(got.status, 0) << name << " stderr:\n" << got.err;
  EXPECT_EQ(got.err, "") << name;
}

INSTANTIATE_TEST_SUITE_P(Corpus, ExportPythonCorpusTest,
                         ::testing::ValuesIn(CorpusPrograms()),
                         [](const auto& info) {
                           std::string n =
                               info.param.parent_path().filename().string() +
                               "_" + info.param.stem().string();
                           for (char& c : n) {
                             if (!std::isalnum(static_cast<unsigned char>(c)))
                               c = '_';
                           }
                           return n;
                         });

// Independent check on programs nobody wrote: mutants of the seeds (the
// fuzzers' structure-aware mutator, fixed seeds), compared with the embedded
// backend where their meaning does not depend on counting (neither side
// collects automatically; no threshold, enable, freeze, unfreeze or count
// expectation: docs/python-translation.md). GCFUZZ_EXPORT_MUTANTS raises the
// count for a longer local run.
bool CountingFree(const gcops::Program& p) {
  const std::string text = gcops::Print(p);
  for (const char* word : {"threshold", "enable", "freeze", "expect count"}) {
    if (text.find(word) != std::string::npos) return false;
  }
  return true;
}

TEST(ExportPythonTest, MutatedSeedsAgreeWithCpythonBackend) {
  std::vector<gcops::Program> seeds;
  for (const fs::path& f : CorpusPrograms()) {
    if (f.parent_path().filename() == "seeds") {
      seeds.push_back(MustParse(ReadText(f)));
    }
  }
  ASSERT_FALSE(seeds.empty());
  const char* env = std::getenv("GCFUZZ_EXPORT_MUTANTS");
  const int n = env ? std::atoi(env) : 48;
  int compared = 0;
  for (int k = 0; k < n; ++k) {
    fuzz::Rng rng(1000 + k);
    gcops::Program p = seeds[k % seeds.size()];
    for (int m = 0; m < 1 + k % 8; ++m) fuzz::MutateProgram(p, rng);
    if (!CountingFree(p)) continue;
    differential::CpythonBackend backend;
    const gcops::RunResult want = gcops::Run(p, backend);
    const std::string trace = want.trace.ToString(false);
    const ScriptRun got = RunScript(ExportPython(p, "mutant.gcops"),
                                    "mutant" + std::to_string(k));
    if (trace.find(" auto\n") != std::string::npos ||
        got.out.find(" auto\n") != std::string::npos) {
      continue;  // an automatic collection: counting decides where
    }
    EXPECT_EQ(got.out, trace) << "mutant " << k << ":\n"
                              << gcops::Print(p) << got.err;
    EXPECT_EQ(got.status, want.misuse             ? 2
                          : want.failures.empty() ? 0
                                                  : 1)
        << "mutant " << k << ":\n"
        << gcops::Print(p) << got.err;
    EXPECT_EQ(got.err, ExpectedStderr(want, "mutant.gcops")) << "mutant " << k;
    ++compared;
  }
  // Most mutants are comparable; a filter that let none through would
  // make this test say nothing.
  EXPECT_GE(compared, n / 3)
      << "only " << compared << " of " << n << " mutants were counting-free";
}

TEST(ExportPythonTest, TheCorpusIsNotEmpty) {
  EXPECT_GE(CorpusPrograms().size(), 6u);
}
#endif

TEST(ExportPythonTest, FailedExpectationsAndMisuseUseGcfuzzMessagesAndStatus) {
  const std::string text =
      "class Node slots=1 del\nnew a Node\nset a.0 a\ndel a\ncollect\n"
      "expect collected 3\nexpect log del a, collect 2 2\n"
      "expect dead a\nlet x q\nlist never\n";
  const gcops::Program p = MustParse(text);
  collector::CollectorBackend model;
  const gcops::RunResult want = gcops::Run(p, model);
  ASSERT_EQ(want.failures.size(), 2u);
  const ScriptRun got = RunScript(ExportPython(p, "m.gcops"), "m");
  EXPECT_EQ(got.status, 2);
  EXPECT_EQ(got.out, "del a\ncollect 2 1\n");
  EXPECT_EQ(got.err, gcops::FormatFailure("m.gcops", want.failures[0]) + "\n" +
                         gcops::FormatFailure("m.gcops", want.failures[1]) +
                         "\n" + gcops::FormatMisuse("m.gcops", *want.misuse) +
                         "\n");
}

TEST(ExportPythonTest, BodiesMapToFunctionsAndStatementsKeepTheirText) {
  const std::string s =
      ExportPython(MustParse("class Node slots=2 del\nnew a Node\n"
                             "on_del a { let keep self; raise; list l 1 }\n"),
                   "x.gcops");
  EXPECT_NE(s.find("C_Node = _class('Node', 2, True, False, True)\n"),
            std::string::npos);
  EXPECT_NE(s.find("    # 2: new a Node\n    if _at(2) or _new('a', C_Node):"),
            std::string::npos)
      << s;
  EXPECT_NE(s.find("    _let('keep', 'self', self=self)\n"), std::string::npos);
  EXPECT_NE(s.find("    return  # raise\n"), std::string::npos);
  EXPECT_NE(s.find("_on('a', _b0, False)"), std::string::npos);
  EXPECT_NE(s.find("_run('x.gcops', ('a', 'keep', 'l'), _program, 100000)"),
            std::string::npos);
}

TEST(ExportGtestTest, EmbedsTheProgramAndPinsTheReferencesRun) {
  const gcops::Program p =
      MustParse("list a\nappend a a\ndel a\ncollect\nexpect collected 2\n");
  ReferenceRun ref;
  ref.version = "3.14";
  ref.reference = "cpython@3.14";
  ref.events = {"collect 2 1"};
  ref.failed_lines = {5};
  const std::string s = ExportGtest(p, "SelfCycle", "self_cycle.gcops", ref);
  EXPECT_NE(s.find("TEST(GcopsRegression, SelfCycle) {"), std::string::npos);
  EXPECT_NE(s.find("R\"gcops(list a\nappend a a\ndel a\ncollect\n"
                   "expect collected 2\n)gcops\""),
            std::string::npos)
      << s;
  // The reference's trace (no `free`) and its failing lines, on the
  // profile of its version; never the collector's own run.
  EXPECT_NE(s.find("FindVersionProfile(\"3.14\")"), std::string::npos) << s;
  EXPECT_NE(s.find("(/*include_free=*/false), R\"trace(collect 2 1\n)trace\""),
            std::string::npos)
      << s;
  EXPECT_NE(s.find("EXPECT_EQ(failed, \"5 \");"), std::string::npos) << s;
  EXPECT_NE(s.find("interpreter (cpython@3.14)"), std::string::npos) << s;
  EXPECT_EQ(FailedLinesText({3, 9}, 12), "3 9 misuse 12 ");
  EXPECT_EQ(TestNameFromFile("dir/two_cycle-del.gcops"), "TwoCycleDel");
  EXPECT_EQ(TestNameFromFile("7up"), "Program7up");
}

// The committed golden file is what `export --gtest` writes for the seed
// (the embedded CPython 3.11 as the reference), byte for byte;
// triage_export_gtest_golden_test compiles and runs that file, so a
// collector that stops agreeing with CPython on the program fails there and
// a change of the exporter fails here.
TEST(ExportGtestTest, SeedExportEqualsTheCommittedGoldenFile) {
#if GCFUZZ_HAVE_CPYTHON
  const fs::path seed =
      fs::path(GCFUZZ_CORPUS_DIR) / "seeds/two_cycle_del.gcops";
  const testing::CommandResult r = testing::RunCommand(
      std::string(GCFUZZ_CLI_PATH) + " export --gtest " + seed.string(),
      " 2>/dev/null");
  ASSERT_EQ(r.status, 0);
  EXPECT_EQ(r.out, ReadText(GCFUZZ_GTEST_GOLDEN));
#else
  GTEST_SKIP() << "the golden file's reference is the embedded CPython";
#endif
}

}  // namespace
}  // namespace gcfuzz::triage

namespace gcfuzz::triage {
namespace {

// A program outside the plain form keeps the canonical translation, after
// a comment naming the statement that needs the harness and why;
// --canonical writes exactly what `translate` does.
TEST(ExportCliTest, PythonIsPlainWhereItCanBeElseCanonicalSayingWhy) {
  const std::string cli = GCFUZZ_CLI_PATH;
  const std::string seed =
      std::string(GCFUZZ_CORPUS_DIR) + "/seeds/two_cycle_del.gcops";
  const auto plain = testing::RunCommand(cli + " export --python " + seed);
  EXPECT_EQ(plain.status, 0);
  EXPECT_EQ(plain.out.rfind("# two_cycle_del.gcops as plain Python", 0), 0u)
      << plain.out;
  const auto translated = testing::RunCommand(cli + " translate " + seed);
  const auto forced =
      testing::RunCommand(cli + " export --python --canonical " + seed);
  EXPECT_EQ(forced.status, 0);
  EXPECT_EQ(forced.out, translated.out);

  const std::string dir = ::testing::TempDir();
  const std::string frozen = dir + "/frozen.gcops";
  std::ofstream(frozen) << "class N\nnew a N\nfreeze\ncollect\n";
  const auto canonical =
      testing::RunCommand(cli + " export --python " + frozen, " 2>/dev/null");
  EXPECT_EQ(canonical.status, 0);
  EXPECT_EQ(canonical.out.rfind("# frozen.gcops: the canonical translation, "
                                "not the plain form: line 3,\n# `freeze`, "
                                "needs the instrumented harness: the "
                                "permanent",
                                0),
            0u)
      << canonical.out.substr(0, 400);
  const auto frozen_translated =
      testing::RunCommand(cli + " translate " + frozen, " 2>/dev/null");
  EXPECT_NE(canonical.out.find(frozen_translated.out), std::string::npos);
  EXPECT_EQ(
      testing::RunCommand(cli + " export --gtest --canonical " + frozen).status,
      2);  // --canonical is a --python form
}

TEST(ExportCliTest, PythonScriptFromTheCliRunsWithPlainPython3) {
  const std::string seed =
      std::string(GCFUZZ_CORPUS_DIR) + "/seeds/two_cycle_del.gcops";
  const auto r =
      testing::RunCommand(std::string(GCFUZZ_CLI_PATH) + " export --python " +
                              seed + " | " + GCFUZZ_PYTHON3 + " -",
                          " 2>&1");
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_EQ(r.out, "callback w\ndel a\ndel b\ncollect 2 2\n");
  EXPECT_EQ(
      testing::RunCommand(std::string(GCFUZZ_CLI_PATH) + " export " + seed)
          .status,
      2);  // no format given
}

}  // namespace
}  // namespace gcfuzz::triage
