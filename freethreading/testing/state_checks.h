// freethreading/testing/state_checks.h — after every fuzz operation, the
// whole observable state of a model is compared with its reference. Test-
// only. Each function reports the first difference through OpStream::Fail
// (kind "<pool>-state", or "uniqueid-refcount" / "uniqueid-teardown" for
// the references the unique-id pool holds and drops).
#ifndef GCFUZZ_FREETHREADING_TESTING_STATE_CHECKS_H_
#define GCFUZZ_FREETHREADING_TESTING_STATE_CHECKS_H_

#include <atomic>
#include <cstdint>
#include <vector>

#include "freethreading/counted_object.h"
#include "freethreading/index_pool.h"
#include "freethreading/qsbr.h"
#include "freethreading/testing/index_pool_reference.h"
#include "freethreading/testing/op_stream.h"
#include "freethreading/testing/qsbr_reference.h"
#include "freethreading/testing/unique_id_reference.h"
#include "freethreading/unique_id_pool.h"

namespace gcfuzz::freethreading::testing {

// wr_seq, rd_seq, capacity, and every slot's seq and allocation, with the
// reference's logical time mapped to sequence numbers from `start`.
void ExpectSameState(OpStream& in, Qsbr& qsbr, const QsbrReference& ref,
                     uint64_t start);

// next_index, number of free indices, and the heap property.
void ExpectSameState(OpStream& in, const IndexPool& pool,
                     const IndexPoolReference& ref);

// Table size and consistency; each assigned object's id field, and that
// every other held object has none; each held object's refcount (1 +
// whether the pool holds it); and the number of
// objects freed so far: `made` minus those still referenced by `held` or
// by the pool.
void ExpectSameState(OpStream& in, const UniqueIdPool& pool,
                     const UniqueIdReference& ref,
                     const std::vector<ObjectRef>& held, int made,
                     const std::atomic<int>& freed);

}  // namespace gcfuzz::freethreading::testing

#endif  // GCFUZZ_FREETHREADING_TESTING_STATE_CHECKS_H_
