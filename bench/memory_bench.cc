// bench/memory_bench.cc — bytes per model object, by kind.
//
// For each kind, creates kCount objects through collector::Heap and reads
// glibc's in-use byte count (mallinfo2(): uordblks + hblkhd) before and after,
// so the figure includes everything the object costs: its layout, the
// allocator's rounding (the collector's size-class pool, or malloc's chunk
// header for out-of-line vectors), list/dict storage, and the Heap's
// id -> Object* table entry (8 bytes). Prints one JSON object:
//   {"kind": {"sizeof": S, "bytes_per_object": B}, ...}
#include <malloc.h>

#include <cstdint>
#include <cstdio>
#include <string>
#include <thread>
#include <vector>

#include "bench/null_host.h"
#include "collector/heap.h"

namespace gcfuzz::bench {
namespace {

using collector::Heap;
using collector::Slot;

constexpr uint32_t kCount = 200000;

// Bytes glibc has handed out: heap chunks plus mmap'd blocks (big vectors).
size_t InUse() {
  struct mallinfo2 mi = mallinfo2();
  return mi.uordblks + mi.hblkhd;
}

// Creates kCount objects with `make(heap, id)`; returns bytes per object.
// Runs on a fresh thread: the collector's size-class pool is per thread and
// keeps freed blocks, which an earlier measurement would otherwise leave
// for this one to reuse uncounted.
template <typename Make>
double MeasureOnThisThread(Make make);

template <typename Make>
double Measure(Make make) {
  double result = 0;
  std::thread([&] { result = MeasureOnThisThread(make); }).join();
  return result;
}

template <typename Make>
double MeasureOnThisThread(Make make) {
  NullHost host;
  Heap heap;
  std::vector<collector::ClassInfo> classes;
  for (uint16_t k : {0, 1, 2, 4, 8})
    classes.push_back({.nslots = k,
                       .has_del = false,
                       .has_tp_del = false,
                       .weakrefable = true});
  heap.Begin(&host, classes);
  heap.SetEnabled(false);
  // One object first, so one-time allocations are not counted.
  make(heap, 0);
  size_t before = InUse();
  for (uint32_t i = 1; i <= kCount; ++i) make(heap, i);
  size_t after = InUse();
  heap.End();
  return static_cast<double>(after - before) / kCount;
}

void Print(bool& first, const std::string& kind, size_t size_of, double bytes) {
  std::printf("%s\n  \"%s\": {\"sizeof\": %zu, \"bytes_per_object\": %.1f}",
              first ? "{" : ",", kind.c_str(), size_of, bytes);
  first = false;
}

}  // namespace
}  // namespace gcfuzz::bench

int main() {
  using namespace gcfuzz::bench;      // NOLINT: a short driver
  using namespace gcfuzz::collector;  // NOLINT
  bool first = true;
  const uint16_t slot_counts[] = {0, 1, 2, 4, 8};
  for (uint16_t c = 0; c < 5; ++c) {
    uint16_t k = slot_counts[c];
    double b = Measure([c](Heap& h, uint32_t id) { h.NewInstance(id, c); });
    Print(first, "instance_" + std::to_string(k) + "_slots",
          sizeof(Instance) + k * sizeof(Slot), b);
  }
  Print(first, "list_empty", sizeof(List),
        Measure([](Heap& h, uint32_t id) { h.NewList(id, {}); }));
  std::vector<Slot> four(4, Slot::Int(1));
  Print(first, "list_4", sizeof(List) + 4 * sizeof(Slot),
        Measure([&](Heap& h, uint32_t id) { h.NewList(id, four); }));
  Print(first, "tuple_4", sizeof(Tuple) + 4 * sizeof(Slot),
        Measure([&](Heap& h, uint32_t id) { h.NewTuple(id, four); }));
  Print(first, "dict_empty", sizeof(Dict),
        Measure([](Heap& h, uint32_t id) { h.NewDict(id); }));
  Print(first, "dict_4", sizeof(Dict) + 4 * sizeof(DictEntry),
        Measure([](Heap& h, uint32_t id) {
          Dict* d = h.NewDict(id);
          for (int32_t key = 0; key < 4; ++key)
            h.DictSetItem(d, key, Slot::Int(key));
        }));
  // A weakref to its own fresh target: counts target + weakref, minus the
  // 1-slot instance measured above, is the weakref's cost (bench/bench.py).
  Print(first, "instance_1_slots_plus_weakref",
        sizeof(Instance) + sizeof(Slot) + sizeof(Weakref),
        Measure([](Heap& h, uint32_t id) {
          Instance* t = h.NewInstance(2 * id, 1);
          h.NewWeakref(2 * id + 1, false, t, false);
        }));
  std::printf("\n}\n");
  return 0;
}
