// gcfuzz dot: the DOT text of the heap at the last collection or after a
// line — nodes, reference and weakref edges, roots, flags, and the
// highlighted unreachable set with its source named in the title.
#include "triage/dot.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "tests/triage/triage_test_support.h"
#include "triage/repro.h"

namespace gcfuzz::triage {
namespace {

using testing::MustParse;

constexpr const char* kCycle =
    "class Node slots=2 del\n"
    "new a Node\n"
    "new b Node\n"
    "set a.0 b\n"
    "set b.0 a\n"
    "ref w a {}\n"
    "del a\n"
    "del b\n"
    "collect\n";

std::string Dot(const std::string& text, DotOptions o = {}) {
  std::string error;
  auto dot = HeapDot(MustParse(text), o, &error);
  EXPECT_TRUE(dot.has_value()) << error;
  return dot.value_or("");
}

bool Has(const std::string& text, const std::string& what) {
  return text.find(what) != std::string::npos;
}

TEST(DotTest, LastCollectionShowsTheCycleInRedAndTheWeakrefDashed) {
  const std::string d = Dot(kCycle);
  EXPECT_EQ(d.rfind("digraph gcfuzz {\n", 0), 0u) << d;
  EXPECT_TRUE(Has(d,
                  "heap at the start of collection 1 (generation 2), "
                  "during line 9"))
      << d;
  EXPECT_TRUE(Has(d,
                  "o0 [label=\"a\\nNode\\nrefcnt 1, gen 2\\ndel\", "
                  "style=filled, fillcolor=\"#f4b6b6\"];"))
      << d;
  EXPECT_TRUE(Has(d,
                  "o1 [label=\"b\\nNode\\nrefcnt 1, gen 2\\ndel\", "
                  "style=filled"))
      << d;
  EXPECT_TRUE(Has(d, "o0 -> o1;\n"));
  EXPECT_TRUE(Has(d, "o1 -> o0;\n"));
  // The weakref is reachable (a root), not red, and points dashed at `a`.
  EXPECT_TRUE(Has(d, "o2 [label=\"w\\nref\\nrefcnt 1, gen 2\"];")) << d;
  EXPECT_TRUE(Has(d, "o2 -> o0 [style=dashed, label=\"cb\"];"));
  EXPECT_TRUE(Has(d, "root2 [shape=box, label=\"w\"];\n  root2 -> o2;"));
  EXPECT_EQ(d.substr(d.size() - 2), "}\n");
}

TEST(DotTest, TitleNamesTheSourceOfTheUnreachableSet) {
  DotOptions own;
  own.use_oracle = false;
  EXPECT_TRUE(Has(Dot(kCycle, own),
                  "red: the collector's own unreachable set "
                  "(CollectionReport)"));
  if (OracleAvailable()) {
    EXPECT_TRUE(Has(Dot(kCycle), "red: the oracle's unreachable set"));
  }
}

TEST(DotTest, AtLineShowsNamesAsRootBoxesAndFinalizedFlag) {
  const std::string text =
      "class Node slots=1 del\n"
      "new a Node\n"
      "set a.0 a\n"
      "on_del a { let saved self }\n"
      "let other a\n"
      "del a\n"
      "del other\n"
      "collect\n"
      "list l\n";
  DotOptions o;
  o.at_line = 9;
  const std::string d = Dot(text, o);
  EXPECT_TRUE(Has(d, "heap at line 9, after it ran")) << d;
  // Resurrected by its __del__ through `saved`, a name bound in a body: the
  // replay cannot name it, so the root box counts the runner's reference.
  EXPECT_TRUE(
      Has(d, "o0 [label=\"a\\nNode\\nrefcnt 2, gen 2\\ndel FINALIZED\""))
      << d;
  EXPECT_TRUE(Has(d, "root0 [shape=box, label=\"1 runner refs\"];")) << d;
  EXPECT_TRUE(Has(d, "o1 [label=\"l\\nlist\\nrefcnt 1, gen 0\"]")) << d;
  EXPECT_TRUE(Has(d, "root1 [shape=box, label=\"l\"];"));
  o.at_line = 5;
  const std::string before = Dot(text, o);
  EXPECT_TRUE(Has(before, "root0 [shape=box, label=\"a, other\"];")) << before;
  EXPECT_TRUE(Has(before, "o0 -> o0;"));
}

TEST(DotTest, AtLineWithTheOracleHighlightsWhatACollectWouldFind) {
  if (!OracleAvailable()) GTEST_SKIP() << "oracle not built";
  DotOptions o;
  o.at_line = 8;  // after `del b`: the cycle is garbage, w is not
  const std::string d = Dot(kCycle, o);
  EXPECT_TRUE(Has(d, "what a full collect here would find")) << d;
  EXPECT_TRUE(Has(d,
                  "o0 [label=\"a\\nNode\\nrefcnt 1, gen 0\\ndel\", "
                  "style=filled"))
      << d;
  EXPECT_FALSE(Has(d, "o2 [label=\"w\\nref\\nrefcnt 1, gen 0\", style"));
}

TEST(DotTest, NoCollectionOrNoSuchLineIsAClearError) {
  std::string error;
  EXPECT_FALSE(HeapDot(MustParse("list a\n"), {}, &error).has_value());
  EXPECT_EQ(error, "no collection ran (use --at LINE)");
  DotOptions o;
  o.at_line = 7;
  EXPECT_FALSE(HeapDot(MustParse("list a\n"), o, &error).has_value());
  EXPECT_EQ(error, "no top-level statement on line 7 ran");
}

TEST(DotTest, RenderingWithoutGraphvizFailsWithAMessage) {
  if (std::system("command -v dot >/dev/null 2>&1") == 0) {
    GTEST_SKIP() << "Graphviz is installed here";
  }
  const std::string f = ::testing::TempDir() + "gcfuzz_dot_test.gcops";
  { std::ofstream(f) << kCycle; }
  const auto r = testing::RunCommand(std::string(GCFUZZ_CLI_PATH) + " dot " +
                                     f + " --svg /tmp/never.svg");
  EXPECT_EQ(r.status, 2);
  EXPECT_TRUE(Has(r.out, "Graphviz `dot` is not installed")) << r.out;
  const auto text = testing::RunCommand(
      std::string(GCFUZZ_CLI_PATH) + " dot " + f, " 2>/dev/null");
  EXPECT_EQ(text.status, 0);
  EXPECT_EQ(text.out, Dot(kCycle));
}

// For the test's own shell: `s` in single quotes.
std::string ShellQuote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

// --svg/--png start Graphviz without a shell, so a file name with quotes,
// `$(...)` and `;` is only a file name (it broke the shell command that was
// built, and could run commands). A stand-in `dot` on PATH records its
// arguments and copies its input: the DOT text arrives on stdin, the
// picture goes to the named file.
TEST(DotTest, RenderingStartsGraphvizWithoutAShellWhateverTheFileName) {
  const std::filesystem::path dir =
      std::filesystem::path(::testing::TempDir()) / "gcfuzz_dot_render";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  const std::string fake = (dir / "dot").string();
  {
    std::ofstream(fake) << "#!/bin/sh\nprintf '%s\\n' \"$@\" > \"$(dirname "
                           "\"$0\")/argv\"\ncat\n";
  }
  std::filesystem::permissions(fake, std::filesystem::perms::owner_all);
  const std::string f = (dir / "cycle.gcops").string();
  { std::ofstream(f) << kCycle; }
  const std::string out =
      (dir / "it's \"a\" $(touch pwned); touch pwned2 #.svg").string();
  const auto r = testing::RunCommand(
      "cd " + dir.string() + " && PATH=" + dir.string() + ":$PATH " +
      GCFUZZ_CLI_PATH + " dot " + f + " --svg " + ShellQuote(out));
  EXPECT_EQ(r.status, 0) << r.out;
  std::ifstream picture(out);
  const std::string drawn((std::istreambuf_iterator<char>(picture)), {});
  EXPECT_EQ(drawn, Dot(kCycle));
  std::ifstream argv_file(dir / "argv");
  const std::string argv((std::istreambuf_iterator<char>(argv_file)), {});
  EXPECT_EQ(argv, "-Tsvg\n");
  EXPECT_FALSE(std::filesystem::exists(dir / "pwned"));
  EXPECT_FALSE(std::filesystem::exists(dir / "pwned2"));
  // An output that cannot be written is one line of gcfuzz's.
  const auto bad = testing::RunCommand(
      "PATH=" + dir.string() + ":$PATH " + GCFUZZ_CLI_PATH + " dot " + f +
      " --png " + (dir / "no" / "such.png").string());
  EXPECT_EQ(bad.status, 2);
  EXPECT_EQ(bad.out, (dir / "no" / "such.png").string() +
                         ": cannot write: No such file or directory\n");
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace gcfuzz::triage
