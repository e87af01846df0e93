// collector/collect_incremental.cc — CPython 3.14.2's incremental cycle
// collector (docs/cpython-3.14-incremental.md, rules INC-n): what
// gc.collect(0), gc.collect(1) / an automatic collection and gc.collect(2)
// run (_PyGC_Collect, INC-5), over a young list and an old one in two
// spaces. One collection of an examined list is gc_collect_region, which is
// 3.11's gc_collect_main once the list and its order are fixed (INC-7):
// Heap::CollectRegion in collect.cc.
//
// The lists (INC-1) are the heap's generations_: [0] young, [1] old[0],
// [2] old[1]; inc_.visited_space names the visited one (VisitedList), the
// other is pending. sched_.count[0] is young.count, count[1 + i] is
// old[i].count.
//
// A space bit per object is kept only where it is read: inside one step,
// objects in young and pending carry kNotVisited (object.h) while marking
// (INC-12) or an increment's expansion (INC-11) looks for them.
#include <algorithm>
#include <utility>

#include "collector/check.h"
#include "collector/faults.h"
#include "collector/heap.h"

namespace gcfuzz::collector {

namespace {

void SetNotVisited(GcHead* list, bool on) {
  for (GcHead* g = Next(list); g != list; g = Next(g)) {
    Object* o = FromGc(g);
    if (on) {
      o->reserved |= kNotVisited;
    } else {
      o->reserved &= ~kNotVisited;
    }
  }
}

// move_to_reachable / visit_add_to_container: a tracked object in young
// or pending takes the visited bit and goes to the tail of `to`.
bool TakeIfNotVisited(Object* o, GcHead* to) {
  if (o == nullptr || !IsTracked(&o->gc) || !(o->reserved & kNotVisited))
    return false;
  o->reserved &= ~kNotVisited;
  ListMove(&o->gc, to);
  return true;
}

}  // namespace

// heap_size (INC-14): every tracked object, the interpreter's included.
// The model's stand-in for the interpreter's is a constant
// (kIncrementalHeapBaseline, version_rules.h: an assumption).
int64_t Heap::IncrementalHeapSize() const {
  int64_t n = inc_.interpreter_frozen ? kIncrementalHeapBaseline : 0;
  for (const GcHead& g : generations_) n += ListSize(&g);
  n += ListSize(&permanent_);
  return n;
}

// assess_work_to_do (INC-14), as measured on 3.14.2: new objects plus a
// heap fraction capped at twice them; the young count is reset.
int64_t Heap::AssessWorkToDo() {
  const int64_t scale = std::max<int64_t>(sched_.threshold[1], 2);
  const int64_t new_objects = sched_.count[0];
  const int64_t heap_fraction =
      std::min(IncrementalHeapSize() / 10 / scale, 2 * new_objects);
  sched_.count[0] = 0;
  return new_objects + heap_fraction;
}

// mark_stacks (INC-12): the objects on the interpreter's frames, top frame
// first and each frame from its stack's top down (stack_roots_ from the
// back), move to a reachable list; then mark_all_reachable empties it
// breadth-first onto the tail of `visited`. Under the harness the global
// roots (mark_global_roots) and everything below the program are frozen,
// so they mark nothing. Returns the number of objects moved.
int64_t Heap::MarkStacks(GcHead* visited) {
  GcHead* young = &generations_[0];
  GcHead* pending = PendingList();
  SetNotVisited(young, true);
  SetNotVisited(pending, true);
  GcHead reachable;
  ListInit(&reachable);
  int64_t marked = 0;
  for (size_t i = stack_roots_.size(); i-- > 0;)
    if (TakeIfNotVisited(stack_roots_[i], &reachable)) ++marked;
  while (!ListIsEmpty(&reachable)) {
    GcHead* g = Next(&reachable);
    ListMove(g, visited);
    Traverse(FromGc(g), [&](Object* r) {
      if (TakeIfNotVisited(r, &reachable)) ++marked;
    });
  }
  SetNotVisited(young, false);
  SetNotVisited(pending, false);
  return marked;
}

// completed_scavenge (INC-15).
void Heap::CompletedScavenge() {
  const bool permanent_empty =
      !inc_.interpreter_frozen && ListIsEmpty(&permanent_);
  if (permanent_empty) {
    // The space flips: the old visited list is the new pending one.
    inc_.visited_space ^= 1;
  } else {
    GCFUZZ_CHECK(ListIsEmpty(PendingList()), "pending not empty at scavenge");
    ListMerge(VisitedList(), PendingList());
  }
  inc_.work_to_do = 0;
  inc_.mark_phase = true;
}

// gc_collect_young (INC-8).
void Heap::CollectYoung(bool automatic, std::pair<int64_t, int64_t>* mn) {
  GcHead* young = &generations_[0];
  UntrackTuplesIn(young);
  GcHead survivors;
  ListInit(&survivors);
  const int visited = inc_.visited_space;
  *mn = CollectRegion(young, &survivors, 0, automatic, VisitedList());
  sched_.count[0] = 0;
  sched_.count[1 + visited] += 1;
}

// gc_collect_increment (INC-11). Marking and skipped steps run no
// collection: no stats, no observer report (INC-30).
void Heap::CollectIncrementStep(bool automatic,
                                std::pair<int64_t, int64_t>* mn) {
  inc_.work_to_do += AssessWorkToDo();
  if (inc_.work_to_do < 0) return;
  GcHead* young = &generations_[0];
  UntrackTuplesIn(young);
  GcHead* visited = VisitedList();
  if (inc_.mark_phase && !PlantedFault(Fault::kFirstStepCollects)) {
    // mark_at_start: charged twice (INC-11 step 4, INC-14).
    const int64_t marked = MarkStacks(visited);
    inc_.work_to_do -= 2 * marked;
    inc_.mark_phase = false;
    return;
  }
  inc_.work_to_do -= MarkStacks(visited);
  GcHead increment;
  ListInit(&increment);
  ListMerge(young, &increment);
  int64_t size = ListSize(&increment);
  GcHead* pending = PendingList();
  SetNotVisited(pending, true);
  while (size < inc_.work_to_do && !ListIsEmpty(pending)) {
    GcHead* head = Next(pending);
    FromGc(head)->reserved &= ~kNotVisited;
    ListMove(head, &increment);
    size += 1;
    // expand_region_transitively_reachable: from `head` to the end.
    for (GcHead* g = head; g != &increment; g = Next(g)) {
      Traverse(FromGc(g), [&](Object* r) {
        if (TakeIfNotVisited(r, &increment)) size += 1;
      });
    }
  }
  SetNotVisited(pending, false);
  GcHead survivors;
  ListInit(&survivors);
  *mn = CollectRegion(&increment, &survivors, 1, automatic, VisitedList());
  inc_.work_to_do -= size;
  if (ListIsEmpty(PendingList())) CompletedScavenge();
}

// gc_collect_full (INC-10).
void Heap::CollectFull(bool automatic, std::pair<int64_t, int64_t>* mn) {
  GcHead* young = &generations_[0];
  GcHead* pending = PendingList();
  GcHead* visited = VisitedList();
  UntrackTuplesIn(young);
  if (PlantedFault(Fault::kFullCollectionYoungFirst)) {
    ListMerge(visited, young);
    ListMerge(pending, young);
    ListMerge(young, visited);
  } else {
    ListMerge(young, pending);
    ListMerge(pending, visited);
  }
  sched_.count[0] = 0;
  *mn = CollectRegion(visited, visited, 2, automatic);
  sched_.count = {0, 0, 0};
  CompletedScavenge();
}

std::pair<int64_t, int64_t> Heap::CollectIncremental(int gen, bool automatic) {
  std::pair<int64_t, int64_t> mn{0, 0};
  MaybeVerifyAroundCollection();
  switch (gen) {
    case 0:
      CollectYoung(automatic, &mn);
      break;
    case 1:
      CollectIncrementStep(automatic, &mn);
      break;
    default:
      CollectFull(automatic, &mn);
      break;
  }
  MaybeVerifyAroundCollection();
  return mn;
}

}  // namespace gcfuzz::collector
