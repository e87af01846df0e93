# The free-threading models' fuzz targets (freethreading/README.md): QSBR,
# the index pool and the unique-id pool, each against a naive reference.
# Any bytes are a valid input; the seeds live in freethreading/corpus/.
if(NOT TARGET gcfuzz_freethreading)
  return()
endif()

foreach(_ft_target qsbr index_pool uniqueid)
  # Each reads its own operation script (freethreading/testing/op_stream.h):
  # qsbr-ops, index-pool-ops, uniqueid-ops.
  string(REPLACE "_" "-" _ft_input "${_ft_target}-ops")
  gcfuzz_add_fuzzer(${_ft_target}_fuzzer
    INPUT ${_ft_input}
    SOURCES ${_ft_target}_fuzzer.cc
    LIBS gcfuzz::freethreading_testing
    CORPUS "${PROJECT_SOURCE_DIR}/freethreading/corpus/${_ft_target}")
endforeach()
