#include "triage/repro.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "differential/backends.h"
#include "differential/compare.h"
#include "gcops/binary.h"
#include "gcops/parser.h"
#include "gcops/printer.h"
#include "gcops/trace_view.h"
#include "report/report.h"
#include "triage/files.h"
#if GCFUZZ_HAVE_ORACLE_CHECK
#include "oracle/collector_check.h"
#endif

namespace gcfuzz::triage {
namespace {

using report::kExitBadInput;
using report::kExitFinding;
using report::kExitOk;

bool IsValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    size_t extra = 0;
    if (c < 0x80) {
      extra = 0;
    } else if ((c >> 5) == 0x6) {
      extra = 1;
    } else if ((c >> 4) == 0xe) {
      extra = 2;
    } else if ((c >> 3) == 0x1e) {
      extra = 3;
    } else {
      return false;
    }
    if (s.size() - i - 1 < extra) return false;
    for (size_t k = 1; k <= extra; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) >> 6) != 0x2) return false;
    }
    i += extra + 1;
  }
  return true;
}

// The last events of the trace every backend agrees on, shown once (each
// with its line and body nesting, gcops/trace_view.h).
std::string TailOfTraces(const std::vector<BackendRun>& runs) {
  if (runs.empty()) return "";
  const gcops::TraceView view = gcops::ViewOf(runs[0].result.trace);
  const size_t from = view.size() > 9 ? view.size() - 9 : 0;
  std::string names;
  for (const BackendRun& r : runs) {
    names += (names.empty() ? "" : ", ") + r.name;
  }
  std::string out = "trace on " + names +
                    (runs.size() > 1 ? " (they agree)" : "") +
                    (from > 0 ? ", its last 9 events:\n" : ":\n");
  for (size_t i = from; i < view.size(); ++i) {
    out += gcops::FormatViewRow(view[i]) + "\n";
  }
  return out;
}

std::optional<Verdict> CompareRuns(const BackendRun& a, const BackendRun& b,
                                   VerdictKind kind,
                                   const std::string& prefix) {
  return differential::CompareRunsVerdict({a.name, a.result},
                                          {b.name, b.result}, kind, prefix);
}

std::optional<Verdict> AgreedProblems(const std::vector<BackendRun>& runs,
                                      const std::string& file) {
  const gcops::RunResult& r = runs[0].result;
  if (r.misuse) {
    return differential::MakeVerdict(
        VerdictKind::kMisuse, gcops::FormatMisuse(file, *r.misuse),
        r.misuse->message,
        gcops::FormatMisuse(file, *r.misuse) + "\n" + TailOfTraces(runs));
  }
  if (!r.failures.empty()) {
    std::string body;
    for (const auto& f : r.failures)
      body += gcops::FormatFailure(file, f) + "\n";
    return differential::MakeVerdict(VerdictKind::kExpectationFailed,
                                     gcops::FormatFailure(file, r.failures[0]),
                                     r.failures[0].message,
                                     body + TailOfTraces(runs));
  }
  return std::nullopt;
}

std::vector<std::string> ChosenBackends(const ReproOptions& o) {
  return o.backends.empty() ? differential::AvailableBackends() : o.backends;
}

std::unique_ptr<gcops::Backend> Make(const ReproOptions& o,
                                     std::string_view name) {
  return o.make_backend_for_testing ? o.make_backend_for_testing(name)
                                    : differential::MakeBackend(name);
}

}  // namespace

LoadedProgram LoadProgramBytes(std::string_view bytes, std::string_view file) {
  LoadedProgram out;
  if (IsValidUtf8(bytes)) {
    gcops::ParseError error;
    if (gcops::Parse(bytes, file, &out.program, &error)) {
      out.from_text = true;
      return out;
    }
  }
  out.program = gcops::Decode(std::span<const uint8_t>(
      reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size()));
  return out;
}

std::optional<LoadedProgram> LoadProgramFile(const std::string& path,
                                             std::string* error) {
  const auto bytes = ReadInputFile(path, error);
  if (!bytes) return std::nullopt;
  // A .gcops file is text, strictly: a syntax error is bad input, never an
  // unrelated program decoded from its bytes.
  if (path.size() >= 6 && path.compare(path.size() - 6, 6, ".gcops") == 0) {
    LoadedProgram out;
    gcops::ParseError parse_error;
    if (!gcops::Parse(*bytes, path, &out.program, &parse_error)) {
      if (error != nullptr) {
        *error = parse_error.ToString();
      } else {
        std::cerr << parse_error.ToString() << "\n";
      }
      return std::nullopt;
    }
    out.from_text = true;
    return out;
  }
  return LoadProgramBytes(*bytes, path);
}

bool OracleAvailable() {
#if GCFUZZ_HAVE_ORACLE_CHECK
  return true;
#else
  return false;
#endif
}

