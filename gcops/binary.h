// gcops/binary.h — the binary form of gcops programs, for fuzzers.
//
// Properties (spec section 6), all tested:
//  1. Total: Decode accepts every byte string and returns a valid program
//     (one that Print renders as text that Parse accepts). Indices are
//     folded into range; statements that cannot be made valid are dropped.
//  2. Round trip: Decode(Encode(p)) == p for every p that Decode returns,
//     and for every canonical program within the binary form's limits
//     (FitsBinaryForm) that has no definitely-invalid statement
//     (gcops/static_model.h), which includes every program that runs
//     without misuse.
//  3. Versioned: the first byte names the format version; see
//     docs/binary-form.md for the layout of each version.
#ifndef GCFUZZ_GCOPS_BINARY_H_
#define GCFUZZ_GCOPS_BINARY_H_

#include <cstdint>
#include <span>
#include <vector>

#include "gcops/ast.h"

namespace gcfuzz::gcops {

inline constexpr uint8_t kBinaryVersion = 1;

std::vector<uint8_t> Encode(const Program& program);
Program Decode(std::span<const uint8_t> bytes);

// Whether `program` is within the form's limits (statement count, names,
// name lengths, items, labels, events, block sizes; docs/binary-form.md), so
// that Encode loses nothing. Decode(Encode(p)) == p holds for a canonical p
// that fits and that the static model leaves unchanged (gcops/static_model.h).
bool FitsBinaryForm(const Program& program);

}  // namespace gcfuzz::gcops

#endif  // GCFUZZ_GCOPS_BINARY_H_
