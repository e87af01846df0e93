// Tests for gcops/lexer.h: token classes, columns, and lexical errors.
#include "gcops/lexer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace gcfuzz::gcops {
namespace {

using K = TokenKind;

std::vector<K> Kinds(const std::vector<Token>& tokens) {
  std::vector<K> out;
  for (const Token& t : tokens) out.push_back(t.kind);
  return out;
}

TEST(LexerTest, PunctuationIsAlwaysItsOwnToken) {
  auto t = LexLine("a.0{}; ,x");
  EXPECT_EQ(Kinds(t),
            (std::vector<K>{K::kName, K::kDot, K::kInt, K::kLBrace, K::kRBrace,
                            K::kSemi, K::kComma, K::kName, K::kEnd}));
  EXPECT_EQ(t[0].text, "a");
  EXPECT_EQ(t[2].value, 0);
  EXPECT_EQ(t[7].col, 9u);
}

TEST(LexerTest, ColumnsAreOneBasedBytesAndTabsAreSpaces) {
  auto t = LexLine("\tnew  x\tNode");
  ASSERT_EQ(t.size(), 4u);
  EXPECT_EQ(t[0].col, 2u);
  EXPECT_EQ(t[1].col, 7u);
  EXPECT_EQ(t[2].col, 9u);
  EXPECT_EQ(t[2].kind, K::kClassName);
  EXPECT_EQ(t[3].kind, K::kEnd);
  EXPECT_EQ(t[3].col, 13u);
}

TEST(LexerTest, KeywordsAreNotNames) {
  auto t = LexLine("self none selfish none_ new");
  EXPECT_EQ(Kinds(t), (std::vector<K>{K::kSelf, K::kNone, K::kName, K::kName,
                                      K::kName, K::kEnd}));
}

TEST(LexerTest, LabelIsOneTokenWithItsSerial) {
  auto t = LexLine("a@2 node_1@17 b@2147483647");
  ASSERT_EQ(t.size(), 4u);
  EXPECT_EQ(t[0].kind, K::kLabel);
  EXPECT_EQ(t[0].value, 2);
  EXPECT_EQ(LabelName(t[0]), "a");
  EXPECT_EQ(t[1].value, 17);
  EXPECT_EQ(LabelName(t[1]), "node_1");
  EXPECT_EQ(t[2].value, 2147483647);
}

TEST(LexerTest, IntegersCoverExactlyInt32) {
  auto t = LexLine("0 -0 -2147483648 2147483647 007");
  EXPECT_EQ(Kinds(t), (std::vector<K>{K::kInt, K::kInt, K::kInt, K::kInt,
                                      K::kInt, K::kEnd}));
  EXPECT_EQ(t[1].value, 0);
  EXPECT_EQ(t[2].value, INT32_MIN);
  EXPECT_EQ(t[3].value, INT32_MAX);
  EXPECT_EQ(t[4].value, 7);
}

TEST(LexerTest, SlotsFlagIsOneToken) {
  auto t = LexLine("slots=0 slots=16 slots");
  EXPECT_EQ(Kinds(t),
            (std::vector<K>{K::kSlots, K::kSlots, K::kName, K::kEnd}));
  EXPECT_EQ(t[0].value, 0);
  EXPECT_EQ(t[1].value, 16);
}

TEST(LexerTest, CommentEndsTheLineAndMayHoldAnyBytes) {
  auto t = LexLine("collect # caf\xc3\xa9 { \x01");
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[1].kind, K::kEnd);
  EXPECT_EQ(t[1].col, 9u);
}

TEST(LexerTest, TrailingCarriageReturnIsALineEnding) {
  auto t = LexLine("collect\r");
  EXPECT_EQ(Kinds(t), (std::vector<K>{K::kName, K::kEnd}));
  EXPECT_EQ(t[0].text, "collect");
}

struct LexErrorCase {
  const char* line;
  uint32_t col;
  const char* message;
};

TEST(LexerTest, MalformedTokensBecomeOneErrorTokenAtTheirColumn) {
  const LexErrorCase cases[] = {
      {"x a@1", 3, "at least 2"},
      {"x a@02", 3, "leading zeros"},
      {"x a@", 3, "label number after '@'"},
      {"x a@b", 3, "label number after '@'"},
      {"x a@2147483648", 3, "label number out of range"},
      {"x self@2", 3, "keyword"},
      {"2147483648", 1, "integer out of range"},
      {"-2147483649", 1, "integer out of range"},
      {"x 12ab", 3, "malformed integer"},
      {"x -", 3, "malformed integer"},
      {"x slots=17", 3, "slots out of range"},
      {"x slots=99999999999999", 3, "slots out of range"},
      {"x slots=a", 3, "slots=N"},
      {"x aB", 3, "malformed name 'aB'"},
      {"x A-b", 3, "malformed class name"},
      {"x @a", 3, "unexpected '@'"},
      {"x caf\xc3\xa9", 6, "non-ASCII byte 0xc3"},
      {"x \xff", 3, "non-ASCII byte 0xff"},
      {"x \x01", 3, "control byte 0x01"},
      {"x \ry", 3, "carriage return"},
      {"x (", 3, "unexpected character '('"},
  };
  for (const LexErrorCase& c : cases) {
    SCOPED_TRACE(c.line);
    auto t = LexLine(c.line);
    ASSERT_FALSE(t.empty());
    const Token& last = t.back();
    ASSERT_EQ(last.kind, K::kError);
    EXPECT_EQ(last.col, c.col);
    EXPECT_NE(last.message.find(c.message), std::string::npos) << last.message;
    // Lexing stops at the first error: nothing follows it.
    for (size_t i = 0; i + 1 < t.size(); ++i) EXPECT_NE(t[i].kind, K::kError);
  }
}

TEST(LexerTest, DescribeQuotesTokensAndNamesTheLineEnd) {
  auto t = LexLine("foo }");
  EXPECT_EQ(Describe(t[0]), "'foo'");
  EXPECT_EQ(Describe(t[1]), "'}'");
  EXPECT_EQ(Describe(t[2]), "end of line");
}

}  // namespace
}  // namespace gcfuzz::gcops
