// tests/oracle/brute_force.h — a second, independent oracle for self-tests.
//
// Written without Boost and without looking at oracle/predict.cc's
// structure: objects are numbered by snapshot position, references become a
// count matrix, and every set is a least fixed point iterated until nothing
// changes (reachable, legacy closure). Orders are computed from explicit
// sort keys instead of searches where that is possible. If the Boost.Graph
// oracle and this one disagree on any random heap, one of them is wrong.
#ifndef GCFUZZ_TESTS_ORACLE_BRUTE_FORCE_H_
#define GCFUZZ_TESTS_ORACLE_BRUTE_FORCE_H_

#include <span>

#include "oracle/heap_snapshot.h"
#include "oracle/predict.h"

namespace gcfuzz::oracle::testing {

// Precondition: ValidateSnapshot(start) is "".
CollectionPrediction BruteForceCollection(const HeapSnapshot& start);

// Precondition: survivors are distinct objects alive in `after`.
ResurrectionPrediction BruteForceResurrection(const HeapSnapshot& after,
                                              std::span<const ObjId> survivors);

CountPrediction BruteForceCounts(const CollectionPrediction& start,
                                 const ResurrectionPrediction& resurrection,
                                 const HeapSnapshot& end,
                                 int64_t weakrefs_freed_after_callback,
                                 SaveAllFlags saveall);

}  // namespace gcfuzz::oracle::testing

#endif  // GCFUZZ_TESTS_ORACLE_BRUTE_FORCE_H_
