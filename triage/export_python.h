// triage/export_python.h — `gcfuzz export --python`: a standalone Python 3
// script that reproduces a gcops program on the real interpreter.
//
// The script is the harness (triage/export_python_runtime.py and
// export_python_checks.py, embedded at build time) followed by the program: one
// `_class(...)` per class (made before gc.freeze()), one function per finalizer
// or callback body, and a
// `_program()` function with one line per top-level statement, each
// preceded by the gcops text as a comment. Run with plain `python3` (3.11,
// with _testcapi; nothing of gcfuzz installed), it prints the trace that
// `gcfuzz run --trace` prints for the CPython backend, without `free`
// events; failed expectations go to stderr as `FILE:LINE: expected ...,
// got ...`; the exit status is gcfuzz's (0, 1, 2).
//
// Each gcops statement maps to one harness call with the statement's
// operands: names as strings, items as None / an int / a name / 'self' /
// a (base, index) pair. A body statement that cannot run does nothing, as
// in gcops; `raise` returns from the body function.
#ifndef GCFUZZ_TRIAGE_EXPORT_PYTHON_H_
#define GCFUZZ_TRIAGE_EXPORT_PYTHON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "gcops/ast.h"

namespace gcfuzz::triage {

// The script. `file` names the program in failure messages; `body_budget`
// is gcops::RunOptions::max_body_steps (0: no limit).
std::string ExportPython(const gcops::Program& program, std::string_view file,
                         uint64_t body_budget = 100000);

// `gcfuzz export --python|--gtest FILE [-o OUT] [--name NAME]`.
int ExportCommand(const std::vector<std::string>& args);

// `gcfuzz translate FILE [-o OUT] [--import]`: the canonical translation
// (translation/python_translation.h).
int TranslateCommand(const std::vector<std::string>& args);

}  // namespace gcfuzz::triage

#endif  // GCFUZZ_TRIAGE_EXPORT_PYTHON_H_
