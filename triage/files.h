// triage/files.h — reading a command's input file and writing its output
// file, with bad input refused in one line (exit status 2 for the caller),
// never an abort, a hang or a silent wrong answer.
#ifndef GCFUZZ_TRIAGE_FILES_H_
#define GCFUZZ_TRIAGE_FILES_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace gcfuzz::triage {

// The largest input any command reads: far above any program (the binary
// form's limit is a few KiB; the largest corpus text is ~40 KiB), far below
// what endless inputs like /dev/zero would fill.
inline constexpr size_t kMaxInputBytes = 16 << 20;

// The bytes of `path`, or nullopt after printing "PATH: why" on stderr:
// missing or unreadable, a directory, not a regular file (devices,
// sockets), or over kMaxInputBytes. With `error`, "PATH: why" is stored
// there instead of printed (for output formats that carry errors).
std::optional<std::string> ReadInputFile(const std::string& path,
                                         std::string* error = nullptr);

// Writes `data` to `path` (replacing it); false after printing
// "PATH: cannot write: why" on stderr.
bool WriteOutputFile(const std::string& path, std::string_view data);

}  // namespace gcfuzz::triage

#endif  // GCFUZZ_TRIAGE_FILES_H_
