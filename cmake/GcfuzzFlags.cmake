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
endif()

# Every gcfuzz library and executable links this one bundle.
add_library(gcfuzz_common INTERFACE)
add_library(gcfuzz::common ALIAS gcfuzz_common)
target_link_libraries(gcfuzz_common INTERFACE
  gcfuzz_warnings gcfuzz_sanitizers gcfuzz_verify gcfuzz_fuzzer_cov)
target_include_directories(gcfuzz_common INTERFACE ${PROJECT_SOURCE_DIR})
