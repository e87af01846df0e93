// cli/flags.h — what each C++ command was given on its command line: one
// struct per command, generated from cli/flags.def (the one statement of
// every command's flags), and the one shape of a usage error.
//
// cli/main.cc parses argv into these structs with CLI11 (the flags, their
// values' checks and `--help` all come from the same rows); a command's
// handler takes its struct and never sees argv.
#ifndef GCFUZZ_CLI_FLAGS_H_
#define GCFUZZ_CLI_FLAGS_H_

#include <cstdint>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "report/report.h"

namespace gcfuzz::cli {

// `--format`: how a command prints its result.
enum class OutputFormat { kText, kJson };

// The value type of each FlagKind (cli/flags.def says what each accepts).
using SwitchValue = bool;
using TextValue = std::optional<std::string>;
using TextsValue = std::vector<std::string>;
using LineValue = std::optional<uint32_t>;
using CountValue = std::optional<uint32_t>;
// One item of a LineList: the lines first..last (first <= last; a single
// line has first == last).
struct LineRange {
  uint32_t first = 0;
  uint32_t last = 0;
  bool operator==(const LineRange&) const = default;
};
using LineListValue = std::vector<LineRange>;
using IdentifierValue = std::optional<std::string>;
using FormatValue = OutputFormat;
using FileValue = std::string;
using FilesValue = std::vector<std::string>;

#define GCFUZZ_FLAGS_BEGIN(command, Struct) \
  struct Struct {                           \
    static constexpr std::string_view kCommand = #command;
#define GCFUZZ_FLAG(field, spelling, kind, value_name, help) \
  kind##Value field{};
#define GCFUZZ_FLAGS_END() \
  }                        \
  ;
#include "cli/flags.def"
#undef GCFUZZ_FLAGS_BEGIN
#undef GCFUZZ_FLAG
#undef GCFUZZ_FLAGS_END

// Bad usage found after parsing (flags that exclude each other, a value
// the command cannot use): prints the one usage-error line,
//   gcfuzz COMMAND: MESSAGE (see 'gcfuzz COMMAND --help')
// on stderr and returns the exit status 2. cli/main.cc prints parse errors
// in the same shape.
inline int UsageError(std::string_view command, std::string_view message) {
  std::cerr << "gcfuzz " << command << ": " << message << " (see 'gcfuzz "
            << command << " --help')\n";
  return report::kExitBadInput;
}

}  // namespace gcfuzz::cli

#endif  // GCFUZZ_CLI_FLAGS_H_
