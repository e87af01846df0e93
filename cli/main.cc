// cli/main.cc — the `gcfuzz` command line.
//
// Exit codes, for every subcommand:
//   0  success
//   1  an expectation failed, or two backends diverged
//   2  bad input (FILE:LINE:COL: what was expected) or bad usage, or a
//      top-level misuse in a program (FILE:LINE: message)
// The commands are the rows of cli/commands.def, their flags the rows of
// cli/flags.def (parsed by cli/flag_parser.h: `--help`, the one usage-error
// line); --format=json is cli/json_output.h's. The shell wrapper ./gcfuzz
// builds this binary and runs the commands whose handler is null itself.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "cli/flag_parser.h"
#include "cli/flags.h"
#include "cli/json_output.h"
#include "cli/run_backends.h"
#include "differential/backends.h"
#include "differential/compare.h"
#include "differential/verdict.h"
#include "differential/worker/worker_names.h"
#include "gcops/binary.h"
#include "gcops/parser.h"
#include "gcops/printer.h"
#include "gcops/runner.h"
#include "report/report.h"
#include "triage/dot.h"
#include "triage/export_python.h"
#include "triage/files.h"
#include "triage/minimize.h"
#include "triage/repro.h"

namespace gcfuzz::triage {
namespace {

using report::kExitBadInput;
using report::kExitFinding;
using report::kExitOk;

struct Command;
// Parses a command's arguments into its flags struct and runs it.
using DispatchFn = int (*)(const Command& c,
                           const std::vector<std::string>& args);

struct Command {
  const char* name;
  DispatchFn dispatch;   // null: run by the ./gcfuzz wrapper
  const char* synopsis;  // markdown: `...` quoting as in the README
  const char* summary;
};

int BackendsCmd(const cli::BackendsFlags& flags);
int Check(const cli::CheckFlags& flags);
int Fmt(const cli::FmtFlags& flags);
int EncodeCmd(const cli::EncodeFlags& flags);
int DecodeCmd(const cli::DecodeFlags& flags);
int RunCmd(const cli::RunFlags& flags);
int ReproCmd(const cli::ReproFlags& flags);

// Register(parser, flags): the rows of cli/flags.def, one overload per
// command's struct.
#define GCFUZZ_FLAGS_BEGIN(command, Struct)               \
  [[maybe_unused]] void Register(cli::FlagParser& parser, \
                                 [[maybe_unused]] cli::Struct& flags) {
#define GCFUZZ_FLAG(field, spelling, kind, value_name, help) \
  parser.Add##kind(&flags.field, spelling, value_name, help);
#define GCFUZZ_FLAGS_END() }
#include "cli/flags.def"
#undef GCFUZZ_FLAGS_BEGIN
#undef GCFUZZ_FLAG
#undef GCFUZZ_FLAGS_END

// A command's name as typed: the .def spells `export` as `export_` (a C++
// keyword).
std::string NameOf(const Command& c) {
  std::string n = c.name;
  if (!n.empty() && n.back() == '_') n.pop_back();
  return n;
}

template <class F>
struct FlagsOf;
template <class F>
struct FlagsOf<int (*)(const F&)> {
  using type = F;
};

// Parses `args` into the handler's flags struct (its rows of
// cli/flags.def) and runs the handler; `--help` and bad usage are answered
// by the parser.
template <auto Handler>
int Dispatch(const Command& c, const std::vector<std::string>& args) {
  using Flags = typename FlagsOf<decltype(Handler)>::type;
  // A handler paired with another command's flags is a bug of the tables
  // (tests/cli: every command's --help runs this).
  if (Flags::kCommand != NameOf(c)) std::abort();
  Flags flags;
  cli::FlagParser parser(NameOf(c), c.synopsis, c.summary);
  Register(parser, flags);
  if (const auto status = parser.Parse(args)) return *status;
  return Handler(flags);
}

template <auto Handler>
constexpr DispatchFn DispatchFor() {
  if constexpr (std::is_null_pointer_v<decltype(Handler)>) {
    return nullptr;
  } else {
    return &Dispatch<Handler>;
  }
}

constexpr Command kCommands[] = {
#define GCFUZZ_COMMAND(name, handler, synopsis, summary) \
  {#name, DispatchFor<handler>(), synopsis, summary},
#include "cli/commands.def"
#undef GCFUZZ_COMMAND
};

const Command* FindCommand(std::string_view name) {
  for (const Command& c : kCommands) {
    if (NameOf(c) == name) return &c;
  }
  return nullptr;
}

using cli::Plain;
using cli::Wrap;

// `gcfuzz COMMAND --help` for a command the ./gcfuzz wrapper runs: its
// synopsis and summary (its flags are its script's); nothing is run.
int WrapperCommandHelp(const Command& c) {
  std::cout << "usage: gcfuzz " << Plain(c.synopsis) << "\n\n"
            << Wrap(Plain(c.summary), 78, 0) << "\n";
  return kExitOk;
}

std::string UsageText() {
  std::string s =
      "usage: gcfuzz COMMAND [ARGS]     (gcfuzz COMMAND --help: one "
      "command)\n       gcfuzz --version\n\nPrograms are gcops text (see "
      "docs/gcops.md); fuzz inputs are its binary\nform "
      "(docs/binary-form.md).\n\ncommands:\n";
  for (const Command& c : kCommands) {
    s += "  " + Plain(c.synopsis) + "\n      " + Wrap(Plain(c.summary), 72, 6) +
         "\n";
  }
  s += "\nexit status: 0 ok, 1 expectation failed, backends diverged or a "
       "finding,\n             2 bad input, misuse or usage\n";
  return s;
}

// The README's command table (tests/cli/cli_test.cc compares them).
std::string MarkdownTable() {
  std::string s = "| command | what it does |\n|---|---|\n";
  for (const Command& c : kCommands) {
    s += std::string("| `./gcfuzz ") + c.synopsis + "` | " + c.summary + " |\n";
  }
  return s;
}

// Bad usage before a command is known: one line, as cli::UsageError.
int TopLevelUsageError(const std::string& why) {
  std::cerr << "gcfuzz: " << why << " (see 'gcfuzz --help')\n";
  return kExitBadInput;
}

// Reads and parses one gcops text file (`-`: standard input, named
// `<stdin>` in messages); reports errors on stderr. `text_out`, if given,
// receives the text (standard input can be read only once).
// Why a file did not load: the message printed in text form, and the
// parse error when it was one.
struct LoadError {
  std::string message;
  std::optional<gcops::ParseError> parse;
};

// With `error`, the message goes there instead of stderr (--format=json).
std::optional<gcops::Program> Load(const std::string& path,
                                   std::string* text_out = nullptr,
                                   LoadError* error = nullptr) {
  std::string read_error;
  auto text = ReadInputFile(path, error != nullptr ? &read_error : nullptr);
  if (!text) {
    if (error != nullptr) error->message = read_error;
    return std::nullopt;
  }
  if (text_out != nullptr) *text_out = *text;
  gcops::Program program;
  gcops::ParseError parse;
  if (!gcops::Parse(*text, path == "-" ? "<stdin>" : path, &program, &parse)) {
    if (error == nullptr) {
      std::cerr << parse.ToString() << "\n";
    } else {
      *error = {parse.ToString(), parse};
    }
    return std::nullopt;
  }
  return program;
}

std::string DisplayName(const std::string& path) {
  return path == "-" ? "<stdin>" : path;
}

// `check --format=json`: {"files": [{"file", "status", "statements" or
// "error"}]}.
int CheckJson(const cli::CheckFlags& flags) {
  nlohmann::ordered_json doc = cli::JsonDocument("check");
  nlohmann::ordered_json files = nlohmann::ordered_json::array();
  int status = kExitOk;
  for (const auto& f : flags.files) {
    nlohmann::ordered_json entry = {{"file", DisplayName(f)}};
    LoadError error;
    if (auto p = Load(f, nullptr, &error)) {
      entry["status"] = kExitOk;
      entry["statements"] = gcops::CountStatements(*p);
    } else {
      entry["status"] = kExitBadInput;
      entry["error"] = cli::FileErrorJson(error.message, error.parse);
      status = kExitBadInput;
    }
    files.push_back(entry);
  }
  doc["status"] = status;
  doc["files"] = files;
  cli::PrintJson(doc);
  return status;
}

int Check(const cli::CheckFlags& flags) {
  if (flags.format == cli::OutputFormat::kJson) return CheckJson(flags);
  const std::vector<std::string>& files = flags.files;
  int status = kExitOk;
  for (const auto& f : files) {
    auto p = Load(f);
    if (!p) {
      status = kExitBadInput;
      continue;
    }
    std::cout << (f == "-" ? "<stdin>" : f) << ": ok ("
              << gcops::CountStatements(*p) << " statements)\n";
  }
  return status;
}

int Fmt(const cli::FmtFlags& flags) {
  auto p = Load(flags.file);
  if (!p) return kExitBadInput;
  std::cout << gcops::Print(*p);
  return kExitOk;
}

int EncodeCmd(const cli::EncodeFlags& flags) {
  auto p = Load(flags.file);
  if (!p) return kExitBadInput;
  const std::vector<uint8_t> bytes = gcops::Encode(*p);
  std::fwrite(bytes.data(), 1, bytes.size(), stdout);
  return kExitOk;
}

int DecodeCmd(const cli::DecodeFlags& flags) {
  auto bytes = ReadInputFile(flags.file);
  if (!bytes) return kExitBadInput;
  const gcops::Program p = gcops::Decode(std::span<const uint8_t>(
      reinterpret_cast<const uint8_t*>(bytes->data()), bytes->size()));
  std::cout << gcops::Print(p);
  return kExitOk;
}

// Prints a run's failures and misuse; returns its exit status.
int Report(const std::string& file, const gcops::RunResult& r,
           const std::string& prefix) {
  for (const auto& f : r.failures) {
    std::cerr << prefix << gcops::FormatFailure(file, f) << "\n";
  }
  if (r.misuse) {
    std::cerr << prefix << gcops::FormatMisuse(file, *r.misuse) << "\n";
    return kExitBadInput;
  }
  return r.failures.empty() ? kExitOk : kExitFinding;
}

int RunOne(const std::string& file, const gcops::Program& program,
           const std::vector<std::string>& backend_names,
           const std::string& collector_mode, bool trace) {
  std::vector<gcops::RunResult> results;
  for (const auto& name : backend_names) {
    auto backend = differential::MakeBackend(name, collector_mode);
    results.push_back(gcops::Run(program, *backend));
    if (trace) {
      std::cout << "# trace of " << file << " on " << name << "\n"
                << results.back().trace.ToString();
    }
  }
  int status = kExitOk;
  for (size_t i = 0; i < results.size(); ++i) {
    const std::string prefix =
        results.size() > 1 ? "[" + backend_names[i] + "] " : "";
    status = std::max(status, Report(file, results[i], prefix));
  }
  if (results.size() == 2) {
    if (auto v = differential::CompareRunsVerdict(
            {backend_names[0], results[0]}, {backend_names[1], results[1]},
            differential::VerdictKind::kDivergence)) {
      std::cerr << file << ": backends diverged: "
                << v->body.substr(0, v->body.find('\n')) << "\n"
                << v->Report();
      status = std::max<int>(status, kExitFinding);
    }
  }
  if (status == kExitOk) {
    std::cout << file << ": ok (" << results[0].stmts_run << " statements, "
              << results[0].trace.events.size() << " events)\n";
  }
  return status;
}

// `both`, and a comma-separated list, as backend names.
std::vector<std::string> SplitBackends(const std::string& spec) {
  std::vector<std::string> names;
  size_t at = 0;
  while (at <= spec.size()) {
    size_t comma = spec.find(',', at);
    // exec:COMMAND may hold commas only as the last name.
    if (spec.compare(at, 5, "exec:") == 0) comma = std::string::npos;
    const std::string n =
        spec.substr(at, comma == std::string::npos ? comma : comma - at);
    if (n == "both") {
      names.insert(names.end(), {"collector", "cpython"});
    } else if (n == "collector@3.11") {
      names.push_back("collector");  // the model is 3.11's (issue 14: more)
    } else {
      names.push_back(n);
    }
    if (comma == std::string::npos) break;
    at = comma + 1;
  }
  return names;
}

// `run --format=json`: every file on every backend through
// cli/run_backends.h (the in-process pair too), as one document.
int RunJson(const std::vector<std::string>& files,
            const std::vector<std::string>& names,
            const std::string& collector_mode) {
  nlohmann::ordered_json doc = cli::JsonDocument("run");
  doc["backends"] = names;
  doc["collector"] = collector_mode;
  nlohmann::ordered_json entries = nlohmann::ordered_json::array();
  int status = kExitOk;
  for (const auto& f : files) {
    std::string text;
    LoadError error;
    auto p = Load(f, &text, &error);
    if (!p) {
      entries.push_back(
          {{"file", DisplayName(f)},
           {"status", kExitBadInput},
           {"verdict", "bad-input"},
           {"error", cli::FileErrorJson(error.message, error.parse)}});
      status = std::max<int>(status, kExitBadInput);
      continue;
    }
    const cli::FileRun run =
        cli::RunFile(DisplayName(f), text, *p, names, collector_mode);
    entries.push_back(cli::FileRunJson(run, *p));
    status = std::max(status, run.status);
  }
  doc["status"] = status;
  doc["files"] = entries;
  cli::PrintJson(doc);
  return status;
}

int RunCmd(const cli::RunFlags& flags) {
  const std::string backend = flags.backend.value_or("");
  const std::string collector_mode = flags.collector.value_or("classic");
  const bool trace = flags.trace;
  const std::vector<std::string>& files = flags.files;
  const auto available = differential::AvailableBackends();
  if (available.empty()) {
    std::cerr << "gcfuzz run: no backend is built into this binary yet\n";
    return kExitBadInput;
  }
  std::vector<std::string> names = backend.empty()
                                       ? std::vector<std::string>{available[0]}
                                       : SplitBackends(backend);
  const auto modes = differential::CollectorModes();
  if (std::find(modes.begin(), modes.end(), collector_mode) == modes.end()) {
    std::string list;
    for (const auto& m : modes) list += " " + m;
    return cli::UsageError("run", "unknown collector mode '" + collector_mode +
                                      "'; expected one of:" + list);
  }
  if (!cli::CheckBackendNames(names)) return kExitBadInput;
  // A name that exists may still not run in this mode (a version profile
  // is the classic collector's; `--collector=ft` is 3.13t's own).
  for (const auto& n : names) {
    if (differential::worker::IsWorkerName(n)) continue;
    if (!differential::MakeBackend(n, collector_mode)) {
      return cli::UsageError(
          "run", "backend '" + n +
                     "' does not run with --collector=" + collector_mode +
                     " (a version profile collector@V is the classic "
                     "collector of that version)");
    }
  }
  // The in-process pair keeps its full verdict report (repro's shape);
  // any other mix is compared by cli/run_backends.h.
  bool mixed = names.size() > 2;
  for (const auto& n : names) {
    mixed = mixed || differential::worker::IsWorkerName(n);
  }
  if (flags.format == cli::OutputFormat::kJson) {
    return RunJson(files, names, collector_mode);
  }
  int status = kExitOk;
  for (const auto& f : files) {
    std::string text;
    auto p = Load(f, &text);
    if (!p) {
      status = std::max<int>(status, kExitBadInput);
      continue;
    }
    const std::string name = f == "-" ? "<stdin>" : f;
    if (mixed) {
      status = std::max(status, cli::RunOnBackends(name, text, *p, names,
                                                   collector_mode, trace));
    } else {
      status = std::max(status, RunOne(name, *p, names, collector_mode, trace));
    }
  }
  return status;
}

// `repro`: the text form is triage's; the JSON form carries the same
// verdict, with a read or parse error as the document's "error".
int ReproCmd(const cli::ReproFlags& flags) {
  if (flags.format != cli::OutputFormat::kJson) return ReproCommand(flags);
  const auto options = ReproOptionsFor(flags);
  if (!options) return kExitBadInput;
  std::string error;
  const auto loaded = LoadProgramFile(flags.file, &error);
  if (!loaded) {
    nlohmann::ordered_json doc = cli::JsonDocument("repro");
    doc["file"] = flags.file;
    doc["status"] = kExitBadInput;
    doc["error"] = cli::FileErrorJson(error, std::nullopt);
    cli::PrintJson(doc);
    return kExitBadInput;
  }
  const Judgement j = JudgeProgram(loaded->program, *options);
  const int status = ReproExitStatus(j.verdict);
  cli::PrintJson(cli::ReproJson(*loaded, j, *options, status));
  return status;
}

int BackendsCmd(const cli::BackendsFlags&) { return cli::ListBackends(); }

}  // namespace

int Main(int argc, char** argv) {
  if (argc < 2) return TopLevelUsageError("missing COMMAND");
  const std::string cmd = argv[1];
  std::vector<std::string> args(argv + 2, argv + argc);
  if (cmd == "-h" || cmd == "--help") {
    std::cout << UsageText();
    return kExitOk;
  }
  if (cmd == "--version") {
    std::cout << "gcfuzz " << GCFUZZ_VERSION << "\n";
    return kExitOk;
  }
  if (cmd == "help") {
    if (args.size() == 1 && args[0] == "--markdown") {
      std::cout << MarkdownTable();
      return kExitOk;
    }
    if (args.empty()) {
      std::cout << UsageText();
      return kExitOk;
    }
    const Command* c = args.size() == 1 ? FindCommand(args[0]) : nullptr;
    if (c == nullptr) {
      return TopLevelUsageError("help takes one COMMAND or --markdown");
    }
    if (c->dispatch != nullptr) return c->dispatch(*c, {"--help"});
    return WrapperCommandHelp(*c);
  }
  if (cmd.size() > 1 && cmd[0] == '-') {
    return TopLevelUsageError("unknown option '" + cmd + "'");
  }
  const Command* c = FindCommand(cmd);
  if (c == nullptr) return TopLevelUsageError("unknown command '" + cmd + "'");
  if (c->dispatch != nullptr) return c->dispatch(*c, args);
  for (const std::string& a : args) {
    if (a == "-h" || a == "--help") return WrapperCommandHelp(*c);
  }
  return TopLevelUsageError("'" + cmd +
                            "' is run by the ./gcfuzz wrapper script");
}

}  // namespace gcfuzz::triage

int main(int argc, char** argv) { return gcfuzz::triage::Main(argc, argv); }
