#include "fuzz/target_checks.h"

#include <cstdio>
#include <string>
#include <string_view>

#include "collector/collector_backend.h"
#include "differential/findings.h"
#include "gcops/runner.h"
#if GCFUZZ_HAVE_ORACLE_CHECK
#include "oracle/collector_check.h"
#endif

namespace gcfuzz::fuzz {
namespace {

using differential::NamedRun;
using differential::Verdict;
using differential::VerdictKind;

gcops::RunOptions FuzzRunOptions() {
  gcops::RunOptions opt;
  opt.max_body_steps = gcops::kFuzzMaxBodySteps;
  return opt;
}

// One run on the collector; an oracle finding, if any, goes to `*oracle`.
gcops::RunResult RunOnCollector(const gcops::Program& p,
                                const collector::VersionRules& rules,
                                std::optional<Verdict>* oracle) {
#if GCFUZZ_HAVE_ORACLE_CHECK
  oracle::CheckedCollectorBackend backend(rules);
  // Debug-flag output (gc.set_debug) is not part of a trace; keep the
  // fuzzer's log free of it.
  backend.collector().heap().set_debug_sink([](std::string_view) {});
  gcops::RunResult r = gcops::Run(p, backend, FuzzRunOptions());
  if (const auto& f = backend.finding()) {
    *oracle = differential::OracleMismatchVerdict(oracle::FindingName(f->kind),
                                                  f->detail, f->context);
  }
  return r;
#else
  (void)oracle;
  collector::CollectorBackend backend(rules);
  backend.heap().set_debug_sink([](std::string_view) {});
  return gcops::Run(p, backend, FuzzRunOptions());
#endif
}

}  // namespace

uint32_t InputHash(const uint8_t* data, size_t size) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < size; ++i) h = (h ^ data[i]) * 16777619u;
  return h;
}

const collector::VersionRules& ProfileForInput(const uint8_t* data,
                                               size_t size) {
  const auto& profiles = collector::kVersionProfiles;
  return *profiles[(InputHash(data, size) >> 8) % profiles.size()];
}

void ReportProfileVerdictAndAbort(const gcops::Program& program,
                                  const Verdict& verdict,
                                  const collector::VersionRules& rules) {
  const std::string name(rules.name);
  std::fprintf(stderr,
               "gcfuzz: this input ran on collector@%s; reproduce with "
               "`gcfuzz repro --backend=collector@%s FILE`\n",
               name.c_str(), name.c_str());
  differential::ReportVerdictAndAbort(program, verdict);
}

std::optional<Verdict> CheckOnCollector(const gcops::Program& program,
                                        bool run_twice,
                                        const collector::VersionRules& rules) {
  std::optional<Verdict> oracle;
  const gcops::RunResult first = RunOnCollector(program, rules, &oracle);
  if (oracle) return oracle;
  if (!run_twice) return std::nullopt;
  const gcops::RunResult second = RunOnCollector(program, rules, &oracle);
  if (oracle) return oracle;
  return differential::CompareRunsVerdict(
      NamedRun{"first run", first}, NamedRun{"second run", second},
      VerdictKind::kNondeterminism, "collector");
}

std::optional<Verdict> CheckCollectorAgainst(const gcops::Program& program,
                                             gcops::Backend& cpython) {
  collector::CollectorBackend model;
  model.heap().set_debug_sink([](std::string_view) {});  // not in traces
  const gcops::RunResult a = gcops::Run(program, model, FuzzRunOptions());
  const gcops::RunResult b = gcops::Run(program, cpython, FuzzRunOptions());
  return differential::CompareRunsVerdict(NamedRun{"collector", a},
                                          NamedRun{"cpython", b},
                                          VerdictKind::kDivergence);
}

}  // namespace gcfuzz::fuzz
