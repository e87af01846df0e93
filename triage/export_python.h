// triage/export_python.h — `gcfuzz export --python`: a standalone Python 3
// script that reproduces a gcops program on a real interpreter.
//
// The script is the program's canonical Python translation (gcops spec
// section 7; translation/python_translation.h) with its runtime inline: plain
// Python for any CPython 3.11 or later, nothing of gcfuzz installed, the
// interpreter collecting on its own. It prints the trace (no `free`
// events: plain Python cannot see them); failed expectations go to stderr
// as `FILE:LINE: expected ..., got ...`; the exit status is gcfuzz's (0, 1,
// 2). On a version without `_testcapi.with_tp_del` a program with a `tp_del`
// class is refused (exit 2) before it runs.
#ifndef GCFUZZ_TRIAGE_EXPORT_PYTHON_H_
#define GCFUZZ_TRIAGE_EXPORT_PYTHON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "cli/flags.h"
#include "gcops/ast.h"

namespace gcfuzz::triage {

// The script. `file` names the program in failure messages; `body_budget`
// is gcops::RunOptions::max_body_steps (0: no limit).
std::string ExportPython(const gcops::Program& program, std::string_view file,
                         uint64_t body_budget = 100000);

// `gcfuzz export --python|--gtest FILE [-o OUT] [--name NAME]`.
int ExportCommand(const cli::ExportFlags& flags);

// `gcfuzz translate FILE [-o OUT] [--import]`: the canonical translation
// (translation/python_translation.h).
int TranslateCommand(const cli::TranslateFlags& flags);

}  // namespace gcfuzz::triage

#endif  // GCFUZZ_TRIAGE_EXPORT_PYTHON_H_
