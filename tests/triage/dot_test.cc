// gcfuzz dot: the DOT text of the heap at a collection or after a line —
// nodes, reference edges labelled with their slot, index or key, weakref
// edges, roots by name, flags, and what the collection does as colours
// (legacy closure, collectable, resurrected, weakref callbacks) with a
// legend naming where each comes from, or that it is not known.
#include "triage/dot.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
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

// The line of `dot` that declares node `id` ("o3", "legend_legacy"),
// without its indentation, or "" when there is none.
std::string NodeLine(const std::string& dot, const std::string& id) {
  std::istringstream lines(dot);
  for (std::string line; std::getline(lines, line);) {
    line.erase(0, line.find_first_not_of(' '));
    if (line.rfind(id + " [", 0) == 0) return line;
  }
  return "";
}

constexpr const char* kLegacyFill = "fillcolor=\"#f7c77e\"";
constexpr const char* kCollectableFill = "fillcolor=\"#f4b6b6\"";
constexpr const char* kResurrectedFill = "fillcolor=\"#b6e3b6\"";
constexpr const char* kCallbackBorder = "color=\"#1f5fbf\", penwidth=3";

// One collection with every category: a tp_del cycle o <-> n (the legacy
// closure: o and n, which o reaches), a plain list cycle l and a __del__
// self-cycle c (collectable), a __del__ self-cycle r that resurrects itself
// through a name, and w, a reachable weakref with a callback to c.
constexpr const char* kEveryCategory =
    "class Old slots=1 tp_del\n"
    "class Node slots=2 del\n"
    "new o Old\n"
    "new n Node\n"
    "set o.0 n\n"
    "set n.0 o\n"
    "list l\n"
    "append l l\n"
    "new r Node\n"
    "set r.0 r\n"
    "on_del r { let saved self }\n"
    "new c Node\n"
    "set c.0 c\n"
    "ref w c { list x }\n"
    "del o\n"
    "del n\n"
    "del l\n"
    "del r\n"
    "del c\n"
    "collect\n"
    "collect\n";

