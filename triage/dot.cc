#include "triage/dot.h"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include "collector/collector_backend.h"
#include "collector/heap.h"
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
using IdSet = std::set<ObjId>;

// What the runner's names hold now: NameId -> object, if it is one.
using Bindings = std::vector<std::optional<ObjId>>;

struct Node {
  collector::ObjectInfo info;
  std::vector<collector::ReferentEdge> edges;
};

// One colour of the picture: the objects a collection treats one way, and
// where that knowledge comes from; `ids` is nullopt when it is not known
// here, and `source` then says why.
struct Category {
  std::optional<IdSet> ids;
  std::string source;
  bool Has(ObjId id) const { return ids && ids->count(id) > 0; }
};

struct Snapshot {
  std::string where;    // for the title
  std::string colours;  // for the title: where the colours come from
  std::vector<Node> nodes;
  std::map<ObjId, std::vector<std::string>> names;  // object -> names
  Category legacy, collectable, resurrected, callbacks;
};

IdSet Of(const std::vector<ObjId>& ids) { return {ids.begin(), ids.end()}; }

IdSet Minus(IdSet a, const IdSet& b) {
  for (ObjId id : b) a.erase(id);
  return a;
}

// What one collection decides at its start: its unreachable set U, its
// legacy closure F, the weakrefs whose callbacks run, and who says so.
struct Decisions {
  std::vector<ObjId> unreachable, legacy, callbacks;
  std::string source;
};

// Collectable is U\F less the objects finalizers resurrect, when those are
// known (`resurrected`; else `resurrected_source` says why not).
void Colour(const Decisions& d,
            const std::optional<std::vector<ObjId>>& resurrected,
            const std::string& resurrected_source, Snapshot& s) {
  s.legacy = {Of(d.legacy), d.source};
  s.callbacks = {Of(d.callbacks), d.source};
  const IdSet rest = Minus(Of(d.unreachable), Of(d.legacy));
  if (resurrected) {
    s.resurrected = {Of(*resurrected), resurrected_source};
    s.collectable = {Minus(rest, Of(*resurrected)), d.source};
  } else {
    s.resurrected = {std::nullopt, resurrected_source};
    s.collectable = {rest, d.source + "; some may be resurrected"};
  }
}

void Unknown(const std::string& why, Snapshot& s) {
  s.legacy = s.collectable = s.resurrected = s.callbacks = {std::nullopt, why};
  s.colours = why;
}

Snapshot TakeSnapshot(const gcops::Program& p, const collector::Heap& heap,
                      const Bindings& bindings) {
  Snapshot s;
  heap.ForEachObject([&](const collector::ObjectInfo& info) {
    s.nodes.push_back({info, heap.ReferentEdges(heap.Get(info.id))});
  });
  for (size_t name = 0; name < bindings.size(); ++name) {
    if (bindings[name] && heap.Get(*bindings[name]) != nullptr) {
      s.names[*bindings[name]].push_back(p.names[name]);
    }
  }
  return s;
}

constexpr const char* kOracleSource = "the oracle's prediction";
constexpr const char* kReportSource = "the collector's CollectionReport";

// Watches collections; keeps the snapshot of the start of the wanted one
// (every one when `wanted` is nullopt, so the last is kept), coloured when
// it ends.
class CollectionWatcher : public collector::Observer {
 public:
  CollectionWatcher(const gcops::Program& p, const Bindings& bindings,
                    bool oracle, std::optional<uint32_t> wanted,
                    const size_t& stmt)
      : p_(p),
        bindings_(bindings),
        oracle_(oracle),
        wanted_(wanted),
        stmt_(stmt) {}

  void OnCollectionStart(const collector::Heap& heap, int gen) override {
    ++count_;
    active_ = !wanted_ || count_ == *wanted_;
    if (!active_) return;
    pending_ = TakeSnapshot(p_, heap, bindings_);
    pending_number_ = count_;
    pending_stmt_ = stmt_;
    gen_ = gen;
    predicted_.reset();
    resurrected_.reset();
    oracle_error_.clear();
#if GCFUZZ_HAVE_ORACLE_CHECK
    prediction_.reset();
    if (!oracle_) return;
    auto predicted =
        oracle::PredictCollection(oracle::SnapshotOf(heap, gen, false).heap);
    if (predicted.ok()) {
      prediction_ = *predicted;
      predicted_ = Decisions{predicted->unreachable, predicted->legacy,
                             predicted->callbacks, kOracleSource};
    } else {
      oracle_error_ = "the oracle could not predict: " + predicted.error();
    }
#else
    (void)oracle_;  // no oracle in this build: the report colours it
#endif
  }

  void AfterFinalize(const collector::Heap& heap,
                     const std::vector<ObjId>& survivors) override {
#if GCFUZZ_HAVE_ORACLE_CHECK
    if (!active_ || !prediction_) return;
    auto r = oracle::PredictResurrection(
        *prediction_, oracle::SnapshotOf(heap, gen_, false).heap, survivors);
    if (r.ok()) {
      resurrected_ = r->resurrected;
    } else {
      oracle_error_ = "the oracle could not predict resurrection: " + r.error();
    }
#else
    (void)heap;
    (void)survivors;
#endif
  }

