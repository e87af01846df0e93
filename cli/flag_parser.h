// cli/flag_parser.h — one command's command line, parsed by CLI11 into the
// command's struct from cli/flags.h.
//
// The rows of cli/flags.def call the Add* method of their kind; Parse then
// fills the struct, or prints the command's help (exit 0) or one
// usage-error line (exit 2):
//   gcfuzz COMMAND: unknown option '--x' (see 'gcfuzz COMMAND --help')
// `--flag=V` and `--flag V` both work (and `-o V`, `-oV`, `-o=V`), `-` is
// a file (standard input), `--` ends the flags. CLI11 is used only here
// (cli/flag_parser.cc).
#ifndef GCFUZZ_CLI_FLAG_PARSER_H_
#define GCFUZZ_CLI_FLAG_PARSER_H_

#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "cli/flags.h"

namespace CLI {
class App;
}  // namespace CLI

namespace gcfuzz::cli {

class FlagParser {
 public:
  // `command` as typed ("run"); `synopsis` and `summary` are its row of
  // cli/commands.def (markdown), for the help.
  FlagParser(std::string command, std::string synopsis, std::string summary);
  ~FlagParser();
  FlagParser(const FlagParser&) = delete;
  FlagParser& operator=(const FlagParser&) = delete;

  // One per FlagKind of cli/flags.def.
  void AddSwitch(SwitchValue* v, const char* spelling, const char* value_name,
                 const char* help);
  void AddText(TextValue* v, const char* spelling, const char* value_name,
               const char* help);
  void AddTexts(TextsValue* v, const char* spelling, const char* value_name,
                const char* help);
  void AddLine(LineValue* v, const char* spelling, const char* value_name,
               const char* help);
  void AddCount(CountValue* v, const char* spelling, const char* value_name,
                const char* help);
  void AddLineList(LineListValue* v, const char* spelling,
                   const char* value_name, const char* help);
  void AddIdentifier(IdentifierValue* v, const char* spelling,
                     const char* value_name, const char* help);
  void AddFormat(FormatValue* v, const char* spelling, const char* value_name,
                 const char* help);
  void AddFile(FileValue* v, const char* spelling, const char* value_name,
               const char* help);
  void AddFiles(FilesValue* v, const char* spelling, const char* value_name,
                const char* help);

  // Parses the arguments after the command's name into the fields given to
  // Add*. nullopt: parsed, run the command. Otherwise the exit status to
  // return now: 0 after printing the help, 2 after a usage-error line.
  std::optional<int> Parse(const std::vector<std::string>& args);

  // `gcfuzz COMMAND --help`: the synopsis, the summary, then every
  // argument and flag with its help.
  std::string Help() const;

 private:
  struct Row {
    std::string left;  // "--backend=NAME[,NAME...]", "FILE..."
    std::string help;
    bool positional;
  };
  void Note(const char* spelling, const char* value_name, const char* help,
            bool takes_value);

  std::string command_, synopsis_, summary_;
  std::unique_ptr<CLI::App> app_;
  std::vector<Row> rows_;
  std::set<std::string> short_flags_;  // "-o": `-o=V` is split
};

// A LineList value, `3,7-9`: comma-separated line numbers (1 or more) and
// ranges FIRST-LAST with FIRST <= LAST. nullopt, with *error saying what
// is wrong, for anything else (empty items, spaces, signs, overflow).
std::optional<LineListValue> ParseLineList(const std::string& s,
                                           std::string* error);

// Markdown to terminal text: no `quotes`, no table escapes.
std::string Plain(std::string_view s);

// Greedy word wrap of `text` at `width` columns, each line after the first
// indented by `indent` spaces.
std::string Wrap(const std::string& text, size_t width, size_t indent);

}  // namespace gcfuzz::cli

#endif  // GCFUZZ_CLI_FLAG_PARSER_H_
