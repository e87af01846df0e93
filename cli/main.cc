// cli/main.cc — the `gcfuzz` command line.
//
// Exit codes, for every subcommand:
//   0  success
//   1  an expectation failed, or two backends diverged
//   2  bad input (FILE:LINE:COL: what was expected) or bad usage, or a
//      top-level misuse in a program (FILE:LINE: message)
// The shell wrapper ./gcfuzz builds this binary and handles `test` and
// `campaign` itself.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "differential/backends.h"
#include "differential/compare.h"
#include "differential/verdict.h"
#include "gcops/binary.h"
#include "gcops/parser.h"
#include "gcops/printer.h"
#include "gcops/runner.h"
#include "report/report.h"
#include "triage/dot.h"
#include "triage/export_python.h"
#include "triage/minimize.h"
#include "triage/repro.h"

namespace gcfuzz::triage {
namespace {

using report::kExitBadInput;
using report::kExitFinding;
using report::kExitOk;

constexpr const char* kUsage = R"(usage: gcfuzz COMMAND [ARGS]

Programs are gcops text (see docs/gcops.md); fuzz inputs are its binary form
(docs/binary-form.md).

commands:
  check FILE...            parse and validate gcops programs
  fmt FILE                 print FILE in canonical gcops text
  encode FILE              write FILE's binary form to stdout
  decode BYTESFILE         print any byte file as a gcops program
  run [--backend=NAME] [--collector=MODE] [--trace] FILE...
                           execute programs; NAME is one of the built
                           backends (see `gcfuzz backends`) or `both`
                           (collector and cpython, traces compared); MODE
                           is the collector's algorithm: `classic` (CPython
                           3.11, the default) or `ft` (3.13t's free-threaded
                           collector)
  backends                 list the backends built into this binary
  repro [--backend=NAME] [--no-oracle] FILE
                           reproduce a crash file (binary form) or a gcops
                           text file on every backend: the program, the
                           verdict, both traces side by side, and a stable
                           `SUMMARY: gcfuzz: <kind> <detail>` line
  minimize FILE [-o OUT]   shrink FILE to the smallest program with the same
                           repro signature; gcops text to stdout or OUT
  export --python FILE [-o OUT]
                           a standalone python3 script that runs FILE on the
                           real interpreter and prints its trace (no free
                           events), checking its expectations
  export --gtest FILE [-o OUT] [--name NAME]
                           a GoogleTest case pinning FILE's collector trace
  dot FILE [--at LINE] [--svg OUT | --png OUT]
                           the collector's heap graph (Graphviz DOT) at the
                           start of the last collection, or after LINE;
                           --svg/--png render it when Graphviz is installed
  test                     build and run the whole test suite (./gcfuzz)
  campaign [--seconds=N]   run the fuzzing campaign (./gcfuzz)

exit status: 0 ok, 1 expectation failed or backends diverged,
             2 bad input, misuse or usage
)";

int Usage(const std::string& why) {
  std::cerr << "gcfuzz: " << why << "\n\n" << kUsage;
  return kExitBadInput;
}

std::optional<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << path << ": cannot read: " << std::strerror(errno) << "\n";
    return std::nullopt;
  }
  return std::string(std::istreambuf_iterator<char>(in),
                     std::istreambuf_iterator<char>());
}

// Reads and parses one gcops text file; reports errors on stderr.
std::optional<gcops::Program> Load(const std::string& path) {
  auto text = ReadFile(path);
  if (!text) return std::nullopt;
  gcops::Program program;
  gcops::ParseError error;
  if (!gcops::Parse(*text, path, &program, &error)) {
    std::cerr << error.ToString() << "\n";
    return std::nullopt;
  }
  return program;
}

int Check(const std::vector<std::string>& files) {
  if (files.empty()) return Usage("check needs at least one FILE");
  int status = kExitOk;
  for (const auto& f : files) {
    auto p = Load(f);
    if (!p) {
      status = kExitBadInput;
      continue;
    }
    std::cout << f << ": ok (" << gcops::CountStatements(*p)
              << " statements)\n";
  }
  return status;
}

