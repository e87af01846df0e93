// bench/heap_shapes.cc — the benchmark heap shapes as plain graphs.
#include "bench/heap_shapes.h"

#include <random>

namespace gcfuzz::bench {

std::string_view ShapeName(ShapeKind kind) {
  switch (kind) {
    case ShapeKind::kRing:
      return "ring";
    case ShapeKind::kTreeBackEdges:
      return "tree_back_edges";
    case ShapeKind::kRandom4:
      return "random4";
    case ShapeKind::kPairs:
      return "pairs";
    case ShapeKind::kLive:
      return "live";
    case ShapeKind::kHalfDel:
      return "half_del";
    case ShapeKind::kWeakrefs:
      return "weakrefs";
  }
  return "?";
}

namespace {

void Ring(Shape& s) {
  for (uint32_t i = 0; i < s.n; ++i) s.edges[i] = (i + 1) % s.n;
}

void Random4(Shape& s) {
  std::mt19937 rng(42);  // fixed: both sides and every run see one graph
  std::uniform_int_distribution<uint32_t> pick(0, s.n - 1);
  for (uint32_t& e : s.edges) e = pick(rng);
}

}  // namespace

Shape MakeShape(ShapeKind kind, uint32_t n) {
  Shape s;
  s.n = n;
  switch (kind) {
    case ShapeKind::kRing:
    case ShapeKind::kHalfDel:
    case ShapeKind::kWeakrefs:
      s.nslots = 1;
      break;
    case ShapeKind::kPairs:
      s.nslots = 1;
      break;
    case ShapeKind::kTreeBackEdges:
      s.nslots = 3;
      break;
    case ShapeKind::kRandom4:
    case ShapeKind::kLive:
      s.nslots = 4;
      break;
  }
  s.edges.assign(size_t{n} * s.nslots, kNone);
  s.has_del.assign(n, false);
  switch (kind) {
    case ShapeKind::kRing:
      Ring(s);
      break;
    case ShapeKind::kHalfDel:
      Ring(s);
      for (uint32_t i = 0; i < n; i += 2) s.has_del[i] = true;
      break;
    case ShapeKind::kWeakrefs:
      Ring(s);
      s.weakrefs = true;
      break;
    case ShapeKind::kPairs:
      for (uint32_t i = 0; i + 1 < n; i += 2) {
        s.edges[i] = i + 1;
        s.edges[i + 1] = i;
      }
      break;
    case ShapeKind::kTreeBackEdges:
      // Slots: left child, right child, parent (the back edge).
      for (uint32_t i = 0; i < n; ++i) {
        if (2 * uint64_t{i} + 1 < n) s.edges[i * 3 + 0] = 2 * i + 1;
        if (2 * uint64_t{i} + 2 < n) s.edges[i * 3 + 1] = 2 * i + 2;
        if (i > 0) s.edges[i * 3 + 2] = (i - 1) / 2;
      }
      break;
    case ShapeKind::kRandom4:
      Random4(s);
      break;
    case ShapeKind::kLive:
      Random4(s);
      s.live = true;
      break;
  }
  return s;
}

}  // namespace gcfuzz::bench
