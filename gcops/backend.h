// gcops/backend.h — the interface between the runner and a heap backend.
//
// The runner (gcops/runner.h) owns everything the language defines: names
// and their bindings (the roots), labels, bodies, misuse checks, event
// recording, expectations. A Backend owns a heap: the C++ collector, or an
// embedded CPython. Each runner step becomes one or more Backend calls with
// the same reference-count effect Python's bytecode would have, so every
// backend sees identical operations.
//
// Objects are named by ObjId: the run's label index, handed to the backend
// when the object is created. An ObjId stays valid (and is never reused)
// for the whole run; after Host::OnFree it names a dead object, which the
// runner never passes to a Backend again.
//
// Re-entrancy: a Backend calls back into the Host (events, finalizer and
// callback bodies) from inside its own calls; body statements call the
// Backend again. Backends must allow that, as CPython does.
#ifndef GCFUZZ_GCOPS_BACKEND_H_
#define GCFUZZ_GCOPS_BACKEND_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "gcops/ast.h"

namespace gcfuzz::gcops {

using ObjId = uint32_t;
inline constexpr ObjId kNoObj = 0xffffffffu;

// A value a name, slot, list/tuple element or dict value can hold.
struct Value {
  enum class Kind : uint8_t { kNone, kInt, kObj };
  Kind kind = Kind::kNone;
  int32_t i = 0;       // kInt
  ObjId obj = kNoObj;  // kObj
  static Value None() { return {}; }
  static Value Int(int32_t v) { return {Kind::kInt, v, kNoObj}; }
  static Value Obj(ObjId id) { return {Kind::kObj, 0, id}; }
  bool is_obj() const { return kind == Kind::kObj; }
  bool operator==(const Value&) const = default;
};

enum class ObjKind : uint8_t {
#define GCOPS_OBJ_KIND(id, word, phrase, tp_name) id,
#include "gcops/obj_kinds.def"
#undef GCOPS_OBJ_KIND
};

// The columns of obj_kinds.def: the one place object kinds are named.
struct ObjKindNames {
  const char* word;     // "ref"
  const char* phrase;   // "a weakref"
  const char* tp_name;  // "weakref.ReferenceType"; "" for instances
};
inline constexpr ObjKindNames kObjKindNames[] = {
#define GCOPS_OBJ_KIND(id, word, phrase, tp_name) {word, phrase, tp_name},
#include "gcops/obj_kinds.def"
#undef GCOPS_OBJ_KIND
};
constexpr const ObjKindNames& NamesOf(ObjKind kind) {
  return kObjKindNames[static_cast<size_t>(kind)];
}
constexpr const char* ObjKindWord(ObjKind kind) { return NamesOf(kind).word; }
constexpr const char* ObjKindPhrase(ObjKind kind) {
  return NamesOf(kind).phrase;
}
// Empty for kInstance (the program's class names the type).
constexpr const char* ObjKindTpName(ObjKind kind) {
  return NamesOf(kind).tp_name;
}

struct GenStats {
  int64_t collections = 0;
  int64_t collected = 0;
  int64_t uncollectable = 0;
  bool operator==(const GenStats&) const = default;
};

// What a backend calls while it runs. Implemented by the runner.
class Host {
 public:
  virtual ~Host() = default;
  // A finalizer or callback starts: the host records the event, then runs
  // the body (which may call the backend again), then returns.
  virtual void OnDel(ObjId self) = 0;
  virtual void OnTpDel(ObjId self) = 0;
  virtual void OnWeakrefCallback(ObjId weakref) = 0;
  // gc.callbacks entry `index` (0-based, in registration order) is called.
  virtual void OnGcCallback(uint32_t index, bool start, int gen,
                            int64_t collected, int64_t uncollectable) = 0;
  // A collection appended `obj` to gc.garbage.
  virtual void OnGarbage(ObjId obj) = 0;
  // A collection of `gen` ended having found `found` objects (before the
  // stop callbacks run). `automatic` for threshold-triggered collections.
  virtual void OnCollectEnd(int gen, int64_t found, bool automatic) = 0;
  // `obj` passed the point of no return and is about to release what it
  // holds. From now on `obj` is dead.
  virtual void OnFree(ObjId obj) = 0;
};

// A heap that executes gcops operations.
//
// References: every Value of kind kObj passed *in* is borrowed (the backend
// increfs what it stores). Creation calls return with one new reference
// owned by the runner; Decref releases a runner-owned reference.
// Preconditions (kinds, ranges, liveness) are checked by the runner first;
// a Backend may assume them.
class Backend {
 public:
  virtual ~Backend() = default;
  virtual std::string_view Name() const = 0;

