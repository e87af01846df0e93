// collector/heap.h — the model of CPython 3.11's object heap and cyclic
// garbage collector.
//
// Heap owns every program object and implements, with CPython's exact
// orders: reference counting and the per-kind deallocations (subtype_dealloc
// with __del__/tp_del and resurrection, PyObject_ClearWeakRefs, list, tuple,
// dict and weakref deallocs), the trashcan, weakref lists, tracking and the
// generations, automatic collection inside allocation, and gc_collect_main.
// It calls a gcops::Host at every point where CPython would run Python code
// (finalizers, callbacks) or where gcops records an event.
//
// The implementation is split by concept:
//   heap.cc     allocation, tracking, the scheduler, mutation, the gc module
//   dealloc.cc  refcount death: deallocs, trashcan, weakref clearing
//   collect.cc  one collection (gc_collect_main and its phases)
//   collect_ft.cc  one collection of the free-threaded mode (3.13t's
//               gc_free_threading.c) and its QSBR-delayed frees; a heap
//               runs one mode for its life (collector_mode.h)
//   inspect.cc  read-only inspection for expectations, observers, oracle
//   verify.cc   VerifyHeap, the executable twin of the documented invariants
//
// Re-entrancy: any Host call may call back into the Heap (a __del__ body may
// create objects, drop references, or call Collect, which returns 0 while a
// collection runs). Every phase keeps its invariants across Host calls, as
// CPython's do.
#ifndef GCFUZZ_COLLECTOR_HEAP_H_
#define GCFUZZ_COLLECTOR_HEAP_H_

#include <array>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "collector/check.h"
#include "collector/collector_mode.h"
#include "collector/gc_header.h"
#include "collector/object.h"
#include "collector/observer.h"
#include "collector/version_rules.h"
#include "freethreading/qsbr.h"
#include "gcops/backend.h"

namespace gcfuzz::collector {

// A user class, as the collector needs it.
struct ClassInfo {
  uint16_t nslots = 0;
  bool has_del = false;     // tp_finalize (__del__)
  bool has_tp_del = false;  // legacy tp_del
  bool weakrefable = true;  // has __weakref__ (tp_weaklistoffset != 0)
  std::string name;         // tp_name, printed by the debug flags
};

// Where an object is, for inspection. kWorking: tracked, but in one of a
// running collection's working lists (unreachable, finalizers, ...).
enum class Location : uint8_t {
  kGen0,
  kGen1,
  kGen2,
  kPermanent,
  kUntracked,
  kWorking,
};

// One object as the oracle sees it.
struct ObjectInfo {
  ObjId id = gcops::kNoObj;
  ObjKind kind = ObjKind::kInstance;
  gcops::ClassId cls = 0;  // instances only
  int64_t refcount = 0;
  int64_t runner_refs = 0;  // references held by the gcops runner
  int64_t pins = 0;  // temporary references held by the collector, and by
                     // interpreter tuples
  int64_t garbage_refs = 0;  // times it appears in gc.garbage
  Location location = Location::kUntracked;
  bool finalized = false;
  bool has_del = false;
  bool has_tp_del = false;
  bool accepts_weakrefs = false;
  ObjId weakref_referent = gcops::kNoObj;  // weakrefs: the referent, or none
  bool weakref_has_callback = false;       // weakrefs: wr_callback set
};

// One strong reference an object holds, and where it holds it: instance
// slot `at`, list or tuple item `at`, or the value under dict key `at`.
struct ReferentEdge {
  enum class Via : uint8_t { kSlot, kItem, kKey };
  ObjId id = gcops::kNoObj;
  Via via = Via::kSlot;
  int32_t at = 0;
  bool operator==(const ReferentEdge&) const = default;
};

struct WeakrefInfo {
  ObjId weakref = gcops::kNoObj;
  bool proxy = false;
  bool has_callback = false;
};

class Heap {
 public:
  explicit Heap(const VersionRules& rules = kPython3_11,
                CollectorMode mode = CollectorMode::kClassic);
  ~Heap();
  Heap(const Heap&) = delete;
  Heap& operator=(const Heap&) = delete;

