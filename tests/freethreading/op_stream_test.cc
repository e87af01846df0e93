// Tests for freethreading/testing/op_stream.h: the fuzz targets' decoding
// is total, and reports have the one gcfuzz shape.
#include "freethreading/testing/op_stream.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

namespace gcfuzz::freethreading::testing {
namespace {

TEST(OpStream, ReadingPastTheEndYieldsZeroSoEveryInputDecodes) {
  const std::vector<uint8_t> bytes = {7, 200};
  OpStream in(bytes);
  EXPECT_FALSE(in.done());
  EXPECT_EQ(in.Byte(), 7);
  EXPECT_EQ(in.Below(3), 200u % 3);
  EXPECT_TRUE(in.done());
  EXPECT_EQ(in.Byte(), 0);
  EXPECT_EQ(in.Below(5), 0u);
}

TEST(OpStream, PickFoldsAByteIntoTheContainer) {
  const std::vector<uint8_t> bytes = {10};
  const std::vector<int> choices = {4, 5, 6};
  OpStream in(bytes);
  EXPECT_EQ(in.Pick(choices), 5);  // 10 % 3 == 1
  EXPECT_EQ(in.Pick(choices), 4);  // exhausted: 0
}

TEST(OpStream, ReportNamesTheKindTheOperationsAndAStableSummary) {
  const std::string report =
      FormatReport("qsbr-poll", "Poll", "Poll: library 1, reference 0",
                   {"reserve slot -1", "poll slot 7 goal 1"});
  EXPECT_EQ(report,
            "==gcfuzz== ERROR: qsbr-poll\n"
            "Poll: library 1, reference 0\n"
            "operations (2):\n"
            "  reserve slot -1\n"
            "  poll slot 7 goal 1\n"
            "SUMMARY: gcfuzz: qsbr-poll Poll\n");
}

TEST(OpStream, ExpectEqAbortsWithTheReportOnlyOnADifference) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  OpStream in(std::vector<uint8_t>{});
  in.Log("alloc -> 0");
  in.ExpectEq("index-pool-alloc", "AllocIndex", 0, 0);  // equal: returns
  EXPECT_DEATH(in.ExpectEq("index-pool-alloc", "AllocIndex", 1, 0),
               "==gcfuzz== ERROR: index-pool-alloc\nAllocIndex: library 1, "
               "reference 0\noperations \\(1\\):\n  alloc -> 0\nSUMMARY: "
               "gcfuzz: index-pool-alloc AllocIndex");
}

}  // namespace
}  // namespace gcfuzz::freethreading::testing
