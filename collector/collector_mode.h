// collector/collector_mode.h — which collector algorithm a Heap runs.
//
// What it provides: CollectorMode, chosen once per program run (a Heap is
// built with it), its command-line spelling, and the VersionRules each mode
// schedules with.
//
//   kClassic       CPython 3.11's generational gc_collect_main
//                  (collect.cc): the default everywhere.
//   kFreeThreaded  CPython 3.13t's Python/gc_free_threading.c
//                  (collect_ft.cc): no generation lists, every collection
//                  walks the whole heap; deferred reference counts; freed
//                  memory reclaimed through QSBR. In CPython the two are
//                  different builds of different versions, so events may
//                  legitimately come in a different order (DESIGN.md,
//                  "The free-threaded mode").
#ifndef GCFUZZ_COLLECTOR_COLLECTOR_MODE_H_
#define GCFUZZ_COLLECTOR_COLLECTOR_MODE_H_

#include <cstdint>
#include <optional>
#include <string_view>

#include "collector/version_rules.h"

namespace gcfuzz::collector {

enum class CollectorMode : uint8_t { kClassic, kFreeThreaded };

// "classic" / "ft", as `gcfuzz run --collector=NAME` spells them.
constexpr std::string_view CollectorModeName(CollectorMode mode) {
  return mode == CollectorMode::kClassic ? "classic" : "ft";
}

// The mode named `name`, or nullopt for anything else.
constexpr std::optional<CollectorMode> ParseCollectorMode(
    std::string_view name) {
  if (name == "classic") return CollectorMode::kClassic;
  if (name == "ft") return CollectorMode::kFreeThreaded;
  return std::nullopt;
}

// The scheduling rules a mode runs with by default.
constexpr const VersionRules& RulesFor(CollectorMode mode) {
  return mode == CollectorMode::kClassic ? kPython3_11 : kPython3_13t;
}

}  // namespace gcfuzz::collector

#endif  // GCFUZZ_COLLECTOR_COLLECTOR_MODE_H_
