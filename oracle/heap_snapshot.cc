#include "oracle/heap_snapshot.h"

#include <algorithm>
#include <memory>
#include <set>
#include <sstream>

namespace gcfuzz::oracle {

const ObjectInfo* HeapSnapshot::Find(ObjId id) const {
  for (const ObjectInfo& o : objects) {
    if (o.id == id) return &o;
  }
  return nullptr;
}

ObjectInfo* HeapSnapshot::Find(ObjId id) {
  for (ObjectInfo& o : objects) {
    if (o.id == id) return &o;
  }
  return nullptr;
}

const WeakrefList* HeapSnapshot::WeakrefsOf(ObjId referent) const {
  for (const WeakrefList& l : weakrefs) {
    if (l.referent == referent) return &l;
  }
  return nullptr;
}

ObjId HeapSnapshot::ReferentOf(ObjId weakref) const {
  for (const WeakrefList& l : weakrefs) {
    for (const WeakrefEntry& e : l.entries) {
      if (e.weakref == weakref) return l.referent;
    }
  }
  return kNoObj;
}

bool HeapSnapshot::HasCallback(ObjId weakref) const {
  for (const WeakrefList& l : weakrefs) {
    for (const WeakrefEntry& e : l.entries) {
      if (e.weakref == weakref) return e.has_callback;
    }
  }
  return false;
}

std::vector<ObjId> HeapSnapshot::ListOrder(Where where) const {
  std::vector<ObjId> ids;
  for (const ObjectInfo& o : objects) {
    if (o.where == where) ids.push_back(o.id);
  }
  return ids;
}

template <typename V>
void SnapshotIndex::Seal(Table<V>& t) {
  // Stable, so equal ids keep their order; then the last of each run stays.
  std::stable_sort(t.begin(), t.end(), [](const auto& a, const auto& b) {
    return a.first < b.first;
  });
  size_t out = 0;
  for (size_t i = 0; i < t.size(); ++i) {
    if (i + 1 < t.size() && t[i + 1].first == t[i].first) continue;
    t[out++] = t[i];
  }
  t.resize(out);
}

template <typename V>
const V* SnapshotIndex::Lookup(const Table<V>& t, ObjId id) {
  auto it = std::lower_bound(
      t.begin(), t.end(), id,
      [](const std::pair<ObjId, V>& e, ObjId key) { return e.first < key; });
  return it != t.end() && it->first == id ? &it->second : nullptr;
}

SnapshotIndex::SnapshotIndex(const HeapSnapshot& snapshot) {
  objects_.reserve(snapshot.objects.size());
  for (const ObjectInfo& o : snapshot.objects) objects_.emplace_back(o.id, &o);
  for (const WeakrefList& l : snapshot.weakrefs) {
    lists_.emplace_back(l.referent, &l);
    for (const WeakrefEntry& e : l.entries)
      referent_of_.emplace_back(e.weakref, l.referent);
  }
  Seal(objects_);
  Seal(lists_);
  Seal(referent_of_);
}

const ObjectInfo* SnapshotIndex::Find(ObjId id) const {
  const ObjectInfo* const* p = Lookup(objects_, id);
  return p != nullptr ? *p : nullptr;
}

const WeakrefList* SnapshotIndex::WeakrefsOf(ObjId referent) const {
  const WeakrefList* const* p = Lookup(lists_, referent);
  return p != nullptr ? *p : nullptr;
}

ObjId SnapshotIndex::ReferentOf(ObjId weakref) const {
  const ObjId* p = Lookup(referent_of_, weakref);
  return p != nullptr ? *p : kNoObj;
}

const char* WhereName(Where where) {
  switch (where) {
    case Where::kGen0:
      return "gen0";
    case Where::kGen1:
      return "gen1";
    case Where::kGen2:
      return "gen2";
    case Where::kPermanent:
      return "permanent";
    case Where::kUntracked:
      return "untracked";
  }
  return "?";
}

const char* KindName(ObjKind kind) { return gcops::ObjKindWord(kind); }

std::map<ObjId, int64_t> IncomingRefs(const HeapSnapshot& snapshot) {
  std::map<ObjId, int64_t> in;
  for (const ObjectInfo& o : snapshot.objects) in[o.id] += 0;
  for (const ObjectInfo& o : snapshot.objects) {
    for (ObjId r : o.refs) in[r] += 1;
  }
  return in;
}

std::map<ObjId, int64_t> ExternalRefs(const HeapSnapshot& snapshot) {
  std::map<ObjId, int64_t> in = IncomingRefs(snapshot);
  std::map<ObjId, int64_t> ext;
  for (const ObjectInfo& o : snapshot.objects)
    ext[o.id] = o.refcount - in[o.id];
  return ext;
}

namespace {

// A message built only when a check fails: the checks run on every object
// of every snapshot, and an ostringstream constructed per object on the
// success path cost about 16% of a collector_fuzzer run (bench profile).
class LazyMessage {
 public:
  template <typename T>
  LazyMessage& operator<<(const T& v) {
    if (!os_) os_ = std::make_unique<std::ostringstream>();
    *os_ << v;
    return *this;
  }
  std::string str() const { return os_ ? os_->str() : std::string(); }

