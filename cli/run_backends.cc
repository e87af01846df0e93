#include "cli/run_backends.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <map>
#include <memory>
#include <sstream>

#include "differential/backends.h"
#include "differential/worker/worker_names.h"
#include "gcops/runner.h"
#include "report/report.h"
#include "translation/python_translation.h"

#if GCFUZZ_HAVE_WORKERS
#include "differential/worker/worker_backends.h"
#include "differential/worker/worker_client.h"
#endif

namespace gcfuzz::cli {
namespace {

using report::kExitBadInput;
using report::kExitFinding;
using report::kExitOk;
namespace wk = differential::worker;

[[maybe_unused]] constexpr const char* kNoWorkers =
    "this gcfuzz was built without worker backends (GCFUZZ_WITH_WORKERS=OFF, "
    "or Boost.Filesystem or nlohmann/json missing: scripts/setup.sh "
    "installs them; then rebuild)";

// "FILE:LINE: message" as (LINE, message); line 0 with the whole text
// when it is not in that shape.
SideRun::Located Locate(const std::string& file, const std::string& text) {
  SideRun::Located out{0, text};
  if (text.rfind(file + ":", 0) != 0) return out;
  size_t at = file.size() + 1, end = at;
  uint32_t line = 0;
  while (end < text.size() && text[end] >= '0' && text[end] <= '9' &&
         line < 100000000) {
    line = line * 10 + static_cast<uint32_t>(text[end++] - '0');
  }
  if (end == at || text.compare(end, 2, ": ") != 0) return out;
  return {line, text.substr(end + 2)};
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> out;
  std::stringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty()) out.push_back(line);
  }
  return out;
}

SideRun RunInProcess(const std::string& file, const gcops::Program& program,
                     const std::string& name, const std::string& mode) {
  SideRun side;
  side.name = name;
  auto backend = differential::MakeBackend(name, mode);
  const gcops::RunResult r = gcops::Run(program, *backend);
  side.trace = Lines(r.trace.ToString());
  for (const auto& f : r.failures) {
    side.messages.push_back(gcops::FormatFailure(file, f));
    side.failures.push_back({f.loc.line, f.message});
  }
  if (r.misuse) {
    side.messages.push_back(gcops::FormatMisuse(file, *r.misuse));
    side.misuse = SideRun::Located{r.misuse->loc.line, r.misuse->message};
    side.status = kExitBadInput;
  } else if (!r.failures.empty()) {
    side.status = kExitFinding;
  }
  return side;
}

#if GCFUZZ_HAVE_WORKERS
// How long one program may take on a worker before it is a hang:
// $GCFUZZ_WORKER_TIMEOUT seconds, 10 by default.
std::chrono::milliseconds RunTimeout() {
  const char* env = std::getenv("GCFUZZ_WORKER_TIMEOUT");
  const double secs = env != nullptr ? std::atof(env) : 0.0;
  return std::chrono::milliseconds(secs > 0 ? static_cast<int64_t>(secs * 1000)
                                            : 10000);
}

SideRun RunWorker(const std::string& file, const std::string& text,
                  const gcops::Program& program, const std::string& name) {
  SideRun side;
  side.name = name;
  // One warm worker per backend serves every file of this process (and
  // resolving a name runs an interpreter once: done once too).
  static std::map<std::string, std::unique_ptr<wk::WorkerClient>> workers;
  std::unique_ptr<wk::WorkerClient>& client = workers[name];
  if (!client) {
    std::string error;
    auto command = wk::ResolveWorker(name, &error);
    if (!command) {  // CheckBackendNames ran first: only a race gets here
      side.status = kExitBadInput;
      side.outcome = "refused";
      side.messages.push_back(error);
      side.answered = false;
      return side;
    }
    client = std::make_unique<wk::WorkerClient>(*command, RunTimeout());
  }
  wk::RunRequest req;
  req.file = file;
  req.gcops = text;
  req.budget = gcops::kDefaultMaxBodySteps;
  req.python = translation::CanonicalTranslation(program, file, req.budget);
  const wk::RunResult r = client->Run(req);
  side.trace = r.trace;
  side.unobserved = r.unobserved;
  side.messages = r.failures;
  for (const auto& f : r.failures) side.failures.push_back(Locate(file, f));
  if (!r.misuse.empty()) {
    side.messages.push_back(r.misuse);
    side.misuse = Locate(file, r.misuse);
  }
  switch (r.outcome) {
    case wk::RunOutcome::kOk:
      side.status = r.status;
      break;
    case wk::RunOutcome::kRefused:  // it did not run: nothing to compare
      side.status = kExitBadInput;
      side.answered = false;
      side.outcome = "refused";
      side.messages.push_back(file + ": refused on " + name + ": " + r.refused);
      break;
    case wk::RunOutcome::kHang:
    case wk::RunOutcome::kCrash:
    case wk::RunOutcome::kProtocol:
      side.status = kExitFinding;
      side.answered = false;
      side.outcome = wk::RunOutcomeName(r.outcome);
      side.messages.push_back(file + ": " +
                              std::string(wk::RunOutcomeName(r.outcome)) +
                              " on " + name + ": " + r.detail);
      break;
  }
  return side;
}
#else
SideRun RunWorker(const std::string& file, const std::string&,
                  const gcops::Program&, const std::string& name) {
  SideRun side;
  side.name = name;
  side.status = kExitBadInput;
  side.answered = false;
  side.outcome = "refused";
  side.messages.push_back(file + ": " + name + ": " + kNoWorkers);
  return side;
}
#endif

