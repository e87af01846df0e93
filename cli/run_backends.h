// cli/run_backends.h — `gcfuzz run --backend=A,B[,C]`: one program on any
// mix of backends (the in-process collector and embedded CPython, and
// worker backends: cpython@3.11 … @3.15, exec:COMMAND), compared event by
// event.
//
// A worker backend gets the program's gcops text and its canonical Python
// translation (translation/python_translation.h) and answers with its
// trace; events some participant cannot observe (`free`, for every real
// interpreter) are left out of every trace, and the report says so.
#ifndef GCFUZZ_CLI_RUN_BACKENDS_H_
#define GCFUZZ_CLI_RUN_BACKENDS_H_

#include <string>
#include <vector>

#include "gcops/ast.h"

namespace gcfuzz::cli {

// Checks that every name can run here; on failure prints one line saying
// what exists or what to install, and returns false.
bool CheckBackendNames(const std::vector<std::string>& names);

// Runs `program` (loaded from `file`) on each backend and compares; returns
// the exit status (0 agree and pass, 1 a failed expectation, a divergence,
// a hang, crash or protocol verdict, 2 misuse or a refusal).
int RunOnBackends(const std::string& file, const std::string& text,
                  const gcops::Program& program,
                  const std::vector<std::string>& names,
                  const std::string& collector_mode, bool trace);

// `gcfuzz backends`: the in-process backends, then every worker backend
// known here with the version it reports (or why it cannot run).
int ListBackends();

}  // namespace gcfuzz::cli

#endif  // GCFUZZ_CLI_RUN_BACKENDS_H_
