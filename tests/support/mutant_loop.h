// tests/support/mutant_loop.h — the campaign's fuzz loop in miniature, for
// planted-bug tests: every committed corpus program in order, then mutants
// of randomly chosen ones (fuzz/mutator.h), until a check finds something.
//
// Deterministic for a given seed and corpus, so a test's bound ("found
// within N programs") is a fixed fact, not a race.
#ifndef GCFUZZ_TESTS_SUPPORT_MUTANT_LOOP_H_
#define GCFUZZ_TESTS_SUPPORT_MUTANT_LOOP_H_

#include <cstdint>
#include <vector>

#include "fuzz/mutator.h"
#include "gcops/ast.h"

namespace gcfuzz::testing {

// Runs `found(program)` on corpus[0..], then on mutants, for at most
// `max_programs` programs. Returns how many programs ran before the first
// one for which `found` returned true (its index), or `max_programs`.
// `corpus` must not be empty.
template <typename Found>
int RunCorpusThenMutants(const std::vector<gcops::Program>& corpus,
                         int max_programs, uint64_t seed, Found&& found) {
  fuzz::Rng rng(seed);
  int programs = 0;
  for (; programs < max_programs; ++programs) {
    gcops::Program p;
    if (static_cast<size_t>(programs) < corpus.size()) {
      p = corpus[programs];
    } else {
      p = corpus[rng() % corpus.size()];
      fuzz::MutateProgram(p, rng);
    }
    if (found(p)) break;
  }
  return programs;
}

}  // namespace gcfuzz::testing

#endif  // GCFUZZ_TESTS_SUPPORT_MUTANT_LOOP_H_