  // --- run lifecycle
  void Begin(gcops::Host* host, std::vector<ClassInfo> classes);
  // Frees every object without events or finalizers; resets all state.
  void End();

  // The live (not yet freed) object with this id, or nullptr.
  Object* Get(ObjId id) const {
    return id < objects_.size() ? objects_[id] : nullptr;
  }
  const ClassInfo& ClassOf(const Instance* inst) const {
    return classes_[inst->cls];
  }

  // --- creation (spec 3.2). Each counts an allocation first, which may run
  // an automatic collection before the object exists. The result carries
  // one reference owned by the runner.
  Instance* NewInstance(ObjId id, gcops::ClassId cls);
  List* NewList(ObjId id, std::span<const Slot> items);
  Dict* NewDict(ObjId id);
  Tuple* NewTuple(ObjId id, std::span<const Slot> items);
  // Returns a new weakref with id `id`, or the target's existing basic ref
  // (proxy) when CPython reuses it; either way with a new runner reference.
  Weakref* NewWeakref(ObjId id, bool proxy, Instance* target,
                      bool with_callback);

  // --- references held by the runner
  void RunnerIncref(Object* o);
  void RunnerDecref(Object* o);

  // --- mutation (spec 3.3); each may run finalizers of what it drops.
  void SetSlot(Instance* inst, int index, Slot v);
  void ListSetItem(List* list, int index, Slot v);
  void ListAppend(List* list, Slot v);
  void DictSetItem(Dict* dict, int32_t key, Slot v);
  void DictDelItem(Dict* dict, int32_t key);
  const DictEntry* DictLookup(const Dict* dict, int32_t key) const;

  // --- the gc module (spec 3.4)
  int64_t Collect(int gen);  // gc.collect(gen); 0 and nothing while collecting
  void SetEnabled(bool enabled) { sched_.enabled = enabled; }
  void SetThresholds(std::span<const int32_t> t);
  void Freeze();
  void Unfreeze();
  void SetDebug(uint32_t flags) { debug_ = flags; }
  void ClearGarbage();
  Object* PopGarbage(size_t index);  // the reference moves to the runner
  void AddGcCallback(uint32_t index) { callbacks_.push_back(index); }
  // A statement starts (the translation's `_at`/`_step` entry): a
  // collection still pending runs (EvalBreakerCheck).
  void StatementStart() { EvalBreakerCheck(); }
  // gc.get_count(); 3.14: (young, visited, pending) counts (INC-33).
  std::array<int64_t, 3> Count() const;
  gcops::GenStats Stats(int gen) const { return stats_[gen]; }
  const SchedulerState& scheduler() const { return sched_; }
  CollectorMode mode() const { return mode_; }
  bool collecting() const { return collecting_; }
  // The version profile this heap runs (version_rules.h).
  const VersionRules& rules() const { return rules_; }
  // False while the innermost running body is over the recursion budget
  // (EnterBody): its statements do not run (gcops::Backend).
  bool BodyStatementsMayRun() const {
    return body_blocked_.empty() || !body_blocked_.back();
  }
  // While a 3.14 region collection runs (gc_collect_region: a young
  // collection, an increment or a full collection), the ids of the list it
  // examines, in order; empty otherwise (3.11's collections examine merged
  // generations, which the oracle derives itself).
  std::vector<ObjId> ExaminedRegion() const;
  bool enabled() const { return sched_.enabled; }
  uint32_t debug() const { return debug_; }
  size_t GenerationSize(int gen) const;  // len(gc.get_objects(gen))
  size_t PermanentSize() const;          // gc.get_freeze_count()
  static int64_t ProgramListSize(const GcHead* list);
  // gc.callbacks: mutable like the Python list. A collection re-reads its
  // length at every step, so changing it from a callback is safe.
  std::vector<uint32_t>& callbacks() { return callbacks_; }

