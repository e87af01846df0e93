// oracle/heap_snapshot.h — a plain description of a heap, for the oracle.
//
// TEST-ONLY, NAIVE ON PURPOSE. The oracle is the reference the collector is
// checked against (like RE2's backtracking reference engine): it must never
// be linked into the collector library or used to run programs.
//
// A HeapSnapshot says what a heap looks like at one moment, in terms that
// do not depend on how any collector stores it: which objects exist, what
// each refers to, its reference count, where it is tracked, its finalizer
// flags, every weakref list, gc.garbage, and which collection is about to
// run. Whoever builds one (the collector glue, a test, a random generator)
// reads it out of a heap; the oracle then reasons about it as a graph.
//
// Conventions:
//  * `objects` lists every live object, in any interleaving, but objects of
//    the same list (generation 0, 1, 2 or permanent) appear in that list's
//    order. Untracked objects are in no list; their relative order is
//    meaningless.
//  * `refs` are strong references from one object to another, in
//    tp_traverse order, with repeats (a list holding x twice lists x twice).
//    Ints and None are not objects and do not appear. A weakref's referent
//    is not a strong reference: it appears only in `weakrefs`. In gcops,
//    weakref callbacks are bodies outside the heap, so a weakref's own refs
//    are normally empty.
//  * `refcount` counts every strong reference: from heap objects (`refs`),
//    from gc.garbage, and from holders outside the heap (runner roots,
//    temporaries, a collector's own references). ExternalRefs() is the part
//    not explained by `refs`.
//  * `weakrefs` holds one entry per referent with a non-empty weakref list,
//    each list in list order (basic ref, basic proxy, then the others newest
//    first, as CPython keeps it). A weakref object that is dead (its referent
//    is gone or it was cleared) is in no list. Whether a weakref object is
//    itself part of a collection is not stored: it is a prediction, computed
//    from that weakref's own ObjectInfo.
#ifndef GCFUZZ_ORACLE_HEAP_SNAPSHOT_H_
#define GCFUZZ_ORACLE_HEAP_SNAPSHOT_H_

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "gcops/ast.h"
#include "gcops/backend.h"

namespace gcfuzz::oracle {

using gcops::kNoObj;
using gcops::ObjId;
using gcops::ObjKind;
using gcops::Where;

struct ObjectInfo {
  ObjId id = kNoObj;
  ObjKind kind = ObjKind::kInstance;
  // The list the object is in: kGen0..kGen2, kPermanent, or kUntracked.
  Where where = Where::kGen0;
  // Tracked, but in one of a running collection's own lists (its
  // unreachable or legacy `finalizers` list), so in no generation; `where`
  // is then kUntracked. Only snapshots taken in the middle of a collection
  // (after finalizers) have such objects.
  bool in_working_list = false;
  int64_t refcount = 0;
  std::vector<ObjId>
      refs;                // strong references, tp_traverse order, repeats kept
  bool finalized = false;  // the FINALIZED bit (gc.is_finalized)
  bool has_del = false;    // its class defines __del__ (tp_finalize)
  bool has_tp_del = false;  // its class has a legacy finalizer (tp_del)

  bool is_weakref() const {
    return kind == ObjKind::kRef || kind == ObjKind::kProxy;
  }
  bool operator==(const ObjectInfo&) const = default;
};

struct WeakrefEntry {
  ObjId weakref = kNoObj;
  bool has_callback = false;
  bool operator==(const WeakrefEntry&) const = default;
};

// One referent's weakref list, in list order.
struct WeakrefList {
  ObjId referent = kNoObj;
  std::vector<WeakrefEntry> entries;
  bool operator==(const WeakrefList&) const = default;
};

struct HeapSnapshot {
  std::vector<ObjectInfo> objects;
  std::vector<WeakrefList> weakrefs;
  std::vector<ObjId> garbage;  // gc.garbage, oldest first
  int generation = 2;          // the generation about to be collected, 0..2
  bool debug_saveall = false;  // DEBUG_SAVEALL is set
  // The collected version's rules that change what the oracle predicts
  // (collector/version_rules.h; false is 3.11):
  //  * weakrefs_split (3.15): before finalizers only weakrefs with a
  //    callback are cleared (trash weakrefs and callback-less ones stay);
  //    every weakref still into the final unreachable set is cleared
  //    silently after resurrection.
  //  * dicts_always_tracked (3.14+): a live dict is never untracked.
  bool weakrefs_split = false;
  bool dicts_always_tracked = false;
  // 3.14's incremental collector examines a region it chose (young, young
  // plus part of the old space, or all of it), not merged generations:
  // when set, the region at the collection's start, in list order. Which
  // objects a step takes depends on its work budget and on what is on the
  // interpreter's stack, which the oracle does not model; given the
  // region, everything else is predicted as for 3.11 (the algorithm inside
  // one region collection is 3.11's).
  std::vector<ObjId> examined;

