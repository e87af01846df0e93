#include "differential/worker/worker_names.h"

namespace gcfuzz::differential::worker {

bool IsWorkerName(std::string_view name) {
  return name.substr(0, 8) == "cpython@" || name.substr(0, 5) == "exec:";
}

std::vector<std::string> KnownVersionNames() {
  return {"cpython@3.11", "cpython@3.12", "cpython@3.13", "cpython@3.14",
          "cpython@3.15"};
}

}  // namespace gcfuzz::differential::worker
