#include "differential/ft_cross_check.h"

#include <algorithm>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <utility>
#include <vector>

#include "collector/collector_backend.h"
#include "collector/observer.h"
#include "differential/ft_normalize.h"
#include "differential/report.h"
#include "gcops/printer.h"
#include "gcops/runner.h"
#include "oracle/collector_check.h"
#include "oracle/collector_snapshot.h"
#include "oracle/predict.h"

namespace gcfuzz::differential {

namespace {

using gcops::ObjId;
using gcops::ObjKind;
using IdSet = std::set<ObjId>;
using IdBag = std::multiset<ObjId>;

// What one run saw of one collection.
struct CollectionRecord {
  collector::CollectionReport report;
  IdBag dels, tp_dels, callbacks, garbage;
  bool effect = false;  // a body changed something while it ran
  int64_t found = -1;   // gc.collect's return value
  std::vector<ObjId> garbage_after;
  // From the start snapshot of this run's heap.
  IdSet untrack_eligible;                    // see ft_cross_check.h
  std::map<ObjId, ObjId> referent_of;        // weakref -> referent at the start
  std::map<ObjId, std::vector<ObjId>> refs;  // strong references at the start
  // Free-threaded run only: the oracle's prediction, or why there is none.
  std::optional<oracle::CollectionPrediction> prediction;
  std::string prediction_error;
};

// Objects 3.11 or 3.13t may untrack where the other does not: tuples and
// dicts whose every referent is a tuple that is untracked or qualifies.
IdSet UntrackEligible(const oracle::HeapSnapshot& s) {
  oracle::SnapshotIndex index(s);
  std::map<ObjId, bool> memo;
  std::function<bool(ObjId)> eligible = [&](ObjId id) -> bool {
    auto it = memo.find(id);
    if (it != memo.end()) return it->second;
    memo[id] = false;  // no cycle can make a tuple eligible
    const oracle::ObjectInfo* o = index.Find(id);
    bool ok = o != nullptr &&
              (o->kind == ObjKind::kTuple || o->kind == ObjKind::kDict);
    for (size_t i = 0; ok && i < o->refs.size(); ++i) {
      const oracle::ObjectInfo* r = index.Find(o->refs[i]);
      ok = r != nullptr && r->kind == ObjKind::kTuple &&
           (r->where == gcops::Where::kUntracked || eligible(r->id));
    }
    memo[id] = ok;
    return ok;
  };
  IdSet out;
  for (const oracle::ObjectInfo& o : s.objects)
    if (eligible(o.id)) out.insert(o.id);
  return out;
}

// A gcops::Backend between the runner and a collector backend: forwards
// every call, notes mutating calls made from bodies while a collection runs,
// and records each collection (as Host and as Observer).
class RecordingBackend : public gcops::Backend,
                         public gcops::Host,
                         public collector::Observer {
 public:
  // `heap` is the heap `inner` runs; `next` the observer to forward to.
  RecordingBackend(gcops::Backend& inner, bool predict)
      : inner_(inner), predict_(predict) {}

  void set_next_observer(collector::Observer* next) { next_ = next; }
  const std::vector<CollectionRecord>& records() const { return records_; }

  // --- collector::Observer
  void OnCollectionStart(const collector::Heap& heap, int gen) override {
    in_collection_ = true;
    records_.emplace_back();
    CollectionRecord& r = records_.back();
    const bool saveall = (heap.debug() & gcops::kDebugSaveAll) != 0;
    oracle::CollectorSnapshot snap = oracle::SnapshotOf(heap, 2, saveall);
    r.untrack_eligible = UntrackEligible(snap.heap);
    for (const oracle::ObjectInfo& o : snap.heap.objects) r.refs[o.id] = o.refs;
    for (const oracle::WeakrefList& l : snap.heap.weakrefs)
      for (const oracle::WeakrefEntry& e : l.entries)
        r.referent_of[e.weakref] = l.referent;
    if (predict_) {
      auto p = oracle::PredictCollection(snap.heap);
      if (p.ok()) {
        r.prediction = std::move(p).value();
      } else {
        r.prediction_error = p.error();
      }
    }
    if (next_ != nullptr) next_->OnCollectionStart(heap, gen);
  }
  void AfterFinalize(const collector::Heap& heap,
                     const std::vector<ObjId>& unreachable) override {
    if (next_ != nullptr) next_->AfterFinalize(heap, unreachable);
  }
  void OnCollectionEnd(const collector::Heap& heap,
                       const collector::CollectionReport& report) override {
    CollectionRecord& r = records_.back();
    r.report = report;
    r.garbage_after = heap.GarbageIds();
    in_collection_ = false;
    if (next_ != nullptr) next_->OnCollectionEnd(heap, report);
  }

  // --- gcops::Host (the collector calls these; forwarded to the runner)
  void OnDel(ObjId self) override {
    if (in_collection_) records_.back().dels.insert(self);
    Body([&] { host_->OnDel(self); });
  }
  void OnTpDel(ObjId self) override {
    if (in_collection_) records_.back().tp_dels.insert(self);
    Body([&] { host_->OnTpDel(self); });
  }
  void OnWeakrefCallback(ObjId w) override {
    if (in_collection_) records_.back().callbacks.insert(w);
    Body([&] { host_->OnWeakrefCallback(w); });
  }
  void OnGcCallback(uint32_t index, bool start, int gen, int64_t m,
                    int64_t n) override {
    Body([&] { host_->OnGcCallback(index, start, gen, m, n); });
  }
  void OnGarbage(ObjId obj) override {
    if (in_collection_) records_.back().garbage.insert(obj);
    Body([&] { host_->OnGarbage(obj); });
  }
  void OnCollectEnd(int gen, int64_t found, bool automatic) override {
    if (!records_.empty() && records_.back().found < 0)
      records_.back().found = found;
    Body([&] { host_->OnCollectEnd(gen, found, automatic); });
  }
  void OnFree(ObjId obj) override {
    Body([&] { host_->OnFree(obj); });
  }

  // --- gcops::Backend
  std::string_view Name() const override { return inner_.Name(); }
  void Begin(gcops::Host& host, const gcops::Program& program) override {
    host_ = &host;
    records_.clear();
    in_collection_ = false;
    depth_ = 0;
    inner_.Begin(*this, program);
  }
  void End() override { inner_.End(); }
  void StatementStart() override { inner_.StatementStart(); }
  bool BodyStatementsMayRun() override { return inner_.BodyStatementsMayRun(); }
  void NewInstance(ObjId id, gcops::ClassId cls) override {
    Effect();
    inner_.NewInstance(id, cls);
  }
  void NewList(ObjId id, std::span<const gcops::Value> items) override {
    Effect();
    inner_.NewList(id, items);
  }
  void NewDict(ObjId id) override {
    Effect();
    inner_.NewDict(id);
  }
  void NewTuple(ObjId id, std::span<const gcops::Value> items) override {
    Effect();
    inner_.NewTuple(id, items);
  }
  ObjId NewWeakref(ObjId id, bool proxy, ObjId target,
                   bool with_callback) override {
    Effect();
    return inner_.NewWeakref(id, proxy, target, with_callback);
  }
  void Incref(ObjId obj) override {
    Effect();
    inner_.Incref(obj);
  }
  void Decref(ObjId obj) override {
    Effect();
    inner_.Decref(obj);
  }
  ObjKind KindOf(ObjId obj) override { return inner_.KindOf(obj); }
  gcops::ClassId ClassOf(ObjId obj) override { return inner_.ClassOf(obj); }
  size_t Length(ObjId obj) override { return inner_.Length(obj); }
  bool HasKey(ObjId dict, int32_t key) override {
    return inner_.HasKey(dict, key);
  }
  gcops::Value GetItem(ObjId obj, int32_t index) override {
    return inner_.GetItem(obj, index);
  }
  void SetItem(ObjId obj, int32_t index, const gcops::Value& v) override {
    Effect();
    inner_.SetItem(obj, index, v);
  }
  void DelKey(ObjId dict, int32_t key) override {
    Effect();
    inner_.DelKey(dict, key);
  }
  void Append(ObjId list, const gcops::Value& v) override {
    Effect();
    inner_.Append(list, v);
  }
  // gc.collect while a collection runs does nothing: not an effect.
  int64_t Collect(int gen) override { return inner_.Collect(gen); }
  void SetEnabled(bool enabled) override {
    Effect();
    inner_.SetEnabled(enabled);
  }
  void SetThreshold(std::span<const int32_t> t) override {
    Effect();
    inner_.SetThreshold(t);
  }
  void Freeze() override {
    Effect();
    inner_.Freeze();
  }
  void Unfreeze() override {
    Effect();
    inner_.Unfreeze();
  }
  void SetDebug(uint32_t flags) override {
    Effect();
    inner_.SetDebug(flags);
  }
  void ClearGarbage() override {
    Effect();
    inner_.ClearGarbage();
  }
  size_t GarbageSize() override { return inner_.GarbageSize(); }
  ObjId PopGarbage(size_t index) override {
    Effect();
    return inner_.PopGarbage(index);
  }
  void AddGcCallback(uint32_t index) override {
    Effect();
    inner_.AddGcCallback(index);
  }
  bool IsTracked(ObjId obj) override { return inner_.IsTracked(obj); }
  bool IsFinalized(ObjId obj) override { return inner_.IsFinalized(obj); }
  int64_t WeakrefCount(ObjId obj) override { return inner_.WeakrefCount(obj); }
  bool WeakrefIsDead(ObjId w) override { return inner_.WeakrefIsDead(w); }
  gcops::Where GenerationOf(ObjId obj) override {
    return inner_.GenerationOf(obj);
  }
  std::vector<ObjId> Objects(int gen) override { return inner_.Objects(gen); }
  std::vector<ObjId> Referents(ObjId obj) override {
    return inner_.Referents(obj);
  }
  std::vector<ObjId> Referrers(ObjId obj) override {
    return inner_.Referrers(obj);
  }
  std::vector<ObjId> Garbage() override { return inner_.Garbage(); }
  std::array<int64_t, 3> Count() override { return inner_.Count(); }
  gcops::GenStats Stats(int gen) override { return inner_.Stats(gen); }

 private:
  template <typename F>
  void Body(F&& forward) {
    ++depth_;
    forward();
    --depth_;
  }
  void Effect() {
    if (in_collection_ && depth_ > 0) records_.back().effect = true;
  }

  gcops::Backend& inner_;
  const bool predict_;
  gcops::Host* host_ = nullptr;
  collector::Observer* next_ = nullptr;
  std::vector<CollectionRecord> records_;
  bool in_collection_ = false;
  int depth_ = 0;
};

IdSet AsSet(const std::vector<ObjId>& v) { return IdSet(v.begin(), v.end()); }

// Formats ids as labels: "[a, b@2]".
class Labeler {
 public:
  explicit Labeler(const std::vector<std::string>& labels) : labels_(labels) {}
  std::string operator()(ObjId id) const {
    return id < labels_.size() ? labels_[id] : "#" + std::to_string(id);
  }
  template <typename C>
  std::string List(const C& ids) const {
    std::string s = "[";
    for (ObjId id : ids) s += (s.size() > 1 ? ", " : "") + (*this)(id);
    return s + "]";
  }