TEST(DotTest, LastCollectionShowsTheCycleInRedAndTheWeakrefDashed) {
  const std::string d = Dot(kCycle);
  EXPECT_EQ(d.rfind("digraph gcfuzz {\n", 0), 0u) << d;
  EXPECT_TRUE(Has(d,
                  "heap at the start of collection 1 of 1 (generation 2), "
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
  EXPECT_TRUE(Has(d, "o0 -> o1 [label=\".0\"];\n"));
  EXPECT_TRUE(Has(d, "o1 -> o0 [label=\".0\"];\n"));
  // The weakref is reachable (a root), not red, and points dashed at `a`;
  // its callback will run (bold blue border).
  EXPECT_TRUE(Has(d,
                  "o2 [label=\"w\\nref\\nrefcnt 1, gen 2\", "
                  "color=\"#1f5fbf\", penwidth=3];"))
      << d;
  EXPECT_TRUE(Has(d, "o2 -> o0 [style=dashed, label=\"cb\"];"));
  EXPECT_TRUE(Has(d, "root2 [shape=box, label=\"w\"];\n  root2 -> o2;"));
  EXPECT_EQ(d.substr(d.size() - 2), "}\n");
}

TEST(DotTest, TitleAndLegendNameTheSourceOfTheColours) {
  DotOptions own;
  own.use_oracle = false;
  const std::string d = Dot(kCycle, own);
  EXPECT_TRUE(Has(d, "; colours: the collector's CollectionReport\";")) << d;
  EXPECT_TRUE(Has(d,
                  "legend_collectable [label=\"collectable: unreachable, "
                  "will be freed\\n(the collector's CollectionReport)\""))
      << d;
  if (OracleAvailable()) {
    const std::string o = Dot(kCycle);
    EXPECT_TRUE(Has(o, "; colours: the oracle's prediction\";")) << o;
    EXPECT_TRUE(Has(o, "(the oracle's prediction)\", style=filled")) << o;
    EXPECT_FALSE(Has(o, "CollectionReport")) << o;
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
  // runner reports that binding too, so the box names it.
  EXPECT_TRUE(
      Has(d, "o0 [label=\"a\\nNode\\nrefcnt 2, gen 2\\ndel FINALIZED\""))
      << d;
  EXPECT_TRUE(Has(d, "root0 [shape=box, label=\"saved\"];")) << d;
  EXPECT_TRUE(Has(d, "o1 [label=\"l\\nlist\\nrefcnt 1, gen 0\"]")) << d;
  EXPECT_TRUE(Has(d, "root1 [shape=box, label=\"l\"];"));
  o.at_line = 5;
  const std::string before = Dot(text, o);
  EXPECT_TRUE(Has(before, "root0 [shape=box, label=\"a, other\"];")) << before;
  EXPECT_TRUE(Has(before, "o0 -> o0 [label=\".0\"];"));
}

// What the runner holds beyond its names: the operands of a statement
// still running, here `b` as an item of the list whose allocation starts
// an automatic collection.
TEST(DotTest, RootBoxesCountEvaluationTemporariesBesideNames) {
  const std::string d =
      Dot("threshold 2\nlist a\nappend a a\ndel a\nlist b\nlist c b\n"
          "collect\n",
          [] {
            DotOptions o;
            o.collection = 1;
            return o;
          }());
  EXPECT_TRUE(Has(d, "root1 [shape=box, label=\"b (+1 temporary)\"];")) << d;
}

TEST(DotTest, AtLineWithTheOracleHighlightsWhatACollectWouldFind) {
  if (!OracleAvailable()) GTEST_SKIP() << "oracle not built";
  DotOptions o;
  o.at_line = 8;  // after `del b`: the cycle is garbage, w is not
  const std::string d = Dot(kCycle, o);
  EXPECT_TRUE(Has(d,
                  "colours: the oracle's prediction of a full collect "
                  "here\";"))
      << d;
  // What finalizers would resurrect is not known before they run.
  EXPECT_TRUE(Has(d,
                  "legend_resurrected [label=\"resurrected by "
                  "finalizers\\n(not known: finalizer bodies have not run "
                  "(see --collection))\", style=dashed];"))
      << d;
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
  DotOptions n;
  n.collection = 2;
  EXPECT_FALSE(HeapDot(MustParse(kCycle), n, &error).has_value());
  EXPECT_EQ(error, "no collection 2: the program ran 1 collection");
}

// Without the oracle nothing says what a collect after a line would do:
// every category is marked unknown (dashed, no fill), none guessed.
TEST(DotTest, AtLineWithoutTheOracleSaysEveryCategoryIsUnknown) {
  DotOptions o;
  o.at_line = 8;
  o.use_oracle = false;
  const std::string d = Dot(kCycle, o);
  const std::string why =
      "\\n(not known: no collection runs here and the oracle is not used)\", "
      "style=dashed];";
  for (const char* entry : {"legend_legacy", "legend_collectable",
                            "legend_resurrected", "legend_callbacks"}) {
    const size_t at = d.find(std::string(entry) + " [label=");
    ASSERT_NE(at, std::string::npos) << entry << "\n" << d;
    EXPECT_NE(d.substr(at, d.find('\n', at) - at).find(why), std::string::npos)
        << d;
  }
  for (const char* node : {"o0", "o1", "o2"}) {
    ASSERT_NE(NodeLine(d, node), "") << d;
    EXPECT_FALSE(Has(NodeLine(d, node), "fillcolor")) << d;
    EXPECT_FALSE(Has(NodeLine(d, node), "penwidth")) << d;
  }
}

// The same colours whoever says so: the oracle's prediction (when built)
// and the collector's CollectionReport.
class DotCategoryTest : public ::testing::TestWithParam<bool> {};

TEST_P(DotCategoryTest, EveryCategoryHasItsColourAndALegendEntry) {
  const bool oracle = GetParam();
  if (oracle && !OracleAvailable()) GTEST_SKIP() << "oracle not built";
  DotOptions o;
  o.use_oracle = oracle;
  o.collection = 1;
  const std::string d = Dot(kEveryCategory, o);
  EXPECT_TRUE(Has(d, "collection 1 of 2 (generation 2), during line 20")) << d;
  // o0 o, o1 n: legacy; o2 l, o4 c: collectable; o3 r: resurrected;
  // o5 w: its callback runs.
  EXPECT_TRUE(Has(NodeLine(d, "o0"), kLegacyFill)) << d;
  EXPECT_TRUE(Has(NodeLine(d, "o1"), kLegacyFill)) << d;
  EXPECT_TRUE(Has(NodeLine(d, "o2"), kCollectableFill)) << d;
  EXPECT_TRUE(Has(NodeLine(d, "o4"), kCollectableFill)) << d;
  EXPECT_TRUE(Has(NodeLine(d, "o3"), kResurrectedFill)) << d;
  EXPECT_FALSE(Has(NodeLine(d, "o3"), kCollectableFill)) << d;
  EXPECT_TRUE(Has(NodeLine(d, "o5"), kCallbackBorder)) << d;
  EXPECT_FALSE(Has(NodeLine(d, "o5"), "fillcolor")) << d;
  EXPECT_FALSE(Has(NodeLine(d, "o4"), kCallbackBorder)) << d;
  // The legend: a cluster titled "legend", one entry per category in its
  // colour, naming the source.
  EXPECT_TRUE(Has(d, "  subgraph cluster_legend {\n    label=\"legend\";"))
      << d;
  const std::string source =
      oracle ? "the oracle's prediction" : "the collector's CollectionReport";
  const std::pair<const char*, const char*> entries[] = {
      {"legend_legacy", kLegacyFill},
      {"legend_collectable", kCollectableFill},
      {"legend_resurrected", kResurrectedFill},
      {"legend_callbacks", kCallbackBorder}};
  for (const auto& [entry, look] : entries) {
    const std::string line = NodeLine(d, entry);
    EXPECT_TRUE(Has(line, look)) << entry << ": " << line;
    EXPECT_TRUE(Has(line, "\\n(" + source + ")\"")) << entry << ": " << line;
  }
  EXPECT_TRUE(Has(NodeLine(d, "legend_legacy"), "headed for gc.garbage"));
}

INSTANTIATE_TEST_SUITE_P(Sources, DotCategoryTest, ::testing::Bool(),
                         [](const auto& info) {
                           return info.param ? "Oracle" : "CollectionReport";
                         });

TEST(DotTest, EdgesAreLabelledWithTheirSlotItemIndexOrDictKey) {
  const std::string d =
      Dot("class N slots=3\n"
          "new n N\n"
          "list l 1 n\n"
          "tuple t n l\n"
          "dict d\n"
          "set d.5 n\n"
          "set n.2 d\n"
          "collect\n");
  EXPECT_TRUE(Has(d, "o0 -> o3 [label=\".2\"];")) << d;   // n.2 is d
  EXPECT_TRUE(Has(d, "o1 -> o0 [label=\"[1]\"];")) << d;  // l[1] is n
  EXPECT_TRUE(Has(d, "o2 -> o1 [label=\"[1]\"];")) << d;  // t[1] is l
  EXPECT_TRUE(Has(d, "o2 -> o0 [label=\"[0]\"];")) << d;  // t[0] is n
  EXPECT_TRUE(Has(d, "o3 -> o0 [label=\"{5}\"];")) << d;  // d[5] is n
  EXPECT_FALSE(Has(d, "o1 -> o0 [label=\"[0]\"]")) << d;  // l[0] is an int
}

// `--collection N` counts every collection that ran, the automatic one
// `list c` starts included, and shows the heap at that one's start.
TEST(DotTest, CollectionNShowsTheNthCollectionCountingAutomaticOnes) {
  const std::string text =
      "threshold 2\nlist a\nappend a a\ndel a\nlist b\nlist c\n"
      "collect\n";
  DotOptions o;
  o.collection = 1;
  const std::string first = Dot(text, o);
  EXPECT_TRUE(Has(first,
                  "heap at the start of collection 1 of 2 (generation 0, "
                  "automatic), during line 6;"))
      << first;
  EXPECT_TRUE(Has(NodeLine(first, "o0"), "label=\"a\\nlist")) << first;
  EXPECT_TRUE(Has(NodeLine(first, "o0"), kCollectableFill)) << first;
  EXPECT_EQ(NodeLine(first, "o2"), "") << first;  // c is not made yet
  o.collection = 2;
  const std::string second = Dot(text, o);
  EXPECT_TRUE(Has(second,
                  "heap at the start of collection 2 of 2 (generation 2), "
                  "during line 7;"))
      << second;
  EXPECT_EQ(NodeLine(second, "o0"), "") << second;  // a was freed
  EXPECT_TRUE(Has(NodeLine(second, "o2"), "label=\"c\\nlist")) << second;
  EXPECT_EQ(second, Dot(text));  // the last one, by default
}

// Through the CLI: a bad N is one line naming the command, exit 2.
TEST(DotCliTest, BadCollectionNumbersAreOneLineWithExit2) {
  const std::string f = ::testing::TempDir() + "gcfuzz_dot_collection.gcops";
  { std::ofstream(f) << kCycle; }
  const std::string cli = std::string(GCFUZZ_CLI_PATH) + " dot " + f;
  const std::pair<std::string, std::string> cases[] = {
      {" --collection 0",
       "gcfuzz dot: --collection: expected a whole number (1 or more), got "
       "'0' (see 'gcfuzz dot --help')\n"},
      {" --collection two",
       "gcfuzz dot: --collection: expected a whole number (1 or more), got "
       "'two' (see 'gcfuzz dot --help')\n"},
      {" --collection 2", "gcfuzz dot: " + f +
                              ": no collection 2: the program ran 1 "
                              "collection\n"},
      {" --collection 1 --at 3",
       "gcfuzz dot: --at and --collection exclude each other (see 'gcfuzz "
       "dot --help')\n"},
  };
  for (const auto& [args, message] : cases) {
    const auto r = testing::RunCommand(cli + args, " 2>&1 >/dev/null");
    EXPECT_EQ(r.status, 2) << args;
    EXPECT_EQ(r.out, message) << args;
  }
  const auto ok = testing::RunCommand(cli + " --collection 1", " 2>/dev/null");
  EXPECT_EQ(ok.status, 0);
  EXPECT_EQ(ok.out, Dot(kCycle));
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
