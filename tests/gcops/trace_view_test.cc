// Traces as a reader sees them (gcops/trace_view.h): each event with its
// statement's line, nested under the event whose body it ran in; two traces
// side by side with the first difference marked.
#include "gcops/trace_view.h"

#include <gtest/gtest.h>

#include <string>

namespace gcfuzz::gcops {
namespace {

ViewEvent At(std::string text, uint32_t line, uint32_t depth = 0) {
  return {std::move(text), EventSite{line, depth}};
}

ViewEvent Unknown(std::string text) { return {std::move(text), std::nullopt}; }

TEST(TraceViewTest, RowIsTheLineThenTheEventIndentedByItsDepth) {
  EXPECT_EQ(FormatViewRow(At("collect 2 0", 12)), "  12  collect 2 0");
  EXPECT_EQ(FormatViewRow(At("del b", 7, 1)), "   7    del b");
  EXPECT_EQ(FormatViewRow(At("collect 1 0", 7, 2)), "   7      collect 1 0");
}

TEST(TraceViewTest, UnknownSiteOrLineShowsAQuestionMark) {
  EXPECT_EQ(FormatViewRow(Unknown("del a")), "   ?  del a");
  // Line 0: a program decoded from the binary form has no lines.
  EXPECT_EQ(FormatViewRow(At("del a", 0, 1)), "   ?    del a");
}

TEST(TraceViewTest, ViewOfATraceKeepsSitesBesideTheEventsItKeeps) {
  Trace t;
  t.labels = {"a"};
  Event del_a{EventKind::kDel, 0};
  Event free_a{EventKind::kFree, 0};
  Event collect;
  collect.kind = EventKind::kCollect;
  collect.gen = 2;
  t.events = {del_a, free_a, collect};
  t.sites = {{3, 0}, {3, 1}, {5, 0}};
  const TraceView all = ViewOf(t);
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[1], At("free a", 3, 1));
  const TraceView no_free = ViewOf(t, /*include_free=*/false);
  ASSERT_EQ(no_free.size(), 2u);
  EXPECT_EQ(no_free[1], At("collect 2 0", 5));
  // A trace without sites (not made by the runner): every site unknown.
  t.sites.clear();
  EXPECT_EQ(ViewOf(t)[0], Unknown("del a"));
}

TEST(TraceViewTest, SideBySideMarksOnlyTheFirstDifference) {
  const TraceView a = {At("del a", 8), At("collect 1 1", 10), At("free l", 11)};
  const TraceView b = {At("del a", 8), At("collect 1 0", 10), At("free x", 11)};
  const std::string s = FormatSideBySide(a, "left", b, "right");
  EXPECT_EQ(s,
            "       line  left                  line  right\n"
            "   0      8  del a                    8  del a\n"
            "=> 1     10  collect 1 1             10  collect 1 0\n"
            "   2     11  free l                  11  free x\n");
}

TEST(TraceViewTest, SideBySideShowsTheEndOfTheShorterTraceAndNumbersFromOne) {
  const TraceView a = {At("del a", 2)};
  const TraceView b = {At("del a", 2), At("del b", 2, 1)};
  const std::string s = FormatSideBySide(a, "x", b, "y", 0, -1, 1);
  EXPECT_NE(s.find("=> 2         (end)                    2    del b\n"),
            std::string::npos)
      << s;
  EXPECT_EQ(FirstTextDifference(a, b), 1);
  EXPECT_EQ(FirstTextDifference(a, a), -1);
}

TEST(TraceViewTest, SideBySideShowsOnlyTheRowsAsked) {
  TraceView a;
  for (uint32_t i = 1; i <= 30; ++i) a.push_back(At("collect 0 0", i));
  const std::string s = FormatSideBySide(a, "x", a, "y", 10, 13);
  EXPECT_NE(s.find("\n   10    11  collect 0 0"), std::string::npos) << s;
  EXPECT_NE(s.find("\n   12    13  collect 0 0"), std::string::npos) << s;
  EXPECT_EQ(s.find("\n   13 "), std::string::npos) << s;
  EXPECT_EQ(s.find("=>"), std::string::npos) << s;
}

}  // namespace
}  // namespace gcfuzz::gcops
