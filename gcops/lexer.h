// gcops/lexer.h — splits one line of gcops text into tokens.
//
// gcops is line-oriented (spec section 1): every statement, blocks included,
// sits on one line, so the lexer works a line at a time and the parser never
// looks across a line break. LexLine turns one line (without its line
// ending) into tokens that always finish with exactly one kEnd token.
//
// Lexical mistakes do not stop the lexer with an error of its own: they
// become a kError token carrying the message, and lexing stops there. The
// parser reports a kError token as soon as it reaches it, so the error the
// user sees is always the leftmost mistake on the line, lexical or not.
//
// Token classes (a "word" is a maximal run of [A-Za-z0-9_@=-]):
//   kName       [a-z_][a-z0-9_]*, not a keyword
//   kLabel      NAME@N, N >= 2 without leading zeros, N <= INT32_MAX
//   kSelf kNone the keywords `self` and `none`
//   kClassName  [A-Z][A-Za-z0-9_]*
//   kInt        -?[0-9]+ fitting in int32
//   kSlots      slots=N with 0 <= N <= kMaxSlots
//   kLBrace kRBrace kSemi kComma kDot   { } ; , .
//   kEnd        end of line (or start of a `#` comment)
//   kError      anything else; `message` says what is wrong
#ifndef GCFUZZ_GCOPS_LEXER_H_
#define GCFUZZ_GCOPS_LEXER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace gcfuzz::gcops {

enum class TokenKind : uint8_t {
  kName,
  kLabel,
  kSelf,
  kNone,
  kClassName,
  kInt,
  kSlots,
  kLBrace,
  kRBrace,
  kSemi,
  kComma,
  kDot,
  kEnd,
  kError,
};

struct Token {
  TokenKind kind = TokenKind::kEnd;
  uint32_t col = 1;       // 1-based byte column of the token's first byte
                          // (kError: of the offending byte or token)
  std::string_view text;  // the token as written; a view into the line
  int32_t value = 0;      // kInt: the integer; kSlots: N; kLabel: the serial
  std::string message;    // kError only
};

// Lexes `line`, which must not contain '\n'. A trailing '\r' (from a CRLF
// line ending) is ignored; any other '\r' is an error. The result ends with
// one kEnd token (whose col is where the line's content ends: the `#` of a
// comment, or one past the last byte), or with one kError token.
std::vector<Token> LexLine(std::string_view line);

// For messages: the token in quotes ('foo', '{'), or "end of line".
std::string Describe(const Token& token);

// For a kLabel token: the name part (before '@').
std::string_view LabelName(const Token& token);

}  // namespace gcfuzz::gcops

#endif  // GCFUZZ_GCOPS_LEXER_H_
