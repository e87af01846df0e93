#include "oracle/collector_snapshot.h"

#include <algorithm>
#include <tuple>

namespace gcfuzz::oracle {

namespace {

// Location -> (where, in_working_list).
std::pair<Where, bool> Place(collector::Location l) {
  switch (l) {
    case collector::Location::kGen0:
      return {Where::kGen0, false};
    case collector::Location::kGen1:
      return {Where::kGen1, false};
    case collector::Location::kGen2:
      return {Where::kGen2, false};
    case collector::Location::kPermanent:
      return {Where::kPermanent, false};
    case collector::Location::kUntracked:
      return {Where::kUntracked, false};
    case collector::Location::kWorking:
      return {Where::kUntracked, true};
  }
  return {Where::kUntracked, false};
}

}  // namespace

CollectorSnapshot SnapshotOf(const collector::Heap& heap, int generation,
                             bool saveall) {
  CollectorSnapshot out;
  HeapSnapshot& s = out.heap;
  s.generation = generation;
  s.debug_saveall = saveall;
  s.weakrefs_split = !heap.rules().clear_all_weakrefs_before_finalizers;
  s.dicts_always_tracked = !heap.rules().dicts_untracked;
  std::vector<collector::ObjectInfo> infos;
  heap.ForEachObject(
      [&infos](const collector::ObjectInfo& info) { infos.push_back(info); });
  // Ids are the collector's table indices (dense), so per-id facts live in
  // vectors indexed by id: a snapshot per collection phase made std::set
  // and std::map nodes a large share of a checked run (issue 15).
  ObjId bound = 0;
  for (const collector::ObjectInfo& info : infos)
    bound = std::max(bound, info.id + 1);
  std::vector<const collector::ObjectInfo*> by_id(bound, nullptr);
  std::vector<bool> live(bound, false);
  for (const collector::ObjectInfo& info : infos) {
    by_id[info.id] = &info;
    if (info.refcount == 0) {
      out.omitted.push_back(info.id);
    } else {
      live[info.id] = true;
    }
  }
  auto is_live = [&](ObjId id) { return id < bound && live[id]; };
  // The examined region, as the snapshot's objects: those being
  // deallocated (refcount 0, omitted like everywhere else) left out.
  for (ObjId id : heap.ExaminedRegion())
    if (is_live(id)) s.examined.push_back(id);
  std::vector<bool> examined(bound, false);
  for (ObjId id : s.examined) examined[id] = true;
  // ForEachObject goes by id; list order comes from the generation lists.
  std::vector<ObjId> order;
  std::vector<bool> ordered(bound, false);
  auto add = [&](ObjId id) {
    if (id < bound && !ordered[id]) {
      ordered[id] = true;
      order.push_back(id);
    }
  };
  for (ObjId id : s.examined) add(id);
  for (int g = 0; g < 3; ++g) {
    for (ObjId id : heap.ObjectsInGeneration(g)) add(id);
  }
  for (const collector::ObjectInfo& info : infos) add(info.id);

  s.objects.reserve(order.size());
  for (ObjId id : order) {
    if (!is_live(id)) continue;
    const collector::ObjectInfo& info = *by_id[id];
    ObjectInfo o;
    o.id = id;
    o.kind = info.kind;
    std::tie(o.where, o.in_working_list) = Place(info.location);
    // The region a 3.14 collection examines is its "collected generation".
    if (examined[id]) {
      o.where = Where::kGen0;
      o.in_working_list = false;
    }
    o.refcount = info.refcount;
    o.finalized = info.finalized;
    o.has_del = info.has_del;
    o.has_tp_del = info.has_tp_del;
    o.refs = heap.ReferentIds(heap.Get(id));
    s.objects.push_back(o);
    int64_t held = info.runner_refs + info.pins;
    if (held != 0) out.holders.refs[id] = held;

    if (info.kind != ObjKind::kInstance) continue;
    WeakrefList list{id, {}};
    for (const collector::WeakrefInfo& w : heap.WeakrefsOf(heap.Get(id))) {
      if (is_live(w.weakref)) {
        list.entries.push_back(WeakrefEntry{w.weakref, w.has_callback});
      } else if (std::find(out.omitted.begin(), out.omitted.end(), w.weakref) ==
                 out.omitted.end()) {
        out.omitted.push_back(w.weakref);  // a weakref being freed
      }
    }
    if (!list.entries.empty()) s.weakrefs.push_back(list);
  }
  s.garbage = heap.GarbageIds();
  return out;
}

}  // namespace gcfuzz::oracle
