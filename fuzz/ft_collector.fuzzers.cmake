# The free-threaded collector mode against the classic collector and the
# oracle (differential/ft_cross_check.h): every input is normalised so both modes
# see the same full collections, run on both, and compared per collection.
# (gcfuzz_fuzz_mutator comes from heap.fuzzers.cmake, included after this
# file; it exists whenever the collector does.)
if(NOT TARGET gcfuzz_collector OR NOT TARGET gcfuzz_oracle_collector_check)
  return()
endif()

set(_gcfuzz_ft_hooks)
if(GCFUZZ_FUZZ_ENGINE STREQUAL "libfuzzer")
  set(_gcfuzz_ft_hooks program_mutator_hooks.cc)
endif()
if(GCFUZZ_FAULT_INJECTION)  # the planted fuzz build (heap.fuzzers.cmake)
  list(APPEND _gcfuzz_ft_hooks
       ${PROJECT_SOURCE_DIR}/collector/planted_fault_selector.cc)
endif()

gcfuzz_add_fuzzer(ft_cross_fuzzer
  # The heap targets' programs; the target normalises each one itself.
  INPUT gcops-binary
  SOURCES ft_cross_fuzzer.cc ${_gcfuzz_ft_hooks}
  LIBS gcfuzz_ft_cross gcfuzz_fuzz_mutator
  OPTIONS heap_fuzzer.options)
