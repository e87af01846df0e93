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
# The planted fuzz build (preset fuzz-planted, bench/detection.py): the
# fault GCFUZZ_PLANTED_FAULT names is switched on before the first input.
# The campaign's build has no fault injection, so there is nothing to read.
if(GCFUZZ_FAULT_INJECTION)
  list(APPEND _gcfuzz_hooks
       ${PROJECT_SOURCE_DIR}/collector/planted_fault_selector.cc)
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

# Whole programs from the byte-driven program generator
# (fuzz/program_generator.h), on both checks: the oracle on a version
# profile and the embedded CPython 3.11. Its bytes are the generator's
# choices, not a program (`gcfuzz generate FILE` prints the program), so it
# takes libFuzzer's own byte mutations, not the program mutator; any bytes
# make a program, so it replays (and starts from) the binary corpus too.
# (gcfuzz_program_generator: fuzz/CMakeLists.txt.)
if(TARGET gcfuzz_differential AND TARGET gcfuzz_ft_cross)
  set(_gcfuzz_generator_planted)
  if(GCFUZZ_FAULT_INJECTION)
    set(_gcfuzz_generator_planted
        ${PROJECT_SOURCE_DIR}/collector/planted_fault_selector.cc)
  endif()
  gcfuzz_add_fuzzer(generator_fuzzer
    INPUT generator-choices
    CAMPAIGN_WEIGHT 3
    TRIAGE repro
    SOURCES generator_fuzzer.cc ${_gcfuzz_generator_planted}
    LIBS gcfuzz_program_generator gcfuzz_fuzz_checks gcfuzz_differential
         gcfuzz_ft_cross gcfuzz::gcops
    OPTIONS generator_fuzzer.options)
endif()
