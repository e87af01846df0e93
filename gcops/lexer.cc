#include "gcops/lexer.h"

#include <cstdio>

#include "gcops/ast.h"

namespace gcfuzz::gcops {
namespace {

bool IsLower(char c) { return (c >= 'a' && c <= 'z') || c == '_'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsNameChar(char c) { return IsLower(c) || IsDigit(c); }
bool IsWordChar(char c) {
  return IsNameChar(c) || IsUpper(c) || c == '@' || c == '=' || c == '-';
}

// Parses a run of decimal digits (at least one, nothing else) into *out,
// allowing values up to `limit`. Returns false when `digits` is not all
// digits; sets *overflow when it is but the value exceeds `limit`.
bool ParseDigits(std::string_view digits, int64_t limit, int64_t* out,
                 bool* overflow) {
  *overflow = false;
  if (digits.empty()) return false;
  int64_t v = 0;
  for (char c : digits) {
    if (!IsDigit(c)) return false;
    // Keep going after an overflow so that "12x" still reads as malformed
    // rather than out of range; v stays clamped above limit, never wraps.
    if (!*overflow) {
      v = v * 10 + (c - '0');
      if (v > limit) *overflow = true;
    }
  }
  *out = v;
  return true;
}

bool IsKeyword(std::string_view w) { return w == "self" || w == "none"; }

Token ErrorAt(uint32_t col, std::string message) {
  Token t;
  t.kind = TokenKind::kError;
  t.col = col;
  t.message = std::move(message);
  return t;
}

std::string Quote(std::string_view s) {
  std::string out = "'";
  out += s;
  out += "'";
  return out;
}

// Classifies one word (a maximal run of word characters).
Token ClassifyWord(std::string_view w, uint32_t col) {
  Token t;
  t.col = col;
  t.text = w;
  const char c = w[0];
  if (IsLower(c)) {
    size_t i = 1;
    while (i < w.size() && IsNameChar(w[i])) ++i;
    std::string_view name = w.substr(0, i);
    if (i == w.size()) {
      t.kind = name == "self"   ? TokenKind::kSelf
               : name == "none" ? TokenKind::kNone
                                : TokenKind::kName;
      return t;
    }
    if (w[i] == '@') {
      if (IsKeyword(name)) {
        return ErrorAt(col, "'" + std::string(name) +
                                "' is a keyword and cannot be a label, got " +
                                Quote(w));
      }
      std::string_view num = w.substr(i + 1);
      int64_t v = 0;
      bool overflow = false;
      if (!ParseDigits(num, INT32_MAX, &v, &overflow)) {
        return ErrorAt(col,
                       "expected a label number after '@', got " + Quote(w));
      }
      if (num.size() > 1 && num[0] == '0') {
        return ErrorAt(col,
                       "a label number has no leading zeros, got " + Quote(w));
      }
      if (overflow)
        return ErrorAt(col, "label number out of range in " + Quote(w));
      if (v < 2) {
        return ErrorAt(col, "a label number is at least 2, got " + Quote(w));
      }
      t.kind = TokenKind::kLabel;
      t.value = static_cast<int32_t>(v);
      return t;
    }
    if (name == "slots" && w[i] == '=') {
      int64_t v = 0;
      bool overflow = false;
      if (!ParseDigits(w.substr(i + 1), kMaxSlots, &v, &overflow)) {
        return ErrorAt(col,
                       "expected slots=N with N a number, got " + Quote(w));
      }
      if (overflow) {
        return ErrorAt(col, "slots out of range (0.." +
                                std::to_string(kMaxSlots) + "), got " +
                                Quote(w));
      }
      t.kind = TokenKind::kSlots;
      t.value = static_cast<int32_t>(v);
      return t;
    }
    return ErrorAt(
        col, "malformed name " + Quote(w) + " (names match [a-z_][a-z0-9_]*)");
  }
  if (IsUpper(c)) {
    for (char d : w) {
      if (!(IsUpper(d) || IsNameChar(d))) {
        return ErrorAt(col, "malformed class name " + Quote(w) +
                                " (class names match [A-Z][A-Za-z0-9_]*)");
      }
    }
    t.kind = TokenKind::kClassName;
    return t;
  }
  if (IsDigit(c) || c == '-') {
    const bool neg = c == '-';
    int64_t v = 0;
    bool overflow = false;
    // |INT32_MIN| is one more than INT32_MAX.
    const int64_t limit = neg ? -static_cast<int64_t>(INT32_MIN) : INT32_MAX;
    if (!ParseDigits(w.substr(neg ? 1 : 0), limit, &v, &overflow)) {
      return ErrorAt(col, "malformed integer " + Quote(w));
    }
    if (overflow) return ErrorAt(col, "integer out of range: " + Quote(w));
    t.kind = TokenKind::kInt;
    t.value = static_cast<int32_t>(neg ? -v : v);
    return t;
  }
  return ErrorAt(col,
                 "unexpected " + Quote(w.substr(0, 1)) + " in " + Quote(w));
}

}  // namespace

std::vector<Token> LexLine(std::string_view line) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  std::vector<Token> out;
  size_t i = 0;
  while (i < line.size()) {
    const char c = line[i];
    const uint32_t col = static_cast<uint32_t>(i + 1);
    if (c == ' ' || c == '\t') {
      ++i;
      continue;
    }
    if (c == '#') break;  // the rest is a comment; any bytes allowed
    TokenKind punct = TokenKind::kEnd;
    switch (c) {
      case '{':
        punct = TokenKind::kLBrace;
        break;
      case '}':
        punct = TokenKind::kRBrace;
        break;
      case ';':
        punct = TokenKind::kSemi;
        break;
      case ',':
        punct = TokenKind::kComma;
        break;
      case '.':
        punct = TokenKind::kDot;
        break;
      default:
        break;
    }
    if (punct != TokenKind::kEnd) {
      Token t;
      t.kind = punct;
      t.col = col;
      t.text = line.substr(i, 1);
      out.push_back(std::move(t));
      ++i;
      continue;
    }
    if (IsWordChar(c)) {
      size_t j = i;
      while (j < line.size() && IsWordChar(line[j])) ++j;
      Token t = ClassifyWord(line.substr(i, j - i), col);
      const bool error = t.kind == TokenKind::kError;
      out.push_back(std::move(t));
      if (error) return out;
      i = j;
      continue;
    }
    const auto byte = static_cast<unsigned char>(c);
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02x", byte);
    if (byte >= 0x80) {
      out.push_back(ErrorAt(
          col, std::string("non-ASCII byte ") + hex + " outside a comment"));
    } else if (c == '\r') {
      out.push_back(
          ErrorAt(col, "carriage return not followed by a line feed"));
    } else if (byte < 0x20 || byte == 0x7f) {
      out.push_back(
          ErrorAt(col, std::string("unexpected control byte ") + hex));
    } else {
      out.push_back(
          ErrorAt(col, "unexpected character " + Quote(line.substr(i, 1))));
    }
    return out;
  }
  Token end;
  end.kind = TokenKind::kEnd;
  end.col = static_cast<uint32_t>(i + 1);
  out.push_back(std::move(end));
  return out;
}

std::string Describe(const Token& token) {
  if (token.kind == TokenKind::kEnd) return "end of line";
  if (token.kind == TokenKind::kError) return "an invalid token";
  return Quote(token.text);
}

std::string_view LabelName(const Token& token) {
  const size_t at = token.text.find('@');
  return at == std::string_view::npos ? token.text : token.text.substr(0, at);
}

}  // namespace gcfuzz::gcops