  // --- debug output. The DEBUG_STATS, DEBUG_COLLECTABLE and
  // DEBUG_UNCOLLECTABLE lines (spec 3.1, 3.5, 3.10, 4.5) go to this sink,
  // one call per line without the newline; an empty sink (the default)
  // writes each line plus '\n' to stderr, as PySys_WriteStderr does. Never
  // part of a gcops trace. End() keeps the sink.
  using DebugSink = std::function<void(std::string_view line)>;
  void set_debug_sink(DebugSink sink) { debug_sink_ = std::move(sink); }
  // CPython's `<TYPENAME 0xADDR>` name of an object: the class name for
  // instances, `list`, `dict`, `tuple`, `weakref.ReferenceType`,
  // `weakref.ProxyType`; the address is the model object's.
  std::string DebugRepr(const Object* o) const;

  // --- C-API shaped primitives (capi.h builds on these)
  // PyObject_GC_New: counts the allocation (which may collect) and returns
  // an instance that is NOT tracked, with one runner reference.
  Instance* NewInstanceUntracked(ObjId id, gcops::ClassId cls);
  // PyObject_GC_Track / UnTrack on a live object: Track appends to gen0's
  // tail and returns false if it was already tracked (CPython asserts);
  // UnTrack is a no-op on an untracked object (as in CPython). Both refuse
  // (return false) during a collection, whose working lists they would
  // corrupt.
  bool TrackObject(Object* o);
  bool UntrackObject(Object* o);
  // tp_clear of one object, holding a temporary reference around it as
  // delete_garbage does. False for tuples (no tp_clear).
  bool ClearObject(Object* o);

  // _PyObject_SetDeferredRefcount (free-threaded mode only; classic mode
  // refuses, as the default build ignores the call): marks a live, tracked
  // object deferred and adds kDeferredBias to its refcount, so dropping its
  // counted references to zero does not free it; only a collection that
  // finds it unreachable does (collect_ft.cc). False if refused or already
  // deferred.
  bool SetDeferred(Object* o);
  static bool IsDeferred(const Object* o) {
    return (o->reserved & kDeferredRefcount) != 0;
  }

  // --- QSBR-delayed reclamation (free-threaded mode; collect_ft.cc). The
  // heap is one reader of its own Qsbr (registered and attached for the
  // heap's life); tests may register more readers to hold goals back.
  freethreading::Qsbr& qsbr() { return *qsbr_; }
  // Freed objects whose memory waits for its QSBR goal.
  size_t PendingFrees() const { return delayed_frees_.size(); }
  bool IsPendingFree(const void* memory) const;

  // --- introspection (inspect.cc)
  gcops::Where WhereIs(const Object* o) const;
  std::vector<ObjId> ObjectsInGeneration(int gen) const;  // gc.get_objects(gen)
  std::vector<ObjId> ReferentIds(Object* o) const;        // gc.get_referents
  // ReferentIds with where each reference sits, in the same order.
  std::vector<ReferentEdge> ReferentEdges(const Object* o) const;
  std::vector<ObjId> ReferrerIds(Object* o) const;  // gc.get_referrers
  int64_t WeakrefCount(const Object* o) const;      // getweakrefcount
  std::vector<ObjId> GarbageIds() const;
  size_t GarbageSize() const { return garbage_.size(); }
  // Oracle inspection: every live object (ids ascending) and its details.
  void ForEachObject(const std::function<void(const ObjectInfo&)>& fn) const;
  ObjectInfo Info(const Object* o) const;
  std::vector<WeakrefInfo> WeakrefsOf(const Object* o) const;  // list order
  size_t LiveObjects() const { return live_; }
  // True while object `id` waits on the trashcan's stack: its refcount
  // reached 0 at nesting >= the limit, and it is freed when the nesting
  // unwinds (so possibly after the collection that dropped it).
  bool IsDeposited(ObjId id) const;
  // Per object id: references held by live interpreter tuples and by
  // deallocations in progress (inspect.cc).
  std::vector<int64_t> OutsideHolds() const;

