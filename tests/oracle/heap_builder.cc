#include "tests/oracle/heap_builder.h"

#include <algorithm>
#include <cstdlib>

namespace gcfuzz::oracle::testing {

ObjectInfo& HeapBuilder::Get(ObjId id) {
  ObjectInfo* o = heap_.Find(id);
  if (o == nullptr) std::abort();  // a test wrote a wrong id
  return *o;
}

ObjId HeapBuilder::Instance(Where where, bool del, bool tp_del) {
  ObjectInfo o;
  o.id = next_++;
  o.kind = ObjKind::kInstance;
  o.where = where;
  o.has_del = del;
  o.has_tp_del = tp_del;
  heap_.objects.push_back(o);
  return o.id;
}

ObjId HeapBuilder::Container(ObjKind kind, Where where) {
  ObjectInfo o;
  o.id = next_++;
  o.kind = kind;
  o.where = where;
  heap_.objects.push_back(o);
  return o.id;
}

ObjId HeapBuilder::Weakref(ObjId referent, bool callback, Where where,
                           ObjKind kind) {
  ObjId w = Container(kind, where);
  for (WeakrefList& l : heap_.weakrefs) {
    if (l.referent == referent) {
      l.entries.insert(l.entries.begin(), WeakrefEntry{w, callback});
      return w;
    }
  }
  heap_.weakrefs.push_back(WeakrefList{referent, {WeakrefEntry{w, callback}}});
  return w;
}

ObjId HeapBuilder::DeadWeakref(Where where) {
  return Container(ObjKind::kRef, where);
}

HeapBuilder& HeapBuilder::Ref(ObjId from, ObjId to) {
  Get(from).refs.push_back(to);
  return *this;
}

HeapBuilder& HeapBuilder::External(ObjId id, int64_t n) {
  external_[id] += n;
  return *this;
}

HeapBuilder& HeapBuilder::Garbage(ObjId id) {
  heap_.garbage.push_back(id);
  return *this;
}

HeapBuilder& HeapBuilder::Finalized(ObjId id) {
  Get(id).finalized = true;
  return *this;
}

HeapBuilder& HeapBuilder::Move(ObjId id, Where where) {
  // Keep list order meaningful: a moved object goes to the tail.
  ObjectInfo o = Get(id);
  o.where = where;
  std::erase_if(heap_.objects,
                [id](const ObjectInfo& x) { return x.id == id; });
  heap_.objects.push_back(o);
  return *this;
}

HeapBuilder& HeapBuilder::Free(ObjId id) {
  std::erase_if(heap_.objects,
                [id](const ObjectInfo& x) { return x.id == id; });
  for (ObjectInfo& o : heap_.objects) std::erase(o.refs, id);
  std::erase(heap_.garbage, id);
  external_.erase(id);
  for (WeakrefList& l : heap_.weakrefs) {
    std::erase_if(l.entries,
                  [id](const WeakrefEntry& e) { return e.weakref == id; });
  }
  std::erase_if(heap_.weakrefs, [id](const WeakrefList& l) {
    return l.referent == id || l.entries.empty();
  });
  return *this;
}

HeapSnapshot HeapBuilder::Build(int generation, bool saveall) const {
  HeapSnapshot s = heap_;
  s.generation = generation;
  s.debug_saveall = saveall;
  std::map<ObjId, int64_t> held = IncomingRefs(s);
  for (ObjId g : s.garbage) held[g] += 1;
  for (ObjectInfo& o : s.objects) {
    auto it = external_.find(o.id);
    o.refcount = held[o.id] + (it == external_.end() ? 0 : it->second);
  }
  return s;
}

}  // namespace gcfuzz::oracle::testing