Judgement JudgeProgram(const gcops::Program& program,
                       const ReproOptions& options) {
  Judgement j;
  gcops::RunOptions ro;
  ro.max_body_steps = options.max_body_steps;
  std::optional<Verdict> oracle;
  for (const std::string& name : ChosenBackends(options)) {
#if GCFUZZ_HAVE_ORACLE_CHECK
    const collector::VersionRules* rules =
        name == "collector" ? &collector::kPython3_11
        : name.rfind("collector@", 0) == 0
            ? collector::FindVersionProfile(std::string_view(name).substr(10))
            : nullptr;
    if (rules != nullptr && options.use_oracle &&
        !options.make_backend_for_testing) {
      oracle::CheckedCollectorBackend checked(*rules);
      if (options.prepare_oracle_for_testing) {
        options.prepare_oracle_for_testing(checked);
      }
      j.runs.push_back({name, gcops::Run(program, checked, ro)});
      if (const auto& f = checked.finding()) {
        oracle = differential::OracleMismatchVerdict(
            oracle::FindingName(f->kind), f->detail, f->context);
      }
      continue;
    }
#endif
    auto backend = Make(options, name);
    if (!backend) continue;
    j.runs.push_back({name, gcops::Run(program, *backend, ro)});
  }
  if (j.runs.empty()) return j;
  if (oracle) {
    j.verdict = *oracle;
    return j;
  }
  for (size_t i = 1; i < j.runs.size(); ++i) {
    if (auto v =
            CompareRuns(j.runs[0], j.runs[i], VerdictKind::kDivergence, "")) {
      j.verdict = *v;
      return j;
    }
  }
  if (options.check_determinism) {
    for (const BackendRun& first : j.runs) {
      if (first.name.rfind("collector", 0) != 0) continue;
      auto backend = Make(options, first.name);
      BackendRun again{"second run", gcops::Run(program, *backend, ro)};
      BackendRun once{"first run", first.result};
      if (auto v = CompareRuns(once, again, VerdictKind::kNondeterminism,
                               first.name)) {
        j.verdict = *v;
        return j;
      }
    }
  }
  if (auto v = AgreedProblems(j.runs, options.file)) {
    j.verdict = *v;
    return j;
  }
  j.verdict =
      differential::MakeVerdict(VerdictKind::kOk, "", "", TailOfTraces(j.runs));
  return j;
}

std::string FormatRepro(const LoadedProgram& loaded, const Judgement& j,
                        const ReproOptions& options) {
  std::ostringstream os;
  os << "== program: " << options.file << " ("
     << (loaded.from_text ? "gcops text" : "binary form, decoded") << ", "
     << gcops::CountStatements(loaded.program) << " statements)\n"
     << gcops::Print(loaded.program);
  os << "== runs (body budget " << options.max_body_steps << " statements)\n";
  for (const BackendRun& r : j.runs) {
    os << r.name
       << (r.name.rfind("collector", 0) == 0 && options.use_oracle &&
                   OracleAvailable()
               ? " (checked by the oracle)"
               : "")
       << ": " << r.result.stmts_run << " statements run, "
       << r.result.trace.events.size() << " events, "
       << r.result.failures.size() << " failed expectations"
       << (r.result.misuse ? ", stopped on misuse" : "") << "\n";
  }
  os << "== verdict\n";
  if (j.verdict.ok()) {
    os << j.verdict.body;
    if (!j.verdict.body.empty() && j.verdict.body.back() != '\n') os << "\n";
    os << j.verdict.SummaryLine() << "\n";
  } else {
    os << j.verdict.Report();
  }
  return os.str();
}

std::optional<ReproOptions> ReproOptionsFor(const cli::ReproFlags& flags) {
  ReproOptions options;
  for (const std::string& name : flags.backend) {
    if (name != "both" && !differential::MakeBackend(name)) {
      cli::UsageError("repro", "backend '" + name + "' is not built here");
      return std::nullopt;
    }
    if (name != "both") options.backends.push_back(name);
  }
  options.use_oracle = !flags.no_oracle;
  options.file = flags.file;
  if (differential::AvailableBackends().empty()) {
    std::cerr << "gcfuzz repro: no backend is built into this binary\n";
    return std::nullopt;
  }
  return options;
}

int ReproExitStatus(const Verdict& verdict) {
  // A misuse is bad input, as for `gcfuzz run`.
  if (verdict.kind == VerdictKind::kMisuse) return kExitBadInput;
  return verdict.ok() ? kExitOk : kExitFinding;
}

int ReproCommand(const cli::ReproFlags& flags) {
  const auto options = ReproOptionsFor(flags);
  if (!options) return kExitBadInput;
  const auto file = LoadProgramFile(flags.file);
  if (!file) return kExitBadInput;
  const Judgement j = JudgeProgram(file->program, *options);
  std::cout << FormatRepro(*file, j, *options);
  return ReproExitStatus(j.verdict);
}

}  // namespace gcfuzz::triage