  void set_observer(Observer* observer) { observer_ = observer; }

  // True when no Host call, deallocation or collection is in progress: the
  // state VerifyHeap can check exhaustively.
  bool Quiescent() const {
    return host_depth_ == 0 && !collecting_ && trash_nesting_ == 0 &&
           dying_.empty();
  }
  // Checks every documented invariant (gc_header.h, object.h); aborts with
  // the offending object on a violation. Valid at any point outside a
  // collection's phases (it accounts for deallocations in progress).
  // verify.cc lists the invariants by label; each has its own function.
  void VerifyHeap() const;

  // Test hook. In GCFUZZ_VERIFY builds a classic collection validates its
  // lists at CPython's phase boundaries (collect.cc, ValidateList in
  // gc_header.h); the hook is called just before each validation with the
  // list and the state it must be in, so a test can corrupt a header there
  // and see the validator catch it. Empty by default; never called in other
  // builds.
  using ListCheckHook = std::function<void(GcHead* list, ListState state)>;
  void set_list_check_hook_for_testing(ListCheckHook hook) {
    list_check_hook_for_testing_ = std::move(hook);
  }

 private:
  friend class CollectionPhases;
  friend class FreeThreadedCollection;

  // heap.cc
  void CountAllocation();  // _PyObject_GC_Link: count0++, maybe collect
  void Register(Object* o, ObjId id);
  void Track(Object* o) {
    collector::ListAppend(&o->gc, &generations_[0]);
    if (rules_.incremental) CountTrack(o);
  }
  void Untrack(Object* o) {
    if (!IsTracked(&o->gc)) return;
    ListRemove(&o->gc);
    if (rules_.incremental) CountUntrack(o);
  }
  // 3.14.2 counts on tracking (INC-3): _PyObject_GC_TRACK adds 1 to the
  // young count and may schedule a step for the eval breaker (INC-4);
  // _PyObject_GC_UNTRACK and PyObject_GC_Del of a tracked object take 1
  // (never below 0). Interpreter tuples count too: they are real tuples
  // (weakref.ref's argument tuple makes a step due on 3.14.2: measured,
  // corpus/regressions/weakref_callback_frame_holds_weakref.gcops).
  void CountTrack(const Object* o);
  void CountUntrack(const Object* o);
  bool MayBeTracked(const Slot& s) const;
  void AppendGarbage(Object* o);
  void DebugLine(std::string_view line) const;

  // The automatic collection of gc_collect_generations / _Py_RunGC.
  void RunAutomaticCollection();
  // The eval-breaker check at the end of the call that made an object:
  // runs a collection the allocation scheduled (3.12+). `made` and `also`
  // are on the interpreter frame's stack there (top first): the objects
  // the 3.14 marking finds (INC-12).
  void EvalBreakerCheck(Object* made = nullptr, Object* also = nullptr);
  // NewWeakref's body, inside the call's argument tuple (heap.cc).
  Weakref* NewWeakrefCall(ObjId id, bool proxy, Instance* target,
                          bool with_callback);

