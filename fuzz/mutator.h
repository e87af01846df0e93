// fuzz/mutator.h — the structure-aware mutator for gcops fuzz targets.
//
// libFuzzer's byte mutations rarely turn one valid heap program into another
// interesting one. This mutator works on the Program instead: it inserts,
// deletes, duplicates, swaps and re-targets statements, edits bodies,
// integers and class flags, and splices statements from another input.
// Every mutant then goes through a fix-up pass (class declarations first,
// the static model's Repair, Canonicalize, the binary form's limits), so it
// is always a valid program; its binary form is what libFuzzer stores.
// Sometimes (1 in 8) it falls back to libFuzzer's own byte mutation, which
// the total binary decoder turns into a program too.
#ifndef GCFUZZ_FUZZ_MUTATOR_H_
#define GCFUZZ_FUZZ_MUTATOR_H_

#include <cstddef>
#include <cstdint>
#include <random>

#include "gcops/ast.h"

namespace gcfuzz::fuzz {

using Rng = std::mt19937_64;

// Largest program (top-level statements) the mutator grows.
inline constexpr size_t kMaxMutantStatements = 96;

// One random statement for `program` at top level (`in_body` false) or in a
// body at nesting `depth`; it may add a name or class to the program.
gcops::Stmt RandomStmt(gcops::Program& program, Rng& rng, bool in_body,
                       int depth);

// Applies one or more structural mutations, then the fix-up pass.
void MutateProgram(gcops::Program& program, Rng& rng);

// Splices a run of statements of `other` into `program`, then fixes up.
void CrossOver(gcops::Program& program, const gcops::Program& other, Rng& rng);

// The fix-up pass alone: class statements first (in declaration order),
// Repair, Canonicalize, at most kMaxMutantStatements top-level statements.
void FixUp(gcops::Program& program);

// libFuzzer custom-mutator bodies over the binary form. `byte_mutate` is
// LLVMFuzzerMutate (nullptr: never fall back to byte mutation).
using ByteMutator = size_t (*)(uint8_t* data, size_t size, size_t max_size);
size_t MutateBytes(uint8_t* data, size_t size, size_t max_size,
                   unsigned int seed, ByteMutator byte_mutate);
size_t CrossOverBytes(const uint8_t* data1, size_t size1, const uint8_t* data2,
                      size_t size2, uint8_t* out, size_t max_out_size,
                      unsigned int seed);

}  // namespace gcfuzz::fuzz

#endif  // GCFUZZ_FUZZ_MUTATOR_H_
