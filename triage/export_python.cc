#include "triage/export_python.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <optional>
#include <sstream>

#include "gcops/printer.h"
#include "gcops/trace.h"
#include "translation/plain_python.h"
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

std::string ExportPythonScript(const Program& program, std::string_view file,
                               const std::vector<std::string>& versions,
                               bool canonical) {
  const uint64_t budget = gcops::RunOptions{}.max_body_steps;
  if (canonical) return ExportPython(program, file, budget);
  const translation::PlainVerdict plain = translation::PlainForm(program);
  if (plain.plain) {
    return translation::PlainTranslation(program, file, versions);
  }
  std::string why = "# " + std::string(file) + ": the canonical translation, " +
                    "not the plain form: line " + std::to_string(plain.line) +
                    ", `" + plain.statement + "`, needs the instrumented " +
                    "harness: " + plain.reason + ".\n";
  std::string wrapped;  // at most ~78 columns, each line a comment
  size_t col = 0;
  std::istringstream words(why);
  for (std::string w; words >> w;) {
    if (col + 1 + w.size() > 78 && col > 0) {
      wrapped += "\n#";
      col = 1;
    }
    wrapped += (col ? " " : "") + w;
    col += (col ? 1 : 0) + w.size();
  }
  return wrapped + "\n" + ExportPython(program, file, budget);
}

int ExportCommand(const cli::ExportFlags& flags) {
  if (flags.python == flags.gtest) {
    return cli::UsageError("export", "give one of --python and --gtest");
  }
  if (flags.canonical && !flags.python) {
    return cli::UsageError("export", "--canonical is a --python form");
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
  // The `# versions:` line is in the text (a crash file has none: 3.11).
  std::string source;
  if (loaded.from_text) source = ReadInputFile(file).value_or("");
  const std::string text =
      ExportPythonScript(loaded.program, base,
                         translation::ProgramVersions(source), flags.canonical);
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