 private:
  const std::vector<std::string>& labels_;
};

// a \ b for multisets.
IdBag Minus(const IdBag& a, const IdBag& b) {
  IdBag out;
  std::set_difference(a.begin(), a.end(), b.begin(), b.end(),
                      std::inserter(out, out.end()));
  return out;
}

bool AllIn(const IdBag& ids, const std::function<bool(ObjId)>& allowed) {
  return std::all_of(ids.begin(), ids.end(), allowed);
}

class Comparer {
 public:
  Comparer(const Labeler& label, FtCrossStats& stats)
      : label_(label), stats_(stats) {}

  std::optional<FtDisagreement> result;

  // Two sets that may differ only by untrack-eligible objects.
  bool SameModuloUntracking(int n, const char* what, const IdSet& classic,
                            const IdSet& ft, const IdSet& eligible) {
    for (const IdSet* side : {&classic, &ft}) {
      const IdSet& other = side == &classic ? ft : classic;
      for (ObjId id : *side) {
        if (!other.count(id) && !eligible.count(id)) {
          Fail(n, std::string(what) + " differ",
               std::string(what) + ": classic " + label_.List(classic) +
                   ", free-threaded " + label_.List(ft) + "; " + label_(id) +
                   " is only in the " +
                   (side == &classic ? "classic" : "free-threaded") +
                   " one and is not a tuple/dict the modes may untrack "
                   "differently");
          return false;
        }
      }
    }
    return true;
  }

