// bench/cpython_shapes.h — the benchmark shapes as real CPython objects.
//
// CpythonHeap materialises a Shape in the embedded interpreter
// (differential/cpython/interpreter.h) through the C API: instances of a
// `__slots__` class (s00.. plus __weakref__; a subclass with a trivial
// __del__ for the objects that have one), weakref.ref objects, and C++-held
// references as the runner's roots (held outside any GC object, like the
// model's runner references, so no extra container is scanned). Automatic
// collection is off and the interpreter's own objects are frozen
// (gc.freeze()) before the first shape is built, so gc.collect() scans the
// shape only.
#ifndef GCFUZZ_BENCH_CPYTHON_SHAPES_H_
#define GCFUZZ_BENCH_CPYTHON_SHAPES_H_

#include <cstdint>

#include "bench/heap_shapes.h"

namespace gcfuzz::bench {

class CpythonHeap {
 public:
  CpythonHeap();  // starts the interpreter and freezes it, once per process
  ~CpythonHeap();
  CpythonHeap(const CpythonHeap&) = delete;
  CpythonHeap& operator=(const CpythonHeap&) = delete;

  // Builds `shape`; garbage shapes keep no reference to their objects.
  void Build(const Shape& shape);
  // gc.collect(): a full collection. Returns what it found.
  int64_t Collect();
  // Drops the runner's references (objects, weakrefs) and collects what
  // remains, so the next Build starts from an empty (unfrozen) heap.
  void Clear();

 private:
  struct Impl;
  Impl* impl_;
};

}  // namespace gcfuzz::bench

#endif  // GCFUZZ_BENCH_CPYTHON_SHAPES_H_