  // dealloc.cc
  Tuple* NewInterpreterTuple(uint32_t size, uint32_t cpython_items);
  void Incref(Object* o) { ++o->refcnt; }
  void Decref(Object* o) {
    GCFUZZ_DCHECK_OBJ(o->refcnt > 0, o);
    if (--o->refcnt == 0) Dealloc(o);
  }
  void DecrefSlot(Slot s) {
    if (Object* o = s.obj()) Decref(o);
  }
  void Pin(Object* o) {
    ++o->pins;
    ++o->refcnt;
  }
  void Unpin(Object* o) {
    --o->pins;
    Decref(o);
  }
  void Dealloc(Object* o);
  // A deallocation whose references are being released (Dealloc's loop).
  struct ReleaseFrame {
    Object* o;
    uint32_t next;  // slots, tuple items or dict entries done so far
  };
  bool BeginDealloc(Object* o);
  Object* TakeNextReference(ReleaseFrame& f);
  bool SubtypeDealloc(Instance* o);
  bool ContainerDealloc(Object* o);
  void WeakrefDealloc(Weakref* w);
  bool CallFinalizerFromDealloc(Instance* o);  // true: resurrected
  void BeginFree(Object* o);                   // the point of no return: OnFree
  void FinishFree(Object* o);  // PyObject_GC_Del: count0--, memory
  bool TrashBegin(Object* o);  // true: deposited, skip the body
  void TrashEnd();
  void DestroyChain();
  void ClearWeakRefs(Instance* o);  // PyObject_ClearWeakRefs
  void ClearWeakref(Weakref* w);    // clear_weakref (drops the callback)
  void ClearWeakrefKeepCallback(Weakref* w);  // _PyWeakref_ClearRef
  void RunWeakrefCallback(Weakref* w);
  void Clear(Object* o);  // tp_clear
  static bool HasClear(const Object* o) { return o->kind != ObjKind::kTuple; }

  // collect.cc
  int64_t CollectWithCallbacks(int gen, bool automatic);
  // gc_collect_region (3.14, INC-6): one collection of the list `from`;
  // the reachable objects, then the rescued ones, go to the tail of `to`
  // (which may be `from`). Stats and the observer's report go to `gen`.
  // `then`: where the caller appends `to` afterwards (gc_list_merge of the
  // survivors into visited), done before the collection's end is reported
  // so the observer sees every survivor in its place.
  std::pair<int64_t, int64_t> CollectRegion(GcHead* from, GcHead* to, int gen,
                                            bool automatic,
                                            GcHead* then = nullptr);
  void UntrackTuplesIn(GcHead* list);  // untrack_tuples
  // CollectMain's and CollectRegion's common part, from deduce_unreachable
  // on; `region` selects gc_collect_region's survivors step (the merge into
  // `old` alone) over gc_collect_main's (MoveSurvivors).
  std::pair<int64_t, int64_t> CollectFrom(
      GcHead* young, GcHead* old, int gen, bool region,
      std::chrono::steady_clock::time_point t0, CollectionReport& report,
      GcHead* then = nullptr);
  // collect_incremental.cc: 3.14.2's _PyGC_Collect body (INC-5): {m, n},
  // and whether a collection ran (stats and the observer: INC-30).
  std::pair<int64_t, int64_t> CollectIncremental(int gen, bool automatic);
  void CollectYoung(bool automatic, std::pair<int64_t, int64_t>* mn);
  void CollectIncrementStep(bool automatic, std::pair<int64_t, int64_t>* mn);
  void CollectFull(bool automatic, std::pair<int64_t, int64_t>* mn);
  void CompletedScavenge();
  int64_t AssessWorkToDo();
  int64_t MarkStacks(GcHead* visited);
  int64_t IncrementalHeapSize() const;
  GcHead* VisitedList() { return &generations_[1 + inc_.visited_space]; }
  GcHead* PendingList() { return &generations_[2 - inc_.visited_space]; }
  const GcHead* VisitedList() const {
    return &generations_[1 + inc_.visited_space];
  }
  const GcHead* PendingList() const {
    return &generations_[2 - inc_.visited_space];
  }
  // The frame roots (3.14): objects on interpreter frames, pushed by the
  // operations whose canonical translation holds them there.
  size_t PushRoots(Object* first, Object* second = nullptr);
  void PopRoots(size_t mark) {
    if (rules_.incremental) stack_roots_.resize(mark);
  }
  void InvokeGcCallbacks(bool start, int gen, int64_t m, int64_t n);
  std::pair<int64_t, int64_t> CollectMain(int gen, bool automatic);
  // What both modes do around a collection: VerifyHeap on heaps small
  // enough for it (GCFUZZ_VERIFY builds), DEBUG_STATS's closing line (the
  // clock started at `t0`), and the ending (stats of the generation asked
  // for, the observer's OnCollectionEnd with m and n filled in).
  void MaybeVerifyAroundCollection();
  void DebugDoneLine(int64_t m, int64_t n,
                     std::chrono::steady_clock::time_point t0) const;
  void EndCollection(int gen, int64_t m, int64_t n, CollectionReport& report);
  // CollectMain's steps that are not phases of the algorithm; each does
  // nothing when its feature (an observer, a debug flag, GCFUZZ_VERIFY) is
  // off. BeginObserving points report_ at `report` if an observer is set;
  // ReportIds fills one of its lists from a working list.
  void BeginObserving(int gen, bool automatic, CollectionReport& report);
  void NotifyCollectionStart(int gen);
  void NotifyAfterFinalize(const GcHead* unreachable);
  void ReportIds(std::vector<ObjId> CollectionReport::*field,
                 const GcHead* list);
  // DEBUG_STATS's opening lines; returns the clock DebugDoneLine reads.
  std::chrono::steady_clock::time_point DebugStatsStart(int gen) const;
  // One "gc: <what> <repr>" line per member of `list` if `flag` is set.
  void DebugEachObject(uint32_t flag, const char* what,
                       const GcHead* list) const;
  // validate_list at a phase boundary (GCFUZZ_VERIFY builds): runs the
  // test hook, then ValidateList. ValidateOlder validates `old`, which in
  // a collection of a younger generation is an older one the collection
  // does not otherwise walk: only on heaps small enough for VerifyHeap, so
  // that young collections stay O(young) on large heaps.
  void ValidateAtBoundary(GcHead* list, ListState state);
  void ValidateOlder(GcHead* old, const GcHead* young);
  // collect_ft.cc: gc_free_threading.c's gc_collect_main body, and the
  // delayed frees (process_delayed_frees, _PyMem_FreeDelayed).
  std::pair<int64_t, int64_t> CollectMainFreeThreaded(int gen, bool automatic);
  void ProcessDelayedFrees();
  void FreeDelayed(Object* o);
  void ReleaseDelayedFrees();  // End(): everything, goals or not

