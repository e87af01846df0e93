#include "triage/dot.h"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <iterator>
#include <map>
#include <sstream>

#include "collector/collector_backend.h"
#include "collector/observer.h"
#include "gcops/runner.h"
#include "triage/repro.h"
#if GCFUZZ_HAVE_ORACLE_CHECK
#include "oracle/collector_snapshot.h"
#include "oracle/predict.h"
#endif

namespace gcfuzz::triage {
namespace {

using gcops::ObjId;

struct Node {
  collector::ObjectInfo info;
  std::vector<ObjId> referents;
};

struct Snapshot {
  std::string where;  // for the title
  std::vector<Node> nodes;
  std::map<ObjId, std::vector<std::string>> names;  // object -> names
  std::optional<std::vector<ObjId>> unreachable;
  std::string unreachable_source;
};

// The collector, recording which objects each top-level statement made (the
// first creation of a statement is the object its name gets bound to).
class RecordingCollector : public collector::CollectorBackend {
 public:
  std::vector<ObjId> created;  // since the last top-level statement

  void NewInstance(ObjId id, gcops::ClassId cls) override {
    created.push_back(id);
    CollectorBackend::NewInstance(id, cls);
  }
  void NewList(ObjId id, std::span<const gcops::Value> items) override {
    created.push_back(id);
    CollectorBackend::NewList(id, items);
  }
  void NewDict(ObjId id) override {
    created.push_back(id);
    CollectorBackend::NewDict(id);
  }
  void NewTuple(ObjId id, std::span<const gcops::Value> items) override {
    created.push_back(id);
    CollectorBackend::NewTuple(id, items);
  }
  ObjId NewWeakref(ObjId id, bool proxy, ObjId target, bool cb) override {
    const size_t at = created.size();
    created.push_back(id);
    const ObjId got = CollectorBackend::NewWeakref(id, proxy, target, cb);
    created[at] = got;
    return got;
  }
};

Snapshot TakeSnapshot(const collector::Heap& heap,
                      const std::map<std::string, ObjId>& bindings) {
  Snapshot s;
  heap.ForEachObject([&](const collector::ObjectInfo& info) {
    Node n{info, heap.ReferentIds(heap.Get(info.id))};
    s.nodes.push_back(std::move(n));
  });
  for (const auto& [name, id] : bindings) {
    if (heap.Get(id) != nullptr) s.names[id].push_back(name);
  }
  return s;
}

#if GCFUZZ_HAVE_ORACLE_CHECK
void AddOraclePrediction(const collector::Heap& heap, int gen, Snapshot& s) {
  const oracle::CollectorSnapshot snap = oracle::SnapshotOf(heap, gen, false);
  auto prediction = oracle::PredictCollection(snap.heap);
  if (!prediction.ok()) {
    s.unreachable_source = "oracle could not predict: " + prediction.error();
    return;
  }
  s.unreachable = prediction->unreachable;
  s.unreachable_source = "the oracle's unreachable set";
}
#endif

// Watches collections; keeps the snapshot of the last one's start.
class LastCollection : public collector::Observer {
 public:
  LastCollection(const std::map<std::string, ObjId>& bindings, bool oracle,
                 const size_t& stmt)
      : bindings_(bindings), oracle_(oracle), stmt_(stmt) {}
  void OnCollectionStart(const collector::Heap& heap, int gen) override {
    pending_ = TakeSnapshot(heap, bindings_);
    pending_.where = "the start of collection " + std::to_string(++count_) +
                     " (generation " + std::to_string(gen) + ")";
    pending_stmt_ = stmt_;
#if GCFUZZ_HAVE_ORACLE_CHECK
    if (oracle_) AddOraclePrediction(heap, gen, pending_);
#endif
  }
  void OnCollectionEnd(const collector::Heap&,
                       const collector::CollectionReport& r) override {
    if (!pending_.unreachable) {
      pending_.unreachable = r.unreachable;
      pending_.unreachable_source =
          "the collector's own unreachable set (CollectionReport)" +
          (pending_.unreachable_source.empty()
               ? std::string()
               : "; " + pending_.unreachable_source);
    }
    last_ = std::move(pending_);
    last_stmt_ = pending_stmt_;
  }
  std::optional<Snapshot> last_;
  size_t last_stmt_ = 0;

