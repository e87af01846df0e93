#include "differential/cpython/python_home.h"

#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace gcfuzz::differential {

std::string BundledPythonHome() {
  if (const char* env = std::getenv("GCFUZZ_PYTHONHOME");
      env != nullptr && env[0] != '\0') {
    return env;
  }
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return "";
  const fs::path home = exe.parent_path() / "python-stdlib";
  if (!fs::exists(home / "lib" / "python3.11" / "os.py", ec)) return "";
  return home.string();
}

}  // namespace gcfuzz::differential
