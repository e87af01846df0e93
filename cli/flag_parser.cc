#include "cli/flag_parser.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <charconv>
#include <sstream>

namespace gcfuzz::cli {
namespace {

// A decimal number, 1 or more, and nothing else; nullopt otherwise.
std::optional<uint32_t> ParsePositive(std::string_view s) {
  uint32_t n = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
  if (s.empty() || ec != std::errc() || end != s.data() + s.size() || n == 0) {
    return std::nullopt;
  }
  return n;
}

// The value of a Line flag: a decimal line number, 1 or more.
uint32_t ParseLine(const std::string& flag, const std::string& s) {
  const auto n = ParsePositive(s);
  if (!n) {
    throw CLI::ValidationError(
        flag, "expected a line number (1 or more), got '" + s + "'");
  }
  return *n;
}

// An empty argument is no file name (it read as ": cannot read").
void NonEmpty(const std::string& s) {
  if (s.empty()) {
    throw CLI::ValidationError("an empty argument, expected a file name");
  }
}

bool IsIdentifier(const std::string& s) {
  auto alpha = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  };
  if (s.empty() || !alpha(s[0])) return false;
  for (char c : s) {
    if (!alpha(c) && !(c >= '0' && c <= '9')) return false;
  }
  return true;
}

// CLI11's message, in one line and in the words of this command line.
std::string Message(const CLI::ParseError& e) {
  std::string m = e.what();
  for (char& c : m) {
    if (c == '\n') c = ' ';
  }
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&e) != nullptr) {
    const std::string flag = m.substr(0, m.find(':'));
    if (m.find("At Most") != std::string::npos) {
      return "option '" + flag + "' given more than once";
    }
    if (m.find("missing") != std::string::npos) {
      return "option '" + flag + "' needs a value";
    }
  }
  // Only switches convert their value (every other kind takes text): a
  // switch takes none.
  if (dynamic_cast<const CLI::ConversionError*>(&e) != nullptr) {
    const size_t colon = m.find(": "), eq = m.find(" = ");
    if (colon != std::string::npos && eq != std::string::npos && eq > colon) {
      return "option '" + m.substr(colon + 2, eq - colon - 2) +
             "' takes no value, got '" + m.substr(eq + 3) + "'";
    }
  }
  return m;
}

}  // namespace

std::optional<LineListValue> ParseLineList(const std::string& s,
                                           std::string* error) {
  LineListValue out;
  size_t from = 0;
  while (true) {
    const size_t comma = std::min(s.find(',', from), s.size());
    const std::string_view item =
        std::string_view(s).substr(from, comma - from);
    const size_t dash = item.find('-');
    const auto first = ParsePositive(item.substr(0, dash));
    const auto last = dash == std::string_view::npos
                          ? first
                          : ParsePositive(item.substr(dash + 1));
    if (!first || !last) {
      *error =
          "expected line numbers (1 or more) and ranges like 3,7-9, got '" + s +
          "'";
      return std::nullopt;
    }
    if (*last < *first) {
      *error = "the range '" + std::string(item) + "' ends before it starts";
      return std::nullopt;
    }
    out.push_back({*first, *last});
    if (comma == s.size()) return out;
    from = comma + 1;
  }
}

std::string Plain(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '`') continue;
    if (s[i] == '\\' && i + 1 < s.size() && s[i + 1] == '|') continue;
    out += s[i];
  }
  return out;
}

std::string Wrap(const std::string& text, size_t width, size_t indent) {
  std::istringstream words(text);
  std::string out, line, w;
  while (words >> w) {
    if (!line.empty() && line.size() + 1 + w.size() > width) {
      out += line + "\n" + std::string(indent, ' ');
      line.clear();
    }
    line += (line.empty() ? "" : " ") + w;
  }
  return out + line;
}

FlagParser::FlagParser(std::string command, std::string synopsis,
                       std::string summary)
    : command_(std::move(command)),
      synopsis_(std::move(synopsis)),
      summary_(std::move(summary)),
      app_(std::make_unique<CLI::App>(summary_, "gcfuzz " + command_)) {
  // Unknown flags and extra arguments are collected, not thrown, so they
  // get this command line's own message (Parse).
  app_->allow_extras();
  app_->set_help_flag("-h,--help", "print this help and exit");
}

FlagParser::~FlagParser() = default;

void FlagParser::Note(const char* spelling, const char* value_name,
                      const char* help, bool takes_value) {
  const std::string s = spelling;
  const bool positional = s[0] != '-';
  std::string left = positional ? value_name : s;
  if (!positional && takes_value) {
    left += (s.rfind("--", 0) == 0 ? "=" : " ") + std::string(value_name);
  }
  rows_.push_back({left, help, positional});
  if (s.size() == 2 && s[0] == '-' && s[1] != '-') short_flags_.insert(s);
}

void FlagParser::AddSwitch(SwitchValue* v, const char* spelling,
                           const char* value_name, const char* help) {
  app_->add_flag(spelling, *v, help);
  Note(spelling, value_name, help, false);
}

void FlagParser::AddText(TextValue* v, const char* spelling,
                         const char* value_name, const char* help) {
  app_->add_option_function<std::string>(
          spelling, [v](const std::string& s) { *v = s; }, help)
      ->type_name(value_name);
  Note(spelling, value_name, help, true);
}

void FlagParser::AddTexts(TextsValue* v, const char* spelling,
                          const char* value_name, const char* help) {
  // One value per occurrence: `--backend a b` leaves b a file.
  app_->add_option(spelling, *v, help)
      ->allow_extra_args(false)
      ->type_name(value_name);
  Note(spelling, value_name, help, true);
}

