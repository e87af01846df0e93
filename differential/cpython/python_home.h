// differential/cpython/python_home.h — where the embedded CPython finds its
// standard library when the fuzz binary runs away from the machine it was
// built on.
//
// On a developer or CI machine the interpreter finds the system's standard
// library by itself. On a fuzzing cluster (OSS-Fuzz, ClusterFuzzLite) a fuzz
// target runs from $OUT alone, on a runner image without Python 3.11, with
// a cleared environment. .clusterfuzzlite/build.sh therefore ships the
// standard library as $OUT/python-stdlib/lib/python3.11/ (lib-dynload
// included), and this hook points the interpreter at it. It is a hook only:
// it changes nothing when neither place below exists.
#ifndef GCFUZZ_DIFFERENTIAL_CPYTHON_PYTHON_HOME_H_
#define GCFUZZ_DIFFERENTIAL_CPYTHON_PYTHON_HOME_H_

#include <string>

namespace gcfuzz::differential {

// The PYTHONHOME to start the embedded interpreter with, or "" for
// CPython's own search. In order: $GCFUZZ_PYTHONHOME when set and not
// empty; else <directory of this executable>/python-stdlib when it holds
// lib/python3.11/os.py (the layout build.sh writes); else "".
// (The interpreter is started isolated, so plain PYTHONHOME is ignored.)
std::string BundledPythonHome();

}  // namespace gcfuzz::differential

#endif  // GCFUZZ_DIFFERENTIAL_CPYTHON_PYTHON_HOME_H_
