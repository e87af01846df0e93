// gcops/parser.h — gcops text to Program, with precise errors.
//
// Parse never throws and never crashes on any input: it returns a Program
// or a ParseError naming the first mistake (file, 1-based line and column,
// what was expected). No part of a program with an error is returned.
#ifndef GCFUZZ_GCOPS_PARSER_H_
#define GCFUZZ_GCOPS_PARSER_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "gcops/ast.h"

namespace gcfuzz::gcops {

struct ParseError {
  std::string file;
  uint32_t line = 0;
  uint32_t col = 0;
  std::string message;  // "expected ..., got ..." style
  // "FILE:LINE:COL: message"
  std::string ToString() const;
};

// Returns true and fills *out on success; false and fills *error otherwise.
bool Parse(std::string_view text, std::string_view file, Program* out,
           ParseError* error);

}  // namespace gcfuzz::gcops

#endif  // GCFUZZ_GCOPS_PARSER_H_