void FlagParser::AddLine(LineValue* v, const char* spelling,
                         const char* value_name, const char* help) {
  const std::string flag = spelling;
  app_->add_option_function<std::string>(
          spelling,
          [v, flag](const std::string& s) { *v = ParseLine(flag, s); }, help)
      ->type_name(value_name);
  Note(spelling, value_name, help, true);
}

void FlagParser::AddCount(CountValue* v, const char* spelling,
                          const char* value_name, const char* help) {
  const std::string flag = spelling;
  app_->add_option_function<std::string>(
          spelling,
          [v, flag](const std::string& s) {
            const auto n = ParsePositive(s);
            if (!n) {
              throw CLI::ValidationError(
                  flag, "expected a whole number (1 or more), got '" + s + "'");
            }
            *v = n;
          },
          help)
      ->type_name(value_name);
  Note(spelling, value_name, help, true);
}

void FlagParser::AddLineList(LineListValue* v, const char* spelling,
                             const char* value_name, const char* help) {
  const std::string flag = spelling;
  app_->add_option_function<std::string>(
          spelling,
          [v, flag](const std::string& s) {
            std::string error;
            auto list = ParseLineList(s, &error);
            if (!list) throw CLI::ValidationError(flag, error);
            *v = std::move(*list);
          },
          help)
      ->type_name(value_name);
  Note(spelling, value_name, help, true);
}

void FlagParser::AddIdentifier(IdentifierValue* v, const char* spelling,
                               const char* value_name, const char* help) {
  const std::string flag = spelling;
  app_->add_option_function<std::string>(
          spelling,
          [v, flag](const std::string& s) {
            if (!IsIdentifier(s)) {
              throw CLI::ValidationError(
                  flag,
                  "expected a C++ identifier (letters, digits, _; not "
                  "a digit first), got '" +
                      s + "'");
            }
            *v = s;
          },
          help)
      ->type_name(value_name);
  Note(spelling, value_name, help, true);
}

void FlagParser::AddFormat(FormatValue* v, const char* spelling,
                           const char* value_name, const char* help) {
  const std::string flag = spelling;
  app_->add_option_function<std::string>(
          spelling,
          [v, flag](const std::string& s) {
            if (s == "text") {
              *v = OutputFormat::kText;
            } else if (s == "json") {
              *v = OutputFormat::kJson;
            } else {
              throw CLI::ValidationError(
                  flag, "expected 'text' or 'json', got '" + s + "'");
            }
          },
          help)
      ->type_name(value_name);
  Note(spelling, value_name, help, true);
}

namespace {
// The positional FILE (one, or one or more): required, never empty.
template <class T>
void AddPositional(CLI::App& app, T* v, const char* spelling,
                   const char* value_name, const char* help) {
  app.add_option(spelling, *v, help)
      ->required()
      ->type_name(value_name)
      ->each(NonEmpty);
}
}  // namespace

void FlagParser::AddFile(FileValue* v, const char* spelling,
                         const char* value_name, const char* help) {
  AddPositional(*app_, v, spelling, value_name, help);
  Note(spelling, value_name, help, true);
}

void FlagParser::AddFiles(FilesValue* v, const char* spelling,
                          const char* value_name, const char* help) {
  AddPositional(*app_, v, spelling, value_name, help);
  Note(spelling, value_name, help, true);
}

std::optional<int> FlagParser::Parse(const std::vector<std::string>& args) {
  // `-o=OUT` is `-o OUT`, as `--flag=V` is `--flag V` (CLI11, as getopt,
  // would take "=OUT" for the value). CLI11 takes the arguments last first.
  std::vector<std::string> reversed;
  for (auto a = args.rbegin(); a != args.rend(); ++a) {
    const bool short_flag_eq = a->size() > 3 && (*a)[0] == '-' &&
                               (*a)[1] != '-' && (*a)[2] == '=' &&
                               short_flags_.count(a->substr(0, 2)) > 0;
    if (short_flag_eq) {
      reversed.push_back(a->substr(3));
      reversed.push_back(a->substr(0, 2));
    } else {
      reversed.push_back(*a);
    }
  }
  std::optional<std::string> error;
  try {
    app_->parse(reversed);
  } catch (const CLI::CallForHelp&) {
    std::cout << Help();
    return report::kExitOk;
  } catch (const CLI::ParseError& e) {
    error = Message(e);
  }
  // An unknown flag is named before what it caused (`check --x`: FILE
  // missing, because `--x` was not taken for one).
  for (const std::string& extra : app_->remaining()) {
    if (extra == "--") continue;  // CLI11 keeps the separator
    if (extra.size() > 1 && extra[0] == '-') {
      return UsageError(command_, "unknown option '" + extra + "'");
    }
    if (!error) error = "unexpected argument '" + extra + "'";
  }
  if (error) return UsageError(command_, *error);
  return std::nullopt;
}

std::string FlagParser::Help() const {
  constexpr size_t kColumn = 28;  // where the flags' help starts
  auto row = [&](const std::string& left, const std::string& help) {
    std::string line = "  " + left;
    line += line.size() + 2 > kColumn ? "\n" + std::string(kColumn, ' ')
                                      : std::string(kColumn - line.size(), ' ');
    return line + Wrap(Plain(help), 78 - kColumn, kColumn) + "\n";
  };
  std::string s = "usage: gcfuzz " + Plain(synopsis_) + "\n\n" +
                  Wrap(Plain(summary_), 78, 0) + "\n";
  std::string arguments, options;
  for (const Row& r : rows_) {
    (r.positional ? arguments : options) += row(r.left, r.help);
  }
  if (!arguments.empty()) s += "\narguments:\n" + arguments;
  return s + "\noptions:\n" + options +
         row("-h, --help", "print this help and exit");
}

}  // namespace gcfuzz::cli
