#include "tests/oracle/random_heap.h"

#include <algorithm>
#include <array>
#include <map>

namespace gcfuzz::oracle::testing {

namespace {

bool Chance(std::mt19937_64& rng, double p) {
  return std::bernoulli_distribution(p)(rng);
}

int Uniform(std::mt19937_64& rng, int lo, int hi) {
  return std::uniform_int_distribution<int>(lo, hi)(rng);
}

ObjKind RandomKind(std::mt19937_64& rng) {
  int r = Uniform(rng, 0, 99);
  if (r < 45) return ObjKind::kInstance;
  if (r < 60) return ObjKind::kList;
  if (r < 70) return ObjKind::kDict;
  if (r < 80) return ObjKind::kTuple;
  if (r < 93) return ObjKind::kRef;
  return ObjKind::kProxy;
}

Where RandomWhere(std::mt19937_64& rng, ObjKind kind) {
  int r = Uniform(rng, 0, 99);
  bool can_untrack = kind == ObjKind::kTuple || kind == ObjKind::kDict;
  if (can_untrack && r < 20) return Where::kUntracked;
  if (r < 55) return Where::kGen0;
  if (r < 70) return Where::kGen1;
  if (r < 88) return Where::kGen2;
  if (r < 95) return Where::kPermanent;
  return can_untrack ? Where::kUntracked : Where::kGen0;
}

std::map<ObjId, int64_t> CurrentExternal(const HeapSnapshot& s) {
  std::map<ObjId, int64_t> ext = ExternalRefs(s);
  for (ObjId g : s.garbage) ext[g] -= 1;
  return ext;
}

// Puts `e` at a random place in `referent`'s weakref list.
void AddToList(std::mt19937_64& rng, HeapSnapshot& s, ObjId referent,
               WeakrefEntry e) {
  auto it = std::find_if(
      s.weakrefs.begin(), s.weakrefs.end(),
      [&](const WeakrefList& l) { return l.referent == referent; });
  if (it == s.weakrefs.end()) {
    s.weakrefs.push_back(WeakrefList{referent, {e}});
  } else {
    it->entries.insert(
        it->entries.begin() + Uniform(rng, 0, it->entries.size()), e);
  }
}

// Adds a piece of young garbage the uniform graph rarely makes: a ring of
// instances with a chain hanging off it (so legacy objects there are held
// only by finalizable ones), weakrefs from outside with callbacks, and a
// trash weakref. Nothing outside refers into it.
void PlantGarbage(std::mt19937_64& rng, HeapSnapshot& s, ObjId& next_id,
                  double p_tp_del, std::map<ObjId, int64_t>& external) {
  auto add = [&](ObjKind kind, Where where) -> ObjectInfo& {
    ObjectInfo o;
    o.id = next_id++;
    o.kind = kind;
    o.where = where;
    if (kind == ObjKind::kInstance) {
      o.has_del = Chance(rng, 0.5);
      o.has_tp_del = Chance(rng, p_tp_del);
      o.finalized = o.has_del && Chance(rng, 0.2);
    }
    // Insert at a random place: list order must not matter to sets.
    auto pos = s.objects.begin() + Uniform(rng, 0, s.objects.size());
    return *s.objects.insert(pos, o);
  };
  std::vector<ObjId> ring;
  int k = Uniform(rng, 1, 4);
  for (int i = 0; i < k; ++i)
    ring.push_back(add(ObjKind::kInstance, Where::kGen0).id);
  for (int i = 0; i < k; ++i)
    s.Find(ring[i])->refs.push_back(ring[(i + 1) % k]);
  ObjId tail = ring[Uniform(rng, 0, k - 1)];
  for (int i = Uniform(rng, 0, 2); i > 0; --i) {
    ObjId next = add(ObjKind::kInstance, Where::kGen0).id;
    s.Find(tail)->refs.push_back(next);
    tail = next;
  }
  for (int i = Uniform(rng, 0, 3); i > 0; --i) {
    ObjId referent = ring[Uniform(rng, 0, k - 1)];
    Where where = static_cast<Where>(Uniform(rng, 0, 3));
    ObjId w = add(ObjKind::kRef, where).id;
    external[w] = 1;
    AddToList(rng, s, referent, WeakrefEntry{w, Chance(rng, 0.8)});
  }
  if (Chance(rng, 0.3)) {
    ObjId holder = ring[Uniform(rng, 0, k - 1)];
    ObjId w = add(ObjKind::kProxy, Where::kGen0).id;
    s.Find(holder)->refs.push_back(w);
    AddToList(rng, s, ring[0], WeakrefEntry{w, true});
  }
}

}  // namespace

void SetRefcounts(HeapSnapshot& s, const std::map<ObjId, int64_t>& external) {
  std::map<ObjId, int64_t> held = IncomingRefs(s);
  for (ObjId g : s.garbage) held[g] += 1;
  for (ObjectInfo& o : s.objects) {
    auto it = external.find(o.id);
    o.refcount = held[o.id] + (it == external.end() ? 0 : it->second);
  }
}

void FreeObject(HeapSnapshot& s, ObjId id) {
  std::erase_if(s.objects, [id](const ObjectInfo& o) { return o.id == id; });
  for (ObjectInfo& o : s.objects) std::erase(o.refs, id);
  std::erase(s.garbage, id);
  for (WeakrefList& l : s.weakrefs) {
    std::erase_if(l.entries,
                  [id](const WeakrefEntry& e) { return e.weakref == id; });
  }
  std::erase_if(s.weakrefs, [id](const WeakrefList& l) {
    return l.referent == id || l.entries.empty();
  });
}

HeapSnapshot RandomHeap(std::mt19937_64& rng,
                        const RandomHeapOptions& options) {
  HeapSnapshot s;
  int n = Uniform(rng, 1, options.max_objects);
  // Per-heap densities, so some heaps are mostly garbage, some mostly
  // legacy, some full of weakrefs.
  const double p_external = std::array{0.05, 0.15, 0.3}[Uniform(rng, 0, 2)];
  const double p_tp_del = std::array{0.04, 0.15, 0.3}[Uniform(rng, 0, 2)];
  const double p_callback = std::array{0.3, 0.6, 0.9}[Uniform(rng, 0, 2)];
  // Sparse heaps make chains hanging off cycles; dense ones one big cycle.
  const int max_refs = std::min(options.max_refs_per_object,
                                std::array{1, 2, 4}[Uniform(rng, 0, 2)]);
  // Sparse ids, to catch code that confuses ids with positions.
  ObjId next_id = static_cast<ObjId>(Uniform(rng, 0, 5));
  for (int i = 0; i < n; ++i) {
    ObjectInfo o;
    o.id = next_id;
    next_id += static_cast<ObjId>(Uniform(rng, 1, 3));
    o.kind = RandomKind(rng);
    o.where = RandomWhere(rng, o.kind);
    if (o.kind == ObjKind::kInstance) {
      o.has_del = Chance(rng, 0.4);
      o.has_tp_del = Chance(rng, p_tp_del);
      o.finalized = o.has_del && Chance(rng, 0.25);
    }
    s.objects.push_back(o);
  }
  std::vector<ObjId> instances;
  for (const ObjectInfo& o : s.objects) {
    if (o.kind == ObjKind::kInstance) instances.push_back(o.id);
  }
  for (ObjectInfo& o : s.objects) {
    if (o.is_weakref()) continue;  // callbacks live outside the heap
    int refs = Uniform(rng, 0, max_refs);
    for (int k = 0; k < refs; ++k) {
      o.refs.push_back(s.objects[Uniform(rng, 0, n - 1)].id);
    }
  }
  for (const ObjectInfo& o : s.objects) {
    if (!o.is_weakref() || instances.empty() || Chance(rng, 0.15)) continue;
    ObjId referent = instances[Uniform(rng, 0, instances.size() - 1)];
    AddToList(rng, s, referent, WeakrefEntry{o.id, Chance(rng, p_callback)});
  }
  int garbage = Chance(rng, 0.2) ? Uniform(rng, 1, 3) : 0;
  for (int k = 0; k < garbage; ++k) {
    s.garbage.push_back(s.objects[Uniform(rng, 0, n - 1)].id);
  }
  std::map<ObjId, int64_t> external;
  for (int plants = Chance(rng, 0.6) ? Uniform(rng, 1, 2) : 0; plants > 0;
       --plants) {
    PlantGarbage(rng, s, next_id, p_tp_del, external);
  }
  for (const ObjectInfo& o : s.objects) {
    if (external.count(o.id)) continue;
    // Programs mostly hold their weakrefs in roots.
    double p = o.is_weakref() ? 0.6 : p_external;
    external[o.id] = Chance(rng, p) ? Uniform(rng, 1, 2) : 0;
  }
  SetRefcounts(s, external);
  // Nobody holds it at all: a real heap would have freed it already.
  for (const ObjectInfo& o : std::vector<ObjectInfo>(s.objects)) {
    if (s.Find(o.id)->refcount == 0) external[o.id] = 1;
  }
  SetRefcounts(s, external);
  s.generation = Uniform(rng, 0, 2);
  s.debug_saveall = Chance(rng, 0.2);
  return s;
}

RandomAfter RandomAfterFinalizers(std::mt19937_64& rng,
                                  const HeapSnapshot& start,
                                  const CollectionPrediction& p) {
  RandomAfter r;
  r.after = start;
  std::map<ObjId, int64_t> external = CurrentExternal(start);
  // Finalizers ran: FINALIZED is set on every object whose __del__ ran.
  for (ObjId id : p.del_calls) r.after.Find(id)->finalized = true;
  // Some finalizable objects were freed during finalization.
  std::vector<ObjId> freed;
  for (ObjId id : p.finalizable) {
    if (Chance(rng, 0.2)) {
      freed.push_back(id);
    } else {
      r.survivors.push_back(id);
    }
  }
  for (ObjId id : freed) {
    FreeObject(r.after, id);
    external.erase(id);
  }
  // Finalizer bodies stored some survivors in roots or in outside objects,
  // and linked survivors to each other.
  std::vector<ObjId> outside;
  for (const ObjectInfo& o : r.after.objects) {
    if (!Contains(r.survivors, o.id) && !o.is_weakref())
      outside.push_back(o.id);
  }
  for (ObjId id : r.survivors) {
    if (Chance(rng, 0.1)) external[id] += 1;
    if (!outside.empty() && Chance(rng, 0.1)) {
      r.after.Find(outside[Uniform(rng, 0, outside.size() - 1)])
          ->refs.push_back(id);
    }
    if (Chance(rng, 0.15) && !r.after.Find(id)->is_weakref()) {
      r.after.Find(id)->refs.push_back(
          r.survivors[Uniform(rng, 0, r.survivors.size() - 1)]);
    }
  }
  SetRefcounts(r.after, external);
  // What only freed objects held was freed with them.
  bool changed = true;
  while (changed) {
    changed = false;
    for (const ObjectInfo& o : std::vector<ObjectInfo>(r.after.objects)) {
      if (r.after.Find(o.id)->refcount != 0) continue;
      FreeObject(r.after, o.id);
      std::erase(r.survivors, o.id);
      SetRefcounts(r.after, external);
      changed = true;
    }
  }
  return r;
}

HeapSnapshot RandomEnd(std::mt19937_64& rng, const HeapSnapshot& after,
                       const CollectionPrediction& p,
                       const ResurrectionPrediction& res) {
  HeapSnapshot end = after;
  std::map<ObjId, int64_t> external = CurrentExternal(after);
  Where old = static_cast<Where>(std::min(after.generation + 1, 2));
  if (after.debug_saveall) {
    for (ObjId id : res.final_unreachable) {
      end.garbage.push_back(id);
      end.Find(id)->where = old;
    }
  } else {
    for (ObjId id : res.final_unreachable) FreeObject(end, id);
  }
  for (ObjId id : p.legacy) {
    if (end.Find(id) == nullptr) continue;
    int r = Uniform(rng, 0, 9);
    if (r == 0 && !after.debug_saveall) {
      FreeObject(end, id);
      external.erase(id);
    } else if (r == 1 && !after.debug_saveall) {
      end.Find(id)->where = Where::kGen0;  // died, tp_del resurrected it
      external[id] += 1;
    } else {
      end.Find(id)->where = old;
    }
  }
  SetRefcounts(end, external);
  // Freeing can leave objects nobody holds; they would be freed too.
  bool changed = true;
  while (changed) {
    changed = false;
    for (const ObjectInfo& o : std::vector<ObjectInfo>(end.objects)) {
      if (end.Find(o.id)->refcount == 0) {
        FreeObject(end, o.id);
        SetRefcounts(end, external);
        changed = true;
      }
    }
  }
  return end;
}

}  // namespace gcfuzz::oracle::testing