 private:
  std::unique_ptr<std::ostringstream> os_;
};

std::string Str(const LazyMessage& os) { return os.str(); }

std::string CheckObjects(const HeapSnapshot& s) {
  std::set<ObjId> ids;
  for (const ObjectInfo& o : s.objects) {
    LazyMessage os;
    if (o.id == kNoObj) return "an object has id kNoObj";
    if (!ids.insert(o.id).second) {
      os << "object " << o.id << " appears twice";
      return Str(os);
    }
    if (static_cast<int>(o.where) < 0 ||
        static_cast<int>(o.where) > static_cast<int>(Where::kUntracked)) {
      os << "object " << o.id << " has an invalid place";
      return Str(os);
    }
    if (o.in_working_list && o.where != Where::kUntracked) {
      os << "object " << o.id << " is in a working list and in "
         << WhereName(o.where);
      return Str(os);
    }
    if ((o.has_del || o.has_tp_del) && o.kind != ObjKind::kInstance) {
      os << "object " << o.id << " is a " << KindName(o.kind)
         << " but has a finalizer; only instances have one";
      return Str(os);
    }
  }
  for (const ObjectInfo& o : s.objects) {
    for (ObjId r : o.refs) {
      if (!ids.count(r)) {
        LazyMessage os;
        os << "object " << o.id << " refers to " << r
           << ", which is not in the snapshot";
        return Str(os);
      }
    }
  }
  for (ObjId g : s.garbage) {
    if (!ids.count(g)) {
      LazyMessage os;
      os << "gc.garbage holds " << g << ", which is not in the snapshot";
      return Str(os);
    }
  }
  return "";
}

std::string CheckRefcounts(const HeapSnapshot& s) {
  std::map<ObjId, int64_t> held = IncomingRefs(s);
  for (ObjId g : s.garbage) held[g] += 1;
  for (const ObjectInfo& o : s.objects) {
    LazyMessage os;
    if (o.refcount < 1) {
      os << "object " << o.id << " is live with refcount " << o.refcount;
      return Str(os);
    }
    if (o.refcount < held[o.id]) {
      os << "object " << o.id << " has refcount " << o.refcount << " but "
         << held[o.id] << " references from heap objects and gc.garbage";
      return Str(os);
    }
  }
  return "";
}

std::string CheckWeakrefLists(const HeapSnapshot& snapshot) {
  SnapshotIndex s(snapshot);
  std::set<ObjId> referents;
  std::set<ObjId> listed;
  for (const WeakrefList& l : snapshot.weakrefs) {
    LazyMessage os;
    if (s.Find(l.referent) == nullptr) {
      os << "a weakref list belongs to " << l.referent
         << ", which is not in the snapshot";
      return Str(os);
    }
    if (!referents.insert(l.referent).second) {
      os << "object " << l.referent << " has two weakref lists";
      return Str(os);
    }
    for (const WeakrefEntry& e : l.entries) {
      const ObjectInfo* w = s.Find(e.weakref);
      if (w == nullptr) {
        os << "the weakref list of " << l.referent << " holds " << e.weakref
           << ", which is not in the snapshot";
        return Str(os);
      }
      if (!w->is_weakref()) {
        os << "the weakref list of " << l.referent << " holds " << e.weakref
           << ", a " << KindName(w->kind) << ", not a weakref";
        return Str(os);
      }
      if (!listed.insert(e.weakref).second) {
        os << "weakref " << e.weakref << " is in two weakref lists";
        return Str(os);
      }
    }
  }
  return "";
}

}  // namespace

std::string ValidateSnapshot(const HeapSnapshot& snapshot) {
  if (snapshot.generation < 0 || snapshot.generation > 2) {
    return "generation " + std::to_string(snapshot.generation) +
           " is not in 0..2";
  }
  for (auto check : {CheckObjects, CheckRefcounts, CheckWeakrefLists}) {
    std::string error = check(snapshot);
    if (!error.empty()) return error;
  }
  return "";
}

std::string DescribeSnapshot(const HeapSnapshot& s) {
  std::ostringstream os;
  os << "collect " << s.generation << (s.debug_saveall ? " saveall" : "")
     << "\n";
  std::map<ObjId, int64_t> ext = ExternalRefs(s);
  for (const ObjectInfo& o : s.objects) {
    os << "  " << o.id << ": " << KindName(o.kind) << " "
       << (o.in_working_list ? "working" : WhereName(o.where))
       << " rc=" << o.refcount << " ext=" << ext[o.id];
    if (o.has_del) os << " del";
    if (o.has_tp_del) os << " tp_del";
    if (o.finalized) os << " FINALIZED";
    os << " ->";
    for (ObjId r : o.refs) os << " " << r;
    os << "\n";
  }
  for (const WeakrefList& l : s.weakrefs) {
    os << "  weakrefs of " << l.referent << ":";
    for (const WeakrefEntry& e : l.entries) {
      os << " " << e.weakref << (e.has_callback ? "(cb)" : "");
    }
    os << "\n";
  }
  os << "  gc.garbage:";
  for (ObjId g : s.garbage) os << " " << g;
  os << "\n";
  return os.str();
}

}  // namespace gcfuzz::oracle
