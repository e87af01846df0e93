# The heap fuzz targets: gcops programs on the collector (with the oracle
# when built) and on the collector against the embedded CPython. Both use
# the structure-aware mutator (fuzz/mutator.h) in libFuzzer builds.
if(NOT TARGET gcfuzz_collector)
  return()
endif()

add_library(gcfuzz_fuzz_mutator mutator.cc)
target_link_libraries(gcfuzz_fuzz_mutator PUBLIC
  gcfuzz::gcops gcfuzz::verdict gcfuzz::common)
gcfuzz_no_coverage(gcfuzz_fuzz_mutator)

# What the two targets check per input (target_checks.h), shared with the
# tests that hold their SUMMARY lines to repro's.
add_library(gcfuzz_fuzz_checks target_checks.cc)
target_link_libraries(gcfuzz_fuzz_checks PUBLIC
  gcfuzz_collector gcfuzz::verdict gcfuzz::gcops)
if(TARGET gcfuzz_oracle_collector_check)
  target_link_libraries(gcfuzz_fuzz_checks PRIVATE gcfuzz_oracle_collector_check)
  target_compile_definitions(gcfuzz_fuzz_checks PRIVATE GCFUZZ_HAVE_ORACLE_CHECK=1)
endif()

set(_gcfuzz_hooks)
if(GCFUZZ_FUZZ_ENGINE STREQUAL "libfuzzer")
  set(_gcfuzz_hooks program_mutator_hooks.cc)
endif()

gcfuzz_add_fuzzer(collector_fuzzer
  INPUT gcops-binary
  CAMPAIGN_WEIGHT 2  # after the CPython target, the campaign's largest share
  TRIAGE repro
  SOURCES collector_fuzzer.cc ${_gcfuzz_hooks}
  LIBS gcfuzz_fuzz_mutator gcfuzz_fuzz_checks
  OPTIONS heap_fuzzer.options)

if(TARGET gcfuzz_differential)
  # The campaign's point is the collector against the real interpreter:
  # the largest share of its time.
  gcfuzz_add_fuzzer(differential_fuzzer
    INPUT gcops-binary
    CAMPAIGN_WEIGHT 3
    TRIAGE repro
    SOURCES differential_fuzzer.cc ${_gcfuzz_hooks}
    LIBS gcfuzz_fuzz_mutator gcfuzz_fuzz_checks gcfuzz_differential
    OPTIONS heap_fuzzer.options)
endif()