void PrintFrom(const SideRun& side, size_t from) {
  std::cerr << "  " << side.name << ":\n";
  const size_t end = std::min(side.trace.size(), from + 12);
  for (size_t i = from; i < end; ++i) {
    std::cerr << "    " << side.trace[i] << "\n";
  }
  if (from >= side.trace.size()) std::cerr << "    (end of trace)\n";
  if (end < side.trace.size()) std::cerr << "    ...\n";
}

}  // namespace

bool CheckBackendNames(const std::vector<std::string>& names) {
  const auto local = differential::AvailableBackends();
  for (const auto& n : names) {
    if (wk::IsWorkerName(n)) {
#if GCFUZZ_HAVE_WORKERS
      std::string error;
      if (!wk::ResolveWorker(n, &error)) {
        std::cerr << "gcfuzz run: " << error << "\n";
        return false;
      }
#else
      std::cerr << "gcfuzz run: backend '" << n << "': " << kNoWorkers << "\n";
      return false;
#endif
    } else if (n.rfind("collector@", 0) == 0) {
      const auto versions = differential::CollectorVersions();
      const std::string v = n.substr(10);
      if (std::find(versions.begin(), versions.end(), v) == versions.end()) {
        std::string list;
        for (const auto& k : versions) list += " collector@" + k;
        std::cerr << "gcfuzz run: unknown backend '" << n
                  << "'; the model's versions are:" << list << "\n";
        return false;
      }
    } else if (std::find(local.begin(), local.end(), n) == local.end()) {
      std::string list;
      for (const auto& a : local) list += " " + a;
      for (const auto& k : wk::KnownVersionNames()) list += " " + k;
      std::cerr << "gcfuzz run: unknown backend '" << n << "'; known:" << list
                << " exec:COMMAND both (`./gcfuzz backends` says which run "
                   "here)\n";
      return false;
    }
  }
  return true;
}

FileRun RunFile(const std::string& file, const std::string& text,
                const gcops::Program& program,
                const std::vector<std::string>& names,
                const std::string& collector_mode) {
  FileRun run;
  run.file = file;
  for (const auto& n : names) {
    run.sides.push_back(wk::IsWorkerName(n)
                            ? RunWorker(file, text, program, n)
                            : RunInProcess(file, program, n, collector_mode));
  }
  // Leave out what any side cannot see, from every side.
  for (const auto& s : run.sides) {
    for (const auto& u : s.unobserved) {
      if (std::find(run.hidden.begin(), run.hidden.end(), u) ==
          run.hidden.end()) {
        run.hidden.push_back(u);
      }
    }
  }
  for (auto& s : run.sides) {
    std::erase_if(s.trace, [&](const std::string& e) {
      const std::string kind = e.substr(0, e.find(' '));
      return std::find(run.hidden.begin(), run.hidden.end(), kind) !=
             run.hidden.end();
    });
    run.status = std::max(run.status, s.status);
  }
  const SideRun& first = run.sides[0];
  for (size_t i = 1; i < run.sides.size(); ++i) {
    const SideRun& other = run.sides[i];
    if (!first.answered || !other.answered) continue;
    size_t k = 0;
    while (k < first.trace.size() && k < other.trace.size() &&
           first.trace[k] == other.trace[k]) {
      ++k;
    }
    if (k == first.trace.size() && k == other.trace.size()) {
      // Same events: the expectations must have come out the same too.
      if (first.messages != other.messages || first.status != other.status) {
        run.divergences.push_back({i, 0});
      }
      continue;
    }
    run.divergences.push_back({i, k + 1});
  }
  if (!run.divergences.empty()) {
    run.status = std::max<int>(run.status, kExitFinding);
  }
  return run;
}

