// fuzz/program_generator.h — whole gcops programs from a fuzzer's bytes.
//
// Byte mutation, even structure-aware, rarely builds what takes many
// coordinated statements: several weakrefs with callbacks on one object
// that then dies in a cycle, a collection inside a finalizer inside a
// collection, a gc callback that makes objects. The program generator
// (fuzz/progen.py) writes such programs from a small grammar and found
// planted faults the byte fuzzers did not (docs/PERFORMANCE.md, "Planted
// faults found from scratch"), but it runs out of process and blind.
//
// This is the same idea in process, with the choices read from the input's
// bytes, so libFuzzer's coverage feedback steers which programs get made:
// every byte decides one choice, scaled to the choice's range (a byte that
// moves a little moves the choice a little). Where the bytes end, the
// choices go on from a pseudo-random stream seeded by a hash of the whole
// input, so every input, however short, makes a whole program (20 to 100
// statements, as progen's): from an empty corpus libFuzzer starts with
// inputs of a few bytes, which made programs too small to hold a fault's
// shape. Every top-level statement is one that can run — the generator
// tracks what each top-level name is bound to (instance of which class,
// list of which length, dict, tuple, weakref) — so no program stops at a
// misuse; bodies are free-form, as spec 3.5 allows (a body statement that
// cannot run does nothing).
//
// The grammar is progen.py's (kept apart: that one drives the sweeps
// against real interpreters, with its counting-free and legacy-free
// variants); the two are not required to give the same programs.
#ifndef GCFUZZ_FUZZ_PROGRAM_GENERATOR_H_
#define GCFUZZ_FUZZ_PROGRAM_GENERATOR_H_

#include <cstddef>
#include <cstdint>
#include <string>

namespace gcfuzz::fuzz {

// The choices an input makes, in order.
class ByteChoices {
 public:
  ByteChoices(const uint8_t* data, size_t size);

  // A choice in [0, n): the next byte scaled to n, or, once the bytes are
  // used up, the next value of the input's pseudo-random stream (n <= 1
  // reads nothing).
  uint32_t Below(uint32_t n);
  // True with chance about num/256.
  bool Chance(uint32_t num) { return Below(256) < num; }
  // Whether the choices now come from the stream, not the bytes.
  bool exhausted() const { return pos_ >= size_; }

 private:
  const uint8_t* data_;
  size_t size_;
  size_t pos_ = 0;
  uint64_t stream_;  // splitmix64 state, seeded by a hash of the input
};

// Shortest and longest program (top-level statements after the class
// declarations and the optional threshold, before the final collect).
inline constexpr int kMinGeneratedStatements = 20;
inline constexpr int kMaxGeneratedStatements = 100;

// The gcops text of the program `choices` make. Always valid: it parses,
// and every top-level statement can run (no misuse stops it). The same
// bytes make the same program.
std::string GenerateProgram(ByteChoices& choices);

}  // namespace gcfuzz::fuzz

#endif  // GCFUZZ_FUZZ_PROGRAM_GENERATOR_H_
