// differential/backends.h — the backends this build has, by name.
//
// "collector" is the C++ model (always built); "cpython" is the embedded
// interpreter (built when GCFUZZ_WITH_PYTHON is on). `both` in the CLI
// means the pair, compared.
#ifndef GCFUZZ_DIFFERENTIAL_BACKENDS_H_
#define GCFUZZ_DIFFERENTIAL_BACKENDS_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "gcops/backend.h"

namespace gcfuzz::differential {

std::vector<std::string> AvailableBackends();
// nullptr when `name` is not built into this binary.
std::unique_ptr<gcops::Backend> MakeBackend(std::string_view name);

// The collector modes `run --collector=NAME` accepts (collector/
// collector_mode.h: "classic", the default, and "ft", the free-threaded
// mode); empty when the collector is not built.
std::vector<std::string> CollectorModes();
// The versions `collector@V` names ("3.11" ... "3.15": the model's version
// profiles, collector/version_rules.h); empty when the collector is not
// built.
std::vector<std::string> CollectorVersions();
// MakeBackend, with the "collector" backend running `collector_mode` (one
// of CollectorModes()); other backends ignore it. nullptr when `name` is
// not built or `collector_mode` is unknown. "collector@V" is the model
// running version V's profile (classic mode only).
std::unique_ptr<gcops::Backend> MakeBackend(std::string_view name,
                                            std::string_view collector_mode);

}  // namespace gcfuzz::differential

#endif  // GCFUZZ_DIFFERENTIAL_BACKENDS_H_
