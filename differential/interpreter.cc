#include "differential/interpreter.h"

#include <pybind11/embed.h>

#include <cstdio>
#include <cstdlib>
#include <exception>

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
  try {
    // Takes ownership of `config` (it clears it).
    pybind11::initialize_interpreter(&config, 0, nullptr,
                                     /*add_program_dir_to_path=*/false);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "==gcfuzz== ERROR: cannot start CPython: %s\n",
                 e.what());
    std::abort();
  }
}

}  // namespace gcfuzz::differential
