// triage/export_gtest.h — `gcfuzz export --gtest`: a GoogleTest case that
// pins what a real interpreter does with a program, ready for tests/.
//
// The expected behaviour is the reference's, never the collector's own: the
// run of the program on a real CPython (the embedded 3.11, or a worker
// `cpython@V`; cli/main.cc runs it) gives the trace without `free` events
// (plain Python cannot see them) and the lines of the expectations that fail
// there (and of a misuse). The generated test embeds the program as gcops
// text, runs it on the model's profile of that version
// (collector::FindVersionProfile) and requires the same trace and the same
// failing lines. So it fails while the collector diverges from the real
// interpreter on the program and passes once it agrees; a later change that
// makes them differ fails it, with both traces in the message. Files saved
// as tests/exported/*_test.cc are built and run by ctest.
#ifndef GCFUZZ_TRIAGE_EXPORT_GTEST_H_
#define GCFUZZ_TRIAGE_EXPORT_GTEST_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gcops/ast.h"

namespace gcfuzz::triage {

// "two_cycle_del.gcops" -> "TwoCycleDel": a valid GoogleTest name.
std::string TestNameFromFile(std::string_view file);

// What the reference interpreter did with the program.
struct ReferenceRun {
  std::string version;    // the model profile to check: "3.11" ... "3.15"
  std::string reference;  // who answered, for the comment: "cpython@3.14"
  std::vector<std::string> events;     // its trace, without `free` events
  std::vector<uint32_t> failed_lines;  // expectations that failed there
  std::optional<uint32_t> misuse_line;
};

// The whole C++ source of one test: TEST(GcopsRegression, `test_name`).
// `file` names the program in parse errors.
std::string ExportGtest(const gcops::Program& program,
                        std::string_view test_name, std::string_view file,
                        const ReferenceRun& expected);

// The failing lines as the generated test writes them: "12 15 misuse 20 ".
std::string FailedLinesText(const std::vector<uint32_t>& failed_lines,
                            std::optional<uint32_t> misuse_line);

}  // namespace gcfuzz::triage

#endif  // GCFUZZ_TRIAGE_EXPORT_GTEST_H_