  bool SameSet(int n, const char* what, const IdSet& classic, const IdSet& ft) {
    if (classic == ft) return true;
    Fail(n, std::string(what) + " differ",
         std::string(what) + ": classic " + label_.List(classic) +
             ", free-threaded " + label_.List(ft));
    return false;
  }

  // Multisets equal, except that `classic_only` may be in the classic one
  // alone and `ft_only` in the free-threaded one alone.
  bool SameBag(int n, const char* what, const IdBag& classic, const IdBag& ft,
               const std::function<bool(ObjId)>& classic_only,
               const std::function<bool(ObjId)>& ft_only) {
    const IdBag c_extra = Minus(classic, ft);
    const IdBag f_extra = Minus(ft, classic);
    if (AllIn(c_extra, classic_only) && AllIn(f_extra, ft_only)) return true;
    Fail(n, std::string(what) + " differ",
         std::string(what) + ": classic " + label_.List(classic) +
             ", free-threaded " + label_.List(ft));
    return false;
  }

  void Fail(int n, std::string what, std::string detail) {
    if (result) return;
    result = FtDisagreement{n, std::move(what), std::move(detail)};
  }

  // Pre-finalizer decisions: exact (modulo untracking) whenever the heaps
  // were equal when the collection started.
  bool PreFinalizer(int n, const CollectionRecord& c,
                    const CollectionRecord& f) {
    IdSet eligible = c.untrack_eligible;
    eligible.insert(f.untrack_eligible.begin(), f.untrack_eligible.end());
    return SameModuloUntracking(n, "unreachable sets",
                                AsSet(c.report.unreachable),
                                AsSet(f.report.unreachable), eligible) &&
           SameModuloUntracking(n, "legacy (uncollectable) sets",
                                AsSet(c.report.finalizers),
                                AsSet(f.report.finalizers), eligible) &&
           SameSet(n, "weakrefs cleared before any callback",
                   AsSet(c.report.cleared_weakrefs),
                   AsSet(f.report.cleared_weakrefs)) &&
           SameSet(n, "queued weakref callbacks",
                   AsSet(c.report.queued_callbacks),
                   AsSet(f.report.queued_callbacks));
  }