  void OnCollectionEnd(const collector::Heap&,
                       const collector::CollectionReport& r) override {
    if (!active_) return;
    active_ = false;
    const std::string fallback =
        kReportSource + (oracle_error_.empty() ? "" : "; " + oracle_error_);
    const Decisions d = predicted_.value_or(
        Decisions{r.unreachable, r.finalizers, r.queued_callbacks, fallback});
    Colour(d, resurrected_ ? resurrected_ : r.resurrected,
           resurrected_ ? kOracleSource : fallback, pending_);
    pending_.colours = predicted_ ? kOracleSource : fallback;
    picked_ = std::move(pending_);
    picked_at_ = {pending_number_, r.generation, r.automatic, pending_stmt_};
  }

  // Which collection the kept snapshot is of, and the top-level statement
  // that was running (an index into Program::stmts).
  struct Moment {
    uint32_t number = 0;
    int generation = 0;
    bool automatic = false;
    size_t stmt = 0;
  };
  uint32_t count() const { return count_; }
  std::optional<Snapshot> picked_;
  Moment picked_at_;

 private:
  const gcops::Program& p_;
  const Bindings& bindings_;
  bool oracle_;
  std::optional<uint32_t> wanted_;
  const size_t& stmt_;
  uint32_t count_ = 0;
  bool active_ = false;
  int gen_ = 2;
  Snapshot pending_;
  uint32_t pending_number_ = 0;
  size_t pending_stmt_ = 0;
#if GCFUZZ_HAVE_ORACLE_CHECK
  std::optional<oracle::CollectionPrediction> prediction_;
#endif
  std::optional<Decisions> predicted_;  // from the oracle, when it could
  std::optional<std::vector<ObjId>> resurrected_;  // the same
  std::string oracle_error_;
};

