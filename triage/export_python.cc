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

int ExportCommand(const std::vector<std::string>& args) {
  std::string format, file, out, name;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--python" || a == "--gtest") {
      format = a.substr(2);
    } else if ((a == "-o" || a == "--name") && i + 1 < args.size()) {
      (a == "-o" ? out : name) = args[++i];
    } else if (a.rfind("-", 0) != 0 && file.empty()) {
      file = a;
    } else {
      format.clear();
      break;
    }
  }
  if (format.empty() || file.empty()) {
    std::cerr << "gcfuzz: export: usage: export --python|--gtest FILE "
                 "[-o OUT] [--name NAME]\n";
    return 2;
  }
  const auto loaded_file = LoadProgramFile(file);
  if (!loaded_file) return 2;
  const LoadedProgram& loaded = *loaded_file;
  const std::string base = BaseName(file);
  const std::string text =
      format == "python"
          ? ExportPython(loaded.program, base)
          : ExportGtest(loaded.program,
                        name.empty() ? TestNameFromFile(base) : name, base);
  if (out.empty()) {
    std::cout << text;
  } else {
    if (!WriteOutputFile(out, text)) return 2;
  }
  return 0;
}

int TranslateCommand(const std::vector<std::string>& args) {
  std::string file, out;
  bool import = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--import") {
      import = true;
    } else if (a == "-o" && i + 1 < args.size()) {
      out = args[++i];
    } else if (a.rfind("-", 0) != 0 && file.empty()) {
      file = a;
    } else {
      file.clear();
      break;
    }
  }
  if (file.empty()) {
    std::cerr << "gcfuzz: translate: usage: translate FILE [-o OUT] "
                 "[--import]\n";
    return 2;
  }
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
