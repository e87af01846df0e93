#include "differential/cpython/interpreter.h"

#include <pybind11/embed.h>

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>

#include "differential/cpython/python_home.h"
#include "report/report.h"

namespace gcfuzz::differential {

void EnsureInterpreter() {
  if (Py_IsInitialized()) return;
  PyConfig config;
  PyConfig_InitIsolatedConfig(&config);
  config.install_signal_handlers = 0;  // libFuzzer keeps its handlers
  config.use_hash_seed = 1;            // PYTHONHASHSEED=0: runs repeat
  config.hash_seed = 0;
  config.site_import = 0;  // nothing but what the backend imports itself
  config.user_site_directory = 0;
  config.write_bytecode = 0;
  // Off the build machine (a fuzzing cluster), the standard library ships
  // next to the binary: see python_home.h.
  if (const std::string home = BundledPythonHome(); !home.empty()) {
    const PyStatus status =
        PyConfig_SetBytesString(&config, &config.home, home.c_str());
    if (PyStatus_Exception(status)) {
      report::ReportAndAbort("cpython-backend", "cannot set PYTHONHOME " + home,
                             "cannot set PYTHONHOME");
    }
  }
  try {
    // Takes ownership of `config` (it clears it).
    pybind11::initialize_interpreter(&config, 0, nullptr,
                                     /*add_program_dir_to_path=*/false);
  } catch (const std::exception& e) {
    report::ReportAndAbort("cpython-backend",
                           std::string("cannot start CPython: ") + e.what(),
                           "cannot start CPython");
  }
}

}  // namespace gcfuzz::differential