int Fmt(const std::vector<std::string>& files) {
  if (files.size() != 1) return Usage("fmt takes exactly one FILE");
  auto p = Load(files[0]);
  if (!p) return kExitBadInput;
  std::cout << gcops::Print(*p);
  return kExitOk;
}

int EncodeCmd(const std::vector<std::string>& files) {
  if (files.size() != 1) return Usage("encode takes exactly one FILE");
  auto p = Load(files[0]);
  if (!p) return kExitBadInput;
  const std::vector<uint8_t> bytes = gcops::Encode(*p);
  std::fwrite(bytes.data(), 1, bytes.size(), stdout);
  return kExitOk;
}

int DecodeCmd(const std::vector<std::string>& files) {
  if (files.size() != 1) return Usage("decode takes exactly one BYTESFILE");
  auto bytes = ReadFile(files[0]);
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

int RunCmd(const std::vector<std::string>& args) {
  std::string backend;
  std::string collector_mode = "classic";
  bool trace = false;
  std::vector<std::string> files;
  for (const auto& a : args) {
    if (a.rfind("--backend=", 0) == 0) {
      backend = a.substr(10);
    } else if (a.rfind("--collector=", 0) == 0) {
      collector_mode = a.substr(12);
    } else if (a == "--trace") {
      trace = true;
    } else if (a.rfind("--", 0) == 0) {
      return Usage("run: unknown option '" + a + "'");
    } else {
      files.push_back(a);
    }
  }
  const auto available = differential::AvailableBackends();
  if (available.empty()) {
    std::cerr << "gcfuzz: run: no backend is built into this binary yet\n";
    return kExitBadInput;
  }
  std::vector<std::string> names;
  if (backend.empty()) {
    names.push_back(available[0]);
  } else if (backend == "both") {
    names = {"collector", "cpython"};
  } else {
    names.push_back(backend);
  }
  const auto modes = differential::CollectorModes();
  if (std::find(modes.begin(), modes.end(), collector_mode) == modes.end()) {
    std::string list;
    for (const auto& m : modes) list += " " + m;
    return Usage("run: unknown collector mode '" + collector_mode +
                 "'; expected one of:" + list);
  }
  for (const auto& n : names) {
    if (!differential::MakeBackend(n)) {
      std::string list;
      for (const auto& a : available) list += " " + a;
      return Usage("run: backend '" + n + "' is not built; available:" + list +
                   (available.size() >= 2 ? " both" : ""));
    }
  }
  if (files.empty()) return Usage("run needs at least one FILE");
  int status = kExitOk;
  for (const auto& f : files) {
    auto p = Load(f);
    if (!p) {
      status = std::max<int>(status, kExitBadInput);
      continue;
    }
    status = std::max(status, RunOne(f, *p, names, collector_mode, trace));
  }
  return status;
}

int Backends() {
  for (const auto& n : differential::AvailableBackends())
    std::cout << n << "\n";
  return kExitOk;
}

}  // namespace

int Main(int argc, char** argv) {
  if (argc < 2) return Usage("missing COMMAND");
  const std::string cmd = argv[1];
  std::vector<std::string> args(argv + 2, argv + argc);
  if (cmd == "-h" || cmd == "--help" || cmd == "help") {
    std::cout << kUsage;
    return kExitOk;
  }
  if (cmd == "check") return Check(args);
  if (cmd == "fmt") return Fmt(args);
  if (cmd == "encode") return EncodeCmd(args);
  if (cmd == "decode") return DecodeCmd(args);
  if (cmd == "run") return RunCmd(args);
  if (cmd == "backends") return Backends();
  if (cmd == "repro") return ReproCommand(args);
  if (cmd == "minimize") return MinimizeCommand(args);
  if (cmd == "dot") return DotCommand(args);
  if (cmd == "export") return ExportCommand(args);
  if (cmd == "test" || cmd == "campaign") {
    return Usage("'" + cmd + "' is run by the ./gcfuzz wrapper script");
  }
  return Usage("unknown command '" + cmd + "'");
}

}  // namespace gcfuzz::triage

int main(int argc, char** argv) { return gcfuzz::triage::Main(argc, argv); }
