// collector/object.cc — allocation of the model's object layouts.
#include "collector/object.h"

#include <cstdio>
#include <cstdlib>
#include <new>

#include "collector/check.h"
#include "report/report.h"

namespace gcfuzz::collector {

namespace {

// Object memory. Objects are small and short-lived, so a size-class pool
// (16-byte classes up to 256 bytes, carved from 64 KiB chunks, per thread)
// replaces malloc; freed blocks are reused, chunks are kept for the life of
// the thread. When every pooled block has been freed (a heap torn down, a
// heap's garbage collected) the pool starts carving its chunks from the
// first one again: a heap built afterwards lies in allocation order, as a
// fresh one does, instead of in the scrambled order of the free lists,
// which made every later pass over the generation lists miss the cache
// (measured by the bench suite: 3x slower collections on rebuilt heaps).
// Sanitizer builds use plain operator new so that ASan still sees every use
// after free.
#if defined(__SANITIZE_ADDRESS__)
#define GCFUZZ_NO_POOL 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define GCFUZZ_NO_POOL 1
#endif
#endif

#if defined(GCFUZZ_NO_POOL)
void* RawAlloc(size_t n) { return ::operator new(n); }
void RawFree(void* p, size_t) { ::operator delete(p); }
#else
class Pool {
 public:
  ~Pool() {
    for (void* c : chunks_) ::operator delete(c);
  }
  void* Alloc(size_t n) {
    size_t c = (n + kGranule - 1) / kGranule;
    if (c >= kClasses) return ::operator new(n);
    ++outstanding_;
    if (FreeNode* f = free_[c]) {
      free_[c] = f->next;
      return f;
    }
    size_t bytes = c * kGranule;
    if (static_cast<size_t>(end_ - cur_) < bytes) {
      if (chunk_ + 1 < chunks_.size()) {
        ++chunk_;
      } else {
        chunks_.push_back(::operator new(kChunk));
        chunk_ = chunks_.size() - 1;
      }
      cur_ = static_cast<char*>(chunks_[chunk_]);
      end_ = cur_ + kChunk;
    }
    void* p = cur_;
    cur_ += bytes;
    return p;
  }
  void Free(void* p, size_t n) {
    size_t c = (n + kGranule - 1) / kGranule;
    if (c >= kClasses) {
      ::operator delete(p);
      return;
    }
    auto* f = static_cast<FreeNode*>(p);
    f->next = free_[c];
    free_[c] = f;
    if (--outstanding_ == 0) Restart();
  }

 private:
  static constexpr size_t kGranule = 16;
  static constexpr size_t kClasses = 17;  // blocks up to 256 bytes
  static constexpr size_t kChunk = 64 * 1024;
  struct FreeNode {
    FreeNode* next;
  };
  // Nothing pooled is in use: forget the free lists, carve from chunk 0.
  void Restart() {
    for (FreeNode*& f : free_) f = nullptr;
    if (chunks_.empty()) return;
    chunk_ = 0;
    cur_ = static_cast<char*>(chunks_[0]);
    end_ = cur_ + kChunk;
  }

  FreeNode* free_[kClasses] = {};
  char* cur_ = nullptr;
  char* end_ = nullptr;
  std::vector<void*> chunks_;
  size_t chunk_ = 0;        // the chunk cur_ carves from
  size_t outstanding_ = 0;  // pooled blocks allocated and not yet freed
};

Pool& ThePool() {
  thread_local Pool pool;
  return pool;
}
void* RawAlloc(size_t n) { return ThePool().Alloc(n); }
void RawFree(void* p, size_t n) { ThePool().Free(p, n); }
#endif

size_t InstanceBytes(uint16_t nslots) {
  return sizeof(Instance) + nslots * sizeof(Slot);
}
size_t TupleBytes(uint32_t size) { return sizeof(Tuple) + size * sizeof(Slot); }

}  // namespace

Instance* AllocInstance(uint16_t nslots) {
  auto* inst = new (RawAlloc(InstanceBytes(nslots))) Instance();
  inst->kind = ObjKind::kInstance;
  inst->nslots = nslots;
  for (uint16_t i = 0; i < nslots; ++i) new (&inst->slots()[i]) Slot();
  return inst;
}

Tuple* AllocTuple(uint32_t size) {
  auto* t = new (RawAlloc(TupleBytes(size))) Tuple();
  t->kind = ObjKind::kTuple;
  t->size = size;
  for (uint32_t i = 0; i < size; ++i) new (&t->items()[i]) Slot();
  return t;
}

List* AllocList() {
  auto* l = new (RawAlloc(sizeof(List))) List();
  l->kind = ObjKind::kList;
  return l;
}

Dict* AllocDict() {
  auto* d = new (RawAlloc(sizeof(Dict))) Dict();
  d->kind = ObjKind::kDict;
  return d;
}

Weakref* AllocWeakref(ObjKind kind) {
  auto* w = new (RawAlloc(sizeof(Weakref))) Weakref();
  w->kind = kind;
  return w;
}

void FreeObjectMemory(Object* o) {
  switch (o->kind) {
    case ObjKind::kInstance: {
      auto* inst = static_cast<Instance*>(o);
      size_t bytes = InstanceBytes(inst->nslots);
      inst->~Instance();
      RawFree(inst, bytes);
      break;
    }
    case ObjKind::kTuple: {
      auto* t = static_cast<Tuple*>(o);
      size_t bytes = TupleBytes(t->size);
      t->~Tuple();
      RawFree(t, bytes);
      break;
    }
    case ObjKind::kList: {
      auto* l = static_cast<List*>(o);
      l->~List();
      RawFree(l, sizeof(List));
      break;
    }
    case ObjKind::kDict: {
      auto* d = static_cast<Dict*>(o);
      d->~Dict();
      RawFree(d, sizeof(Dict));
      break;
    }
    case ObjKind::kRef:
    case ObjKind::kProxy: {
      auto* w = static_cast<Weakref*>(o);
      w->~Weakref();
      RawFree(w, sizeof(Weakref));
      break;
    }
  }
}

size_t ObjectMemoryBytes(const Object* o) {
  switch (o->kind) {
    case ObjKind::kInstance:
      return InstanceBytes(static_cast<const Instance*>(o)->nslots);
    case ObjKind::kTuple:
      return TupleBytes(static_cast<const Tuple*>(o)->size);
    case ObjKind::kList:
      return sizeof(List);
    case ObjKind::kDict:
      return sizeof(Dict);
    case ObjKind::kRef:
    case ObjKind::kProxy:
      return sizeof(Weakref);
  }
  return sizeof(Object);
}

const char* KindName(ObjKind kind) { return gcops::ObjKindWord(kind); }

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
  std::string body =
      std::string("collector check failed: ") + msg + " (" + expr + ")\n";
  if (obj != nullptr) body += "  " + Describe(obj) + "\n";
  body += std::string("  at ") + file + ":" + std::to_string(line);
  report::ReportAndAbort("collector-check", body, msg);
}

}  // namespace gcfuzz::collector