  // Everything, as sets/multisets.
  bool Full(int n, const CollectionRecord& c, const CollectionRecord& f) {
    if (!PreFinalizer(n, c, f)) return false;
    // 3.11 frees a tp_del object held only by collectable garbage when
    // delete_garbage clears its holders (its tp_del runs, its weakrefs'
    // callbacks run, what only it held dies too); 3.13t's legacy worklist
    // holds a reference through delete_garbage, so there it survives into
    // gc.garbage. Allowed: classic-only events on what the legacy set
    // reaches, free-threaded-only gc.garbage appends of legacy objects.
    const IdSet legacy = AsSet(f.report.finalizers);
    IdSet reach(legacy.begin(), legacy.end());
    std::vector<ObjId> todo(legacy.begin(), legacy.end());
    while (!todo.empty()) {
      ObjId id = todo.back();
      todo.pop_back();
      auto it = f.refs.find(id);
      if (it == f.refs.end()) continue;
      for (ObjId r : it->second)
        if (reach.insert(r).second) todo.push_back(r);
    }
    auto in_reach = [&](ObjId id) { return reach.count(id) != 0; };
    auto to_reach = [&](ObjId w) {
      auto it = f.referent_of.find(w);
      return it != f.referent_of.end() && reach.count(it->second) != 0;
    };
    auto in_legacy = [&](ObjId id) { return legacy.count(id) != 0; };
    auto never = [](ObjId) { return false; };
    IdSet eligible = c.untrack_eligible;
    eligible.insert(f.untrack_eligible.begin(), f.untrack_eligible.end());
    auto untrackable = [&](ObjId id) { return eligible.count(id) != 0; };
    const IdBag c_freed(c.report.freed.begin(), c.report.freed.end());
    const IdBag f_freed(f.report.freed.begin(), f.report.freed.end());
    if (!SameBag(n, "freed objects", c_freed, f_freed, in_reach, never) ||
        !SameBag(n, "__del__ calls", c.dels, f.dels, in_reach, never) ||
        !SameBag(n, "tp_del calls", c.tp_dels, f.tp_dels, in_reach, never) ||
        !SameBag(n, "weakref callback calls", c.callbacks, f.callbacks,
                 to_reach, never) ||
        !SameBag(n, "gc.garbage appends", c.garbage, f.garbage, untrackable,
                 [&](ObjId id) { return in_legacy(id) || untrackable(id); }) ||
        !SameSet(n, "resurrected objects", AsSet(c.report.resurrected),
                 AsSet(f.report.resurrected))) {
      return false;
    }
    const bool same_split =
        AsSet(c.report.unreachable) == AsSet(f.report.unreachable);
    // 3.11 moves a legacy-set weakref whose callback ran out of
    // `finalizers` (it is not counted as uncollectable); 3.13t keeps it in
    // its legacy worklist (and counts it).
    const bool legacy_callback = std::any_of(
        f.report.queued_callbacks.begin(), f.report.queued_callbacks.end(),
        [&](ObjId w) { return legacy.count(w) != 0; });
    if (same_split && c_freed == f_freed && !legacy_callback &&
        c.found != f.found) {
      Fail(n, "return values differ",
           "gc.collect() returned " + std::to_string(c.found) +
               " on classic, " + std::to_string(f.found) +
               " on free-threaded (same unreachable set " +
               label_.List(AsSet(f.report.unreachable)) + ")");
      return false;
    }
    return true;
  }