  // Starts a run of `program` (its classes are declared here). The heap is
  // empty, as a fresh interpreter after gc.collect(): thresholds 700 10 10,
  // counts 0 0 0, automatic collection on, no debug flags, no callbacks.
  virtual void Begin(Host& host, const Program& program) = 0;
  // Ends the run: drops every remaining object without recording events,
  // and returns the backend to a state where Begin can be called again.
  virtual void End() = 0;
  // The start of a statement, top level or body: the canonical translation
  // calls a function there (`_at`, `_step`), whose entry is an eval-breaker
  // check, so a collection scheduled and still pending (3.14.2: re-tracking
  // an already finalized object in its dealloc) runs now. Most backends
  // have nothing pending between statements.
  virtual void StatementStart() {}
  // Called by the runner when a body starts (its event already recorded):
  // false when the body's statements cannot run, as on a CPython whose
  // recursion limit the nesting has reached (the first statement's call
  // raises RecursionError, which CPython reports as ignored). Only the
  // collector's later profiles say false (VersionRules::
  // body_recursion_budget).
  virtual bool BodyStatementsMayRun() { return true; }

  // --- creation (spec 3.2); each may run an automatic collection first.
  virtual void NewInstance(ObjId id, ClassId cls) = 0;
  virtual void NewList(ObjId id, std::span<const Value> items) = 0;
  virtual void NewDict(ObjId id) = 0;
  virtual void NewTuple(ObjId id, std::span<const Value> items) = 0;
  // Returns `id`, or, when CPython would reuse the target's basic ref (or
  // basic proxy) because no callback was given, that existing weakref's id
  // (with a new reference to it, and `id` left unused).
  virtual ObjId NewWeakref(ObjId id, bool proxy, ObjId target,
                           bool with_callback) = 0;

  // --- references held by the runner (roots, evaluation temporaries)
  virtual void Incref(ObjId obj) = 0;
  virtual void Decref(ObjId obj) = 0;

  // --- reads
  virtual ObjKind KindOf(ObjId obj) = 0;
  virtual ClassId ClassOf(ObjId obj) = 0;  // kInstance only
  virtual size_t Length(ObjId obj) = 0;    // list, tuple: len; dict: size
  virtual bool HasKey(ObjId dict, int32_t key) = 0;
  // Instance slot, list/tuple index, or dict key; precondition: it exists.
  virtual Value GetItem(ObjId obj, int32_t index) = 0;

  // --- mutations (spec 3.3); each may run finalizers of what it drops.
  virtual void SetItem(ObjId obj, int32_t index, const Value& v) = 0;
  virtual void DelKey(ObjId dict, int32_t key) = 0;
  virtual void Append(ObjId list, const Value& v) = 0;

  // --- the gc module (spec 3.4)
  virtual int64_t Collect(int gen) = 0;  // 0 with no events if collecting
  virtual void SetEnabled(bool enabled) = 0;
  virtual void SetThreshold(std::span<const int32_t> thresholds) = 0;
  virtual void Freeze() = 0;
  virtual void Unfreeze() = 0;
  virtual void SetDebug(uint32_t flags) = 0;
  virtual void ClearGarbage() = 0;
  virtual size_t GarbageSize() = 0;
  // gc.garbage.pop(index) with index in range (already normalised to
  // 0..size-1); the reference moves to the runner.
  virtual ObjId PopGarbage(size_t index) = 0;
  // Appends gc.callbacks entry number `index` (the runner numbers them).
  virtual void AddGcCallback(uint32_t index) = 0;

  // --- introspection for expectations
  virtual bool IsTracked(ObjId obj) = 0;
  virtual bool IsFinalized(ObjId obj) = 0;
  virtual int64_t WeakrefCount(ObjId obj) = 0;
  virtual bool WeakrefIsDead(ObjId weakref) = 0;  // W() is None
  virtual Where GenerationOf(ObjId obj) = 0;
  // Program objects only (the runner's ids), in CPython's order.
  virtual std::vector<ObjId> Objects(int gen) = 0;
  virtual std::vector<ObjId> Referents(ObjId obj) = 0;
  virtual std::vector<ObjId> Referrers(ObjId obj) = 0;
  virtual std::vector<ObjId> Garbage() = 0;
  virtual std::array<int64_t, 3> Count() = 0;
  virtual GenStats Stats(int gen) = 0;
};

}  // namespace gcfuzz::gcops

#endif  // GCFUZZ_GCOPS_BACKEND_H_
