#include "poscore/sale/receipt_numbers.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "temp_dir.hpp"

namespace poscore::sale {
namespace {

using ::testing::HasSubstr;

TEST(ReceiptNumbers, LaneIdAndZeroPaddedSequence) {
  EXPECT_EQ(formatReceiptNo("L01", 42), "L01-00000042");
  EXPECT_EQ(formatReceiptNo("7", 123456789), "7-123456789");
}

TEST(ReceiptNumbers, ParseReadsWhatFormatWrote) {
  auto parsed = parseReceiptNo("L01-00000042");
  ASSERT_TRUE(parsed) << parsed.error();
  EXPECT_EQ(parsed.value().laneId, "L01");
  EXPECT_EQ(parsed.value().sequence, 42);
  auto wide = parseReceiptNo("L01-123456789");
  ASSERT_TRUE(wide) << wide.error();
  EXPECT_EQ(wide.value().sequence, 123456789);
}

TEST(ReceiptNumbers, ParseRefusesAnythingElse) {
  for (const std::string bad : {"", "L01", "L01-42", "l01-00000042", "L01-0000004x", "L01-00000000", "-00000042",
                                "L01-+0000042", "L01-012345678", "TOOLONGID-00000001"}) {
    EXPECT_FALSE(parseReceiptNo(bad)) << bad;
  }
}

TEST(ReceiptNumbers, LaneIdIsChecked) {
  EXPECT_TRUE(checkLaneId("L01").isOk());
  EXPECT_TRUE(checkLaneId("ABCDEFGH").isOk());
  for (const std::string bad : {"", "l01", "L-1", "ABCDEFGHI", "L 1"}) EXPECT_FALSE(checkLaneId(bad)) << bad;
}

TEST(ReceiptNumbers, LaneIdComesFromSettings) {
  postest::TempDir dir;
  auto good = laneIdFrom(Config::load(dir.write("pos.json", R"({"lane": {"id": "L07"}})")));
  ASSERT_TRUE(good) << good.error();
  EXPECT_EQ(good.value(), "L07");
  auto missing = laneIdFrom(Config::load(dir.write("none.json", "{}")));
  ASSERT_FALSE(missing);
  EXPECT_THAT(missing.error(), HasSubstr("lane.id"));
  auto bad = laneIdFrom(Config::load(dir.write("bad.json", R"({"lane": {"id": "lane 7"}})")));
  ASSERT_FALSE(bad);
  EXPECT_THAT(bad.error(), HasSubstr("lane.id"));
}

}  // namespace
}  // namespace poscore::sale
