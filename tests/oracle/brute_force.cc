#include "tests/oracle/brute_force.h"

#include <algorithm>
#include <tuple>
#include <vector>

namespace gcfuzz::oracle::testing {

namespace {

using Matrix = std::vector<std::vector<int64_t>>;

int IndexOf(const HeapSnapshot& s, ObjId id) {
  for (size_t i = 0; i < s.objects.size(); ++i) {
    if (s.objects[i].id == id) return static_cast<int>(i);
  }
  return -1;
}

Matrix RefMatrix(const HeapSnapshot& s) {
  size_t n = s.objects.size();
  Matrix m(n, std::vector<int64_t>(n, 0));
  for (size_t i = 0; i < n; ++i) {
    for (ObjId r : s.objects[i].refs) m[i][IndexOf(s, r)] += 1;
  }
  return m;
}

// Least fixed point: seed, then add j whenever some member i with in[j]
// allowed has m[i][j] > 0; repeat until nothing changes.
std::vector<bool> Closure(const Matrix& m, std::vector<bool> member,
                          const std::vector<bool>& allowed) {
  bool changed = true;
  while (changed) {
    changed = false;
    for (size_t i = 0; i < m.size(); ++i) {
      if (!member[i]) continue;
      for (size_t j = 0; j < m.size(); ++j) {
        if (m[i][j] > 0 && allowed[j] && !member[j]) {
          member[j] = true;
          changed = true;
        }
      }
    }
  }
  return member;
}

// Rank of an object's list in CPython's merge: gen g first, then 0..g-1;
// -1 when not collected.
int MergeRank(Where w, int g) {
  int gen = static_cast<int>(w);
  if (w == Where::kPermanent || w == Where::kUntracked || gen > g) return -1;
  return gen == g ? 0 : 1 + gen;
}

// Splits `in_set` by "reachable from a member with refs from outside".
void SplitSet(const HeapSnapshot& s, const Matrix& m,
              const std::vector<bool>& in_set, std::vector<int64_t>& gc_refs,
              std::vector<bool>& reachable) {
  size_t n = s.objects.size();
  gc_refs.assign(n, 0);
  std::vector<bool> seed(n, false);
  for (size_t j = 0; j < n; ++j) {
    if (!in_set[j]) continue;
    int64_t internal = 0;
    for (size_t i = 0; i < n; ++i) {
      if (in_set[i]) internal += m[i][j];
    }
    gc_refs[j] = s.objects[j].refcount - internal;
    seed[j] = gc_refs[j] > 0;
  }
  reachable = Closure(m, seed, in_set);
}

}  // namespace

CollectionPrediction BruteForceCollection(const HeapSnapshot& s) {
  size_t n = s.objects.size();
  Matrix m = RefMatrix(s);
  CollectionPrediction p;
  p.generation = s.generation;
  p.debug_saveall = s.debug_saveall;

  std::vector<bool> in_c(n), in_u(n), in_f(n), in_fin(n);
  std::vector<std::pair<int, int>> c_order;  // (merge rank, position)
  for (size_t i = 0; i < n; ++i) {
    int rank = MergeRank(s.objects[i].where, s.generation);
    in_c[i] = rank >= 0;
    if (in_c[i]) c_order.push_back({rank, static_cast<int>(i)});
  }
  std::sort(c_order.begin(), c_order.end());
  std::vector<int> c_list;  // positions in merged order
  for (auto [rank, i] : c_order) c_list.push_back(i);

  std::vector<int64_t> gc_refs;
  std::vector<bool> reachable;
  SplitSet(s, m, in_c, gc_refs, reachable);
  for (int i : c_list) {
    p.collected.push_back(s.objects[i].id);
    p.gc_refs[s.objects[i].id] = gc_refs[i];
    in_u[i] = !reachable[i];
    if (in_u[i]) p.unreachable.push_back(s.objects[i].id);
  }

  // Legacy closure as a fixed point; its order by replaying the list walk.
  std::vector<bool> roots(n, false);
  for (size_t i = 0; i < n; ++i) roots[i] = in_u[i] && s.objects[i].has_tp_del;
  in_f = Closure(m, roots, in_u);
  std::vector<int> f_list;
  for (int i : c_list) {
    if (roots[i]) f_list.push_back(i);
  }
  for (size_t k = 0; k < f_list.size(); ++k) {
    for (ObjId r : s.objects[f_list[k]].refs) {
      int j = IndexOf(s, r);
      if (in_u[j] &&
          std::find(f_list.begin(), f_list.end(), j) == f_list.end()) {
        f_list.push_back(j);
      }
    }
  }
  for (int i : f_list) p.legacy.push_back(s.objects[i].id);
  for (int i : f_list) {
    int64_t from_f = 0;
    for (size_t k = 0; k < n; ++k) {
      if (in_f[k]) from_f += m[k][i];
    }
    if (from_f == 0) p.legacy_at_risk.push_back(s.objects[i].id);
  }

  std::vector<int> position_in_fin(n, -1);
  for (int i : c_list) {
    in_fin[i] = in_u[i] && !in_f[i];
    if (in_fin[i]) {
      position_in_fin[i] = static_cast<int>(p.finalizable.size());
      p.finalizable.push_back(s.objects[i].id);
    }
  }

  // Weakrefs: each clearing gets a key (position of the object walked,
  // -1 for "the object is the weakref itself", else the list index).
  std::vector<std::tuple<int, int, ObjId>> cleared, called;
  for (const WeakrefList& l : s.weakrefs) {
    int r = IndexOf(s, l.referent);
    for (size_t k = 0; k < l.entries.size(); ++k) {
      int w = IndexOf(s, l.entries[k].weakref);
      ObjId wid = l.entries[k].weakref;
      int key_self = in_fin[w] ? position_in_fin[w] : 1 << 30;
      int key_list = in_fin[r] ? position_in_fin[r] : 1 << 30;
      if (in_fin[w] || in_fin[r]) {
        cleared.push_back(
            key_self < key_list
                ? std::make_tuple(key_self, -1, wid)
                : std::make_tuple(key_list, static_cast<int>(k), wid));
      }
      if (in_fin[r] && !in_fin[w] && l.entries[k].has_callback) {
        called.push_back({key_list, static_cast<int>(k), wid});
      }
    }
  }
  std::sort(cleared.begin(), cleared.end());
  std::sort(called.begin(), called.end());
  for (auto& [a, b, w] : cleared) p.cleared_weakrefs.push_back(w);
  for (auto& [a, b, w] : called) p.callbacks.push_back(w);

  for (int i : c_list) {
    const ObjectInfo& o = s.objects[i];
    if (in_fin[i] && o.has_del && !o.finalized) p.del_calls.push_back(o.id);
  }
  return p;
}

ResurrectionPrediction BruteForceResurrection(
    const HeapSnapshot& after, std::span<const ObjId> survivors) {
  size_t n = after.objects.size();
  Matrix m = RefMatrix(after);
  std::vector<bool> in_set(n, false);
  for (ObjId id : survivors) in_set[IndexOf(after, id)] = true;
  std::vector<int64_t> gc_refs;
  std::vector<bool> reachable;
  SplitSet(after, m, in_set, gc_refs, reachable);
  ResurrectionPrediction r;
  for (ObjId id : survivors) {
    (reachable[IndexOf(after, id)] ? r.resurrected : r.final_unreachable)
        .push_back(id);
  }
  return r;
}

CountPrediction BruteForceCounts(const CollectionPrediction& start,
                                 const ResurrectionPrediction& resurrection,
                                 const HeapSnapshot& end,
                                 int64_t weakrefs_freed_after_callback,
                                 SaveAllFlags saveall) {
  CountPrediction c;
  for (ObjId id : start.legacy) {
    int i = IndexOf(end, id);
    bool moved_by_callback =
        std::count(start.callbacks.begin(), start.callbacks.end(), id) > 0;
    if (i >= 0 && end.objects[i].where != Where::kGen0 && !moved_by_callback) {
      c.legacy_remaining.push_back(id);
    }
  }
  c.uncollectable = static_cast<int64_t>(c.legacy_remaining.size());
  c.collected = static_cast<int64_t>(resurrection.final_unreachable.size()) +
                weakrefs_freed_after_callback;
  if (saveall.in_delete) {
    c.garbage_appends = resurrection.final_unreachable;
  }
  for (ObjId id : c.legacy_remaining) {
    if (saveall.at_legacy || end.objects[IndexOf(end, id)].has_tp_del) {
      c.garbage_appends.push_back(id);
    }
  }
  return c;
}

}  // namespace gcfuzz::oracle::testing
