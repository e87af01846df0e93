// bench/backend_bench.cc — programs per second of gcops::Run on a backend.
//
// Usage: gcfuzz_backend_bench --backend=cpython|collector --seconds=S FILE...
// Parses every .gcops FILE, then runs them all in a loop (gcops::Run on one
// backend object, as the differential fuzzer does) until S seconds of
// process CPU time have passed, and prints one JSON line: programs run,
// CPU seconds, programs per CPU second, statements per CPU second.
#include <time.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "collector/collector_backend.h"
#include "differential/cpython/cpython_backend.h"
#include "gcops/parser.h"
#include "gcops/runner.h"

namespace {

double ProcessCpuSeconds() {
  timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + ts.tv_nsec * 1e-9;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace gcfuzz;  // NOLINT: a short driver
  std::string backend_name = "cpython";
  double seconds = 5;
  std::vector<gcops::Program> programs;
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    if (a.starts_with("--backend=")) {
      backend_name = a.substr(10);
    } else if (a.starts_with("--seconds=")) {
      seconds = std::atof(argv[i] + 10);
    } else {
      std::ifstream in(argv[i]);
      std::stringstream text;
      text << in.rdbuf();
      gcops::Program p;
      gcops::ParseError err;
      if (!in || !gcops::Parse(text.str(), argv[i], &p, &err)) {
        std::fprintf(stderr, "%s\n", err.ToString().c_str());
        return 2;
      }
      programs.push_back(std::move(p));
    }
  }
  if (programs.empty()) {
    std::fprintf(stderr,
                 "usage: gcfuzz_backend_bench [--backend=cpython|collector] "
                 "[--seconds=S] FILE...\n");
    return 2;
  }
  std::unique_ptr<gcops::Backend> backend;
  if (backend_name == "cpython") {
    backend = std::make_unique<differential::CpythonBackend>();
  } else if (backend_name == "collector") {
    backend = std::make_unique<collector::CollectorBackend>();
  } else {
    std::fprintf(stderr, "gcfuzz_backend_bench: unknown backend '%s'\n",
                 backend_name.c_str());
    return 2;
  }
  // One untimed pass: the interpreter starts, classes get cached.
  for (const auto& p : programs) gcops::Run(p, *backend);
  uint64_t runs = 0, stmts = 0;
  double t0 = ProcessCpuSeconds(), t = t0;
  while (t - t0 < seconds) {
    for (const auto& p : programs) {
      gcops::RunResult r = gcops::Run(p, *backend);
      stmts += r.stmts_run + r.body_stmts_run;
      ++runs;
    }
    t = ProcessCpuSeconds();
  }
  double cpu = t - t0;
  std::printf(
      "{\"backend\": \"%s\", \"programs\": %zu, \"runs\": %llu, "
      "\"cpu_seconds\": %.3f, "
      "\"programs_per_cpu_second\": %.1f, \"statements_per_cpu_second\": "
      "%.1f}\n",
      backend_name.c_str(), programs.size(),
      static_cast<unsigned long long>(runs), cpu, runs / cpu, stmts / cpu);
  return 0;
}
