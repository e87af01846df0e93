// fuzz/index_pool_fuzzer.cc — IndexPool against IndexPoolReference (a
// std::set of free indices): every AllocIndex must return the smallest free
// index, or report out-of-memory exactly when a fresh index would pass the
// capacity limit, which the first byte picks (small, to reach that path).
#include <cstdint>
#include <string>
#include <vector>

#include "freethreading/index_pool.h"
#include "freethreading/testing/index_pool_reference.h"
#include "freethreading/testing/op_stream.h"
#include "freethreading/testing/state_checks.h"

namespace ft = gcfuzz::freethreading;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  ft::testing::OpStream in({data, size});
  const int64_t max_capacity = 1 + in.Below(64);
  ft::IndexPool pool({.initial_capacity = 1 + int64_t(in.Below(4)),
                      .max_capacity = max_capacity});
  ft::testing::IndexPoolReference ref(max_capacity);
  std::vector<int32_t> held;  // allocated, in allocation order
  while (!in.done()) {
    const int op = in.Below(8);
    if (op < 4) {  // alloc is the common case, so the pool fills up
      const int32_t got = pool.AllocIndex();
      in.Log("alloc -> " + std::to_string(got));
      in.ExpectEq("index-pool-alloc", "AllocIndex", got, ref.Alloc());
      if (got >= 0) held.push_back(got);
    } else if (op < 7 && !held.empty()) {
      const size_t at = in.Below(held.size());
      in.Log("free " + std::to_string(held[at]));
      pool.FreeIndex(held[at]), ref.Free(held[at]);
      held.erase(held.begin() + at);
    } else if (op == 7) {
      in.Log("fini");
      pool.Fini(), ref.Fini(), held.clear();
    }
    ft::testing::ExpectSameState(in, pool, ref);
  }
  return 0;
}
