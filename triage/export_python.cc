#include "triage/export_python.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <optional>

#include "gcops/printer.h"
#include "gcops/trace.h"
#include "translation/python_translation.h"
#include "triage/export_gtest.h"
#include "triage/files.h"
#include "triage/repro.h"

namespace gcfuzz::triage {

namespace {

using gcops::Program;

std::string BaseName(const std::string& path) {
  const size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

}  // namespace

std::string ExportPython(const Program& program, std::string_view file,
                         uint64_t body_budget) {
  return translation::StandaloneTranslation(program, file, body_budget);
}

int ExportCommand(const cli::ExportFlags& flags) {
  if (flags.python == flags.gtest) {
    return cli::UsageError("export", "give one of --python and --gtest");
  }
  if (flags.name && !flags.gtest) {
    return cli::UsageError("export", "--name names a --gtest case");
  }
  if (flags.backend && !flags.gtest) {
    return cli::UsageError("export",
                           "--backend names the interpreter a "
                           "--gtest case pins");
  }
  if (flags.gtest) {
    // The case pins a real interpreter's run, which the CLI makes
    // (cli/main.cc, ExportCmd); this library has no worker backends.
    return cli::UsageError("export", "--gtest is the CLI's");
  }
  const std::string& file = flags.file;
  const std::string out = flags.out.value_or("");
  const auto loaded_file = LoadProgramFile(file);
  if (!loaded_file) return 2;
  const LoadedProgram& loaded = *loaded_file;
  const std::string base = BaseName(file);
  const std::string text = ExportPython(loaded.program, base);
  if (out.empty()) {
    std::cout << text;
  } else {
    if (!WriteOutputFile(out, text)) return 2;
  }
  return 0;
}

int TranslateCommand(const cli::TranslateFlags& flags) {
  const std::string& file = flags.file;
  const std::string out = flags.out.value_or("");
  const bool import = flags.import;
  const auto loaded = LoadProgramFile(file);
  if (!loaded) return 2;
  const std::string base = BaseName(file);
  const uint64_t budget = gcops::RunOptions{}.max_body_steps;
  const std::string text =
      import
          ? translation::CanonicalTranslation(loaded->program, base, budget)
          : translation::StandaloneTranslation(loaded->program, base, budget);
  if (out.empty()) {
    std::cout << text;
    return 0;
  }
  return WriteOutputFile(out, text) ? 0 : 2;
}

}  // namespace gcfuzz::triage
