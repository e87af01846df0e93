// fuzz/uniqueid_fuzzer.cc — UniqueIdPool against UniqueIdReference (a
// std::map of ids): the ids handed out, lookups, and the references the
// pool holds and drops (each object's refcount and id field, and how many
// objects have been freed) after every operation, including teardown.
#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

#include "freethreading/counted_object.h"
#include "freethreading/testing/op_stream.h"
#include "freethreading/testing/state_checks.h"
#include "freethreading/testing/unique_id_reference.h"
#include "freethreading/unique_id_pool.h"

namespace ft = gcfuzz::freethreading;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  ft::testing::OpStream in({data, size});
  const int64_t max_size = 8 << in.Below(4);
  std::atomic<int> freed{0};
  int made = 0;
  std::vector<ft::ObjectRef> held;  // the harness's own references
  ft::UniqueIdPool pool({.max_size = max_size});
  ft::testing::UniqueIdReference ref(max_size);
  while (!in.done()) {
    const int op = in.Below(7);
    if (op == 0 || held.empty()) {
      held.push_back(ft::ObjectRef::Make(&freed)), ++made;
      in.Log("new object #" + std::to_string(made));
    } else {
      const size_t at = in.Below(held.size());
      ft::CountedObject& obj = *held[at];
      const int64_t id = obj.unique_id(), probe = int64_t(in.Below(80));
      static const char* const kOps[] = {
          "", "assign", "release", "disable", "lookup", "drop", "finalize"};
      in.Log(std::string(kOps[op]) + " held[" + std::to_string(at) +
             "] id=" + std::to_string(id) + " probe=" + std::to_string(probe));
      if (op == 1 && id == ft::kInvalidUniqueId) {
        in.ExpectEq("uniqueid-assign", "id", pool.Assign(held[at]),
                    ref.Assign(&obj));
      } else if ((op == 2 || op == 3) && id != ft::kInvalidUniqueId) {
        if (op == 2) pool.Release(id);
        if (op == 3) pool.DisablePerThreadRefcounting(obj);
        ref.Release(id);
      } else if (op == 4) {
        in.ExpectEq("uniqueid-lookup", "Lookup(probe)",
                    pool.Lookup(probe).get(), ref.Lookup(probe));
      } else if (op == 5) {
        held.erase(held.begin() + at);  // the pool may hold the last ref now
      } else if (op == 6) {
        pool.Finalize(), ref.Finalize();
      }
    }
    ft::testing::ExpectSameState(in, pool, ref, held, made, freed);
  }
  return 0;
}
