// triage/export_gtest.h — `gcfuzz export --gtest`: a GoogleTest case that
// pins a program's trace on the C++ collector, ready to paste into tests/.
//
// The generated test embeds the program as gcops text, parses it with
// gcops::Parse, runs it with gcops::Run on collector::CollectorBackend
// (default RunOptions) and asserts the full trace text (free events
// included) and every failed expectation's message, as they were when the
// test was generated. So a later change of the collector that alters this
// program's run fails the test, with both traces in the message.
#ifndef GCFUZZ_TRIAGE_EXPORT_GTEST_H_
#define GCFUZZ_TRIAGE_EXPORT_GTEST_H_

#include <string>
#include <string_view>

#include "gcops/ast.h"

namespace gcfuzz::triage {

// "two_cycle_del.gcops" -> "TwoCycleDel": a valid GoogleTest name.
std::string TestNameFromFile(std::string_view file);

// The whole C++ source of one test: TEST(GcopsRegression, `test_name`).
// `file` names the program in parse errors and failure messages.
std::string ExportGtest(const gcops::Program& program,
                        std::string_view test_name, std::string_view file);

}  // namespace gcfuzz::triage

#endif  // GCFUZZ_TRIAGE_EXPORT_GTEST_H_
