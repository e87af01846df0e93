// The plain form of a program (translation/plain_python.h): its rules say,
// with the first statement and a reason, which programs it covers; the
// script it writes is short, uses nothing private, refuses versions the
// program was not written for; and on every corpus program it covers it
// prints exactly what the canonical translation (`gcfuzz-cli translate`,
// standalone) prints, and exits with the same status, on python3 (CPython
// 3.11 here).
#include "translation/plain_python.h"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "gcops/parser.h"
#include "tests/support/parse.h"

namespace gcfuzz::translation {
namespace {

namespace fs = std::filesystem;
using ::gcfuzz::testing::MustParse;

struct Ran {
  int status = -1;
  std::string out;  // stdout
  std::string err;  // stderr
};

std::string ReadText(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

fs::path ScratchDir() {
  const fs::path d = fs::temp_directory_path() /
                     ("gcfuzz_plain_test_" + std::to_string(::getpid()));
  fs::create_directories(d);
  return d;
}

// Runs a shell command: its status, stdout and stderr.
Ran Shell(const std::string& cmd) {
  const fs::path err = ScratchDir() / "stderr";
  Ran r;
  FILE* p = popen((cmd + " 2>" + err.string()).c_str(), "r");
  if (p == nullptr) return r;
  char buf[4096];
  for (size_t n; (n = fread(buf, 1, sizeof buf, p)) > 0;) r.out.append(buf, n);
  const int raw = pclose(p);
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  r.err = ReadText(err);
  return r;
}

Ran RunPython(const std::string& script, const std::string& tag) {
  const fs::path py = ScratchDir() / (tag + ".py");
  std::ofstream(py, std::ios::binary) << script;
  return Shell(std::string(GCFUZZ_PYTHON3) + " " + py.string());
}

std::string Plain(const std::string& text,
                  const std::string& file = "p.gcops") {
  const gcops::Program p = MustParse(text);
  const PlainVerdict v = PlainForm(p);
  EXPECT_TRUE(v.plain) << v.line << ": " << v.reason;
  return PlainTranslation(p, file, ProgramVersions(text));
}

size_t Lines(const std::string& s) {
  return static_cast<size_t>(std::count(s.begin(), s.end(), '\n'));
}

// --- the rules ------------------------------------------------------------

TEST(PlainPythonExportTest, FirstStatementOutsideTheSubsetIsNamedWithWhy) {
  const PlainVerdict v = PlainForm(
      MustParse("class L slots=1 tp_del\nclass N\nnew a N\ncollect\nnew l L\n"
                "debug saveall\n"));
  EXPECT_FALSE(v.plain);
  EXPECT_EQ(v.line, 6u);
  EXPECT_EQ(v.statement, "debug saveall");
  EXPECT_NE(v.reason.find("DEBUG_SAVEALL"), std::string::npos);
}

TEST(PlainPythonExportTest, WhatPlainPythonCannotObserveOrWouldPerturbIsOut) {
  const struct {
    const char* program;
    uint32_t line;
    const char* why;
  } cases[] = {
      {"class N\ngccallback { new b N }\n", 2, "any number of times"},
      {"class N del\nnew a N\non_del a { new b N }\nexpect tracked b\n", 4,
       "which a body makes"},
      {"class T tp_del\nnew a T\non_tp_del a { let k self }\n", 3,
       "resurrect each other"},
      {"class N del\nnew a N\non_del a { ref w self }\n", 3, "makes a weakref"},
      {"class N del\nnew a N\non_del a { let keep self }\ndel a\ndel keep\n", 5,
       "bound by a finalizer"},
      {"class N\nnew a N\nthreshold 3\n", 3, "threshold"},
      {"class N\ndisable\nthreshold 3\nenable\n", 4, "threshold"},
      {"freeze\n", 1, "permanent generation"},
      {"class N\nnew a N\nexpect count 1 0 0\n", 3, "counts"},
      {"list l\nlet m l\ndel l\ndel m\nexpect alive l\n", 5, "only by holding"},
      {"class N\nnew a N\nref w a\ndel w\nexpect cleared w\n", 5, "holding"},
      {"class N\nnew a N\nlet b a\ndel a\ndel b\nexpect tracked a\n", 6,
       "no name holds"},
      {"class N\nnew a N\nref w a\nref v a\n", 4, "hands back"},
      {"let x y\n", 1, "misuse"},
      {"class N\nnew a N\nset a.4 a\n", 3, "misuse"},
      {"gccallback { let x self }\n", 1, "'self'"},
  };
  for (const auto& c : cases) {
    const PlainVerdict v = PlainForm(MustParse(c.program));
    EXPECT_FALSE(v.plain) << c.program;
    EXPECT_EQ(v.line, c.line) << c.program;
    EXPECT_NE(v.reason.find(c.why), std::string::npos) << c.program << "\n"
                                                       << v.reason;
  }
}

TEST(PlainPythonExportTest, LowThresholdIsPlainWhileTheCollectorStaysOff) {
  EXPECT_TRUE(PlainForm(MustParse("disable\nthreshold 1\nclass N\nnew a N\n"
                                  "collect\n"))
                  .plain);
  EXPECT_FALSE(PlainForm(MustParse("class N del\ndisable\nthreshold 1\n"
                                   "new a N\non_del a { enable }\n"))
                   .plain);
}

TEST(PlainPythonExportTest, LongProgramsKeepTheCanonicalTranslation) {
  std::string text = "class N\n";
  for (size_t i = 0; i <= kMaxPlainStatements; ++i) text += "new a N\n";
  const PlainVerdict v = PlainForm(MustParse(text));
  EXPECT_FALSE(v.plain);
  EXPECT_EQ(v.line, kMaxPlainStatements + 2);
}

// --- the script -------------------------------------------------------------

constexpr char kTenStatements[] =
    "class Node slots=2 del\n"
    "new a Node\n"
    "new b Node\n"
    "set a.0 b\n"
    "set b.0 a\n"
    "ref w a { }\n"
    "del a\n"
    "del b\n"
    "collect\n"
    "expect log callback w, del a, del b, collect 2 2\n";

TEST(PlainPythonExportTest, TenStatementsMakeAShortScriptWithNothingPrivate) {
  const std::string s = Plain(kTenStatements);
  EXPECT_LE(Lines(s), 44u) << s;  // "about 40 lines for 10 statements"
  for (const char* word : {"ctypes", "_testcapi", "gcfuzz_runtime", "_run("}) {
    EXPECT_EQ(s.find(word), std::string::npos) << word << "\n" << s;
  }
  for (const char* line :
       {"class Node:\n    __slots__ = ('label', 's0', 's1', '__weakref__')\n",
        "a.s0 = b\n", "w = weakref.ref(a, callback_w)\n", "del a\n",
        "gc.collect()\n",
        "expect(10, 'log ', 'callback w, del a, del b, collect 2 2', log())\n",
        "gc.callbacks.append(on_collect)\n"}) {
    EXPECT_NE(s.find(line), std::string::npos) << line << "\n" << s;
  }
  const Ran r = RunPython(s, "ten");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "callback w\ndel a\ndel b\ncollect 2 2\n");
  EXPECT_EQ(r.err, "");
}

TEST(PlainPythonExportTest, FailedExpectationsPrintFileLineAndExitOne) {
  const Ran r = RunPython(Plain("class N slots=1 del\nnew a N\nset a.0 a\n"
                                "del a\ncollect\nexpect collected 3\n"
                                "expect log del a\nexpect dead a\n",
                                "m.gcops"),
                          "fail");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.out, "del a\ncollect 2 1\n");
  EXPECT_EQ(r.err,
            "m.gcops:6: expected collected 3, got 1\n"
            "m.gcops:7: expected log del a, got del a, collect 2 1\n");
}

TEST(PlainPythonExportTest, OtherVersionsAreRefusedWithTheProgramsVersions) {
  EXPECT_EQ(ProgramVersions("class N\n"), std::vector<std::string>{"3.11"});
  EXPECT_EQ(ProgramVersions("# x\n# versions: 3.12 3.14\nnew a N\n"),
            (std::vector<std::string>{"3.12", "3.14"}));
  const std::string s =
      Plain("# versions: 3.12 3.14\nclass N\nnew a N\n", "v.gcops");
  EXPECT_NE(s.find("if sys.version_info[:2] not in [(3, 12), (3, 14)]:"),
            std::string::npos)
      << s;
  const Ran r = RunPython(s, "version");  // python3 is 3.11
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("v.gcops is written for CPython 3.12 3.14, not 3.11"),
            std::string::npos)
      << r.err;
}

