// Fuzz target: whole programs from the program generator, on every check.
// bytes -> GenerateProgram (fuzz/program_generator.h: every byte one of the
// generator's choices) -> parse -> CheckOnCollector with the oracle on a
// version profile chosen by the input's content, then CheckCollectorAgainst
// the embedded CPython 3.11 (fuzz/target_checks.h), and one input in four
// through the free-threaded cross-check (differential/ft_cross_check.h).
// Its inputs are choices, not programs: a finding's report prints the
// program in gcops text, and `gcfuzz generate FILE` prints the program any
// input makes.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "collector/version_rules.h"
#include "differential/cpython/cpython_backend.h"
#include "differential/findings.h"
#include "differential/ft_cross_check.h"
#include "fuzz/program_generator.h"
#include "fuzz/target_checks.h"
#include "gcops/parser.h"

namespace {
gcfuzz::differential::CpythonBackend* cpython = nullptr;
}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  cpython = new gcfuzz::differential::CpythonBackend();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (cpython == nullptr) LLVMFuzzerInitialize(nullptr, nullptr);
  gcfuzz::fuzz::ByteChoices choices(data, size);
  const std::string text = gcfuzz::fuzz::GenerateProgram(choices);
  gcfuzz::gcops::Program p;
  gcfuzz::gcops::ParseError error;
  if (!gcfuzz::gcops::Parse(text, "generated.gcops", &p, &error)) {
    // The generator's promise broken: a bug of gcfuzz itself.
    std::fprintf(stderr,
                 "gcfuzz: the generator wrote a program that does not "
                 "parse: %s\n%s",
                 error.ToString().c_str(), text.c_str());
    std::abort();
  }
  const gcfuzz::collector::VersionRules& rules =
      gcfuzz::fuzz::ProfileForInput(data, size);
  if (auto v = gcfuzz::fuzz::CheckOnCollector(p, /*run_twice=*/false, rules)) {
    gcfuzz::fuzz::ReportProfileVerdictAndAbort(p, *v, rules);
  }
  if (auto v = gcfuzz::fuzz::CheckCollectorAgainst(p, *cpython)) {
    gcfuzz::differential::ReportVerdictAndAbort(p, *v);
  }
  // One input in four also goes through the free-threaded mode's cross-check
  // (ft_cross_fuzzer's): from an empty corpus that target's byte programs
  // did not reach a fault of that mode in 30 s, and generated ones do.
  if (gcfuzz::fuzz::InputHash(data, size) % 4 == 1) {
    gcfuzz::gcops::Program normalized;
    if (auto d = gcfuzz::differential::FtCrossCheck(p, nullptr, &normalized)) {
      gcfuzz::differential::ReportFtDisagreement(p, normalized, *d);
    }
  }
  return 0;
}
