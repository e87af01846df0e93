// triage/export_python.h — `gcfuzz export --python`: a standalone Python 3
// script that reproduces a gcops program on a real interpreter.
//
// For a program in the plain form's subset (translation/plain_python.h) the
// script is the plain form: a short ordinary script to paste into a bug
// report. Otherwise, or with --canonical, it is the program's canonical
// Python translation (gcops spec section 7; translation/python_translation.h)
// with its runtime inline, and (unless forced) a comment at its top names
// the statement that needs that instrumented harness, and why. Either runs
// on plain CPython, nothing of gcfuzz installed, the interpreter collecting
// on its own. Both print the trace (no `free` events: plain Python cannot
// see them); failed expectations go to stderr as `FILE:LINE: expected ...,
// got ...`; the exit status is gcfuzz's (0, 1, 2).
#ifndef GCFUZZ_TRIAGE_EXPORT_PYTHON_H_
#define GCFUZZ_TRIAGE_EXPORT_PYTHON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "cli/flags.h"
#include "gcops/ast.h"

namespace gcfuzz::triage {

// The canonical script. `file` names the program in failure messages;
// `body_budget` is gcops::RunOptions::max_body_steps (0: no limit).
std::string ExportPython(const gcops::Program& program, std::string_view file,
                         uint64_t body_budget = 100000);

// What `export --python` writes: the plain form when the program has one
// and `canonical` is false; else the canonical script, after a comment
// saying why when the program has no plain form. `versions` are the
// program's (translation::ProgramVersions).
std::string ExportPythonScript(const gcops::Program& program,
                               std::string_view file,
                               const std::vector<std::string>& versions,
                               bool canonical);

// `gcfuzz export --python|--gtest FILE [-o OUT] [--name NAME]`.
int ExportCommand(const cli::ExportFlags& flags);

// `gcfuzz translate FILE [-o OUT] [--import]`: the canonical translation
// (translation/python_translation.h).
int TranslateCommand(const cli::TranslateFlags& flags);

}  // namespace gcfuzz::triage

#endif  // GCFUZZ_TRIAGE_EXPORT_PYTHON_H_
