// translation/plain_python.h — the plain Python form of a gcops program: a
// short, ordinary script a CPython developer reads in a minute and can paste
// into a bug report (docs/python-translation.md, "The plain form").
//
// The script is what the program means written the way a person would:
// classes with `__slots__` and `__del__` (`tp_del` through
// `_testcapi.with_tp_del`), module-level assignments,
// `weakref.ref(obj, callback)`, `gc.collect()`, a `gc.callbacks` entry that
// records `collect G N`; it prints the trace in gcops words (no `free`),
// checks the program's expectations (`FILE:LINE: expected ..., got ...` on
// stderr, exit status 1), and refuses, with a message and exit status 2, to
// run on a CPython version the program was not written for (its
// `# versions:` line; 3.11 when it has none).
//
// It covers a subset of gcops, decided by PlainForm's rules: what plain
// Python can observe without the instrumented harness of the canonical
// translation, and without perturbing the collector's run. On every corpus
// program in the subset, the plain script and the canonical translation
// print the same trace and exit with the same status on CPython 3.11
// (tests/translation/plain_python_test.cc).
#ifndef GCFUZZ_TRANSLATION_PLAIN_PYTHON_H_
#define GCFUZZ_TRANSLATION_PLAIN_PYTHON_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "gcops/ast.h"

namespace gcfuzz::translation {

// More top-level statements than this are not a short script (and, with
// the script's own allocations, could reach 3.11's threshold 700 and
// collect where the canonical translation does not).
inline constexpr size_t kMaxPlainStatements = 80;

// Whether a program has a plain form; if not, the first statement that
// needs the canonical translation's instrumented harness, and why.
struct PlainVerdict {
  bool plain = true;
  uint32_t line = 0;      // that statement's line
  std::string statement;  // its gcops text
  std::string reason;     // what plain Python cannot observe or would perturb
};
PlainVerdict PlainForm(const gcops::Program& program);

// The plain script. `file` names the program in messages; `versions` are
// the CPython versions ("3.11", ...) it was written for. Requires
// PlainForm(program).plain.
std::string PlainTranslation(const gcops::Program& program,
                             std::string_view file,
                             const std::vector<std::string>& versions);

// The versions a program's `# versions:` line names, in its order; {"3.11"}
// when the text has no such line.
std::vector<std::string> ProgramVersions(std::string_view text);

}  // namespace gcfuzz::translation

#endif  // GCFUZZ_TRANSLATION_PLAIN_PYTHON_H_
