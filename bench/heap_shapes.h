// bench/heap_shapes.h — heap shapes the benchmarks build on both sides.
//
// A Shape is a backend-neutral graph: n objects of one class (`nslots`
// reference slots), the edges each slot holds, which objects have a
// __del__, whether every object gets a weakref, and whether the runner
// keeps a reference to every object (a live heap) or drops them all (every
// object is cyclic garbage for the next full collection). The model side
// (collect_bench.cc) and the CPython side (cpython_shapes.cc) materialise
// the same Shape, so both collectors scan identical graphs.
#ifndef GCFUZZ_BENCH_HEAP_SHAPES_H_
#define GCFUZZ_BENCH_HEAP_SHAPES_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace gcfuzz::bench {

enum class ShapeKind : uint8_t {
  kRing,           // 0 -> 1 -> ... -> n-1 -> 0, garbage
  kTreeBackEdges,  // binary tree, each child also points at its parent, garbage
  kRandom4,        // 4 references per object to uniform random objects, garbage
  kPairs,          // n/2 two-cycles, garbage
  kLive,           // kRandom4's graph, every object held by the runner
  kHalfDel,        // a ring where every other object has __del__, garbage
  kWeakrefs,  // a ring with a (live, callback-less) weakref on every object
};

inline constexpr ShapeKind kAllShapes[] = {
    ShapeKind::kRing,    ShapeKind::kTreeBackEdges, ShapeKind::kRandom4,
    ShapeKind::kPairs,   ShapeKind::kLive,          ShapeKind::kHalfDel,
    ShapeKind::kWeakrefs};

std::string_view ShapeName(ShapeKind kind);

// Edges are object indices; kNone leaves the slot None.
inline constexpr uint32_t kNone = 0xffffffffu;

struct Shape {
  uint32_t n = 0;
  uint16_t nslots = 0;
  std::vector<uint32_t> edges;  // n * nslots, row-major (object, slot)
  std::vector<bool> has_del;    // per object
  bool weakrefs = false;        // one weakref per object, held by the runner
  bool live = false;            // the runner keeps every object
};

// Deterministic (fixed seed) for a given kind and n.
Shape MakeShape(ShapeKind kind, uint32_t n);

}  // namespace gcfuzz::bench

#endif  // GCFUZZ_BENCH_HEAP_SHAPES_H_
