# The model never runs inside its own check: no source of a backend of a
# real interpreter (differential/cpython/) includes anything of the model
# (collector/) or of the oracle, and its library links neither.
#   cmake -DSOURCE_DIR=... -P no_model_in_real_backends.cmake
file(GLOB_RECURSE _sources "${SOURCE_DIR}/differential/cpython/*")
set(_bad "")
foreach(f ${_sources})
  file(STRINGS "${f}" _lines REGEX "^[ \t]*#[ \t]*include[ \t]*\"(collector|oracle)/")
  foreach(l ${_lines})
    list(APPEND _bad "${f}: ${l}")
  endforeach()
endforeach()
file(READ "${SOURCE_DIR}/differential/cpython/CMakeLists.txt" _cmake)
if(_cmake MATCHES "gcfuzz(::|_)(collector|oracle)")
  list(APPEND _bad "differential/cpython/CMakeLists.txt links the model or the oracle")
endif()
if(_bad)
  string(REPLACE ";" "\n  " _msg "${_bad}")
  message(FATAL_ERROR "a real-interpreter backend depends on the model:\n  ${_msg}")
endif()
list(LENGTH _sources _n)
message(STATUS "${_n} real-interpreter backend files, none depends on the model")
