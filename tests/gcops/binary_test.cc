// Tests of the binary form (gcops/binary.h, docs/binary-form.md): round
// trips on hand-written programs and on the corpus, totality on random and
// truncated bytes, version handling, folding of names and limits.
#include "gcops/binary.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "gcops/parser.h"
#include "gcops/printer.h"
#include "gcops/static_model.h"
#include "tests/support/parse.h"

namespace gcfuzz::gcops {
namespace {

using ::gcfuzz::testing::MustParse;

// Decode(Encode(p)) == p, with the printed texts in the failure message.
void ExpectRoundTrip(const Program& p) {
  const std::vector<uint8_t> bytes = Encode(p);
  ASSERT_FALSE(bytes.empty());
  EXPECT_EQ(bytes[0], kBinaryVersion);
  const Program back = Decode(bytes);
  EXPECT_EQ(back, p) << "original:\n"
                     << Print(p) << "decoded:\n"
                     << Print(back);
}

// The totality property for one input: Decode gives a program whose text
// parses back to it, and whose encoding decodes back to it.
void ExpectTotal(std::span<const uint8_t> bytes) {
  const Program p = Decode(bytes);
  const std::string text = Print(p);
  Program parsed;
  ParseError err;
  ASSERT_TRUE(Parse(text, "decoded", &parsed, &err)) << err.ToString() << "\n"
                                                     << text;
  ASSERT_EQ(parsed, p) << text;
  const Program again = Decode(Encode(p));
  ASSERT_EQ(again, p) << "first:\n" << text << "second:\n" << Print(again);
  ASSERT_EQ(FirstInvalid(p), std::nullopt) << text;
}

// Every statement, expectation and event kind, with arbitrary names.
constexpr const char* kEverything = R"(class Node slots=2 del
class Leaf slots=0 tp_del noweakref
class Plain_1
new a Node
new b Node
set a.0 b
set b.0 a
list l a b 1 none
list empty
dict d
set d.7 a
set d.-3 none
tuple t a l.0 d.7 -3
ref w a { let keep self; collect 0 }
proxy p b
ref w1 a
proxy p2 a { list q self self.1 7; tuple r self.0; raise }
set l.1 none
clear a.1
clear d.7
append l t
let x l.4
let y 5
let z none
let parent a
new leaf Leaf
on_del a { new c Node; set self.1 c; clear self.0; append l self; del c; raise }
on_tp_del leaf { let saved self; ref inner self { gccallback { collect 1 } } }
gccallback { collect; take_garbage g 0; take_garbage g; del g; enable; disable; threshold 1 2; freeze; unfreeze; debug stats; clear_garbage }
gccallback
gccallback {}
collect
collect 0
collect 1
collect 2
enable
disable
threshold 700
threshold 700 10
threshold 700 10 10
threshold -1 0 2147483647
freeze
unfreeze
debug stats leak
debug collectable
debug uncollectable saveall
debug
clear_garbage
take_garbage tg -1
take_garbage tg2
del y
new a Plain_1
expect collected 0
expect collected -2147483648
expect alive a b a@2
expect dead l
expect del_calls a 1
expect tp_del_calls leaf 0
expect callback_calls w 0
expect cleared w p
expect garbage
expect garbage a
expect tracked a
expect untracked leaf
expect finalized a
expect unfinalized b
expect weakrefs a 2
expect generation a 0
expect generation a 1
expect generation a 2
expect generation b permanent
expect generation leaf untracked
expect objects 0
expect objects 2 a b
expect referents a b
expect referents leaf
expect referrers b a l
expect count 1 2 3
expect stats 2 1 0 0
expect log
expect log del a, tp_del leaf, callback w, gc_start 2, gc_stop 2 0 0, garbage a, collect 2 0, collect 0 1 auto, free b
)";

TEST(BinaryFormTest, EveryKindRoundTrips) {
  const Program p = MustParse(kEverything);
  ASSERT_GT(p.stmts.size(), 60u);
  EXPECT_EQ(FirstInvalid(p), std::nullopt);
  ExpectRoundTrip(p);
  ExpectTotal(Encode(p));
}

TEST(BinaryFormTest, TablesMatchVersion1) {
  // Version 1 folds opcodes and kinds modulo these sizes. A table that grew
  // needs binary version 2 (docs/binary-form.md, "Changing the form").
  EXPECT_EQ(NumOps(), 26u);
  EXPECT_EQ(NumExpectKinds(), 20u);
  EXPECT_EQ(NumEventKinds(), 8u);
}

TEST(BinaryFormTest, EmptyInputIsEmptyProgram) {
  EXPECT_EQ(Decode({}), Program{});
  const std::vector<uint8_t> just_version = {kBinaryVersion};
  EXPECT_EQ(Decode(just_version), Program{});
  ExpectRoundTrip(Program{});
}

TEST(BinaryFormTest, ArbitraryNamesAndClassNamesRoundTrip) {
  const Program p = MustParse(
      "class Zz9_Q slots=16\nclass B slots=0\nnew parent Zz9_Q\n"
      "new abcdefghijklmnopqrstuvwxyz_01234 B\nlet _ parent\n"
      "let self_ parent\nlet none_x _\nexpect alive parent\n");
  ExpectRoundTrip(p);
}

std::filesystem::path SourceDir() {
  const char* dir = std::getenv("GCFUZZ_SOURCE_DIR");
  // Run outside ctest: this file is tests/gcops/ under the source tree.
  return dir != nullptr
             ? std::filesystem::path(dir)
             : std::filesystem::path(__FILE__).parent_path() / ".." / "..";
}

void MarkOps(const std::vector<Stmt>& stmts, std::vector<bool>* seen) {
  for (const Stmt& s : stmts) {
    (*seen)[static_cast<size_t>(s.op)] = true;
    MarkOps(s.block, seen);
  }
}

TEST(BinaryFormTest, CorpusRoundTrips) {
  size_t files = 0;
  std::vector<bool> seen(NumOps(), false);
  for (const char* sub : {"corpus/seeds", "corpus/regressions"}) {
    const auto dir = SourceDir() / sub;
    if (!std::filesystem::exists(dir)) continue;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
      if (entry.path().extension() != ".gcops") continue;
      std::ifstream in(entry.path());
      std::stringstream text;
      text << in.rdbuf();
      SCOPED_TRACE(entry.path().string());
      const Program p = MustParse(text.str());
      EXPECT_EQ(FirstInvalid(p), std::nullopt);
      ExpectRoundTrip(p);
      MarkOps(p.stmts, &seen);
      ++files;
    }
  }
  EXPECT_GE(files, 6u);
  // The seeds, together, use every statement kind.
  for (size_t op = 0; op < NumOps(); ++op) {
    EXPECT_TRUE(seen[op]) << "no seed uses "
                          << Info(static_cast<Op>(op)).keyword;
  }
}

