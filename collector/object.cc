// collector/object.cc — allocation of the model's object layouts.
#include "collector/object.h"

#include <cstdio>
#include <cstdlib>
#include <new>

#include "collector/check.h"

namespace gcfuzz::collector {

Instance* AllocInstance(uint16_t nslots) {
  void* mem = ::operator new(sizeof(Instance) + nslots * sizeof(Slot));
  auto* inst = new (mem) Instance();
  inst->kind = ObjKind::kInstance;
  inst->nslots = nslots;
  for (uint16_t i = 0; i < nslots; ++i) new (&inst->slots()[i]) Slot();
  return inst;
}

Tuple* AllocTuple(uint32_t size) {
  void* mem = ::operator new(sizeof(Tuple) + size * sizeof(Slot));
  auto* t = new (mem) Tuple();
  t->kind = ObjKind::kTuple;
  t->size = size;
  for (uint32_t i = 0; i < size; ++i) new (&t->items()[i]) Slot();
  return t;
}

List* AllocList() {
  auto* l = new List();
  l->kind = ObjKind::kList;
  return l;
}

Dict* AllocDict() {
  auto* d = new Dict();
  d->kind = ObjKind::kDict;
  return d;
}

Weakref* AllocWeakref(ObjKind kind) {
  auto* w = new Weakref();
  w->kind = kind;
  return w;
}

void FreeObjectMemory(Object* o) {
  switch (o->kind) {
    case ObjKind::kInstance: {
      auto* inst = static_cast<Instance*>(o);
      inst->~Instance();
      ::operator delete(inst);
      break;
    }
    case ObjKind::kTuple: {
      auto* t = static_cast<Tuple*>(o);
      t->~Tuple();
      ::operator delete(t);
      break;
    }
    case ObjKind::kList:
      delete static_cast<List*>(o);
      break;
    case ObjKind::kDict:
      delete static_cast<Dict*>(o);
      break;
    case ObjKind::kRef:
    case ObjKind::kProxy:
      delete static_cast<Weakref*>(o);
      break;
  }
}

const char* KindName(ObjKind kind) {
  switch (kind) {
    case ObjKind::kInstance: return "instance";
    case ObjKind::kList: return "list";
    case ObjKind::kDict: return "dict";
    case ObjKind::kTuple: return "tuple";
    case ObjKind::kRef: return "weakref";
    case ObjKind::kProxy: return "weakproxy";
  }
  return "?";
}

std::string Describe(const Object* o) {
  char buf[256];
  std::snprintf(buf, sizeof buf,
                "object id=%u kind=%s refcnt=%d runner_refs=%d pins=%u "
                "%s%s%s%s",
                o->id, KindName(o->kind), o->refcnt, o->runner_refs,
                unsigned{o->pins}, IsTracked(&o->gc) ? "tracked" : "untracked",
                IsFinalized(&o->gc) ? " FINALIZED" : "",
                IsCollecting(&o->gc) ? " COLLECTING" : "",
                (o->gc.next & kNextUnreachable) ? " UNREACHABLE" : "");
  return buf;
}

void CheckFailed(const char* expr, const char* msg, const Object* obj,
                 const char* file, int line) {
  std::fprintf(stderr, "==gcfuzz== ERROR: collector check failed: %s (%s)\n",
               msg, expr);
  if (obj != nullptr) std::fprintf(stderr, "  %s\n", Describe(obj).c_str());
  std::fprintf(stderr, "  at %s:%d\nSUMMARY: gcfuzz: collector-check %s\n",
               file, line, msg);
  std::fflush(stderr);
  std::abort();
}

}  // namespace gcfuzz::collector