  // The free-threaded collection against the oracle's PredictCollection.
  bool AgainstOracle(int n, const CollectionRecord& f) {
    if (!f.prediction) {
      Fail(
          n, "oracle cannot predict",
          "PredictCollection on the free-threaded heap: " + f.prediction_error);
      return false;
    }
    ++stats_.oracle_checked;
    const oracle::CollectionPrediction& p = *f.prediction;
    IdSet tuples;
    for (ObjId id : f.untrack_eligible) tuples.insert(id);
    auto check = [&](const char* what, const IdSet& predicted, const IdSet& got,
                     bool allow_untracked) {
      for (ObjId id : got) {
        if (!predicted.count(id)) {
          Fail(n, std::string(what) + " differs from the oracle",
               std::string(what) + ": free-threaded " + label_.List(got) +
                   ", oracle " + label_.List(predicted) + "; " + label_(id) +
                   " is not predicted");
          return false;
        }
      }
      for (ObjId id : predicted) {
        if (!got.count(id) && !(allow_untracked && tuples.count(id))) {
          Fail(n, std::string(what) + " differs from the oracle",
               std::string(what) + ": free-threaded " + label_.List(got) +
                   ", oracle " + label_.List(predicted) + "; " + label_(id) +
                   " is missing");
          return false;
        }
      }
      return true;
    };
    return check("unreachable set", AsSet(p.unreachable),
                 AsSet(f.report.unreachable), true) &&
           check("legacy set", AsSet(p.legacy), AsSet(f.report.finalizers),
                 true) &&
           check("cleared weakrefs", AsSet(p.cleared_weakrefs),
                 AsSet(f.report.cleared_weakrefs), false) &&
           check("queued callbacks", AsSet(p.callbacks),
                 AsSet(f.report.queued_callbacks), false);
  }

