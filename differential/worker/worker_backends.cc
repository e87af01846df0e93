#include "differential/worker/worker_backends.h"

#include <unistd.h>

#include <boost/process.hpp>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <sstream>

namespace gcfuzz::differential::worker {
namespace {

namespace fs = std::filesystem;
namespace bp = boost::process;

constexpr std::string_view kPrefix = "cpython@";
constexpr std::string_view kExec = "exec:";

// The first directory of $PATH holding an executable `program`, or "".
std::string FindOnPath(const std::string& program) {
  const char* path = std::getenv("PATH");
  std::stringstream dirs(path ? path : "");
  std::string dir;
  while (std::getline(dirs, dir, ':')) {
    const fs::path p = fs::path(dir.empty() ? "." : dir) / program;
    if (::access(p.c_str(), X_OK) == 0) return p.string();
  }
  return "";
}

// The major.minor `python` reports, or "" when it does not run. Started
// without a shell (a path may hold any character).
std::string PythonMinor(const std::string& python) {
  try {
    bp::ipstream out;
    bp::child c(python, "-c",
                "import sys; print('%d.%d' % sys.version_info[:2])",
                bp::std_out > out, bp::std_err > bp::null, bp::std_in.close());
    std::string line;
    std::getline(out, line);
    c.wait();
    return c.exit_code() == 0 ? line : "";
  } catch (const std::exception&) {  // not a program it can start
    return "";
  }
}

// Runs scripts/pyodide.py install MINOR (its messages on our stderr);
// true when it succeeded.
bool InstallPyodide(const std::string& python, const std::string& minor) {
  try {
    const int rc =
        bp::system(python, SourceDir() + "/scripts/pyodide.py", "install",
                   minor, bp::std_out > bp::null, bp::std_in.close());
    return rc == 0;
  } catch (const std::exception&) {
    return false;
  }
}

std::optional<WorkerCommand> NativeWorker(const std::string& name,
                                          const std::string& minor,
                                          std::string* error) {
  for (const std::string& candidate :
       {"python" + minor, std::string("python3")}) {
    const std::string python = FindOnPath(candidate);
    if (!python.empty() && PythonMinor(python) == minor) {
      return WorkerCommand{
          {python, SourceDir() + "/differential/worker/native_worker.py"},
          name};
    }
  }
  *error = "backend '" + name + "': no python" + minor +
           " on PATH (nor a python3 of version " + minor + ")";
  return std::nullopt;
}

std::optional<WorkerCommand> PyodideWorker(const std::string& name,
                                           const std::string& minor,
                                           std::string* error) {
  const char* root_env = std::getenv("GCFUZZ_PYODIDE_DIR");
  const std::string root =
      root_env && *root_env ? root_env : SourceDir() + "/build/pyodide";
  const fs::path pkg =
      fs::path(root) / minor / "node_modules" / "pyodide" / "package.json";
  if (FindOnPath("node").empty()) {
    *error = "backend '" + name +
             "' runs CPython under Node, and node is not on PATH: install "
             "Node.js 18 or later (Debian 12: apt-get install nodejs npm)";
    return std::nullopt;
  }
  if (!fs::exists(pkg)) {
    // First use: install the pinned build (npm, ~15 MB, once per machine;
    // scripts/pyodide.py says which CPython each pin is). GCFUZZ_NO_INSTALL
    // turns this off, for machines without the npm registry.
    const char* no_install = std::getenv("GCFUZZ_NO_INSTALL");
    const std::string python = FindOnPath("python3");
    if ((no_install == nullptr || *no_install == '\0') && !python.empty()) {
      std::fprintf(stderr,
                   "gcfuzz: %s is used for the first time here: installing "
                   "its pinned Pyodide build (scripts/pyodide.py install "
                   "%s)\n",
                   name.c_str(), minor.c_str());
      if (InstallPyodide(python, minor) && fs::exists(pkg)) {
        return WorkerCommand{
            {FindOnPath("node"),
             SourceDir() + "/differential/worker/pyodide_worker.mjs",
             "--version", minor},
            name};
      }
    }
    *error = "backend '" + name + "': its Pyodide build is not installed " +
             "and could not be installed: run `python3 scripts/pyodide.py " +
             "install " + minor + "` (it needs npm and the npm registry)";
    return std::nullopt;
  }
  return WorkerCommand{{FindOnPath("node"),
                        SourceDir() + "/differential/worker/pyodide_worker.mjs",
                        "--version", minor},
                       name};
}

}  // namespace

std::string SourceDir() {
  const char* env = std::getenv("GCFUZZ_SOURCE_DIR");
  if (env && *env) return env;
  return GCFUZZ_SOURCE_DIR_DEFAULT;
}

std::optional<WorkerCommand> ResolveWorker(std::string_view name,
                                           std::string* error) {
  const std::string n(name);
  if (name.substr(0, kExec.size()) == kExec) {
    const std::string command(name.substr(kExec.size()));
    if (command.empty()) {
      *error = "backend 'exec:' needs a command: exec:COMMAND";
      return std::nullopt;
    }
    return WorkerCommand{{"/bin/sh", "-c", command}, n};
  }
  std::string list;
  for (const auto& k : KnownVersionNames()) list += " " + k;
  if (name.substr(0, kPrefix.size()) != kPrefix) {
    *error = "backend '" + n + "' is not a worker backend; known:" + list +
             " exec:COMMAND";
    return std::nullopt;
  }
  const std::string minor(name.substr(kPrefix.size()));
  if (minor == "3.11") return NativeWorker(n, minor, error);
  if (minor == "3.12" || minor == "3.13" || minor == "3.14" ||
      minor == "3.15") {
    return PyodideWorker(n, minor, error);
  }
  *error = "unknown CPython version in '" + n + "'; known:" + list;
  return std::nullopt;
}

}  // namespace gcfuzz::differential::worker
