#include "oracle/predict.h"

#include <set>
#include <string>

#include "oracle/heap_graph.h"

namespace gcfuzz::oracle {

bool Contains(std::span<const ObjId> ids, ObjId id) {
  for (ObjId x : ids) {
    if (x == id) return true;
  }
  return false;
}

namespace {

// The members of `all` that are not in `remove`, in `all`'s order.
std::vector<ObjId> Minus(std::span<const ObjId> all,
                         std::span<const ObjId> remove) {
  std::set<ObjId> drop(remove.begin(), remove.end());
  std::vector<ObjId> out;
  for (ObjId x : all) {
    if (!drop.count(x)) out.push_back(x);
  }
  return out;
}

// The members of `all` that are in `keep`, in `all`'s order.
std::vector<ObjId> Intersect(std::span<const ObjId> all,
                             std::span<const ObjId> keep) {
  std::set<ObjId> kept(keep.begin(), keep.end());
  std::vector<ObjId> out;
  for (ObjId x : all) {
    if (kept.count(x)) out.push_back(x);
  }
  return out;
}

// [gen g][gen 0][gen 1]..[gen g-1]: CPython appends the younger lists to the
// tail of generation g, youngest first.
std::vector<ObjId> MergedGenerations(const HeapSnapshot& s) {
  std::vector<Where> order = {static_cast<Where>(s.generation)};
  for (int i = 0; i < s.generation; ++i) order.push_back(static_cast<Where>(i));
  std::vector<ObjId> merged;
  for (Where w : order) {
    for (ObjId id : s.ListOrder(w)) merged.push_back(id);
  }
  return merged;
}

// Members of `set` with a reference from outside `set`, and everything they
// reach inside it: the part of `set` a collector must keep.
struct Split {
  std::map<ObjId, int64_t> gc_refs;
  std::vector<ObjId> reachable;    // in `set` order
  std::vector<ObjId> unreachable;  // in `set` order
};

Split SplitByExternalRefs(const HeapSnapshot& s, std::span<const ObjId> set) {
  SubsetGraph graph(s, set);
  SnapshotIndex index(s);
  Split split;
  std::vector<ObjId> sources;
  for (ObjId id : set) {
    int64_t refs = index.Find(id)->refcount - graph.InternalRefsTo(id);
    split.gc_refs[id] = refs;
    if (refs > 0) sources.push_back(id);
  }
  std::vector<ObjId> reached = graph.ReachableFrom(sources);
  split.reachable = Intersect(set, reached);
  split.unreachable = Minus(set, reached);
  return split;
}

// Before and after a collection every tracked object is in a generation.
std::string NoWorkingLists(const HeapSnapshot& s) {
  for (const ObjectInfo& o : s.objects) {
    if (o.in_working_list) {
      return "object " + std::to_string(o.id) +
             " is in a collection's working list, outside any collection";
    }
  }
  return "";
}

void PredictWeakrefs(const HeapSnapshot& s, CollectionPrediction& p) {
  SnapshotIndex index(s);
  std::set<ObjId> cleared;
  std::set<ObjId> finalizable(p.finalizable.begin(), p.finalizable.end());
  auto clear = [&p, &cleared](ObjId w) {
    if (cleared.insert(w).second) p.cleared_weakrefs.push_back(w);
  };
  for (ObjId op : p.finalizable) {
    const ObjectInfo* o = index.Find(op);
    // A weakref in the set is cleared even if its referent lives; a dead
    // one (in no list) has nothing left to clear. 3.15 leaves it, and
    // callback-less weakrefs, for after resurrection.
    if (o->is_weakref() && index.ReferentOf(op) != kNoObj && !s.weakrefs_split)
      clear(op);
    const WeakrefList* list = index.WeakrefsOf(op);
    if (list == nullptr) continue;
    for (const WeakrefEntry& e : list->entries) {
      if (s.weakrefs_split && !e.has_callback) continue;
      clear(e.weakref);
      if (e.has_callback && !finalizable.count(e.weakref)) {
        p.callbacks.push_back(e.weakref);
      }
    }
  }
}

}  // namespace

Result<CollectionPrediction> PredictCollection(const HeapSnapshot& start) {
  std::string error = ValidateSnapshot(start);
  if (error.empty()) error = NoWorkingLists(start);
  if (!error.empty()) return Result<CollectionPrediction>::Error(error);

  CollectionPrediction p;
  p.generation = start.generation;
  p.debug_saveall = start.debug_saveall;
  p.collected =
      start.examined.empty() ? MergedGenerations(start) : start.examined;

  Split split = SplitByExternalRefs(start, p.collected);
  p.gc_refs = split.gc_refs;
  p.unreachable = split.unreachable;

  SnapshotIndex index(start);
  std::vector<ObjId> legacy_roots;
  for (ObjId id : p.unreachable) {
    if (index.Find(id)->has_tp_del) legacy_roots.push_back(id);
  }
  p.legacy = SubsetGraph(start, p.unreachable).ReachableFrom(legacy_roots);
  SubsetGraph legacy_graph(start, p.legacy);
  for (ObjId id : p.legacy) {
    if (legacy_graph.InternalRefsTo(id) == 0) p.legacy_at_risk.push_back(id);
  }
  p.finalizable = Minus(p.unreachable, p.legacy);

  PredictWeakrefs(start, p);
  for (ObjId id : p.finalizable) {
    const ObjectInfo* o = index.Find(id);
    if (o->has_del && !o->finalized) p.del_calls.push_back(id);
  }
  return p;
}

Result<ResurrectionPrediction> PredictResurrection(
    const CollectionPrediction& start, const HeapSnapshot& after,
    std::span<const ObjId> survivors) {
  using R = Result<ResurrectionPrediction>;
  std::string error = ValidateSnapshot(after);
  if (!error.empty()) return R::Error("after finalizers: " + error);
  // A subsequence of U\F: the list only loses members (dealloc unlinks).
  const SnapshotIndex index(after);
  size_t pos = 0;
  std::set<ObjId> seen;
  for (ObjId id : survivors) {
    if (!seen.insert(id).second) {
      return R::Error("survivor " + std::to_string(id) + " is listed twice");
    }
    if (index.Find(id) == nullptr) {
      return R::Error("survivor " + std::to_string(id) +
                      " is not alive after finalizers");
    }
    while (pos < start.finalizable.size() && start.finalizable[pos] != id) {
      ++pos;
    }
    if (pos == start.finalizable.size()) {
      return R::Error("survivor " + std::to_string(id) +
                      (Contains(start.finalizable, id)
                           ? " is out of the unreachable list's order"
                           : " was not in the finalizable set"));
    }
    ++pos;
  }
  Split split = SplitByExternalRefs(after, survivors);
  ResurrectionPrediction r;
  r.resurrected = split.reachable;
  r.final_unreachable = split.unreachable;
  return r;
}

Result<CountPrediction> PredictCounts(
    const CollectionPrediction& start,
    const ResurrectionPrediction& resurrection, const HeapSnapshot& end,
    int64_t weakrefs_freed_after_callback, SaveAllFlags saveall,
    std::span<const ObjId> deallocated) {
  using R = Result<CountPrediction>;
  std::string error = ValidateSnapshot(end);
  if (error.empty()) error = NoWorkingLists(end);
  if (!error.empty()) return R::Error("at the end: " + error);
  if (weakrefs_freed_after_callback < 0 ||
      weakrefs_freed_after_callback >
          static_cast<int64_t>(start.callbacks.size())) {
    return R::Error("weakrefs_freed_after_callback = " +
                    std::to_string(weakrefs_freed_after_callback) +
                    " is not in 0..number of callbacks");
  }
  const SnapshotIndex index(end);
  const std::set<ObjId> callbacks(start.callbacks.begin(),
                                  start.callbacks.end());
  CountPrediction c;
  for (ObjId id : start.legacy) {
    const ObjectInfo* o = index.Find(id);
    if (o == nullptr) continue;               // died in delete_garbage
    if (o->where == Where::kGen0) continue;   // died, then resurrected
    if (Contains(deallocated, id)) continue;  // the same, then frozen
    if (callbacks.count(id)) continue;        // moved to `old` in pass 2
    c.legacy_remaining.push_back(id);
  }
  c.uncollectable = static_cast<int64_t>(c.legacy_remaining.size());
  c.collected = static_cast<int64_t>(resurrection.final_unreachable.size()) +
                weakrefs_freed_after_callback;
  if (saveall.in_delete) c.garbage_appends = resurrection.final_unreachable;
  for (ObjId id : c.legacy_remaining) {
    if (saveall.at_legacy || index.Find(id)->has_tp_del) {
      c.garbage_appends.push_back(id);
    }
  }
  return c;
}

}  // namespace gcfuzz::oracle
