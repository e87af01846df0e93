#include "oracle/invariants.h"

#include <sstream>

namespace gcfuzz::oracle {

namespace {

Finding Make(FindingKind kind, const std::ostringstream& os) {
  return Finding{kind, os.str(), ""};
}

}  // namespace

std::vector<Finding> CheckRefcounts(const HeapSnapshot& s,
                                    const ExternalHolders& holders) {
  std::vector<Finding> out;
  std::map<ObjId, int64_t> expected = IncomingRefs(s);
  for (ObjId g : s.garbage) expected[g] += 1;
  for (const auto& [id, n] : holders.refs) expected[id] += n;
  for (const ObjectInfo& o : s.objects) {
    if (o.refcount == expected[o.id]) continue;
    std::ostringstream os;
    os << "object " << o.id << " (" << KindName(o.kind) << ") has refcount "
       << o.refcount << " but " << expected[o.id]
       << " references are held (heap, gc.garbage, outside holders)";
    out.push_back(Make(FindingKind::kRefcountMismatch, os));
  }
  for (const auto& [id, n] : holders.refs) {
    if (n != 0 && s.Find(id) == nullptr) {
      std::ostringstream os;
      os << "outside holders keep " << n << " references to " << id
         << ", which is not a live object";
      out.push_back(Make(FindingKind::kRefcountMismatch, os));
    }
  }
  return out;
}

std::vector<Finding> CheckNothingFreedIsReferenced(
    const HeapSnapshot& s, const ExternalHolders& holders,
    const std::set<ObjId>& freed) {
  std::vector<Finding> out;
  auto report = [&out](const std::string& who, ObjId target) {
    std::ostringstream os;
    os << who << " still refers to freed object " << target;
    out.push_back(Make(FindingKind::kDanglingReference, os));
  };
  for (const ObjectInfo& o : s.objects) {
    if (freed.count(o.id)) report("the live-object list", o.id);
    for (ObjId r : o.refs) {
      if (freed.count(r)) report("object " + std::to_string(o.id), r);
    }
  }
  for (const WeakrefList& l : s.weakrefs) {
    if (freed.count(l.referent)) report("a weakref list", l.referent);
    for (const WeakrefEntry& e : l.entries) {
      if (freed.count(e.weakref)) {
        report("the weakref list of " + std::to_string(l.referent), e.weakref);
      }
    }
  }
  for (ObjId g : s.garbage) {
    if (freed.count(g)) report("gc.garbage", g);
  }
  for (const auto& [id, n] : holders.refs) {
    if (n != 0 && freed.count(id)) report("an outside holder", id);
  }
  return out;
}

std::vector<Finding> CheckFinalizedOnce(const HeapSnapshot& s,
                                        std::span<const ObjId> del_log) {
  std::vector<Finding> out;
  std::map<ObjId, int> calls;
  for (ObjId id : del_log) {
    if (++calls[id] == 2) {
      std::ostringstream os;
      os << "__del__ of " << id << " ran twice";
      out.push_back(Make(FindingKind::kFinalizedTwice, os));
    }
  }
  for (const ObjectInfo& o : s.objects) {
    if (o.kind != ObjKind::kInstance) continue;
    bool ran = calls.count(o.id) > 0;
    if (ran == o.finalized) continue;
    std::ostringstream os;
    os << "object " << o.id << (o.finalized ? " is" : " is not")
       << " FINALIZED but its __del__ " << (ran ? "ran" : "never ran");
    out.push_back(Make(FindingKind::kFinalizedFlag, os));
  }
  return out;
}

std::vector<Finding> CheckWeakrefLists(const HeapSnapshot& snapshot) {
  SnapshotIndex s(snapshot);
  std::vector<Finding> out;
  for (const WeakrefList& l : snapshot.weakrefs) {
    auto report = [&out, &l](const std::string& what) {
      std::ostringstream os;
      os << "the weakref list of " << l.referent << " " << what;
      out.push_back(Make(FindingKind::kWeakrefList, os));
    };
    const ObjectInfo* referent = s.Find(l.referent);
    if (referent != nullptr && referent->kind != ObjKind::kInstance) {
      report(std::string("belongs to a ") + KindName(referent->kind) +
             ", which cannot be weakly referenced");
    }
    // No rule on where basic refs and proxies stand. CPython 3.11 inserts
    // a new basic ref at the head and a basic proxy right after it, but a
    // second basic ref made during a weakref.ref() call's own allocation (a
    // gc callback's `ref`) is kept, and deaths then leave basic refs and
    // proxies anywhere: [b, c(cb), s], [c(cb), s], [b, s, p] are all states
    // of real CPython (corpus/regressions/
    // weakref_basic_ref_behind_a_callback_ref_at_a_collection.gcops). Where a
    // model misplaces one, reuse (`ref` returning the head's basic ref) and
    // callback order differ, which the differential check sees.
  }
  return out;
}

std::vector<Finding> CheckTrackingRules(const HeapSnapshot& snapshot) {
  SnapshotIndex s(snapshot);
  std::vector<Finding> out;
  for (const ObjectInfo& o : snapshot.objects) {
    if (o.where != Where::kUntracked || o.in_working_list) continue;
    if (o.kind != ObjKind::kTuple &&
        (o.kind != ObjKind::kDict || snapshot.dicts_always_tracked)) {
      std::ostringstream os;
      os << "object " << o.id << " is a live " << KindName(o.kind)
         << " but untracked";
      out.push_back(Make(FindingKind::kTrackingRule, os));
      continue;
    }
    for (ObjId r : o.refs) {
      const ObjectInfo* t = s.Find(r);
      if (t == nullptr) continue;  // reported by well-formedness
      if (t->kind == ObjKind::kTuple && t->where == Where::kUntracked) continue;
      std::ostringstream os;
      os << "untracked " << KindName(o.kind) << " " << o.id << " holds "
         << KindName(t->kind) << " " << r << " (" << WhereName(t->where)
         << "), which may be tracked";
      out.push_back(Make(FindingKind::kTrackingRule, os));
    }
  }
  return out;
}

std::optional<Finding> CheckReturnValue(int64_t returned,
                                        const CountPrediction& counts) {
  if (returned == counts.found()) return std::nullopt;
  std::ostringstream os;
  os << "gc.collect() returned " << returned << ", the oracle counts "
     << counts.found() << " (collected " << counts.collected
     << " + uncollectable " << counts.uncollectable << ")";
  return Make(FindingKind::kReturnValue, os);
}

std::vector<Finding> CheckHeap(const HeapSnapshot& s,
                               const ExternalHolders& holders,
                               const std::set<ObjId>& freed,
                               std::span<const ObjId> del_log) {
  std::vector<Finding> out = CheckNothingFreedIsReferenced(s, holders, freed);
  if (!out.empty()) return out;
  // Refcounts before well-formedness: a refcount below its heap references
  // is a collector bug to name as such, not a malformed snapshot.
  out = CheckRefcounts(s, holders);
  if (!out.empty()) return out;
  std::string error = ValidateSnapshot(s);
  if (!error.empty()) return {Finding{FindingKind::kBadSnapshot, error, ""}};
  for (auto& part : {CheckFinalizedOnce(s, del_log), CheckWeakrefLists(s),
                     CheckTrackingRules(s)}) {
    out.insert(out.end(), part.begin(), part.end());
  }
  return out;
}

}  // namespace gcfuzz::oracle
