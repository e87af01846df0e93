// bench/collect_bench.cc — a full collection on the model and on CPython
// 3.11, same heap shapes, same process.
//
// Each benchmark builds a shape (bench/heap_shapes.h) untimed, then times
// one full collection (the model's Heap::Collect(2) / CPython's
// gc.collect()) in thread CPU time (the machine is shared, so wall time is
// noise). Garbage shapes are rebuilt for every iteration, since the
// collection frees them; the live shape is built once. Counters:
//   objects      shape size (weakrefs, when present, are extra objects)
//   found        what the collection returned (must agree between sides)
//   peak_rss_kb  the process's peak RSS so far (run one benchmark per
//                process, as bench/bench.py does, to read it per benchmark)
// Names: collect/<model|cpython>/<shape>/<n>; collect/model@<V>/<shape>/<n>
// for the model's other version profiles.
#include <benchmark/benchmark.h>
#include <sys/resource.h>
#include <time.h>

#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "bench/heap_shapes.h"
#include "bench/null_host.h"
#include "collector/heap.h"
#if GCFUZZ_BENCH_CPYTHON
#include "bench/cpython_shapes.h"
#endif

namespace gcfuzz::bench {
namespace {

double ThreadCpuSeconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + ts.tv_nsec * 1e-9;
}

double PeakRssKb() {
  rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return static_cast<double>(ru.ru_maxrss);
}

using collector::Heap;
using collector::Instance;
using collector::Slot;

// Classes 2k-2 (k slots) and 2k-1 (k slots, __del__), k = 1..4, as on the
// CPython side.
std::vector<collector::ClassInfo> ModelClasses() {
  std::vector<collector::ClassInfo> classes;
  for (uint16_t k = 1; k <= 4; ++k) {
    classes.push_back({.nslots = k,
                       .has_del = false,
                       .has_tp_del = false,
                       .weakrefable = true});
    classes.push_back({.nslots = k,
                       .has_del = true,
                       .has_tp_del = false,
                       .weakrefable = true});
  }
  return classes;
}

void BuildModel(Heap& heap, const Shape& shape) {
  std::vector<Instance*> objs(shape.n);
  for (uint32_t i = 0; i < shape.n; ++i) {
    gcops::ClassId cls = 2 * (shape.nslots - 1) + (shape.has_del[i] ? 1 : 0);
    objs[i] = heap.NewInstance(i, cls);
  }
  for (uint32_t i = 0; i < shape.n; ++i) {
    for (uint16_t s = 0; s < shape.nslots; ++s) {
      uint32_t e = shape.edges[size_t{i} * shape.nslots + s];
      if (e != kNone) heap.SetSlot(objs[i], s, Slot::Obj(objs[e]));
    }
  }
  if (shape.weakrefs) {
    for (uint32_t i = 0; i < shape.n; ++i)
      heap.NewWeakref(shape.n + i, /*proxy=*/false, objs[i],
                      /*with_callback=*/false);
  }
  if (!shape.live) {
    for (Instance* o : objs) heap.RunnerDecref(o);
  }
}

void ModelCollect(benchmark::State& state, ShapeKind kind,
                  const collector::VersionRules* rules) {
  const Shape shape = MakeShape(kind, static_cast<uint32_t>(state.range(0)));
  NullHost host;
  Heap heap(*rules);
  auto begin = [&] {
    heap.Begin(&host, ModelClasses());
    heap.SetEnabled(false);
    BuildModel(heap, shape);
  };
  if (shape.live) begin();
  int64_t found = 0;
  for (auto _ : state) {
    if (!shape.live) begin();
    double t0 = ThreadCpuSeconds();
    found = heap.Collect(2);
    state.SetIterationTime(ThreadCpuSeconds() - t0);
    if (!shape.live) heap.End();
  }
  if (shape.live) heap.End();
  state.counters["objects"] = shape.n;
  state.counters["found"] = static_cast<double>(found);
  state.counters["peak_rss_kb"] = PeakRssKb();
}

#if GCFUZZ_BENCH_CPYTHON
void CpythonCollect(benchmark::State& state, ShapeKind kind) {
  const Shape shape = MakeShape(kind, static_cast<uint32_t>(state.range(0)));
  static CpythonHeap* py = new CpythonHeap();  // one interpreter per process
  if (shape.live) py->Build(shape);
  int64_t found = 0;
  for (auto _ : state) {
    if (!shape.live) py->Build(shape);
    double t0 = ThreadCpuSeconds();
    found = py->Collect();
    state.SetIterationTime(ThreadCpuSeconds() - t0);
    if (!shape.live) py->Clear();
  }
  py->Clear();
  state.counters["objects"] = shape.n;
  state.counters["found"] = static_cast<double>(found);
  state.counters["peak_rss_kb"] = PeakRssKb();
}
#endif

// Iterations by size: enough repeats to average small heaps, few rebuilds
// of the big ones (a 10^6-object build takes longer than its collection).
// GCFUZZ_BENCH_ITERATIONS overrides them all (for profiling).
int64_t IterationsFor(int64_t n) {
  if (const char* env = std::getenv("GCFUZZ_BENCH_ITERATIONS"))
    return std::atoll(env);
  if (n <= 1000) return 300;
  if (n <= 10000) return 60;
  if (n <= 100000) return 10;
  return 3;
}

void Register() {
  for (ShapeKind kind : kAllShapes) {
    for (int64_t n : {1000, 10000, 100000, 1000000}) {
      std::string shape(ShapeName(kind));
      benchmark::RegisterBenchmark(("collect/model/" + shape).c_str(),
                                   ModelCollect, kind, &collector::kPython3_11)
          ->Arg(n)
          ->UseManualTime()
          ->Iterations(IterationsFor(n))
          ->Unit(benchmark::kMicrosecond);
      // The other version profiles, at two sizes (collect/model@V/...):
      // a full collection of each must be as fast as 3.11's.
      for (const collector::VersionRules* rules : collector::kVersionProfiles) {
        if (rules == &collector::kPython3_11 || (n != 10000 && n != 100000))
          continue;
        benchmark::RegisterBenchmark(
            ("collect/model@" + std::string(rules->name) + "/" + shape).c_str(),
            ModelCollect, kind, rules)
            ->Arg(n)
            ->UseManualTime()
            ->Iterations(IterationsFor(n))
            ->Unit(benchmark::kMicrosecond);
      }
#if GCFUZZ_BENCH_CPYTHON
      benchmark::RegisterBenchmark(("collect/cpython/" + shape).c_str(),
                                   CpythonCollect, kind)
          ->Arg(n)
          ->UseManualTime()
          ->Iterations(IterationsFor(n))
          ->Unit(benchmark::kMicrosecond);
#endif
    }
  }
}

}  // namespace
}  // namespace gcfuzz::bench

int main(int argc, char** argv) {
  gcfuzz::bench::Register();
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 2;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