  // The recursion budget of nested program code (VersionRules::
  // body_recursion_budget): EnterBody charges `units` for a finalizer or
  // callback body about to start; while the charge is over the budget the
  // body's event still happens but its statements do not run
  // (BodyStatementsMayRun; the runner asks). Each EnterBody is matched by a
  // LeaveBody with the same units.
  void EnterBody(int units) {
    body_units_ += units;
    body_blocked_.push_back(rules_.body_recursion_budget > 0 &&
                            body_units_ > rules_.body_recursion_budget);
  }
  void LeaveBody(int units) {
    body_units_ -= units;
    body_blocked_.pop_back();
  }

  // Every call into the host goes through here, so the depth is known and
  // every call is counted (host_calls_).
  template <typename F>
  void CallHost(F&& f) {
    ++host_depth_;
    ++host_calls_;
    f(*host_);
    --host_depth_;
  }

  // verify.cc: VerifyHeap's checks, one per invariant label.
  class VerifyMarks;      // per-object marks of one VerifyHeap (verify.cc)
  struct ListMembership;  // what L2 found in the lists, for R2 and R1
  bool IsLive(const Object* o) const;
  void VerifyListLinks() const;                                        // L1
  ListMembership VerifyListMembership() const;                         // L2
  void VerifyNoDanglingReferences(const ListMembership& lists) const;  // R2
  void VerifyRefcounts(const ListMembership& lists) const;             // R1
  void VerifyLiveObjectsTracked() const;                               // R3
  void VerifyFinalizedBits() const;                                    // F1
  void VerifyWeakrefLists() const;                                     // W1
  void VerifyCounts() const;                                           // C1