// 40,000 random inputs in all: enough for a unit test of totality on short
// inputs; gcops_roundtrip_fuzzer and gcops_parse_fuzzer check the same
// property on every input of every campaign (a million took 63 s of the
// suite's CPU time and found nothing these do not).
constexpr int kShards = 2;
constexpr int kPerShard = 20000;

class RandomBytesTest : public ::testing::TestWithParam<int> {};

TEST_P(RandomBytesTest, DecodeIsTotalAndRoundTrips) {
  std::mt19937 rng(0x9c0f5 + GetParam());
  std::vector<uint8_t> bytes;
  for (int i = 0; i < kPerShard; ++i) {
    bytes.resize(rng() % 65);
    for (uint8_t& b : bytes) {
      // Mostly small values, as a fuzzer's mutations of a seed would be.
      b = static_cast<uint8_t>(rng() % 4 == 0 ? rng() : rng() % 24);
    }
    ExpectTotal(bytes);
    if (::testing::Test::HasFatalFailure()) return;
  }
}

INSTANTIATE_TEST_SUITE_P(Shards, RandomBytesTest, ::testing::Range(0, kShards));

TEST(BinaryFormTest, RandomBytesMakeNontrivialPrograms) {
  // Guards the fuzzer-friendliness claim: short random inputs usually
  // decode to several statements, not to nothing. (Measured: about 2.8
  // statements per 32 fully random bytes; counts and literals eat the rest.)
  std::mt19937 rng(7);
  size_t stmts = 0;
  const int n = 2000;
  for (int i = 0; i < n; ++i) {
    std::vector<uint8_t> bytes(32);
    for (uint8_t& b : bytes) b = static_cast<uint8_t>(rng());
    stmts += Decode(bytes).stmts.size();
  }
  EXPECT_GT(stmts, static_cast<size_t>(n) * 2);
}

TEST(BinaryFormTest, UnknownVersionDecodesWithNewestRules) {
  std::vector<uint8_t> bytes = Encode(MustParse(kEverything));
  const Program expected = Decode(bytes);
  for (int v : {0, 2, 17, 255}) {
    bytes[0] = static_cast<uint8_t>(v);
    EXPECT_EQ(Decode(bytes), expected) << "version byte " << v;
  }
}

TEST(BinaryFormTest, EveryTruncationDecodes) {
  const std::vector<uint8_t> bytes = Encode(MustParse(kEverything));
  for (size_t n = 0; n <= bytes.size(); ++n) {
    SCOPED_TRACE(n);
    ExpectTotal(std::span<const uint8_t>(bytes.data(), n));
    if (::testing::Test::HasFatalFailure()) return;
  }
  // The whole encoding is the whole program; a prefix is a prefix.
  const Program full = Decode(bytes);
  const Program half =
      Decode(std::span<const uint8_t>(bytes.data(), bytes.size() / 2));
  EXPECT_LT(half.stmts.size(), full.stmts.size());
}

