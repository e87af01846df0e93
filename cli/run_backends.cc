#include "cli/run_backends.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <map>
#include <memory>

#include "cli/trace_output.h"
#include "differential/backends.h"
#include "differential/worker/worker_names.h"
#include "gcops/runner.h"
#include "gcops/trace_view.h"
#include "report/report.h"
#include "translation/python_translation.h"

#if GCFUZZ_HAVE_COLLECTOR
#include "collector/collector_backend.h"
#endif
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

SideRun RunInProcess(const std::string& file, const gcops::Program& program,
                     const std::string& name, const std::string& mode) {
  SideRun side;
  side.name = name;
  auto backend = differential::MakeBackend(name, mode);
  const gcops::RunResult r = gcops::Run(program, *backend);
  for (const gcops::ViewEvent& e : gcops::ViewOf(r.trace)) {
    side.trace.push_back(e.text);
    side.sites.push_back(e.site);
  }
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
  side.sites.assign(side.trace.size(), std::nullopt);
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

gcops::TraceView ViewOf(const SideRun& side) {
  return gcops::ViewOf(side.trace, side.sites);
}

// Leaves the event kinds `hidden` out of `side`'s trace (and sites).
void LeaveOut(const std::vector<std::string>& hidden, SideRun* side) {
  size_t kept = 0;
  for (size_t i = 0; i < side->trace.size(); ++i) {
    const std::string& e = side->trace[i];
    const std::string kind = e.substr(0, e.find(' '));
    if (std::find(hidden.begin(), hidden.end(), kind) != hidden.end()) {
      continue;
    }
    if (kept != i) {
      side->trace[kept] = std::move(side->trace[i]);
      side->sites[kept] = side->sites[i];
    }
    ++kept;
  }
  side->trace.resize(kept);
  side->sites.resize(kept);
}

// The model a worker backend's events are placed by: the version profile
// of its interpreter's version when the model has one, else 3.11's.
std::string ModelOf(const std::string& worker) {
  const std::string prefix = "cpython@";
  if (worker.rfind(prefix, 0) != 0) return "collector";
  const std::string v = worker.substr(prefix.size());
  const auto versions = differential::CollectorVersions();
  if (v == "3.11" ||
      std::find(versions.begin(), versions.end(), v) == versions.end()) {
    return "collector";
  }
  return "collector@" + v;
}

// The model's run of `program`, for its sites only: nothing printed (a
// `debug` statement's statistics included). nullopt when the model is not
// built here.
std::optional<SideRun> QuietModelRun(const gcops::Program& program,
                                     const std::string& model) {
#if GCFUZZ_HAVE_COLLECTOR
  auto backend = differential::MakeBackend(model, "classic");
  auto* c = dynamic_cast<collector::CollectorBackend*>(backend.get());
  if (c == nullptr) return std::nullopt;
  c->heap().set_debug_sink([](std::string_view) {});
  SideRun side;
  side.name = model;
  for (const gcops::ViewEvent& e :
       gcops::ViewOf(gcops::Run(program, *c).trace)) {
    side.trace.push_back(e.text);
    side.sites.push_back(e.site);
  }
  return side;
#else
  (void)program, (void)model;
  return std::nullopt;
#endif
}

// Gives each worker side the sites of its model's run (ModelOf: the side of
// that name when the mix has one, else a quiet run) over the events where
// the two traces agree, from the first; the rest stay unknown.
void PlaceWorkerEvents(const gcops::Program& program, FileRun* run) {
  std::map<std::string, std::optional<SideRun>> models;
  for (SideRun& side : run->sides) {
    if (!side.answered || !wk::IsWorkerName(side.name)) continue;
    const std::string model = ModelOf(side.name);
    auto [it, fresh] = models.try_emplace(model);
    if (fresh) {
      for (const SideRun& s : run->sides) {
        if (s.name == model) it->second = s;
      }
      if (!it->second) {
        it->second = QuietModelRun(program, model);
        if (it->second) LeaveOut(run->hidden, &*it->second);
      }
    }
    if (!it->second) continue;
    const SideRun& m = *it->second;
    for (size_t i = 0; i < side.trace.size() && i < m.trace.size() &&
                       side.trace[i] == m.trace[i];
         ++i) {
      side.sites[i] = m.sites[i];
    }
  }
}

}  // namespace

bool CheckBackendNames(const std::vector<std::string>& names,
                       std::string_view command) {
  const std::string who = "gcfuzz " + std::string(command) + ": ";
  const auto local = differential::AvailableBackends();
  for (const auto& n : names) {
    if (wk::IsWorkerName(n)) {
#if GCFUZZ_HAVE_WORKERS
      std::string error;
      if (!wk::ResolveWorker(n, &error)) {
        std::cerr << who << error << "\n";
        return false;
      }
#else
      std::cerr << who << "backend '" << n << "': " << kNoWorkers << "\n";
      return false;
#endif
    } else if (n.rfind("collector@", 0) == 0) {
      const auto versions = differential::CollectorVersions();
      const std::string v = n.substr(10);
      if (std::find(versions.begin(), versions.end(), v) == versions.end()) {
        std::string list;
        for (const auto& k : versions) list += " collector@" + k;
        std::cerr << who << "unknown backend '" << n
                  << "'; the model's versions are:" << list << "\n";
        return false;
      }
    } else if (std::find(local.begin(), local.end(), n) == local.end()) {
      std::string list;
      for (const auto& a : local) list += " " + a;
      for (const auto& k : wk::KnownVersionNames()) list += " " + k;
      std::cerr << who << "unknown backend '" << n << "'; known:" << list
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
    LeaveOut(run.hidden, &s);
    run.status = std::max(run.status, s.status);
  }
  PlaceWorkerEvents(program, &run);
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
  if (trace) {
    // Numbered from 1, as the divergence messages below number events.
    std::vector<std::string> names;
    std::vector<gcops::TraceView> views;
    for (const auto& s : sides) {
      if (!s.answered) continue;  // its messages say why
      names.push_back(s.name);
      views.push_back(ViewOf(s));
    }
    std::cout << FormatTraces(file, names, views, 1);
  }
  for (const auto& s : sides) {
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
    const long at = static_cast<long>(d.event) - 1;
    std::cerr << gcops::FormatSideBySide(ViewOf(left), left.name, ViewOf(right),
                                         right.name, at - 3, at + 12, 1);
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
