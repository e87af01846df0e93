# The free-threaded collector mode against the classic collector and the
# oracle (fuzz/ft_cross_check.h): every input is normalised so both modes
# see the same full collections, run on both, and compared per collection.
# (gcfuzz_fuzz_mutator comes from heap.fuzzers.cmake, included after this
# file; it exists whenever the collector does.)
if(NOT TARGET gcfuzz_collector OR NOT TARGET gcfuzz_oracle_collector_check)
  return()
endif()

# The normaliser and the cross-check, shared by the fuzz target and the
# tests (tests/fuzz/ft_cross_check_test.cc).
add_library(gcfuzz_ft_cross ft_normalize.cc ft_cross_check.cc)
target_link_libraries(gcfuzz_ft_cross PUBLIC
  gcfuzz_oracle_collector_check gcfuzz::collector gcfuzz::fuzz_support
  gcfuzz::gcops)

set(_gcfuzz_ft_hooks)
if(GCFUZZ_FUZZ_ENGINE STREQUAL "libfuzzer")
  set(_gcfuzz_ft_hooks program_mutator_hooks.cc)
endif()

gcfuzz_add_fuzzer(ft_cross_fuzzer
  SOURCES ft_cross_fuzzer.cc ${_gcfuzz_ft_hooks}
  LIBS gcfuzz_ft_cross gcfuzz_fuzz_mutator
  OPTIONS heap_fuzzer.options)
