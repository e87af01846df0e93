// tests/support/parse.h — gcops text to a Program in a test, failing the
// test (not aborting) when the text does not parse.
#ifndef GCFUZZ_TESTS_SUPPORT_PARSE_H_
#define GCFUZZ_TESTS_SUPPORT_PARSE_H_

#include <gtest/gtest.h>

#include <string_view>

#include "gcops/ast.h"
#include "gcops/parser.h"

namespace gcfuzz::testing {

// The program `text` stands for; a parse error is a test failure (with the
// error and the text), and the returned program is then empty.
inline gcops::Program MustParse(std::string_view text,
                                std::string_view file = "test.gcops") {
  gcops::Program p;
  gcops::ParseError e;
  EXPECT_TRUE(gcops::Parse(text, file, &p, &e)) << e.ToString() << "\n" << text;
  return p;
}

}  // namespace gcfuzz::testing

#endif  // GCFUZZ_TESTS_SUPPORT_PARSE_H_
