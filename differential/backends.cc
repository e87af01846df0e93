#include "differential/backends.h"

#if GCFUZZ_HAVE_COLLECTOR
#include "collector/collector_backend.h"
#endif
#if GCFUZZ_HAVE_CPYTHON
#include "differential/cpython/cpython_backend.h"
#endif

namespace gcfuzz::differential {

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
  if (name == "collector")
    return std::make_unique<collector::CollectorBackend>();
  if (name.rfind("collector@", 0) == 0)
    return MakeBackend(
        name, collector::CollectorModeName(collector::CollectorMode::kClassic));
#endif
#if GCFUZZ_HAVE_CPYTHON
  if (name == "cpython")
    return std::make_unique<differential::CpythonBackend>();
#endif
  return nullptr;
}

std::vector<std::string> CollectorModes() {
#if GCFUZZ_HAVE_COLLECTOR
  return {std::string(
              collector::CollectorModeName(collector::CollectorMode::kClassic)),
          std::string(collector::CollectorModeName(
              collector::CollectorMode::kFreeThreaded))};
#else
  return {};
#endif
}

std::vector<std::string> CollectorVersions() {
  std::vector<std::string> out;
#if GCFUZZ_HAVE_COLLECTOR
  for (const collector::VersionRules* r : collector::kVersionProfiles)
    out.emplace_back(r->name);
#endif
  return out;
}

std::unique_ptr<gcops::Backend> MakeBackend(std::string_view name,
                                            std::string_view collector_mode) {
#if GCFUZZ_HAVE_COLLECTOR
  const auto mode = collector::ParseCollectorMode(collector_mode);
  if (!mode) return nullptr;
  if (name == "collector")
    return std::make_unique<collector::CollectorBackend>(*mode);
  constexpr std::string_view kVersioned = "collector@";
  if (name.substr(0, kVersioned.size()) == kVersioned) {
    // A version profile runs the classic (generational or incremental)
    // collector of that version; the free-threaded mode is 3.13t's own.
    const auto* rules =
        collector::FindVersionProfile(name.substr(kVersioned.size()));
    if (rules == nullptr || *mode != collector::CollectorMode::kClassic)
      return nullptr;
    return std::make_unique<collector::CollectorBackend>(*rules, *mode);
  }
#endif
  return MakeBackend(name);
}

}  // namespace gcfuzz::differential
