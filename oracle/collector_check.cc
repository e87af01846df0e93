#include "oracle/collector_check.h"

#include <algorithm>
#include <array>
#include <functional>
#include <map>
#include <set>
#include <sstream>

#include "oracle/collector_snapshot.h"
#include "oracle/invariants.h"
#include "oracle/predict.h"

namespace gcfuzz::oracle {

namespace {

using Kind = HostEvent::Kind;

std::string Ids(const std::vector<ObjId>& ids) { return FormatIds(ids); }

std::vector<ObjId> Sorted(std::vector<ObjId> ids) {
  std::sort(ids.begin(), ids.end());
  return ids;
}

// Whether `appended` is some subsequence of `final_unreachable` (in its
// order) followed by exactly `tail`.
bool AppendsFinalSubsequenceThen(const std::vector<ObjId>& appended,
                                 const std::vector<ObjId>& final_unreachable,
                                 const std::vector<ObjId>& tail) {
  if (appended.size() < tail.size()) return false;
  const size_t head = appended.size() - tail.size();
  if (!std::equal(tail.begin(), tail.end(), appended.begin() + head)) {
    return false;
  }
  size_t j = 0;
  for (size_t i = 0; i < head; ++i) {
    while (j < final_unreachable.size() &&
           final_unreachable[j] != appended[i]) {
      ++j;
    }
    if (j == final_unreachable.size()) return false;
    ++j;
  }
  return true;
}

}  // namespace

// Logs every Host call with its depth, then forwards it to the runner; and
// observes the collector's collections.
class CheckedCollectorBackend::Recorder : public gcops::Host,
                                          public collector::Observer {
 public:
  void Reset(gcops::Host* inner) {
    *this = Recorder();
    inner_ = inner;
  }
  // gc.set_debug() ran. DEBUG_SAVEALL is read when delete_garbage and
  // handle_legacy_finalizers use it, so a change made by a body during the
  // collection matters (see PredictCounts).
  void set_saveall(bool saveall) {
    if (cur_ && cur_->finalized && saveall != saveall_) {
      cur_->saveall_changed_in_delete = true;
    }
    saveall_ = saveall;
  }
  // gc.freeze() ran: a running collection's survivors may be frozen.
  void NoteFreeze() {
    if (cur_) cur_->froze = true;
  }
  // gc.collect(gen) is about to run with these generation lists. If no
  // host event happens before the collection starts (no gc.callbacks),
  // its merged list must be [gen][0][1]..[gen-1].
  void ExpectMerge(int gen, std::array<std::vector<ObjId>, 3> lists) {
    pending_merge_ = PendingMerge{gen, std::move(lists), events_.size()};
  }

  const std::optional<Finding>& finding() const { return finding_; }
  int collections() const { return collections_; }
  int invariant_checks() const { return invariant_checks_; }
  int merge_checks() const { return merge_checks_; }
  const std::vector<HostEvent>& events() const { return events_; }

  // --- gcops::Host
  void OnDel(ObjId self) override {
    dels_.push_back(self);
    Nested(Kind::kDel, self, [&] { inner_->OnDel(self); });
  }
  void OnTpDel(ObjId self) override {
    Nested(Kind::kTpDel, self, [&] { inner_->OnTpDel(self); });
  }
  void OnWeakrefCallback(ObjId w) override {
    Nested(Kind::kCallback, w, [&] { inner_->OnWeakrefCallback(w); });
  }
  void OnGcCallback(uint32_t index, bool start, int gen, int64_t collected,
                    int64_t uncollectable) override {
    Nested(Kind::kGcCallback, kNoObj, [&] {
      inner_->OnGcCallback(index, start, gen, collected, uncollectable);
    });
  }
  void OnGarbage(ObjId obj) override {
    Nested(Kind::kGarbage, obj, [&] { inner_->OnGarbage(obj); });
  }
  void OnCollectEnd(int gen, int64_t found, bool automatic) override {
    if (last_found_ && *last_found_ != found) {
      Report(FindingKind::kReturnValue,
             "the collection returned " + std::to_string(found) +
                 " but its own report says collected + uncollectable = " +
                 std::to_string(*last_found_));
    }
    last_found_.reset();
    Nested(Kind::kCollectEnd, kNoObj,
           [&] { inner_->OnCollectEnd(gen, found, automatic); });
  }
  void OnFree(ObjId obj) override {
    freed_.insert(obj);
    Nested(Kind::kFree, obj, [&] { inner_->OnFree(obj); });
  }

  // --- collector::Observer
  void OnCollectionStart(const collector::Heap& heap, int gen) override;
  void AfterFinalize(const collector::Heap& heap,
                     const std::vector<ObjId>& unreachable) override;
  void OnCollectionEnd(const collector::Heap& heap,
                       const collector::CollectionReport& report) override;

 private:
  // One running collection.
  struct Current {
    int number = 0;
    int generation = 0;
    int base_depth = 0;
    size_t first_event = 0;
    CollectorSnapshot start;
    CollectionPrediction prediction;
    std::optional<ResurrectionPrediction> resurrection;
    int64_t weakrefs_freed_after_callback = 0;
    bool froze = false;
    // finalize_garbage has returned; DEBUG_SAVEALL then, which is what
    // delete_garbage starts with (no code runs in between); whether a body
    // run from delete_garbage changed it afterwards.
    bool finalized = false;
    bool saveall_in_delete = false;
    bool saveall_changed_in_delete = false;
  };

  template <typename F>
  void Nested(Kind kind, ObjId obj, F&& forward) {
    events_.push_back(HostEvent{kind, obj, depth_});
    ++depth_;
    forward();
    --depth_;
  }

  void Report(FindingKind kind, const std::string& detail,
              std::string context = "") {
    if (finding_) return;
    std::string where;
    if (cur_) {
      where = "collection " + std::to_string(cur_->number) + " (gen " +
              std::to_string(cur_->generation) + "): ";
      if (context.empty()) {
        context = "heap at the start of the collection:\n" +
                  DescribeSnapshot(cur_->start.heap);
      }
    }
    finding_ = Finding{kind, where + detail, context};
  }
  bool ReportFirst(const std::vector<Finding>& findings, const char* when,
                   const HeapSnapshot& heap) {
    if (findings.empty()) return false;
    Report(findings[0].kind, std::string(when) + findings[0].detail,
           DescribeSnapshot(heap));
    return true;
  }

  bool CheckFinalizeCalls(const CollectorSnapshot& after);
  bool CheckCallbacks();
  bool CheckWeakrefsAfter(const CollectorSnapshot& after);
  bool CheckSurvivors(const CollectorSnapshot& after,
                      const std::vector<ObjId>& survivors);
  bool CheckPlacement(const CollectorSnapshot& end);

  gcops::Host* inner_ = nullptr;
  bool saveall_ = false;
  int depth_ = 0;
  std::vector<HostEvent> events_;
  std::vector<ObjId> dels_;  // every __del__ of the run, in order
  std::set<ObjId> freed_;    // every object freed so far
  std::optional<Finding> finding_;
  int collections_ = 0;
  int invariant_checks_ = 0;
  int merge_checks_ = 0;
  std::optional<Current> cur_;
  std::optional<int64_t> last_found_;
  struct PendingMerge {
    int gen = 0;
    std::array<std::vector<ObjId>, 3> lists;
    size_t events = 0;
  };
  std::optional<PendingMerge> pending_merge_;
};

void CheckedCollectorBackend::Recorder::OnCollectionStart(
    const collector::Heap& heap, int gen) {
  ++collections_;
  cur_.reset();
  if (finding_) return;  // one finding per run; later ones are consequences
  Current c;
  c.number = collections_;
  c.generation = gen;
  c.base_depth = depth_;
  c.first_event = events_.size();
  c.start = SnapshotOf(heap, gen, saveall_);
  cur_ = std::move(c);
  if (pending_merge_ && pending_merge_->gen == gen &&
      pending_merge_->events == events_.size()) {
    const auto& lists = pending_merge_->lists;
    std::vector<ObjId> expected = lists[gen];
    for (int i = 0; i < gen; ++i) {
      expected.insert(expected.end(), lists[i].begin(), lists[i].end());
    }
    std::vector<ObjId> merged = heap.ObjectsInGeneration(gen);
    pending_merge_.reset();
    ++merge_checks_;
    if (merged != expected) {
      Report(FindingKind::kMergeOrder,
             "merged generation list " + Ids(merged) + ", expected " +
                 Ids(expected) + " ([gen g][gen 0][gen 1]..[gen g-1])");
      return;
    }
  }
  pending_merge_.reset();
  // Every holder is known only when no host call is in progress.
  if (cur_->base_depth == 0 && cur_->start.exact()) {
    ++invariant_checks_;
    if (ReportFirst(
            CheckHeap(cur_->start.heap, cur_->start.holders, freed_, dels_),
            "at the start: ", cur_->start.heap)) {
      return;
    }
  }
  Result<CollectionPrediction> p = PredictCollection(cur_->start.heap);
  if (!p.ok()) {
    Report(FindingKind::kBadSnapshot, "at the start: " + p.error());
    return;
  }
  cur_->prediction = std::move(p).value();
}

// Every predicted __del__ ran exactly once between the start and now; no
// other member of U\F ran one; a member of F ran a finalizer only by dying
// (a __del__ body of U\F dropped the last reference to it, e.g. `clear
// self.0`), so it is freed, or resurrected from its dealloc into gen 0.
bool CheckedCollectorBackend::Recorder::CheckFinalizeCalls(
    const CollectorSnapshot& after) {
  const CollectionPrediction& p = cur_->prediction;
  const SnapshotIndex after_index(after.heap);
  const std::set<ObjId> finalizable(p.finalizable.begin(), p.finalizable.end());
  const std::set<ObjId> expected(p.del_calls.begin(), p.del_calls.end());
  const std::set<ObjId> omitted(after.omitted.begin(), after.omitted.end());
  std::map<ObjId, int> del, tp_del;
  for (size_t i = cur_->first_event; i < events_.size(); ++i) {
    if (events_[i].kind == Kind::kDel) del[events_[i].obj] += 1;
    if (events_[i].kind == Kind::kTpDel) tp_del[events_[i].obj] += 1;
  }
  for (ObjId d : p.del_calls) {
    // Deposited in the trashcan by an outer deallocation: its __del__ runs
    // when that unwinds, after this collection.
    bool deferred = omitted.count(d) && del[d] == 0;
    if (del[d] != 1 && !deferred) {
      Report(FindingKind::kDelCalls,
             "__del__ of " + std::to_string(d) + " ran " +
                 std::to_string(del[d]) +
                 " times by the end of finalize_garbage; the oracle expects "
                 "exactly once (expected set " +
                 Ids(p.del_calls) + ")");
      return true;
    }
  }
  // Order: finalize_garbage walks U\F in list order. Only a death can
  // reorder (a member freed early runs its __del__ from its dealloc), and a
  // death shows as a free event or as a __del__ nested in another body; with
  // neither, the __del__ calls must come exactly in the predicted order.
  std::vector<ObjId> order;
  bool disturbed = false;
  for (size_t i = cur_->first_event; i < events_.size(); ++i) {
    const HostEvent& e = events_[i];
    if (!finalizable.count(e.obj)) continue;
    if (e.kind == Kind::kFree) disturbed = true;
    if (e.kind != Kind::kDel) continue;
    if (e.depth != cur_->base_depth) disturbed = true;
    order.push_back(e.obj);
  }
  // A member deposited in the trashcan died too, with its __del__ deferred.
  for (ObjId u : p.finalizable) disturbed = disturbed || omitted.count(u);
  if (!disturbed && order != p.del_calls) {
    Report(FindingKind::kDelCalls,
           "finalize_garbage called __del__ of " + Ids(order) +
               " in that order; with no object freed early the oracle "
               "expects " +
               Ids(p.del_calls));
    return true;
  }
  for (ObjId u : p.finalizable) {
    if (!expected.count(u) && del[u] != 0) {
      Report(FindingKind::kDelCalls,
             "__del__ of " + std::to_string(u) +
                 " ran, but it had no __del__ or was FINALIZED already");
      return true;
    }
  }
  for (ObjId f : p.legacy) {
    const ObjectInfo* o = after_index.Find(f);
    bool died =
        o == nullptr || (o->where == Where::kGen0 && !o->in_working_list);
    if ((del[f] != 0 || tp_del[f] != 0) && !died) {
      Report(FindingKind::kDelCalls,
             "object " + std::to_string(f) +
                 " of the legacy closure ran a finalizer before "
                 "delete_garbage, yet it neither died nor was resurrected "
                 "from its dealloc");
      return true;
    }
  }
  return false;
}

// The callbacks handle_weakrefs runs are the first events at the
// collection's own depth, before finalize_garbage's first __del__. Also
// counts the weakrefs freed right after their own callback.
bool CheckedCollectorBackend::Recorder::CheckCallbacks() {
  std::vector<const HostEvent*> own;
  for (size_t i = cur_->first_event; i < events_.size(); ++i) {
    if (events_[i].depth == cur_->base_depth) own.push_back(&events_[i]);
  }
  std::vector<ObjId> ran;
  for (size_t i = 0; i < own.size() && own[i]->kind != Kind::kDel; ++i) {
    if (own[i]->kind != Kind::kCallback) continue;
    ran.push_back(own[i]->obj);
    if (i + 1 < own.size() && own[i + 1]->kind == Kind::kFree &&
        own[i + 1]->obj == own[i]->obj) {
      cur_->weakrefs_freed_after_callback += 1;
    }
  }
  if (ran != cur_->prediction.callbacks) {
    Report(FindingKind::kCallbacks, "handle_weakrefs ran callbacks of " +
                                        Ids(ran) + ", the oracle expects " +
                                        Ids(cur_->prediction.callbacks));
    return true;
  }
  return false;
}

bool CheckedCollectorBackend::Recorder::CheckWeakrefsAfter(
    const CollectorSnapshot& after) {
  const SnapshotIndex s(after.heap);
  const std::set<ObjId> cleared(cur_->prediction.cleared_weakrefs.begin(),
                                cur_->prediction.cleared_weakrefs.end());
  for (ObjId w : cur_->prediction.cleared_weakrefs) {
    if (s.ReferentOf(w) != kNoObj) {
      Report(FindingKind::kClearedWeakrefs,
             "weakref " + std::to_string(w) + " still refers to " +
                 std::to_string(s.ReferentOf(w)) +
                 " after handle_weakrefs; the oracle predicts it cleared");
      return true;
    }
  }
  // 3.15 keeps callback-less weakrefs to the trash live through the
  // finalizers: one whose referent and itself are still alive must still
  // point at it (only that referent's death may clear it meanwhile).
  if (cur_->start.heap.weakrefs_split) {
    for (ObjId op : cur_->prediction.finalizable) {
      const WeakrefList* before = cur_->start.heap.WeakrefsOf(op);
      if (before == nullptr || s.Find(op) == nullptr) continue;
      for (const WeakrefEntry& e : before->entries) {
        if (cleared.count(e.weakref) || s.Find(e.weakref) == nullptr) continue;
        if (s.ReferentOf(e.weakref) != op) {
          Report(FindingKind::kClearedWeakrefs,
                 "weakref " + std::to_string(e.weakref) + " to trash object " +
                     std::to_string(op) +
                     " was cleared before the finalizers; 3.15 clears only "
                     "weakrefs with a callback there");
          return true;
        }
      }
    }
  }
  // The collector leaves weakrefs to F members alone, except trash
  // weakrefs (members of U\F), which pass 1 clears whatever their referent.
  // Bodies may still add weakrefs to F members (reached through self.I) or
  // free a weakref object; so: every other weakref that pointed at a live F
  // member and is itself still alive must still point at it.
  for (ObjId f : cur_->prediction.legacy) {
    const ObjectInfo* o = s.Find(f);
    if (o == nullptr || !o->in_working_list) continue;  // it died (see above)
    const WeakrefList* before = cur_->start.heap.WeakrefsOf(f);
    if (before == nullptr) continue;
    for (const WeakrefEntry& e : before->entries) {
      if (cleared.count(e.weakref)) continue;
      if (s.Find(e.weakref) == nullptr) continue;  // freed by a body
      if (s.ReferentOf(e.weakref) != f) {
        Report(FindingKind::kClearedWeakrefs,
               "weakref " + std::to_string(e.weakref) +
                   " to legacy-closure object " + std::to_string(f) +
                   " was cleared; only trash weakrefs may be");
        return true;
      }
    }
  }
  return false;
}

bool CheckedCollectorBackend::Recorder::CheckSurvivors(
    const CollectorSnapshot& after, const std::vector<ObjId>& survivors) {
  const CollectionPrediction& p = cur_->prediction;
  Result<ResurrectionPrediction> r =
      PredictResurrection(p, after.heap, survivors);
  if (!r.ok()) {
    Report(FindingKind::kSurvivorList,
           "unreachable list after finalizers " + Ids(survivors) + ": " +
               r.error() + " (finalizable set " + Ids(p.finalizable) + ")");
    return true;
  }
  const SnapshotIndex index(after.heap);
  const std::set<ObjId> listed(survivors.begin(), survivors.end());
  for (ObjId u : p.finalizable) {
    const ObjectInfo* o = index.Find(u);
    if (o == nullptr || listed.count(u)) continue;
    if (o->where != Where::kGen0 || !o->finalized) {
      Report(FindingKind::kSurvivorList,
             "object " + std::to_string(u) +
                 " left the unreachable list alive, but is not a "
                 "dealloc-path resurrection (gen0, FINALIZED)");
      return true;
    }
  }
  cur_->resurrection = std::move(r).value();
  return false;
}

// Where the collection's survivors end up (§3.3, 3.8, 3.9, 3.11): the
// reachable part of C, the resurrected objects and what is left of F go to
// `old` (gen g+1, or gen 2 for a full collection). Exceptions a checker can
// see: tuples and dicts the collection untracked; such a dict that a body
// then gave a GC value (re-tracked into gen 0, §1.2); objects that died and
// were resurrected from their dealloc (re-tracked into gen 0: only instances
// with a finalizer can); everything, after a gc.freeze() during the
// collection.
bool CheckedCollectorBackend::Recorder::CheckPlacement(
    const CollectorSnapshot& end) {
  if (cur_->froze) return false;
  const CollectionPrediction& p = cur_->prediction;
  // 3.14's region collections put every survivor in the old space.
  Where old = cur_->start.heap.examined.empty()
                  ? static_cast<Where>(std::min(cur_->generation + 1, 2))
                  : Where::kGen2;
  const std::set<ObjId> unreachable(p.unreachable.begin(), p.unreachable.end());
  const SnapshotIndex index(end.heap);
  std::vector<ObjId> expected_old;
  for (ObjId id : p.collected) {
    if (!unreachable.count(id)) expected_old.push_back(id);
  }
  for (ObjId id : cur_->resurrection->resurrected) expected_old.push_back(id);
  for (ObjId id : p.legacy) expected_old.push_back(id);
  for (ObjId id : expected_old) {
    const ObjectInfo* o = index.Find(id);
    if (o == nullptr || o->where == old) continue;
    bool untracked_container =
        o->where == Where::kUntracked &&
        (o->kind == ObjKind::kTuple || o->kind == ObjKind::kDict);
    bool retracked = o->where == Where::kGen0 &&
                     (o->kind == ObjKind::kDict || o->has_del || o->has_tp_del);
    if (untracked_container || retracked) continue;
    Report(FindingKind::kPlacement, "survivor " + std::to_string(id) + " (" +
                                        KindName(o->kind) + ") ended in " +
                                        WhereName(o->where) + ", expected " +
                                        WhereName(old));
    return true;
  }
  return false;
}

void CheckedCollectorBackend::Recorder::AfterFinalize(
    const collector::Heap& heap, const std::vector<ObjId>& unreachable) {
  if (!cur_ || finding_) return;
  cur_->finalized = true;
  cur_->saveall_in_delete = saveall_;
  CollectorSnapshot after = SnapshotOf(heap, cur_->generation, saveall_);
  if (CheckFinalizeCalls(after) || CheckCallbacks() ||
      CheckWeakrefsAfter(after)) {
    return;
  }
  CheckSurvivors(after, unreachable);
}

void CheckedCollectorBackend::Recorder::OnCollectionEnd(
    const collector::Heap& heap, const collector::CollectionReport& report) {
  last_found_ = report.collected + report.uncollectable;
  if (!cur_ || finding_ || !cur_->resurrection) return;
  const CollectionPrediction& p = cur_->prediction;
  const ResurrectionPrediction& r = *cur_->resurrection;
  if (report.unreachable != p.unreachable) {
    Report(FindingKind::kUnreachableSet,
           "the collector found " + Ids(report.unreachable) +
               " unreachable, the oracle " + Ids(p.unreachable));
    return;
  }
  if (report.finalizers != p.legacy) {
    Report(FindingKind::kLegacySet, "the collector's legacy-finalizer set is " +
                                        Ids(report.finalizers) +
                                        ", the oracle's " + Ids(p.legacy));
    return;
  }
  if (report.final_unreachable != r.final_unreachable ||
      Sorted(report.resurrected) != Sorted(r.resurrected)) {
    Report(FindingKind::kResurrectedSet,
           "the collector resurrected " + Ids(report.resurrected) +
               " and kept " + Ids(report.final_unreachable) +
               " as final; the oracle resurrects " + Ids(r.resurrected) +
               " and keeps " + Ids(r.final_unreachable));
    return;
  }
  CollectorSnapshot end = SnapshotOf(heap, cur_->generation, saveall_);
  // When a body run by a tp_clear in delete_garbage changed DEBUG_SAVEALL,
  // which final_unreachable objects were still alive and saw the flag set
  // depends on the bodies: predict the legacy part only, and require the
  // rest to be a subsequence of final_unreachable.
  const bool changed = cur_->saveall_changed_in_delete;
  const SaveAllFlags flags{changed ? false : cur_->saveall_in_delete, saveall_};
  // Whose dealloc ran a finalizer during the collection: such an object
  // left the finalizers list, even if a body resurrected and froze it.
  std::vector<ObjId> deallocated;
  for (size_t i = cur_->first_event; i < events_.size(); ++i) {
    if (events_[i].kind == Kind::kDel || events_[i].kind == Kind::kTpDel) {
      deallocated.push_back(events_[i].obj);
    }
  }
  Result<CountPrediction> c = PredictCounts(
      p, r, end.heap, cur_->weakrefs_freed_after_callback, flags, deallocated);
  if (!c.ok()) {
    Report(FindingKind::kBadSnapshot, c.error());
    return;
  }
  if (report.collected != c->collected ||
      report.uncollectable != c->uncollectable) {
    Report(FindingKind::kReturnValue,
           "the collector counts collected " +
               std::to_string(report.collected) + ", uncollectable " +
               std::to_string(report.uncollectable) + "; the oracle " +
               std::to_string(c->collected) + ", " +
               std::to_string(c->uncollectable));
    return;
  }
  std::vector<ObjId> appended;
  for (size_t i = cur_->first_event; i < events_.size(); ++i) {
    if (events_[i].kind == Kind::kGarbage &&
        events_[i].depth == cur_->base_depth) {
      appended.push_back(events_[i].obj);
    }
  }
  if (!changed && appended != c->garbage_appends) {
    Report(
        FindingKind::kGarbageAppends,
        "the collection appended " + Ids(appended) +
            " to gc.garbage, the oracle expects " + Ids(c->garbage_appends) +
            (flags.in_delete ? " (DEBUG_SAVEALL set when delete_garbage began)"
                             : ""));
    return;
  }
  if (changed && !AppendsFinalSubsequenceThen(appended, r.final_unreachable,
                                              c->garbage_appends)) {
    Report(FindingKind::kGarbageAppends,
           "the collection appended " + Ids(appended) +
               " to gc.garbage; DEBUG_SAVEALL changed during delete_garbage, "
               "so the oracle expects a subsequence of final_unreachable " +
               Ids(r.final_unreachable) + " followed by " +
               Ids(c->garbage_appends));
    return;
  }
  if (!flags.in_delete && !changed) {
    for (ObjId x : r.final_unreachable) {
      // A collection run at trashcan nesting 50 (a body deep in a
      // deallocation) defers what delete_garbage drops to the trashcan's
      // stack; it is freed when the nesting unwinds.
      if (!freed_.count(x) && !heap.IsDeposited(x)) {
        Report(FindingKind::kFreedSet,
               "final_unreachable object " + std::to_string(x) +
                   " was not freed by the end of the collection");
        return;
      }
    }
  }
  if (CheckPlacement(end)) return;
  if (cur_->base_depth == 0 && end.exact()) {
    ReportFirst(CheckHeap(end.heap, end.holders, freed_, dels_),
                "at the end: ", end.heap);
  }
}

// --- the Backend decorator
// ----------------------------------------------------

CheckedCollectorBackend::CheckedCollectorBackend(
    const collector::VersionRules& rules)
    : inner_(rules), recorder_(std::make_unique<Recorder>()) {}
CheckedCollectorBackend::~CheckedCollectorBackend() = default;

const std::optional<Finding>& CheckedCollectorBackend::finding() const {
  return recorder_->finding();
}
int CheckedCollectorBackend::collections_checked() const {
  return recorder_->collections();
}
int CheckedCollectorBackend::invariant_checks() const {
  return recorder_->invariant_checks();
}
int CheckedCollectorBackend::merge_checks() const {
  return recorder_->merge_checks();
}
const std::vector<HostEvent>& CheckedCollectorBackend::events() const {
  return recorder_->events();
}

void CheckedCollectorBackend::Begin(gcops::Host& host,
                                    const gcops::Program& program) {
  recorder_->Reset(&host);
  inner_.Begin(interposed_host_ != nullptr ? *interposed_host_ : *recorder_,
               program);
  inner_.heap().set_observer(interposed_ != nullptr ? interposed_
                                                    : recorder_.get());
}
collector::Observer& CheckedCollectorBackend::ObserverForTesting() {
  return *recorder_;
}
gcops::Host& CheckedCollectorBackend::HostForTesting() { return *recorder_; }
void CheckedCollectorBackend::End() {
  inner_.heap().set_observer(nullptr);
  inner_.End();
}
void CheckedCollectorBackend::NewInstance(gcops::ObjId id, gcops::ClassId cls) {
  inner_.NewInstance(id, cls);
}
void CheckedCollectorBackend::NewList(gcops::ObjId id,
                                      std::span<const gcops::Value> items) {
  inner_.NewList(id, items);
}
void CheckedCollectorBackend::NewDict(gcops::ObjId id) { inner_.NewDict(id); }
void CheckedCollectorBackend::NewTuple(gcops::ObjId id,
                                       std::span<const gcops::Value> items) {
  inner_.NewTuple(id, items);
}
gcops::ObjId CheckedCollectorBackend::NewWeakref(gcops::ObjId id, bool proxy,
                                                 gcops::ObjId target,
                                                 bool with_callback) {
  return inner_.NewWeakref(id, proxy, target, with_callback);
}
void CheckedCollectorBackend::Incref(gcops::ObjId obj) { inner_.Incref(obj); }
void CheckedCollectorBackend::Decref(gcops::ObjId obj) { inner_.Decref(obj); }
gcops::ObjKind CheckedCollectorBackend::KindOf(gcops::ObjId obj) {
  return inner_.KindOf(obj);
}
gcops::ClassId CheckedCollectorBackend::ClassOf(gcops::ObjId obj) {
  return inner_.ClassOf(obj);
}
size_t CheckedCollectorBackend::Length(gcops::ObjId obj) {
  return inner_.Length(obj);
}
bool CheckedCollectorBackend::HasKey(gcops::ObjId dict, int32_t key) {
  return inner_.HasKey(dict, key);
}
gcops::Value CheckedCollectorBackend::GetItem(gcops::ObjId obj, int32_t index) {
  return inner_.GetItem(obj, index);
}
void CheckedCollectorBackend::SetItem(gcops::ObjId obj, int32_t index,
                                      const gcops::Value& v) {
  inner_.SetItem(obj, index, v);
}
void CheckedCollectorBackend::DelKey(gcops::ObjId dict, int32_t key) {
  inner_.DelKey(dict, key);
}
void CheckedCollectorBackend::Append(gcops::ObjId list, const gcops::Value& v) {
  inner_.Append(list, v);
}
int64_t CheckedCollectorBackend::Collect(int gen) {
  const collector::Heap& heap = inner_.heap();
  // 3.11's merge order; 3.14's collections examine a region instead.
  if (!heap.collecting() && !heap.rules().incremental) {
    recorder_->ExpectMerge(
        gen, {heap.ObjectsInGeneration(0), heap.ObjectsInGeneration(1),
              heap.ObjectsInGeneration(2)});
  }
  return inner_.Collect(gen);
}
void CheckedCollectorBackend::SetEnabled(bool enabled) {
  inner_.SetEnabled(enabled);
}
void CheckedCollectorBackend::SetThreshold(std::span<const int32_t> t) {
  inner_.SetThreshold(t);
}
void CheckedCollectorBackend::Freeze() {
  recorder_->NoteFreeze();
  inner_.Freeze();
}
void CheckedCollectorBackend::Unfreeze() { inner_.Unfreeze(); }
void CheckedCollectorBackend::SetDebug(uint32_t flags) {
  recorder_->set_saveall((flags & gcops::kDebugSaveAll) != 0);
  inner_.SetDebug(flags);
}
void CheckedCollectorBackend::ClearGarbage() { inner_.ClearGarbage(); }
size_t CheckedCollectorBackend::GarbageSize() { return inner_.GarbageSize(); }
gcops::ObjId CheckedCollectorBackend::PopGarbage(size_t index) {
  return inner_.PopGarbage(index);
}
void CheckedCollectorBackend::StatementStart() { inner_.StatementStart(); }

void CheckedCollectorBackend::AddGcCallback(uint32_t index) {
  inner_.AddGcCallback(index);
}
bool CheckedCollectorBackend::IsTracked(gcops::ObjId obj) {
  return inner_.IsTracked(obj);
}
bool CheckedCollectorBackend::IsFinalized(gcops::ObjId obj) {
  return inner_.IsFinalized(obj);
}
int64_t CheckedCollectorBackend::WeakrefCount(gcops::ObjId obj) {
  return inner_.WeakrefCount(obj);
}
bool CheckedCollectorBackend::WeakrefIsDead(gcops::ObjId weakref) {
  return inner_.WeakrefIsDead(weakref);
}
gcops::Where CheckedCollectorBackend::GenerationOf(gcops::ObjId obj) {
  return inner_.GenerationOf(obj);
}
std::vector<gcops::ObjId> CheckedCollectorBackend::Objects(int gen) {
  return inner_.Objects(gen);
}
std::vector<gcops::ObjId> CheckedCollectorBackend::Referents(gcops::ObjId obj) {
  return inner_.Referents(obj);
}
std::vector<gcops::ObjId> CheckedCollectorBackend::Referrers(gcops::ObjId obj) {
  return inner_.Referrers(obj);
}
std::vector<gcops::ObjId> CheckedCollectorBackend::Garbage() {
  return inner_.Garbage();
}
std::array<int64_t, 3> CheckedCollectorBackend::Count() {
  return inner_.Count();
}
gcops::GenStats CheckedCollectorBackend::Stats(int gen) {
  return inner_.Stats(gen);
}

CheckedRun RunChecked(const gcops::Program& program,
                      const gcops::RunOptions& options) {
  CheckedCollectorBackend backend;
  CheckedRun out;
  out.run = gcops::Run(program, backend, options);
  out.finding = backend.finding();
  out.collections_checked = backend.collections_checked();
  out.invariant_checks = backend.invariant_checks();
  out.merge_checks = backend.merge_checks();
  return out;
}

}  // namespace gcfuzz::oracle
