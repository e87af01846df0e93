// tests/oracle/random_program.h — seeded random gcops programs (text) for
// the collector-vs-oracle self-tests.
//
// Programs are valid by construction at top level: the generator tracks
// what each top-level name is bound to (kind, class, list length), so no
// top-level statement is a misuse and every run goes to its end. Bodies
// (__del__, tp_del, weakref callbacks) may do anything the language allows
// (a body statement that cannot run does nothing): resurrect `self`, break
// cycles, make objects and weakrefs, collect. They bind only their own names
// (b0..b3), which top-level statements never read, so bodies cannot break
// the top-level bookkeeping.
#ifndef GCFUZZ_TESTS_ORACLE_RANDOM_PROGRAM_H_
#define GCFUZZ_TESTS_ORACLE_RANDOM_PROGRAM_H_

#include <random>
#include <string>

namespace gcfuzz::oracle::testing {

struct RandomProgramOptions {
  int min_statements = 20;
  int max_statements = 120;
};

std::string RandomProgram(std::mt19937_64& rng,
                          const RandomProgramOptions& options = {});

}  // namespace gcfuzz::oracle::testing

#endif  // GCFUZZ_TESTS_ORACLE_RANDOM_PROGRAM_H_