TEST(BinaryFormTest, KeywordLiteralsBecomeValidNames) {
  // `new` (opcode 1), a name literal spelling "self", class ref 0: the
  // default class is declared, and the name gets a trailing underscore.
  const std::vector<uint8_t> bytes = {kBinaryVersion, 1, 0, 3, 18, 4, 11, 5, 0};
  const Program p = Decode(bytes);
  ASSERT_EQ(p.stmts.size(), 2u);
  EXPECT_EQ(p.stmts[0].op, Op::kClass);
  EXPECT_EQ(p.classes[0].name, "A");
  EXPECT_EQ(p.names, std::vector<std::string>{"self_"});
}

TEST(BinaryFormTest, DuplicateClassNamesAreMadeUnique) {
  // Two `class` statements spelling "A" (literal length 1, letter 0).
  const std::vector<uint8_t> bytes = {kBinaryVersion, 0, 0, 0, 32, 0, 0, 0, 0};
  const Program p = Decode(bytes);
  ASSERT_EQ(p.classes.size(), 2u);
  EXPECT_EQ(p.classes[0].name, "A");
  EXPECT_EQ(p.classes[0].slots, 4);
  EXPECT_EQ(p.classes[1].name, "C0");
  ExpectTotal(bytes);
}

TEST(BinaryFormTest, ManyDuplicateClassNamesStayUnique) {
  // 600 `class` statements all spelling "A": 512 are read, all distinct.
  std::vector<uint8_t> bytes = {kBinaryVersion};
  for (int i = 0; i < 600; ++i) bytes.insert(bytes.end(), {0, 0, 0, 32});
  const Program p = Decode(bytes);
  ASSERT_EQ(p.classes.size(), 512u);
  EXPECT_EQ(p.classes[1].name, "C0");
  EXPECT_EQ(p.classes[511].name, "C510");
  ExpectTotal(bytes);
}

TEST(BinaryFormTest, NamePoolIsCapped) {
  // 400 `dict` statements, each with a new two-letter literal name: the
  // pool stops growing at 256 names and later literals map onto it.
  std::vector<uint8_t> bytes = {kBinaryVersion};
  for (int i = 0; i < 400; ++i) {
    bytes.insert(bytes.end(), {3, 0, 1, static_cast<uint8_t>(i / 26),
                               static_cast<uint8_t>(i % 26)});
  }
  const Program p = Decode(bytes);
  EXPECT_EQ(p.stmts.size(), 400u);
  EXPECT_LE(p.names.size(), 256u);
  EXPECT_GT(p.names.size(), 240u);
  ExpectTotal(bytes);
}

TEST(BinaryFormTest, ScopeRulesAreEnforced) {
  // Top level: `raise` (opcode 24) is dropped; `self` as an item is `none`.
  const std::vector<uint8_t> bytes = {kBinaryVersion, 24, 10, 1, 4};
  const Program p = Decode(bytes);
  ASSERT_EQ(p.stmts.size(), 1u);
  EXPECT_EQ(Print(p), "let a none\n");
}

TEST(BinaryFormTest, StatementCountIsCapped) {
  // 10,000 `collect`s: only the first 512 are read.
  std::vector<uint8_t> bytes(20001, 0);
  bytes[0] = kBinaryVersion;
  for (size_t i = 1; i < bytes.size(); i += 2) bytes[i] = 12;
  EXPECT_EQ(Decode(bytes).stmts.size(), 512u);
  // Encode truncates a longer program to the same 512 statements.
  Program big;
  big.stmts.resize(600);
  const Program back = Decode(Encode(big));
  EXPECT_EQ(back.stmts.size(), 512u);
}

TEST(BinaryFormTest, HugeInputStaysBounded) {
  std::mt19937 rng(11);
  std::vector<uint8_t> bytes(1 << 20);
  for (uint8_t& b : bytes) b = static_cast<uint8_t>(rng());
  const Program p = Decode(bytes);
  EXPECT_LE(CountStatements(p), 512u);
  ExpectTotal(bytes);
}

TEST(BinaryFormTest, DeepNestingIsCutAtTheDepthLimit) {
  // gccallback (21) with a block of one gccallback, 20 levels deep.
  std::vector<uint8_t> bytes = {kBinaryVersion};
  for (int i = 0; i < 20; ++i) {
    bytes.insert(bytes.end(), {21, 1, 1});
  }
  const Program p = Decode(bytes);
  int depth = 0;
  for (const std::vector<Stmt>* b = &p.stmts; !b->empty(); b = &(*b)[0].block) {
    ++depth;
  }
  EXPECT_EQ(depth, kMaxBlockDepth + 1);  // the top level plus 8 blocks
  ExpectTotal(bytes);
}

}  // namespace
}  // namespace gcfuzz::gcops
