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
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <optional>
#include <regex>
#include <sstream>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "cli/flag_parser.h"
#include "cli/flags.h"
#include "cli/json_output.h"
#include "cli/run_backends.h"
#include "cli/target_repro.h"
#include "cli/trace_output.h"
#include "collector/collector_backend.h"
#include "differential/backends.h"
#include "differential/compare.h"
#include "differential/verdict.h"
#include "differential/worker/worker_names.h"
#include "fuzz/program_generator.h"
#include "gcops/binary.h"
#include "gcops/parser.h"
#include "gcops/printer.h"
#include "gcops/runner.h"
#include "gcops/trace_view.h"
#include "report/report.h"
#include "triage/dot.h"
#include "triage/export_gtest.h"
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
int GenerateCmd(const cli::GenerateFlags& flags);
int RunCmd(const cli::RunFlags& flags);
int ReproCmd(const cli::ReproFlags& flags);
int MinimizeCmd(const cli::MinimizeFlags& flags);
int ExportCmd(const cli::ExportFlags& flags);

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

// What `run` on `model` would stop on as misuse (spec 3.7), if anything.
// Misuse is a property of a run, not of the text alone: a body can rebind
// a name or grow a list before a top-level statement uses it, and when
// bodies run depends on the collector, so `check` runs the program on the
// model (in-process, deterministic, no interpreter needed).
std::optional<gcops::Misuse> FindMisuse(const gcops::Program& program,
                                        const std::string& model) {
  auto backend = differential::MakeBackend(model, "classic");
  if (!backend) return std::nullopt;  // no collector in this build
  if (auto* c = dynamic_cast<collector::CollectorBackend*>(backend.get())) {
    c->heap().set_debug_sink([](std::string_view) {});  // gc.set_debug text
  }
  return gcops::Run(program, *backend).misuse;
}

// The models a program is checked on: --backend's; else, as the corpus
// tests run it (tests/cli/CMakeLists.txt), the profile of each version its
// `# versions:` line names when that line leaves 3.11 out (a program
// pinning later versions only), and 3.11's otherwise.
std::vector<std::string> ModelsFor(const std::string& text,
                                   const std::optional<std::string>& chosen) {
  if (chosen) return {*chosen};
  static const std::regex kTag("(^|\n)# versions:([^\n]*)");
  std::smatch m;
  if (!std::regex_search(text, m, kTag)) return {"collector"};
  std::istringstream tagged(m[2].str());
  std::vector<std::string> named;
  for (std::string v; tagged >> v;) named.push_back(v);
  if (std::find(named.begin(), named.end(), "3.11") != named.end()) {
    return {"collector"};
  }
  std::vector<std::string> models;
  for (const auto& v : differential::CollectorVersions()) {
    if (std::find(named.begin(), named.end(), v) != named.end()) {
      models.push_back("collector@" + v);
    }
  }
  if (models.empty()) models.push_back("collector");
  return models;
}

// The first misuse on any of `models`, with the model it was found on.
std::optional<std::pair<gcops::Misuse, std::string>> FindMisuseOn(
    const gcops::Program& program, const std::vector<std::string>& models) {
  for (const auto& model : models) {
    if (auto m = FindMisuse(program, model)) return std::pair{*m, model};
  }
  return std::nullopt;
}

// `check --backend=NAME`: `collector` or a version profile `collector@V`
// (nullopt: not given); false after a usage error.
bool CheckModel(const cli::CheckFlags& flags,
                std::optional<std::string>* model) {
  if (!flags.backend) return true;
  const std::string& name = *flags.backend;
  std::string known = "collector";
  for (const auto& v : differential::CollectorVersions()) {
    if (name == "collector" || name == "collector@" + v) {
      *model = name == "collector@3.11" ? "collector" : name;
      return true;
    }
    known += ", collector@" + v;
  }
  cli::UsageError("check", "--backend must name the model (" + known +
                               "), not '" + name + "'");
  return false;
}

