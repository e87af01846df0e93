// The byte-driven program generator: whatever the bytes, the program
// parses and runs to its end on every version profile (no top-level
// misuse); the same bytes make the same program; the bytes reach every
// construct the grammar has; an input's end ends the program.
#include "fuzz/program_generator.h"

#include <gtest/gtest.h>

#include <random>
#include <set>
#include <string>
#include <vector>

#include "collector/collector_backend.h"
#include "collector/version_rules.h"
#include "gcops/parser.h"
#include "gcops/runner.h"

namespace gcfuzz::fuzz {
namespace {

std::vector<uint8_t> RandomBytes(std::mt19937& rng, size_t n) {
  std::vector<uint8_t> b(n);
  for (auto& x : b) x = static_cast<uint8_t>(rng());
  return b;
}

std::string Generate(const std::vector<uint8_t>& bytes) {
  ByteChoices c(bytes.data(), bytes.size());
  return GenerateProgram(c);
}

TEST(ProgramGeneratorTest, EveryProgramParsesAndRunsToItsEndOnEveryProfile) {
  std::mt19937 rng(2026);
  const auto& profiles = collector::kVersionProfiles;
  for (int i = 0; i < 1500; ++i) {
    const std::string text = Generate(RandomBytes(rng, 1 + rng() % 1024));
    gcops::Program p;
    gcops::ParseError e;
    ASSERT_TRUE(gcops::Parse(text, "generated", &p, &e)) << e.ToString() << "\n"
                                                         << text;
    collector::CollectorBackend backend(*profiles[i % profiles.size()]);
    backend.heap().set_debug_sink([](std::string_view) {});
    gcops::RunOptions opt;
    opt.max_body_steps = gcops::kFuzzMaxBodySteps;
    const gcops::RunResult r = gcops::Run(p, backend, opt);
    ASSERT_FALSE(r.misuse.has_value())
        << "input " << i << " on collector@"
        << profiles[i % profiles.size()]->name << ": "
        << gcops::FormatMisuse("generated", *r.misuse) << "\n"
        << text;
  }
}

TEST(ProgramGeneratorTest, TheSameBytesMakeTheSameProgram) {
  std::mt19937 rng(7);
  for (int i = 0; i < 200; ++i) {
    const std::vector<uint8_t> bytes = RandomBytes(rng, rng() % 600);
    EXPECT_EQ(Generate(bytes), Generate(bytes));
  }
}

size_t Statements(const std::string& text) {
  size_t lines = 0;
  for (char ch : text) lines += ch == '\n';
  return lines;
}

// Where the bytes end, the choices go on from the input's hash: a short
// input still makes a whole program, and another short input another one.
TEST(ProgramGeneratorTest, ShortInputsMakeWholeProgramsThatDependOnEveryByte) {
  const std::string empty = Generate({});
  EXPECT_EQ(empty.rfind("class C slots=2 del\n", 0), 0u) << empty;
  // Five classes, an optional threshold, the statements, the final collect.
  EXPECT_GE(Statements(empty), 5u + kMinGeneratedStatements + 1u) << empty;
  EXPECT_NE(Generate({1}), Generate({2}));
  EXPECT_NE(Generate({1, 2, 3}), Generate({1, 2, 4}));
  EXPECT_EQ(Generate({1, 2, 3}), Generate({1, 2, 3}));
}

TEST(ProgramGeneratorTest, EveryProgramHasTheStatementCountsBounds) {
  std::mt19937 rng(5);
  for (int i = 0; i < 300; ++i) {
    const size_t n = Statements(Generate(RandomBytes(rng, rng() % 2048)));
    EXPECT_GE(n, 5u + kMinGeneratedStatements + 1u);
    EXPECT_LE(n, 5u + 1u + kMaxGeneratedStatements + 1u);
  }
}

// What a given input means is fixed: crash files keep their program, and
// `gcfuzz generate` (GCC) prints what the fuzz target (Clang) ran. Every
// choice is read in one order whatever the compiler (a threshold's three
// numbers once came out in another order from the two builds).
TEST(ProgramGeneratorTest, AFixedInputMakesTheSameProgramOnEveryBuild) {
  std::vector<uint8_t> bytes;
  for (int i = 0; i < 24; ++i)
    bytes.push_back(static_cast<uint8_t>(i * 37 + 11));
  const std::string golden =
      "class C slots=2 del\nclass D slots=2\nclass T slots=2 tp_del\n"
      "class P slots=2 del tp_del\nclass W slots=1 del noweakref\n"
      "threshold 1 1 2\n"
      "collect\ncollect\ncollect\ncollect\ncollect\ncollect\ncollect\n"
      "collect\n"
      "new d T\nset d.1 d\nset d.0 d\nnew e P\nset d.1 e\ndebug\n"
      "new h W\nlet b h\ncollect 0\ncollect\n"
      "proxy e d { del r ; new r P ; new p W ; list s }\n"
      "expect stats 0 0 0 0\nexpect alive e\nlist h\nlet b d\n"
      "set d.1 e\nnew a D\nnew c T\nref f b { collect 2 ; new r C }\n"
      "new a T\nproxy f b { new r P ; set e.0 a ; proxy s f }\n";
  const std::string text = Generate(bytes);
  EXPECT_EQ(text.substr(0, golden.size()), golden);
}

TEST(ProgramGeneratorTest, RandomBytesReachEveryConstructOfTheGrammar) {
  std::mt19937 rng(99);
  std::string all;
  for (int i = 0; i < 400; ++i) all += Generate(RandomBytes(rng, 512));
  for (const char* construct : {"\nnew ",
                                "\nlist ",
                                "\ntuple ",
                                "\ndict ",
                                "\nref ",
                                "\nproxy ",
                                "\nset ",
                                "\nappend ",
                                "\nlet ",
                                "\ndel ",
                                "\ncollect 1",
                                "\nthreshold ",
                                "\nfreeze",
                                "\nunfreeze",
                                "\nenable",
                                "\ndisable",
                                "\ndebug saveall",
                                "\nclear_garbage",
                                "\ngccallback {",
                                "\non_del ",
                                "\non_tp_del ",
                                "\nexpect cleared ",
                                "\nexpect generation ",
                                "\nexpect referrers ",
                                "{ new ",
                                "; raise",
                                "take_garbage ",
                                "let keep",
                                "clear self.",
                                "} }"}) {
    EXPECT_NE(all.find(construct), std::string::npos) << construct;
  }
}

TEST(ProgramGeneratorTest, ByteChoicesScaleEachByteThenFollowTheStream) {
  const uint8_t bytes[] = {0, 128, 255, 64};
  ByteChoices c(bytes, sizeof bytes);
  EXPECT_EQ(c.Below(4), 0u);
  EXPECT_EQ(c.Below(4), 2u);
  EXPECT_EQ(c.Below(4), 3u);
  EXPECT_EQ(c.Below(1), 0u);  // reads nothing
  EXPECT_FALSE(c.exhausted());
  EXPECT_EQ(c.Below(2), 0u);  // 64 of 256: the lower half
  EXPECT_TRUE(c.exhausted());
  // The stream: in range, and not stuck on one value.
  std::set<uint32_t> seen;
  for (int i = 0; i < 200; ++i) {
    const uint32_t v = c.Below(10);
    EXPECT_LT(v, 10u);
    seen.insert(v);
  }
  EXPECT_EQ(seen.size(), 10u);
}

}  // namespace
}  // namespace gcfuzz::fuzz
