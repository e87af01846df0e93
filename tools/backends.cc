#include "tools/backends.h"

#if GCFUZZ_HAVE_COLLECTOR
#include "collector/collector_backend.h"
#endif
#if GCFUZZ_HAVE_CPYTHON
#include "differential/cpython_backend.h"
#endif

namespace gcfuzz::tools {

std::vector<std::string> AvailableBackends() {
  std::vector<std::string> names;
#if GCFUZZ_HAVE_COLLECTOR
  names.push_back("collector");
#endif
#if GCFUZZ_HAVE_CPYTHON
  names.push_back("cpython");
#endif
  return names;
}

std::unique_ptr<gcops::Backend> MakeBackend(std::string_view name) {
#if GCFUZZ_HAVE_COLLECTOR
  if (name == "collector") return std::make_unique<collector::CollectorBackend>();
#endif
#if GCFUZZ_HAVE_CPYTHON
  if (name == "cpython") return std::make_unique<differential::CpythonBackend>();
#endif
  return nullptr;
}

}  // namespace gcfuzz::tools
