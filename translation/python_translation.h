// translation/python_translation.h — a gcops program as Python: the
// canonical translation of gcops spec section 7, and the shape every Python
// form of a program shares (docs/python-translation.md).
//
// One piece of code writes every Python form of a program: after a prelude
// (the runtime, inline or imported), one `_class(...)` per class, one
// function per finalizer or callback body, and a `_program()` function with
// one line per top-level statement, each preceded by the statement's gcops
// text as a comment; then `_run(FILE, NAMES, _program, BUDGET)`.
//
// Each gcops statement maps to one runtime call with the statement's
// operands: names as strings, items as None / an int / a name / 'self' /
// a (base, index) pair. A body statement that cannot run does nothing, as
// in gcops; `raise` returns from the body function.
//
// The runtime is translation/gcfuzz_runtime.py (plain Python, CPython 3.11
// and later, real automatic collection). `translate` and `export --python
// --canonical` write StandaloneTranslation (and `export --python` does for
// a program outside the plain form, translation/plain_python.h); the
// workers run CanonicalTranslation.
#ifndef GCFUZZ_TRANSLATION_PYTHON_TRANSLATION_H_
#define GCFUZZ_TRANSLATION_PYTHON_TRANSLATION_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "gcops/ast.h"

namespace gcfuzz::translation {

// The program after `prelude`. `file` names the program in failure
// messages; `body_budget` is gcops::RunOptions::max_body_steps (0: none).
std::string TranslateWithPrelude(const gcops::Program& program,
                                 std::string_view prelude,
                                 std::string_view file, uint64_t body_budget);

// The canonical translation as a worker runs it: it imports the runtime
// (`from gcfuzz_runtime import *`), which the worker has loaded.
std::string CanonicalTranslation(const gcops::Program& program,
                                 std::string_view file, uint64_t body_budget);

// The canonical translation with the runtime inline: a standalone script
// for any `python3.X` (3.11+), nothing of gcfuzz installed. Prints the
// trace (no `free` events), failures on stderr, exits 0, 1 or 2.
std::string StandaloneTranslation(const gcops::Program& program,
                                  std::string_view file, uint64_t body_budget);

// The runtime's source (translation/gcfuzz_runtime.py, embedded at build).
std::string_view RuntimeSource();

}  // namespace gcfuzz::translation

#endif  // GCFUZZ_TRANSLATION_PYTHON_TRANSLATION_H_
