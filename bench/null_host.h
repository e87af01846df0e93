// bench/null_host.h — a gcops::Host that runs no program code.
//
// The benchmarks drive collector::Heap directly, without the gcops runner:
// finalizers and callbacks have empty bodies and no events are recorded,
// so what is timed is the collector alone.
#ifndef GCFUZZ_BENCH_NULL_HOST_H_
#define GCFUZZ_BENCH_NULL_HOST_H_

#include <cstdint>

#include "gcops/backend.h"

namespace gcfuzz::bench {

class NullHost final : public gcops::Host {
 public:
  void OnDel(gcops::ObjId) override {}
  void OnTpDel(gcops::ObjId) override {}
  void OnWeakrefCallback(gcops::ObjId) override {}
  void OnGcCallback(uint32_t, bool, int, int64_t, int64_t) override {}
  void OnGarbage(gcops::ObjId) override {}
  void OnCollectEnd(int, int64_t, bool) override {}
  void OnFree(gcops::ObjId) override {}
};

}  // namespace gcfuzz::bench

#endif  // GCFUZZ_BENCH_NULL_HOST_H_