 private:
  const std::map<std::string, ObjId>& bindings_;
  bool oracle_;
  const size_t& stmt_;
  Snapshot pending_;
  size_t pending_stmt_ = 0;
  int count_ = 0;
};

// Replays one top-level statement's effect on names (see dot.h).
void UpdateBindings(const gcops::Program& p, const gcops::Stmt& s,
                    const std::vector<ObjId>& created,
                    std::map<std::string, ObjId>& bindings) {
  using gcops::Op;
  if (s.name == gcops::kNoName || s.name >= p.names.size()) return;
  const std::string& name = p.names[s.name];
  switch (s.op) {
    case Op::kNew:
    case Op::kList:
    case Op::kDict:
    case Op::kTuple:
    case Op::kRef:
    case Op::kProxy:
      if (created.empty()) {
        bindings.erase(name);
      } else {
        bindings[name] = created[0];
      }
      return;
    case Op::kLet: {
      const gcops::Item& it = s.items[0];
      auto from = it.kind == gcops::Item::Kind::kName
                      ? bindings.find(p.names[it.name])
                      : bindings.end();
      if (from != bindings.end()) {
        bindings[name] = from->second;
      } else {
        bindings.erase(name);  // not an object, or not known here
      }
      return;
    }
    case Op::kDel:
    case Op::kTakeGarbage:
      bindings.erase(name);
      return;
    default:
      return;
  }
}

const char* WhereText(collector::Location l) {
  switch (l) {
    case collector::Location::kGen0:
      return "gen 0";
    case collector::Location::kGen1:
      return "gen 1";
    case collector::Location::kGen2:
      return "gen 2";
    case collector::Location::kPermanent:
      return "permanent";
    case collector::Location::kUntracked:
      return "untracked";
    case collector::Location::kWorking:
      return "collecting";
  }
  return "?";
}

std::string KindText(const gcops::Program& p, const collector::ObjectInfo& i) {
  if (i.kind == gcops::ObjKind::kInstance && i.cls < p.classes.size()) {
    return p.classes[i.cls].name;
  }
  return gcops::ObjKindWord(i.kind);
}

std::string RootText(const std::vector<std::string>& names, int64_t refs) {
  std::string t;
  for (const auto& n : names) t += (t.empty() ? "" : ", ") + n;
  const int64_t more = refs - static_cast<int64_t>(names.size());
  if (more < 0 || names.empty()) return std::to_string(refs) + " runner refs";
  if (more > 0) t += " (+" + std::to_string(more) + " runner refs)";
  return t;
}

std::string Format(const gcops::Program& p, const Snapshot& s,
                   const std::vector<std::string>& labels) {
  auto label = [&](ObjId id) {
    return id < labels.size() ? labels[id] : "#" + std::to_string(id);
  };
  std::ostringstream os;
  os << "digraph gcfuzz {\n  labelloc=t;\n  label=\"heap at " << s.where
     << "; red: "
     << (s.unreachable_source.empty() ? "no unreachable set here"
                                      : s.unreachable_source)
     << "\";\n  node [shape=ellipse, fontname=\"monospace\"];\n";
  for (const Node& n : s.nodes) {
    const auto& i = n.info;
    std::string flags;
    if (i.has_del) flags += " del";
    if (i.has_tp_del) flags += " tp_del";
    if (i.finalized) flags += " FINALIZED";
    const bool red =
        s.unreachable && std::find(s.unreachable->begin(), s.unreachable->end(),
                                   i.id) != s.unreachable->end();
    os << "  o" << i.id << " [label=\"" << label(i.id) << "\\n"
       << KindText(p, i) << "\\nrefcnt " << i.refcount << ", "
       << WhereText(i.location)
       << (flags.empty() ? "" : "\\n" + flags.substr(1)) << "\""
       << (red ? ", style=filled, fillcolor=\"#f4b6b6\"" : "") << "];\n";
    for (ObjId r : n.referents) os << "  o" << i.id << " -> o" << r << ";\n";
    if (i.weakref_referent != gcops::kNoObj) {
      os << "  o" << i.id << " -> o" << i.weakref_referent << " [style=dashed"
         << (i.weakref_has_callback ? ", label=\"cb\"" : "") << "];\n";
    }
  }
  for (const Node& n : s.nodes) {
    if (n.info.runner_refs <= 0) continue;
    auto it = s.names.find(n.info.id);
    const std::vector<std::string> none;
    os << "  root" << n.info.id << " [shape=box, label=\""
       << RootText(it == s.names.end() ? none : it->second, n.info.runner_refs)
       << "\"];\n  root" << n.info.id << " -> o" << n.info.id << ";\n";
  }
  os << "}\n";
  return os.str();
}

}  // namespace

std::optional<std::string> HeapDot(const gcops::Program& program,
                                   const DotOptions& options,
                                   std::string* error) {
  const bool oracle = options.use_oracle && OracleAvailable();
  RecordingCollector backend;
  std::map<std::string, ObjId> bindings;
  size_t stmt = 0;
  LastCollection watcher(bindings, oracle && !options.at_line, stmt);
  if (!options.at_line) backend.heap().set_observer(&watcher);
  std::optional<Snapshot> at;
  gcops::RunOptions ro;
  ro.max_body_steps = gcops::kFuzzMaxBodySteps;
  ro.after_statement = [&](size_t i) {
    const gcops::Stmt& s = program.stmts[i];
    UpdateBindings(program, s, backend.created, bindings);
    backend.created.clear();
    stmt = i + 1;
    if (!options.at_line || s.loc.line != *options.at_line || at) return;
    at = TakeSnapshot(backend.heap(), bindings);
    at->where = "line " + std::to_string(s.loc.line) + ", after it ran";
#if GCFUZZ_HAVE_ORACLE_CHECK
    if (oracle) AddOraclePrediction(backend.heap(), 2, *at);
    if (oracle && at->unreachable) {
      at->unreachable_source += " (what a full collect here would find)";
    }
#endif
  };
  const gcops::RunResult r = gcops::Run(program, backend, ro);
  if (options.at_line) {
    if (!at) {
      *error = "no top-level statement on line " +
               std::to_string(*options.at_line) + " ran";
      return std::nullopt;
    }
    return Format(program, *at, r.trace.labels);
  }
  if (!watcher.last_) {
    *error = "no collection ran (use --at LINE)";
    return std::nullopt;
  }
  const size_t i = watcher.last_stmt_;
  if (i < program.stmts.size()) {
    watcher.last_->where +=
        ", during line " + std::to_string(program.stmts[i].loc.line);
  }
  return Format(program, *watcher.last_, r.trace.labels);
}

int RenderWithGraphviz(const std::string& dot_text, const std::string& format,
                       const std::string& out_path) {
  // The output is opened here, so an unwritable path is one line of ours.
  const int out = ::open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0666);
  if (out < 0) {
    std::cerr << out_path << ": cannot write: " << std::strerror(errno) << "\n";
    return 2;
  }
  int in[2];
  if (::pipe(in) != 0) {
    ::close(out);
    std::cerr << "gcfuzz dot: pipe: " << std::strerror(errno) << "\n";
    return 2;
  }
  const pid_t pid = ::fork();
  if (pid == 0) {  // `dot -TFORMAT`, DOT on stdin, the picture on stdout
    ::dup2(in[0], STDIN_FILENO);
    ::dup2(out, STDOUT_FILENO);
    ::close(in[0]);
    ::close(in[1]);
    ::close(out);
    const std::string t = "-T" + format;
    char* const argv[] = {const_cast<char*>("dot"),
                          const_cast<char*>(t.c_str()), nullptr};
    ::execvp("dot", argv);
    ::_exit(127);
  }
  ::close(in[0]);
  ::close(out);
  // A `dot` that exits early must not kill this process with SIGPIPE.
  void (*old)(int) = std::signal(SIGPIPE, SIG_IGN);
  size_t done = 0;
  while (pid > 0 && done < dot_text.size()) {
    const ssize_t n =
        ::write(in[1], dot_text.data() + done, dot_text.size() - done);
    if (n <= 0 && errno != EINTR) break;
    if (n > 0) done += static_cast<size_t>(n);
  }
  ::close(in[1]);
  std::signal(SIGPIPE, old);
  int status = 0;
  if (pid < 0 || ::waitpid(pid, &status, 0) != pid) {
    std::cerr << "gcfuzz dot: cannot start Graphviz `dot`: "
              << std::strerror(errno) << "\n";
    return 2;
  }
  if (WIFEXITED(status) && WEXITSTATUS(status) == 127) {
    std::cerr << "gcfuzz dot: Graphviz `dot` is not installed (apt-get "
                 "install graphviz); without --svg/--png the DOT text is "
                 "printed\n";
    return 2;
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    std::cerr << "gcfuzz dot: Graphviz `dot` failed on " << out_path << "\n";
    return 2;
  }
  return 0;
}

int DotCommand(const cli::DotFlags& flags) {
  if (flags.svg && flags.png) {
    return cli::UsageError("dot", "--svg and --png exclude each other");
  }
  DotOptions options;
  options.at_line = flags.at;
  const std::string& file = flags.file;
  const std::string render_format = flags.svg ? "svg" : flags.png ? "png" : "";
  const std::string render_out = flags.svg   ? *flags.svg
                                 : flags.png ? *flags.png
                                             : "";
  const auto loaded = LoadProgramFile(file);
  if (!loaded) return 2;
  std::string error;
  auto text = HeapDot(loaded->program, options, &error);
  if (!text) {
    std::cerr << "gcfuzz dot: " << file << ": " << error << "\n";
    return 2;
  }
  if (render_format.empty()) {
    std::cout << *text;
    return 0;
  }
  return RenderWithGraphviz(*text, render_format, render_out);
}

}  // namespace gcfuzz::triage