// `check --format=json`: {"files": [{"file", "status", "statements" or
// "error"}]}; misuse is an error with its line.
int CheckJson(const cli::CheckFlags& flags,
              const std::optional<std::string>& model) {
  nlohmann::ordered_json doc = cli::JsonDocument("check");
  nlohmann::ordered_json files = nlohmann::ordered_json::array();
  int status = kExitOk;
  for (const auto& f : flags.files) {
    nlohmann::ordered_json entry = {{"file", DisplayName(f)}};
    LoadError error;
    std::string text;
    if (auto p = Load(f, &text, &error)) {
      if (auto m = FindMisuseOn(*p, ModelsFor(text, model))) {
        entry["status"] = kExitBadInput;
        entry["error"] = {
            {"message", gcops::FormatMisuse(DisplayName(f), m->first)},
            {"line", m->first.loc.line}};
        status = kExitBadInput;
      } else {
        entry["status"] = kExitOk;
        entry["statements"] = gcops::CountStatements(*p);
      }
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
  std::optional<std::string> model;
  if (!CheckModel(flags, &model)) return kExitBadInput;
  if (flags.format == cli::OutputFormat::kJson) return CheckJson(flags, model);
  const std::vector<std::string>& files = flags.files;
  int status = kExitOk;
  for (const auto& f : files) {
    std::string text;
    auto p = Load(f, &text);
    if (!p) {
      status = kExitBadInput;
      continue;
    }
    if (auto m = FindMisuseOn(*p, ModelsFor(text, model))) {
      std::cerr << gcops::FormatMisuse(DisplayName(f), m->first)
                << " (misuse: `run` on " << m->second << " stops here)\n";
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

// The generator's program is printed as it makes it (not through Print):
// its text is what generator_fuzzer parsed and ran.
int GenerateCmd(const cli::GenerateFlags& flags) {
  auto bytes = ReadInputFile(flags.file);
  if (!bytes) return kExitBadInput;
  fuzz::ByteChoices choices(reinterpret_cast<const uint8_t*>(bytes->data()),
                            bytes->size());
  const std::string text = fuzz::GenerateProgram(choices);
  if (flags.out)
    return WriteOutputFile(*flags.out, text) ? kExitOk : kExitBadInput;
  std::cout << text;
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
  std::vector<gcops::TraceView> views;
  for (const auto& name : backend_names) {
    auto backend = differential::MakeBackend(name, collector_mode);
    results.push_back(gcops::Run(program, *backend));
    views.push_back(gcops::ViewOf(results.back().trace));
  }
  // Numbered from 0, as the divergence report below numbers events.
  if (trace) std::cout << cli::FormatTraces(file, backend_names, views, 0);
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
  // 3.13t's collector differs from every default build by design (one
  // generation, its own automatic collections, LIFO orders: collector/
  // DESIGN.md), so a trace comparison with another backend would report
  // those differences as divergences. What can be compared is compared by
  // the free-threaded cross-check, as sets, collection by collection.
  if (collector_mode != "classic" &&
      (names.size() != 1 || names[0] != "collector")) {
    return cli::UsageError(
        "run", "--collector=" + collector_mode +
                   " runs alone (--backend=collector): its traces differ "
                   "from every other backend's by design; `gcfuzz repro "
                   "--target=ft_cross_fuzzer FILE` compares what each "
                   "collection frees, finalizes and clears with the classic "
                   "collector and the oracle");
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
// `--target=NAME`: the target of the build's manifest, or nullopt when
// repro's own verdict is the target's (no --target, or a heap target
// judged in process); `*bad` after a usage error.
std::optional<cli::FuzzTarget> ReplayedTarget(
    std::string_view command, const std::optional<std::string>& name,
    bool* bad) {
  *bad = false;
  if (!name) return std::nullopt;
  auto target = cli::FindFuzzTarget(command, *name);
  if (!target) {
    *bad = true;
    return std::nullopt;
  }
  if (target->judged_in_process) return std::nullopt;
  return target;
}

// How a run on several backends diverges, as `minimize --backend` keeps
// it: "trace" (an event differs), "expectations" (same events, other
// expectation results), or "" (no divergence, or a side that misused,
// was refused or gave no answer: such a candidate is no longer the case).
std::string DivergenceKind(const cli::FileRun& run) {
  for (const auto& side : run.sides) {
    if (side.misuse || !side.answered) return "";
  }
  if (run.divergences.empty()) return "";
  return run.divergences.front().event > 0 ? "trace" : "expectations";
}

// Sends this process's stderr to /dev/null while it lives: the hundreds
// of candidate runs of a minimization would each print what `gc.set_debug`
// makes the collector and the interpreters print.
class StderrSilenced {
 public:
  StderrSilenced() : saved_(::dup(STDERR_FILENO)) {
    std::fflush(stderr);
    const int null = ::open("/dev/null", O_WRONLY);
    if (null >= 0) {
      ::dup2(null, STDERR_FILENO);
      ::close(null);
    }
  }
  ~StderrSilenced() {
    std::fflush(stderr);
    if (saved_ >= 0) {
      ::dup2(saved_, STDERR_FILENO);
      ::close(saved_);
    }
  }
  StderrSilenced(const StderrSilenced&) = delete;
  StderrSilenced& operator=(const StderrSilenced&) = delete;

 private:
  int saved_;
};

// `minimize --backend=A,B FILE`: a program those backends still diverge on.
int MinimizeOnBackends(const cli::MinimizeFlags& flags) {
  const std::vector<std::string> names = SplitBackends(*flags.backend);
  if (names.empty()) {
    return cli::UsageError("minimize", "--backend names no backend");
  }
  if (!cli::CheckBackendNames(names, "minimize")) return kExitBadInput;
  std::string text;
  auto program = Load(flags.file, &text);
  if (!program) return kExitBadInput;
  const std::string name = DisplayName(flags.file);
  const auto kind_of = [&](const gcops::Program& p) {
    return DivergenceKind(
        cli::RunFile(name, gcops::Print(p), p, names, "classic"));
  };
  std::optional<StderrSilenced> quiet(std::in_place);
  const std::string kind =
      DivergenceKind(cli::RunFile(name, text, *program, names, "classic"));
  quiet.reset();
  if (kind.empty()) {
    std::cerr << "gcfuzz minimize: " << name << " does not diverge on "
              << *flags.backend
              << " (or a side misused or gave no answer): nothing to keep\n";
    return kExitBadInput;
  }
  MinimizeOptions options;
  if (auto keep = KeepLines(*program, flags.keep, name)) {
    options.keep_lines = std::move(*keep);
  } else {
    return kExitBadInput;
  }
  MinimizeStats stats;
  quiet.emplace();
  const auto small = Minimize(
      *program, [&](const gcops::Program& p) { return kind_of(p) == kind; },
      options, &stats);
  quiet.reset();
  if (!small) {
    std::cerr << "gcfuzz minimize: the canonical form of " << name
              << " does not diverge the same way\n";
    return kExitBadInput;
  }
  const std::string out = gcops::Print(*small);
  if (flags.out) {
    if (!WriteOutputFile(*flags.out, out)) return kExitBadInput;
  } else {
    std::cout << out;
  }
  std::cerr << "gcfuzz minimize: " << stats.statements_before << " -> "
            << stats.statements_after << " statements (" << stats.tests
            << " runs on " << *flags.backend << ")\nkept: a divergence in the "
            << kind << " between " << names[0] << " and the others\n";
  return kExitOk;
}

// `export --gtest`: the reference interpreter's run of FILE, pinned in a
// GoogleTest case that checks the model's profile of that version
// (triage/export_gtest.h).
int ExportGtestCmd(const cli::ExportFlags& flags) {
  const auto available = differential::AvailableBackends();
  const bool embedded = std::find(available.begin(), available.end(),
                                  "cpython") != available.end();
  const std::string reference =
      flags.backend.value_or(embedded ? "cpython" : "cpython@3.11");
  std::string version;
  if (reference == "cpython") {
    version = "3.11";
  } else if (reference.rfind("cpython@", 0) == 0) {
    version = reference.substr(8);
  }
  const auto versions = differential::CollectorVersions();
  if (std::find(versions.begin(), versions.end(), version) == versions.end()) {
    return cli::UsageError(
        "export",
        "--backend must be a real CPython the model has a profile "
        "of (cpython, cpython@3.11 ... cpython@3.15), not '" +
            reference + "'");
  }
  if (!cli::CheckBackendNames({reference}, "export")) return kExitBadInput;
  std::string text;
  auto program = Load(flags.file, &text);
  if (!program) return kExitBadInput;
  const std::string name = DisplayName(flags.file);
  const cli::FileRun run =
      cli::RunFile(name, text, *program, {reference}, "classic");
  const cli::SideRun& side = run.sides.front();
  if (!side.answered) {
    std::cerr << "gcfuzz export: " << name << ": " << reference
              << " gave no answer (" << side.outcome << ")\n";
    return kExitBadInput;
  }
  ReferenceRun expected;
  expected.version = version;
  expected.reference =
      reference == "cpython" ? "the embedded CPython 3.11" : reference;
  for (const std::string& e : side.trace) {
    if (e.rfind("free ", 0) != 0) expected.events.push_back(e);
  }
  for (const auto& f : side.failures) expected.failed_lines.push_back(f.line);
  if (side.misuse) expected.misuse_line = side.misuse->line;
  const size_t slash = name.find_last_of('/');
  const std::string base =
      slash == std::string::npos ? name : name.substr(slash + 1);
  const std::string test = ExportGtest(
      *program, flags.name.value_or(TestNameFromFile(base)), base, expected);
  if (flags.out)
    return WriteOutputFile(*flags.out, test) ? kExitOk : kExitBadInput;
  std::cout << test;
  return kExitOk;
}

int ExportCmd(const cli::ExportFlags& flags) {
  if (flags.canonical && !flags.python) {
    return cli::UsageError("export", "--canonical is a --python form");
  }
  if (flags.gtest && !flags.python) return ExportGtestCmd(flags);
  return ExportCommand(flags);
}

int MinimizeCmd(const cli::MinimizeFlags& flags) {
  if (flags.backend && flags.target) {
    return cli::UsageError("minimize",
                           "--backend and --target keep different things: "
                           "give one");
  }
  // One backend: repro's signature there (an oracle finding on
  // collector@V); several: a divergence between them.
  if (flags.backend) {
    const std::vector<std::string> names = SplitBackends(*flags.backend);
    if (names.size() == 1) {
      if (!cli::CheckBackendNames(names, "minimize")) return kExitBadInput;
      return MinimizeCommand(flags);
    }
  }
  if (flags.backend) return MinimizeOnBackends(flags);
  bool bad = false;
  const auto target = ReplayedTarget("minimize", flags.target, &bad);
  if (bad) return kExitBadInput;
  if (target) return cli::MinimizeOnTarget(*target, flags);
  return MinimizeCommand(flags);
}

int ReproCmd(const cli::ReproFlags& flags) {
  bool bad = false;
  const auto target = ReplayedTarget("repro", flags.target, &bad);
  if (bad) return kExitBadInput;
  if (target) return cli::ReproOnTarget(*target, flags);
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
