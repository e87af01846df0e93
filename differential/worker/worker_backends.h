// differential/worker/worker_backends.h — the backends that are worker
// processes, by name (docs/backend-protocol.md).
//
//   cpython@3.11          a native python3 whose version is 3.11 (or
//                         python3.11 on PATH), running native_worker.py
//   cpython@3.12 … @3.15  the pinned Pyodide build of that version under
//                         Node (differential/worker/pyodide_versions.json;
//                         `scripts/pyodide.py install VERSION`)
//   exec:COMMAND          any program that speaks the protocol, run by
//                         `/bin/sh -c COMMAND`
//
// Nothing here knows the model: a worker backend only ever gets a program's
// gcops text and its canonical translation.
#ifndef GCFUZZ_DIFFERENTIAL_WORKER_WORKER_BACKENDS_H_
#define GCFUZZ_DIFFERENTIAL_WORKER_WORKER_BACKENDS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "differential/worker/worker_client.h"
#include "differential/worker/worker_names.h"

namespace gcfuzz::differential::worker {

// How to start the worker `name`; nullopt with a one-line reason (what
// exists, or what to install and how) when it cannot be started here.
std::optional<WorkerCommand> ResolveWorker(std::string_view name,
                                           std::string* error);

// The source tree the worker scripts are in ($GCFUZZ_SOURCE_DIR, else the
// tree this binary was built from).
std::string SourceDir();

}  // namespace gcfuzz::differential::worker

#endif  // GCFUZZ_DIFFERENTIAL_WORKER_WORKER_BACKENDS_H_
