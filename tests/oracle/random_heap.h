// tests/oracle/random_heap.h — seeded random heaps for the oracle's
// self-tests.
//
// RandomHeap makes a well-formed snapshot (ValidateSnapshot accepts it) with
// cycles, chains, weakrefs with and without callbacks, legacy and PEP 442
// finalizers, all four lists plus untracked objects, gc.garbage entries and
// outside references. It does not follow CPython's tracking or list-order
// rules: the predictions must hold for any well-formed heap.
//
// RandomAfterFinalizers and RandomEnd derive plausible later heaps from a
// start heap and its prediction, as finalizers and delete_garbage could
// leave them (objects freed, references added from outside, F members freed
// or re-tracked into gen 0).
#ifndef GCFUZZ_TESTS_ORACLE_RANDOM_HEAP_H_
#define GCFUZZ_TESTS_ORACLE_RANDOM_HEAP_H_

#include <random>
#include <vector>

#include "oracle/heap_snapshot.h"
#include "oracle/predict.h"

namespace gcfuzz::oracle::testing {

struct RandomHeapOptions {
  int max_objects = 24;
  int max_refs_per_object = 4;
};

HeapSnapshot RandomHeap(std::mt19937_64& rng,
                        const RandomHeapOptions& options = {});

struct RandomAfter {
  HeapSnapshot after;
  std::vector<ObjId> survivors;
};
RandomAfter RandomAfterFinalizers(std::mt19937_64& rng,
                                  const HeapSnapshot& start,
                                  const CollectionPrediction& prediction);

HeapSnapshot RandomEnd(std::mt19937_64& rng, const HeapSnapshot& after,
                       const CollectionPrediction& prediction,
                       const ResurrectionPrediction& resurrection);

// Recomputes every refcount as heap references + gc.garbage + `external`.
void SetRefcounts(HeapSnapshot& s, const std::map<ObjId, int64_t>& external);

// Removes `id` and every reference to it, as if it had been freed.
void FreeObject(HeapSnapshot& s, ObjId id);

}  // namespace gcfuzz::oracle::testing

#endif  // GCFUZZ_TESTS_ORACLE_RANDOM_HEAP_H_