// `--at`: no collection runs, so only the oracle can say what a full
// collect there would find, and not what finalizers would resurrect.
void ColourHypothetical(const collector::Heap& heap, bool oracle, Snapshot& s) {
  if (!oracle) {
    Unknown("not known: no collection runs here and the oracle is not used", s);
    return;
  }
#if GCFUZZ_HAVE_ORACLE_CHECK
  auto p = oracle::PredictCollection(oracle::SnapshotOf(heap, 2, false).heap);
  if (!p.ok()) {
    Unknown("not known: the oracle could not predict: " + p.error(), s);
    return;
  }
  const std::string source =
      std::string(kOracleSource) + " of a full collect here";
  Colour({p->unreachable, p->legacy, p->callbacks, source}, std::nullopt,
         "not known: finalizer bodies have not run (see --collection)", s);
  s.colours = source;
#else
  (void)heap;
#endif
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

// `.N` an instance slot, `[N]` a list or tuple item, `{K}` a dict key.
std::string EdgeText(const collector::ReferentEdge& e) {
  using Via = collector::ReferentEdge::Via;
  const std::string at = std::to_string(e.at);
  switch (e.via) {
    case Via::kSlot:
      return "." + at;
    case Via::kItem:
      return "[" + at + "]";
    case Via::kKey:
      return "{" + at + "}";
  }
  return "?";
}

std::string RootText(const std::vector<std::string>& names, int64_t refs) {
  std::string t;
  for (const auto& n : names) t += (t.empty() ? "" : ", ") + n;
  const int64_t more = refs - static_cast<int64_t>(names.size());
  auto temporaries = [](int64_t n) {
    return std::to_string(n) + (n == 1 ? " temporary" : " temporaries");
  };
  if (names.empty() || more < 0) return temporaries(refs);
  if (more > 0) t += " (+" + temporaries(more) + ")";
  return t;
}

// Text inside a DOT string: quotes and backslashes escaped.
std::string Escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

constexpr const char* kLegacyFill = "#f7c77e";
constexpr const char* kCollectableFill = "#f4b6b6";
constexpr const char* kResurrectedFill = "#b6e3b6";
constexpr const char* kCallbackBorder = "#1f5fbf";

// The node attributes that show what the collection does to `id`.
std::string NodeStyle(const Snapshot& s, ObjId id) {
  const char* fill = s.legacy.Has(id)        ? kLegacyFill
                     : s.resurrected.Has(id) ? kResurrectedFill
                     : s.collectable.Has(id) ? kCollectableFill
                                             : nullptr;
  std::string style;
  if (fill != nullptr) {
    style += std::string(", style=filled, fillcolor=\"") + fill + "\"";
  }
  if (s.callbacks.Has(id)) {
    style += std::string(", color=\"") + kCallbackBorder + "\", penwidth=3";
  }
  return style;
}

void LegendEntry(std::ostream& os, const char* id, const std::string& what,
                 const Category& c, const std::string& look) {
  os << "    " << id << " [label=\"" << Escape(what) << "\\n("
     << Escape(c.source) << ")\"" << (c.ids ? look : ", style=dashed")
     << "];\n";
}

void Legend(std::ostream& os, const Snapshot& s) {
  os << "  subgraph cluster_legend {\n    label=\"legend\";\n"
        "    style=rounded;\n    node [shape=box];\n";
  auto fill = [](const char* colour) {
    return std::string(", style=filled, fillcolor=\"") + colour + "\"";
  };
  LegendEntry(os, "legend_legacy",
              "legacy closure, headed for gc.garbage: tp_del objects and "
              "all they reach in the unreachable set",
              s.legacy, fill(kLegacyFill));
  LegendEntry(os, "legend_collectable",
              "collectable: unreachable, will be freed", s.collectable,
              fill(kCollectableFill));
  LegendEntry(os, "legend_resurrected", "resurrected by finalizers",
              s.resurrected, fill(kResurrectedFill));
  LegendEntry(os, "legend_callbacks",
              "weakref whose callback will run (bold border)", s.callbacks,
              std::string(", color=\"") + kCallbackBorder + "\", penwidth=3");
  os << "    legend_edges [shape=plaintext, label=\"edges: .N slot, [N] "
        "list/tuple item, {K} dict key; dashed: weakref (cb: with a "
        "callback)\\nboxes: the names bound to an object, and the runner's "
        "temporaries\"];\n  }\n";
}

std::string Format(const gcops::Program& p, const Snapshot& s,
                   const std::vector<std::string>& labels) {
  auto label = [&](ObjId id) {
    return id < labels.size() ? labels[id] : "#" + std::to_string(id);
  };
  std::ostringstream os;
  os << "digraph gcfuzz {\n  labelloc=t;\n  label=\"heap at " << s.where
     << "; colours: " << Escape(s.colours)
     << "\";\n  node [shape=ellipse, fontname=\"monospace\"];\n"
        "  edge [fontname=\"monospace\"];\n";
  for (const Node& n : s.nodes) {
    const auto& i = n.info;
    std::string flags;
    if (i.has_del) flags += " del";
    if (i.has_tp_del) flags += " tp_del";
    if (i.finalized) flags += " FINALIZED";
    os << "  o" << i.id << " [label=\"" << label(i.id) << "\\n"
       << KindText(p, i) << "\\nrefcnt " << i.refcount << ", "
       << WhereText(i.location)
       << (flags.empty() ? "" : "\\n" + flags.substr(1)) << "\""
       << NodeStyle(s, i.id) << "];\n";
    for (const collector::ReferentEdge& e : n.edges) {
      os << "  o" << i.id << " -> o" << e.id << " [label=\"" << EdgeText(e)
         << "\"];\n";
    }
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
  Legend(os, s);
  os << "}\n";
  return os.str();
}

}  // namespace

std::optional<std::string> HeapDot(const gcops::Program& program,
                                   const DotOptions& options,
                                   std::string* error) {
  const bool oracle = options.use_oracle && OracleAvailable();
  collector::CollectorBackend backend;
  Bindings bindings(program.names.size());
  size_t stmt = 0;
  CollectionWatcher watcher(program, bindings, oracle, options.collection,
                            stmt);
  if (!options.at_line) backend.heap().set_observer(&watcher);
  std::optional<Snapshot> at;
  gcops::RunOptions ro;
  ro.max_body_steps = gcops::kFuzzMaxBodySteps;
  ro.on_bind = [&](gcops::NameId name, const gcops::Value* now) {
    bindings[name] = now != nullptr && now->is_obj()
                         ? std::optional<ObjId>(now->obj)
                         : std::nullopt;
  };
  ro.after_statement = [&](size_t i) {
    stmt = i + 1;
    const gcops::Stmt& s = program.stmts[i];
    if (!options.at_line || s.loc.line != *options.at_line || at) return;
    at = TakeSnapshot(program, backend.heap(), bindings);
    at->where = "line " + std::to_string(s.loc.line) + ", after it ran";
    ColourHypothetical(backend.heap(), oracle, *at);
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
  const uint32_t ran = watcher.count();
  if (ran == 0) {
    *error = "no collection ran (use --at LINE)";
    return std::nullopt;
  }
  if (!watcher.picked_) {
    *error = "no collection " + std::to_string(*options.collection) +
             ": the program ran " + std::to_string(ran) +
             (ran == 1 ? " collection" : " collections");
    return std::nullopt;
  }
  Snapshot& s = *watcher.picked_;
  const auto& m = watcher.picked_at_;
  s.where = "the start of collection " + std::to_string(m.number) + " of " +
            std::to_string(ran) + " (generation " +
            std::to_string(m.generation) + (m.automatic ? ", automatic" : "") +
            ")";
  const size_t i = m.stmt;
  if (i < program.stmts.size()) {
    s.where += ", during line " + std::to_string(program.stmts[i].loc.line);
  }
  return Format(program, s, r.trace.labels);
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
  if (flags.at && flags.collection) {
    return cli::UsageError("dot", "--at and --collection exclude each other");
  }
  DotOptions options;
  options.at_line = flags.at;
  options.collection = flags.collection;
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
