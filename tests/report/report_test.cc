// The one report shape (report/report.h): libFuzzer-like header, body,
// SUMMARY line; and the exit statuses every command shares.
#include "report/report.h"

#include <gtest/gtest.h>

namespace gcfuzz::report {
namespace {

TEST(ReportShape, HeaderBodyAndSummaryInThatOrder) {
  EXPECT_EQ(FormatReport("divergence", "what differed\n", "trace event 3"),
            "==gcfuzz== ERROR: divergence\n"
            "what differed\n"
            "SUMMARY: gcfuzz: divergence trace event 3\n");
}

TEST(ReportShape, BodyWithoutNewlineGetsOneAndEmptyBodyNone) {
  EXPECT_EQ(FormatReport("k", "body", "d"),
            "==gcfuzz== ERROR: k\nbody\nSUMMARY: gcfuzz: k d\n");
  EXPECT_EQ(FormatReport("k", "", "d"),
            "==gcfuzz== ERROR: k\nSUMMARY: gcfuzz: k d\n");
}

TEST(ReportShape, SummaryWithoutDetailHasNoTrailingSpace) {
  EXPECT_EQ(SummaryLine("ok", ""), "SUMMARY: gcfuzz: ok");
  EXPECT_EQ(SummaryLine("misuse", "x"), "SUMMARY: gcfuzz: misuse x");
}

TEST(ReportShapeDeathTest, ReportAndAbortPrintsTheReportAndAborts) {
  EXPECT_DEATH(ReportAndAbort("collector-check", "body", "detail"),
               "==gcfuzz== ERROR: collector-check\nbody\n"
               "SUMMARY: gcfuzz: collector-check detail");
}

TEST(ExitStatus, TheThreeStatusesOfEveryCommand) {
  EXPECT_EQ(kExitOk, 0);
  EXPECT_EQ(kExitFinding, 1);
  EXPECT_EQ(kExitBadInput, 2);
}

}  // namespace
}  // namespace gcfuzz::report
