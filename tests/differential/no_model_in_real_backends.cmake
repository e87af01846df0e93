# The model never runs inside its own check: no source of a backend of a
# real interpreter (differential/cpython/, the workers and their client in
# differential/worker/, the canonical translation and its runtime in
# translation/) includes anything of the model (collector/) or of the
# oracle, and their libraries link neither.
#   cmake -DSOURCE_DIR=... -P no_model_in_real_backends.cmake
set(_dirs differential/cpython differential/worker translation)
set(_sources "")
foreach(d ${_dirs})
  file(GLOB_RECURSE _in "${SOURCE_DIR}/${d}/*")
  list(APPEND _sources ${_in})
endforeach()
set(_bad "")
foreach(f ${_sources})
  # C/C++ includes, and Python or JavaScript reaching into the model's files.
  file(STRINGS "${f}" _lines REGEX "(^[ \t]*#[ \t]*include[ \t]*\"(collector|oracle)/)|([\"'/](collector|oracle)/[a-z_]+\\.(h|cc|py))")
  foreach(l ${_lines})
    list(APPEND _bad "${f}: ${l}")
  endforeach()
endforeach()
foreach(d ${_dirs})
  if(EXISTS "${SOURCE_DIR}/${d}/CMakeLists.txt")
    file(READ "${SOURCE_DIR}/${d}/CMakeLists.txt" _cmake)
    if(_cmake MATCHES "gcfuzz(::|_)(collector|oracle)")
      list(APPEND _bad "${d}/CMakeLists.txt links the model or the oracle")
    endif()
  endif()
endforeach()
if(_bad)
  string(REPLACE ";" "\n  " _msg "${_bad}")
  message(FATAL_ERROR "a real-interpreter backend depends on the model:\n  ${_msg}")
endif()
list(LENGTH _sources _n)
message(STATUS "${_n} real-interpreter backend files, none depends on the model")