// __slots__ are laid out, and traversed by the collector, in sorted name
// order: the slot names must sort in slot order (s0..s9, or s00..s15).
TEST(PlainPythonExportTest, SlotNamesSortInSlotOrder) {
  EXPECT_NE(Plain("class W slots=12\nnew a W\n").find("'s09', 's10', 's11'"),
            std::string::npos);
  EXPECT_NE(Plain("class W slots=3\nnew a W\n").find("'s0', 's1', 's2'"),
            std::string::npos);
}

// `(1, 2)` would be one constant, made by the compiler and never tracked.
TEST(PlainPythonExportTest, TuplesAreBuiltAtRunTime) {
  const std::string s = Plain("class N\nnew a N\ntuple t 1 2\ntuple u a\n");
  EXPECT_NE(s.find("t = tuple([1, 2])\n"), std::string::npos) << s;
  EXPECT_NE(s.find("u = (a,)\n"), std::string::npos) << s;
}

TEST(PlainPythonExportTest, NamesThatAreTakenInPythonAreRenamed) {
  const std::string s =
      Plain("class N\nnew type N\nnew trace N\nlet in type\n");
  EXPECT_NE(s.find("type_ = N('type')\n"), std::string::npos) << s;
  EXPECT_NE(s.find("trace_ = N('trace')\n"), std::string::npos) << s;
  EXPECT_NE(s.find("in_ = type_\n"), std::string::npos) << s;
  EXPECT_EQ(RunPython(s, "names").status, 0);
}