 private:
  const Labeler& label_;
  FtCrossStats& stats_;
};

}  // namespace

std::optional<FtDisagreement> FtCrossCheck(const gcops::Program& program,
                                           FtCrossStats* stats_out,
                                           gcops::Program* normalized_out) {
  const gcops::Program p = NormalizeForFtCrossCheck(program);
  if (normalized_out != nullptr) *normalized_out = p;
  gcops::RunOptions opt;
  opt.max_body_steps = gcops::kFuzzMaxBodySteps;

  oracle::CheckedCollectorBackend checked;
  checked.collector().heap().set_debug_sink([](std::string_view) {});
  RecordingBackend classic(checked, /*predict=*/false);
  classic.set_next_observer(&checked.ObserverForTesting());
  checked.InterposeObserverForTesting(&classic);
  const gcops::RunResult a = gcops::Run(p, classic, opt);

  collector::CollectorBackend ft_backend(
      collector::CollectorMode::kFreeThreaded);
  ft_backend.heap().set_debug_sink([](std::string_view) {});
  RecordingBackend ft(ft_backend, /*predict=*/true);
  gcops::RunOptions ft_opt = opt;
  // The heap's observer must be set after Begin (Begin keeps it, but the
  // backend is only bound to this run here).
  ft_backend.heap().set_observer(&ft);
  const gcops::RunResult b = gcops::Run(p, ft, ft_opt);
  ft_backend.heap().set_observer(nullptr);

  FtCrossStats stats;
  const Labeler label(a.trace.labels.size() >= b.trace.labels.size()
                          ? a.trace.labels
                          : b.trace.labels);
  Comparer cmp(label, stats);
  if (const auto& f = checked.finding()) {
    cmp.Fail(0,
             std::string("classic vs oracle: ") + oracle::FindingName(f->kind),
             f->ToString() + "\n" + f->context);
  }
  const auto& cr = classic.records();
  const auto& fr = ft.records();
  const size_t n = std::min(cr.size(), fr.size());
  stats.collections = static_cast<int>(n);
  bool diverged = false;  // past collection K
  for (size_t i = 0; i < n && !cmp.result; ++i) {
    const int number = static_cast<int>(i) + 1;
    if (!diverged) {
      const bool effect = cr[i].effect || fr[i].effect;
      if (effect) {
        ++stats.pre_finalizer_only;
        cmp.PreFinalizer(number, cr[i], fr[i]);
      } else {
        ++stats.exact;
        cmp.Full(number, cr[i], fr[i]);
      }
      diverged = effect || cr[i].garbage_after != fr[i].garbage_after;
    }
    if (!cmp.result) cmp.AgainstOracle(number, fr[i]);
  }
  for (size_t i = n; i < fr.size() && !cmp.result; ++i) {
    cmp.AgainstOracle(static_cast<int>(i) + 1, fr[i]);
  }
  if (!cmp.result && !diverged) {
    if (cr.size() != fr.size()) {
      cmp.Fail(0, "numbers of collections differ",
               std::to_string(cr.size()) + " collections on classic, " +
                   std::to_string(fr.size()) + " on free-threaded");
    } else if (a.misuse.has_value() != b.misuse.has_value()) {
      cmp.Fail(0, "misuse differs",
               std::string("one run stopped on a misuse, the other did not: ") +
                   (a.misuse ? "classic" : "free-threaded") + " stopped");
    }
  }
  // The program as written (automatic collections by 3.13t's rule, any
  // generation asked for) on the free-threaded mode alone, each collection
  // against the oracle.
  if (!cmp.result) {
    collector::CollectorBackend raw_backend(
        collector::CollectorMode::kFreeThreaded);
    raw_backend.heap().set_debug_sink([](std::string_view) {});
    RecordingBackend raw(raw_backend, /*predict=*/true);
    raw_backend.heap().set_observer(&raw);
    const gcops::RunResult c = gcops::Run(program, raw, opt);
    raw_backend.heap().set_observer(nullptr);
    const Labeler raw_label(c.trace.labels);
    FtCrossStats raw_stats;
    Comparer raw_cmp(raw_label, raw_stats);
    for (size_t i = 0; i < raw.records().size() && !raw_cmp.result; ++i) {
      raw_cmp.AgainstOracle(static_cast<int>(i) + 1, raw.records()[i]);
    }
    stats.raw_oracle_checked = raw_stats.oracle_checked;
    if (raw_cmp.result) {
      cmp.result = raw_cmp.result;
      cmp.result->what = "unnormalised run: " + cmp.result->what;
      cmp.result->unnormalized_run = true;
    }
  }
  if (stats_out != nullptr) *stats_out = stats;
  return cmp.result;
}

void ReportFtDisagreement(const gcops::Program& original,
                          const gcops::Program& normalized,
                          const FtDisagreement& d) {
  std::string where = d.collection > 0
                          ? "collection " + std::to_string(d.collection) + ": "
                          : "whole run: ";
  ReportAndAbort("ft-cross-check", where + d.what + "\n" + d.detail + "\n",
                 gcops::Print(d.unnormalized_run ? original : normalized),
                 d.what);
}

}  // namespace gcfuzz::differential
