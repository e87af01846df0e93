// differential/worker/worker_names.h — the names of the worker backends,
// known to every build (with or without the worker client): `cpython@X.Y`
// for the CPython versions gcfuzz knows, and `exec:COMMAND`.
#ifndef GCFUZZ_DIFFERENTIAL_WORKER_WORKER_NAMES_H_
#define GCFUZZ_DIFFERENTIAL_WORKER_WORKER_NAMES_H_

#include <string>
#include <string_view>
#include <vector>

namespace gcfuzz::differential::worker {

// True for `cpython@...` and `exec:...` names (the worker backends).
bool IsWorkerName(std::string_view name);

// The versioned names gcfuzz knows, installed or not: cpython@3.11 … 3.15.
std::vector<std::string> KnownVersionNames();

}  // namespace gcfuzz::differential::worker

#endif  // GCFUZZ_DIFFERENTIAL_WORKER_WORKER_NAMES_H_