// A legacy finalizer is made as the canonical runtime makes it; what a
// collection leaves in gc.garbage is written as `garbage L`, before the
// collection's `collect`.
TEST(PlainPythonExportTest, LegacyFinalizersAndTheirGarbageAreTraced) {
  const std::string s = Plain(
      "class L slots=1 tp_del\nnew a L\nset a.0 a\nnew b L\n"
      "on_tp_del b { set self.0 none }\ndel b\ndel a\ncollect\n"
      "expect garbage a\nexpect tp_del_calls a 0\nexpect log tp_del b, "
      "garbage a, collect 2 1\n");
  for (const char* line :
       {"from _testcapi import with_tp_del\n", "@with_tp_del\nclass L:\n",
        "    def __tp_del__(self):\n        event('tp_del ' + self.label)\n",
        "ON_TP_DEL['b'] = on_tp_del_b\n"}) {
    EXPECT_NE(s.find(line), std::string::npos) << line << "\n" << s;
  }
  const Ran r = RunPython(s, "tp_del");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "tp_del b\ngarbage a\ncollect 2 1\n");
  EXPECT_EQ(r.err, "");
}

// What an expectation asks about an object a name holds is read through
// that name (here `b`, after `a` is gone).
TEST(PlainPythonExportTest, ExpectationsReadThroughANameThatHoldsTheObject) {
  const std::string s = Plain(
      "class N slots=1\nnew a N\nlist l a\nproxy p a\nref r a\nlet b a\n"
      "del a\nexpect tracked a l\nexpect unfinalized a\nexpect weakrefs a 2\n"
      "expect generation l 0\nexpect alive l p\nexpect cleared p r\n"
      "expect untracked l\n");
  for (const char* line :
       {"'tracked' if gc.is_tracked(b) else 'untracked')\n",
        "weakref.getweakrefcount(b))\n", "generation(l))\n",
        "expect(12, 'p ', 'alive', 'alive')  # p holds it\n"}) {
    EXPECT_NE(s.find(line), std::string::npos) << line << "\n" << s;
  }
  const Ran r = RunPython(s, "held");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err,
            "p.gcops:13: expected p cleared, got a live weakref to a live "
            "object\np.gcops:13: expected r cleared, got a live weakref to a "
            "live object\np.gcops:14: expected l untracked, got tracked\n");
}

