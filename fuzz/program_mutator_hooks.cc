// libFuzzer's custom-mutator hooks for the targets whose input is a gcops
// program in binary form: structure-aware mutation and crossover
// (fuzz/mutator.h). Linked only into libFuzzer builds of those targets.
#include <cstddef>
#include <cstdint>

#include "fuzz/mutator.h"

extern "C" size_t LLVMFuzzerMutate(uint8_t* data, size_t size, size_t max_size);

extern "C" size_t LLVMFuzzerCustomMutator(uint8_t* data, size_t size,
                                          size_t max_size, unsigned int seed) {
  return gcfuzz::fuzz::MutateBytes(data, size, max_size, seed,
                                   &LLVMFuzzerMutate);
}

extern "C" size_t LLVMFuzzerCustomCrossOver(const uint8_t* data1, size_t size1,
                                            const uint8_t* data2, size_t size2,
                                            uint8_t* out, size_t max_out_size,
                                            unsigned int seed) {
  return gcfuzz::fuzz::CrossOverBytes(data1, size1, data2, size2, out,
                                      max_out_size, seed);
}