int PrintFileRun(const FileRun& run, bool trace) {
  const std::string& file = run.file;
  const std::vector<SideRun>& sides = run.sides;
  // One trace when every side that answered has the same one.
  bool all_same = true;
  for (const auto& s : sides) {
    all_same = all_same && s.answered && s.trace == sides[0].trace;
  }
  if (trace && all_same) {
    std::cout << "# trace of " << file << " on";
    for (const auto& s : sides) std::cout << " " << s.name;
    std::cout << (sides.size() > 1 ? " (they agree)\n" : "\n");
    for (const auto& e : sides[0].trace) std::cout << e << "\n";
  }
  for (const auto& s : sides) {
    if (trace && !all_same) {
      std::cout << "# trace of " << file << " on " << s.name << "\n";
      for (const auto& e : s.trace) std::cout << e << "\n";
    }
    const std::string prefix = sides.size() > 1 ? "[" + s.name + "] " : "";
    for (const auto& m : s.messages) std::cerr << prefix << m << "\n";
  }
  for (const Divergence& d : run.divergences) {
    const SideRun& left = sides[0];
    const SideRun& right = sides[d.other];
    if (d.event == 0) {
      std::cerr << file << ": backends diverged: " << left.name << " and "
                << right.name << " agree on every event but not on the "
                << "program's expectations (messages above)\n";
      continue;
    }
    std::cerr << file << ": backends diverged: " << left.name << " and "
              << right.name << " differ at event " << d.event;
    if (!run.hidden.empty()) {
      std::cerr << " (left out:";
      for (const auto& h : run.hidden) std::cerr << " " << h;
      std::cerr << ")";
    }
    std::cerr << "\n";
    PrintFrom(left, d.event - 1);
    PrintFrom(right, d.event - 1);
  }
  if (run.status == kExitOk) {
    std::cout << file << ": ok on";
    for (const auto& s : sides) std::cout << " " << s.name;
    std::cout << " (" << sides[0].trace.size() << " events";
    if (!run.hidden.empty() && sides.size() > 1) {
      std::cout << ", without";
      for (const auto& h : run.hidden) std::cout << " " << h;
    }
    std::cout << ")\n";
  }
  return run.status;
}

int RunOnBackends(const std::string& file, const std::string& text,
                  const gcops::Program& program,
                  const std::vector<std::string>& names,
                  const std::string& collector_mode, bool trace) {
  return PrintFileRun(RunFile(file, text, program, names, collector_mode),
                      trace);
}

int ListBackends() {
  for (const auto& n : differential::AvailableBackends()) {
    std::cout << n
              << (n == "cpython" ? "\tembedded CPython 3.11 (in-process)"
                                 : "\tthe model (in-process)")
              << "\n";
    if (n == "collector") {
      for (const auto& v : differential::CollectorVersions())
        std::cout << "collector@" << v << "\tthe model as CPython " << v
                  << " (in-process)\n";
    }
  }
#if GCFUZZ_HAVE_WORKERS
  for (const auto& n : wk::KnownVersionNames()) {
    std::string error;
    auto command = wk::ResolveWorker(n, &error);
    if (!command) {
      std::cout << n << "\tnot available: " << error << "\n";
      continue;
    }
    wk::WorkerClient client(*command);
    const auto hello = client.Start(&error);
    if (!hello) {
      std::cout << n << "\tdoes not start: " << error << "\n";
      continue;
    }
    const bool wasm = hello->raw.value("wasm", false);
    std::cout << n << "\t" << hello->implementation << " " << hello->version
              << (wasm ? " (Pyodide, WebAssembly)" : " (native)") << "\n";
  }
  std::cout << "exec:COMMAND\tany program speaking docs/backend-protocol.md\n";
#else
  for (const auto& n : wk::KnownVersionNames()) std::cout << n << ", ";
  std::cout << "exec:COMMAND\tnot built: " << kNoWorkers << "\n";
#endif
  return kExitOk;
}

}  // namespace gcfuzz::cli