// A __del__ or weakref callback body runs at most once: what it makes is
// labelled at run time, in the order the canonical runtime gives labels.
TEST(PlainPythonExportTest, BodiesThatRunOnceMakeObjectsLabelledAtRunTime) {
  const std::string s = Plain(
      "class N del\nnew a N\nnew b N\non_del a { new c N; list l c 1 }\n"
      "on_del b { list l 1; new c N }\ndel a\ndel b\n");
  EXPECT_NE(s.find("    c = N(label('c'))\n    l = [c, 1]\n"),
            std::string::npos)
      << s;
  const Ran r = RunPython(s, "body_made");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "del a\ndel b\ndel c\n");  // and c@2 lives
  // An expectation about a label no body has given yet stops the run, as
  // gcops does (a misuse).
  const Ran early = RunPython(
      Plain("class N del\nnew a N\non_del a { new b N }\nexpect alive b\n",
            "e.gcops"),
      "not_given");
  EXPECT_EQ(early.status, 2);
  EXPECT_EQ(early.err, "e.gcops:4: no object has label 'b' in this run\n");
}

// --- agreement with the canonical translation on the corpus
// -------------------

std::vector<fs::path> CorpusPrograms() {
  std::vector<fs::path> out;
  for (const char* dir : {"seeds", "scenarios", "regressions", "pinned"}) {
    const fs::path d = fs::path(GCFUZZ_CORPUS_DIR) / dir;
    if (!fs::exists(d)) continue;
    for (const auto& e : fs::directory_iterator(d)) {
      if (e.path().extension() == ".gcops") out.push_back(e.path());
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

bool ParsesAsPlain(const fs::path& f) {
  gcops::Program p;
  gcops::ParseError e;
  return gcops::Parse(ReadText(f), f.string(), &p, &e) && PlainForm(p).plain;
}

bool HoldsOn311(const fs::path& f) {
  const auto v = ProgramVersions(ReadText(f));
  return std::find(v.begin(), v.end(), "3.11") != v.end();
}

class PlainPythonExportCorpusTest : public ::testing::TestWithParam<fs::path> {
};

TEST_P(PlainPythonExportCorpusTest, PlainScriptPrintsWhatTheCanonicalDoes) {
  const fs::path f = GetParam();
  if (!ParsesAsPlain(f)) GTEST_SKIP() << "outside the plain form";
  if (!HoldsOn311(f)) GTEST_SKIP() << "its # versions: line leaves out 3.11";
  const std::string cli = GCFUZZ_CLI_PATH;
  const std::string py = GCFUZZ_PYTHON3;
  const Ran plain =
      Shell(cli + " export --python " + f.string() + " | " + py + " -");
  const Ran canonical =
      Shell(cli + " translate " + f.string() + " | " + py + " -");
  EXPECT_EQ(plain.out, canonical.out) << f;
  EXPECT_EQ(plain.status, canonical.status) << f << "\n" << plain.err;
  EXPECT_EQ(plain.err, canonical.err) << f;
  // And it is the plain form that ran.
  EXPECT_NE(Shell(cli + " export --python " + f.string() + " | head -1")
                .out.find(" as plain Python"),
            std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Corpus, PlainPythonExportCorpusTest,
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

// How much of the corpus the plain form covers, printed; a rule change that
// drops the seeds' or scenarios' plain programs fails here.
TEST(PlainPythonExportTest, CorpusProgramsInThePlainFormAreCounted) {
  size_t all = 0, plain = 0, compared = 0, not_311 = 0;
  for (const fs::path& f : CorpusPrograms()) {
    ++all;
    if (!ParsesAsPlain(f)) continue;
    ++plain;
    ++(HoldsOn311(f) ? compared : not_311);
  }
  std::cout << "plain form: " << plain << " of " << all << " corpus programs ("
            << compared << " compared on 3.11, " << not_311
            << " skipped: not written for 3.11)\n";
  RecordProperty("plain", static_cast<int>(plain));
  EXPECT_GE(plain, 30u);
}

}  // namespace
}  // namespace gcfuzz::translation
