# Interface targets that carry build-wide flags, so nothing sets global flags.
#   gcfuzz::warnings    warnings for our own code
#   gcfuzz::sanitizers  -fsanitize=... from GCFUZZ_SANITIZE (compile + link)
#   gcfuzz::verify      GCFUZZ_VERIFY=1 when verifiers are on
#   gcfuzz::fuzzer      -fsanitize=fuzzer (link) for libFuzzer targets,
#                       -fsanitize=fuzzer-no-link for the code they cover

add_library(gcfuzz_warnings INTERFACE)
add_library(gcfuzz::warnings ALIAS gcfuzz_warnings)
target_compile_options(gcfuzz_warnings INTERFACE -Wall -Wextra -Wno-unused-parameter)

add_library(gcfuzz_sanitizers INTERFACE)
add_library(gcfuzz::sanitizers ALIAS gcfuzz_sanitizers)
if(GCFUZZ_SANITIZE)
  string(REPLACE ";" "," _gcfuzz_san "${GCFUZZ_SANITIZE}")
  target_compile_options(gcfuzz_sanitizers INTERFACE
    -fsanitize=${_gcfuzz_san} -fno-omit-frame-pointer -fno-sanitize-recover=all)
  target_link_options(gcfuzz_sanitizers INTERFACE -fsanitize=${_gcfuzz_san})
endif()

add_library(gcfuzz_verify INTERFACE)
add_library(gcfuzz::verify ALIAS gcfuzz_verify)
if(GCFUZZ_VERIFY)
  target_compile_definitions(gcfuzz_verify INTERFACE GCFUZZ_VERIFY=1)
endif()

add_library(gcfuzz_fuzzer_cov INTERFACE)
add_library(gcfuzz::fuzzer_cov ALIAS gcfuzz_fuzzer_cov)
if(GCFUZZ_FUZZ_ENGINE STREQUAL "libfuzzer")
  target_compile_options(gcfuzz_fuzzer_cov INTERFACE -fsanitize=fuzzer-no-link)
  # Links libFuzzer's runtime without its main into every executable, so
  # tools built alongside the fuzzers (gcfuzz_corpus_encode, the CLI) find
  # the coverage callbacks even when no sanitizer runtime provides them.
  target_link_options(gcfuzz_fuzzer_cov INTERFACE -fsanitize=fuzzer-no-link)
endif()

# gcfuzz_no_coverage(TARGET): compile TARGET without SanitizerCoverage, for
# checking code the fuzzers run on every input but should not steer by: the
# oracle (its loop counts only echo the heap's size, which the collector's
# own coverage already shows) and the mutator. Every edge and counter bucket
# they add is a libFuzzer feature; with them instrumented, entropic's
# per-feature bookkeeping (UpdateFeatureFrequency, AddRareFeature) took 70%
# of collector_fuzzer's time (docs/PERFORMANCE.md). Sanitizers stay on.
# Also undoes coverage flags that come from CMAKE_CXX_FLAGS (OSS-Fuzz).
function(gcfuzz_no_coverage target)
  if(GCFUZZ_FUZZ_ENGINE STREQUAL "libfuzzer")
    target_compile_options(${target} PRIVATE
      -fno-sanitize-coverage=inline-8bit-counters,indirect-calls,trace-cmp,pc-table,stack-depth)
  endif()
endfunction()

# Every gcfuzz library and executable links this one bundle.
add_library(gcfuzz_common INTERFACE)
add_library(gcfuzz::common ALIAS gcfuzz_common)
target_link_libraries(gcfuzz_common INTERFACE
  gcfuzz_warnings gcfuzz_sanitizers gcfuzz_verify gcfuzz_fuzzer_cov)
target_include_directories(gcfuzz_common INTERFACE ${PROJECT_SOURCE_DIR})