  // nullptr when `id` is not in the snapshot. Linear: naive on purpose.
  const ObjectInfo* Find(ObjId id) const;
  ObjectInfo* Find(ObjId id);
  // The weakref list of `referent`, or nullptr if it has none.
  const WeakrefList* WeakrefsOf(ObjId referent) const;
  // The referent whose list holds `weakref`, or kNoObj (a dead weakref, or
  // not a weakref at all).
  ObjId ReferentOf(ObjId weakref) const;
  // Whether `weakref`'s list entry says it has a callback (false if dead).
  bool HasCallback(ObjId weakref) const;
  // The ids of one list (kGen0..kPermanent) in list order; kUntracked gives
  // the untracked objects in snapshot order.
  std::vector<ObjId> ListOrder(Where where) const;

  bool operator==(const HeapSnapshot&) const = default;
};

// Map-based lookups over one snapshot, for code that asks many times (the
// snapshot's own Find/ReferentOf/WeakrefsOf are linear scans). Built once;
// it must not outlive the snapshot or see it change.
class SnapshotIndex {
 public:
  explicit SnapshotIndex(const HeapSnapshot& snapshot);
  const ObjectInfo* Find(ObjId id) const;
  const WeakrefList* WeakrefsOf(ObjId referent) const;
  ObjId ReferentOf(ObjId weakref) const;

 private:
  // Sorted by id, one entry per id (the last one given wins, as a map's
  // assignment would): built once per snapshot, where std::map's node per
  // object was a third of a checked fuzz run's time (issue 15).
  template <typename V>
  using Table = std::vector<std::pair<ObjId, V>>;
  template <typename V>
  static void Seal(Table<V>& t);
  template <typename V>
  static const V* Lookup(const Table<V>& t, ObjId id);

  Table<const ObjectInfo*> objects_;
  Table<const WeakrefList*> lists_;
  Table<ObjId> referent_of_;
};

// "" when the snapshot is well formed, else the first problem found, e.g.
// "object 7 refers to 9, which is not in the snapshot". Checked: ids unique
// and not kNoObj; refs, weakref entries and gc.garbage name objects in the
// snapshot; refcount >= 1 and >= references from heap objects plus
// gc.garbage; generation in 0..2; weakref list entries are weakref objects,
// each in at most one list, one list per referent; finalizers only on
// instances. It does NOT check CPython's tracking or list-order rules:
// those are invariants (oracle/invariants.h), not well-formedness.
std::string ValidateSnapshot(const HeapSnapshot& snapshot);

// For every object: the number of strong references to it from heap objects
// (sum over `refs`, repeats counted). Objects nobody refers to map to 0.
std::map<ObjId, int64_t> IncomingRefs(const HeapSnapshot& snapshot);

// For every object: refcount minus the references from heap objects, i.e.
// what roots, gc.garbage, temporaries and other holders account for.
std::map<ObjId, int64_t> ExternalRefs(const HeapSnapshot& snapshot);

// "gen0", "gen1", "gen2", "permanent", "untracked".
const char* WhereName(Where where);
// "instance", "list", "dict", "tuple", "ref", "proxy".
const char* KindName(ObjKind kind);

// A readable multi-line dump, one object per line, for failure messages.
std::string DescribeSnapshot(const HeapSnapshot& snapshot);

}  // namespace gcfuzz::oracle

#endif  // GCFUZZ_ORACLE_HEAP_SNAPSHOT_H_