  const VersionRules& rules_;
  const CollectorMode mode_;
  gcops::Host* host_ = nullptr;
  std::vector<ClassInfo> classes_;
  std::vector<Object*> objects_;  // by id; nullptr once freed
  size_t live_ = 0;
  // The live objects of objects_, densely, in no order, and each one's
  // index there (by id): what the verifier walks, so that its cost follows
  // the live heap, not every object a long run ever made (issue 15).
  // Invariant: live_list_.size() == live_, and for o in live_list_,
  // objects_[o->id] == o and live_list_[live_pos_[o->id]] == o.
  std::vector<Object*> live_list_;
  std::vector<uint32_t> live_pos_;
  // VerifyHeap's scratch, by id, stamped with the verification's epoch
  // (verify.cc): reused, so a verification never clears or allocates per id.
  mutable uint32_t verify_epoch_ = 0;
  mutable std::vector<uint32_t> listed_stamps_, deposited_stamps_,
      expected_stamps_;
  mutable std::vector<int64_t> expected_;

  // Classic mode: generations 0, 1, 2. The incremental collector (3.14):
  // young, old[0], old[1] (VisitedList, PendingList).
  std::array<GcHead, kNumGenerations> generations_;
  GcHead permanent_;
  // 3.14's incremental state (INC-1). Under the harness the interpreter's
  // own objects are frozen, so the permanent generation is never empty
  // until a program calls unfreeze (`interpreter_frozen`, INC-15).
  struct IncrementalState {
    int visited_space = 0;
    bool mark_phase = true;  // phase == MARK
    int64_t work_to_do = 0;
    bool interpreter_frozen = true;
  };
  IncrementalState inc_;
  // Objects on the interpreter's frames, bottom first (3.14 marking,
  // INC-12); only the incremental collector keeps them.
  std::vector<Object*> stack_roots_;
  SchedulerState sched_;
  std::array<gcops::GenStats, kNumGenerations> stats_;
  bool collecting_ = false;
  // 3.12+: an allocation scheduled a collection for the next eval-breaker
  // check (VersionRules::collect_inside_allocation is false).
  bool gc_scheduled_ = false;
  // The list a 3.14 region collection examines, while it runs.
  const GcHead* region_ = nullptr;
  // Objects VerifyHeap has visited around collections this run, and the
  // collections since the budget ran out (MaybeVerifyAroundCollection).
  uint64_t verify_work_ = 0;
  uint64_t verify_skipped_ = 0;
  uint32_t debug_ = 0;
  std::vector<Object*> garbage_;     // gc.garbage (holds references)
  std::vector<uint32_t> callbacks_;  // gc.callbacks (runner's indices)
  DebugSink debug_sink_;
  int body_units_ = 0;  // EnterBody's charge of the bodies now running
  std::vector<bool> body_blocked_;  // per running body: over the budget

  int trash_nesting_ = 0;
  Object* trash_later_ = nullptr;        // deposited objects, newest first
  std::vector<Object*> dying_;           // past OnFree, still releasing
  std::vector<ReleaseFrame> releasing_;  // Dealloc's explicit stack
  int host_depth_ = 0;
  // Counts calls into the host (CallHost). Program code (finalizer, tp_del,
  // weakref and gc callback bodies) runs only inside one, so a stretch of
  // a collection over which the count did not move ran none and cannot
  // have resurrected anything: collect.cc then skips the second
  // deduce_unreachable. Counting events (OnFree, OnGarbage, ...) as well
  // can only make that shortcut rarer, never wrong.
  uint64_t host_calls_ = 0;

  Observer* observer_ = nullptr;
  CollectionReport* report_ = nullptr;  // while an observed collection runs
  ListCheckHook list_check_hook_for_testing_;

  // Free-threaded mode: memory of freed objects, each with the QSBR goal
  // after which no reader can still hold it (oldest first).
  struct DelayedFree {
    Object* object;
    uint64_t goal;
    size_t bytes;  // ObjectMemoryBytes, read before the block is poisoned
  };
  std::unique_ptr<freethreading::Qsbr> qsbr_;
  int32_t qsbr_index_ = -1;  // the heap's own reader slot
  std::vector<DelayedFree> delayed_frees_;
};

}  // namespace gcfuzz::collector

#endif  // GCFUZZ_COLLECTOR_HEAP_H_
