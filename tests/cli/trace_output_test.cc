// `gcfuzz run --trace`'s text (cli/trace_output.h): backends with the same
// events share one trace; backends that differ are side by side.
#include "cli/trace_output.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace gcfuzz::cli {
namespace {

using gcops::EventSite;
using gcops::TraceView;
using gcops::ViewEvent;

ViewEvent At(std::string text, uint32_t line, uint32_t depth = 0) {
  return {std::move(text), EventSite{line, depth}};
}

ViewEvent Unknown(std::string text) { return {std::move(text), std::nullopt}; }

TEST(TraceOutputTest, AgreeingBackendsShareOneTrace) {
  const TraceView v = {At("del a", 7), At("del b", 7, 1), At("collect 2 0", 9)};
  EXPECT_EQ(FormatTraces("p.gcops", {"collector", "cpython"}, {v, v}, 0),
            "# trace of p.gcops on collector, cpython (they agree)\n"
            "   7  del a\n"
            "   7    del b\n"
            "   9  collect 2 0\n");
  EXPECT_EQ(FormatTraces("p.gcops", {"collector"}, {v}, 0).substr(0, 32),
            "# trace of p.gcops on collector\n");
}

// A worker backend knows no sites; a member of its group that does (the
// model) gives them.
TEST(TraceOutputTest, AGroupTakesEachSiteFromAMemberThatKnowsIt) {
  const TraceView worker = {Unknown("del a"), Unknown("collect 2 0")};
  const TraceView model = {At("del a", 3), At("collect 2 0", 4)};
  EXPECT_EQ(FormatTraces("p.gcops", {"cpython@3.11", "collector"},
                         {worker, model}, 1),
            "# trace of p.gcops on cpython@3.11, collector (they agree)\n"
            "   3  del a\n"
            "   4  collect 2 0\n");
}

TEST(TraceOutputTest, DifferingBackendsAreSideBySideWithTheFirstDifference) {
  const TraceView a = {At("del a", 10), At("collect 1 1", 10)};
  const TraceView b = {At("collect 1 0", 10)};
  const std::string s = FormatTraces(
      "p.gcops", {"collector", "collector@3.14", "collector"}, {a, b, a}, 1);
  EXPECT_EQ(s.find("# traces of p.gcops on collector, collector and on "
                   "collector@3.14, side by side: they differ from event 1 "
                   "(=>)\n"),
            0u)
      << s;
  EXPECT_NE(s.find("=> 1     10  del a"), std::string::npos) << s;
  EXPECT_NE(s.find("\n   2     10  collect 1 1"), std::string::npos) << s;
  EXPECT_EQ(s.find("# trace of"), std::string::npos) << s;
}

}  // namespace
}  // namespace gcfuzz::cli
