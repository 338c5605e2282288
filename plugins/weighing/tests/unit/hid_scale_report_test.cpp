// The HID POS scale's weight report, from byte traces published for the Dymo M10 and others.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <vector>

#include "driver/hid_scale_report.hpp"

namespace weighing {
namespace {

using ::testing::HasSubstr;

possdk::Result<ScaleReading> parse(std::vector<std::uint8_t> bytes) { return parseHidWeightReport(bytes); }

TEST(HidScaleReport, DymoZeroInOunces) {
  auto r = parse({3, 2, 11, 255, 0, 0});
  ASSERT_TRUE(r) << r.error();
  EXPECT_EQ(r->status, ScaleStatus::Zero);
  EXPECT_EQ(r->milligrams, 0);
  EXPECT_EQ(r->resolutionMg, 2835);  // 0.1 oz
}

TEST(HidScaleReport, TwoGramsStable) {
  auto r = parse({3, 4, 2, 0, 2, 0});
  ASSERT_TRUE(r) << r.error();
  EXPECT_EQ(r->status, ScaleStatus::Stable);
  EXPECT_EQ(r->milligrams, 2000);
  EXPECT_EQ(r->resolutionMg, 1000);
}

TEST(HidScaleReport, OuncesWithExponentMinusOneAndLittleEndianWeight) {
  // 0x0123 = 291 tenths of an ounce = 29.1 oz = 824971.12... mg
  auto r = parse({3, 4, 11, 255, 0x23, 0x01});
  ASSERT_TRUE(r) << r.error();
  EXPECT_EQ(r->status, ScaleStatus::Stable);
  EXPECT_EQ(r->milligrams, 824'971);  // 291 × 2834.9523125 = 824971.1229...
}

TEST(HidScaleReport, InMotionKeepsTheWeightShown) {
  auto r = parse({3, 3, 2, 0, 0xe8, 0x03});
  ASSERT_TRUE(r) << r.error();
  EXPECT_EQ(r->status, ScaleStatus::Unstable);
  EXPECT_EQ(r->milligrams, 1'000'000);
}

TEST(HidScaleReport, UnderZeroIsNegative) {
  auto r = parse({3, 5, 2, 0, 5, 0});
  ASSERT_TRUE(r) << r.error();
  EXPECT_EQ(r->status, ScaleStatus::Under);
  EXPECT_EQ(r->milligrams, -5000);
}

TEST(HidScaleReport, OverWeightFaultAndCalibration) {
  EXPECT_EQ(parse({3, 6, 12, 254, 0xff, 0xff})->status, ScaleStatus::Over);
  auto fault = parse({3, 1, 2, 0, 0, 0});
  EXPECT_EQ(fault->status, ScaleStatus::Fault);
  EXPECT_THAT(fault->detail, HasSubstr("fault"));
  auto calibrate = parse({3, 7, 2, 0, 0, 0});
  EXPECT_EQ(calibrate->status, ScaleStatus::NotReady);
  EXPECT_THAT(calibrate->detail, HasSubstr("calibration"));
  auto rezero = parse({3, 8, 2, 0, 0, 0});
  EXPECT_EQ(rezero->status, ScaleStatus::NotReady);
  EXPECT_THAT(rezero->detail, HasSubstr("re-zeroing"));
}

TEST(HidScaleReport, KilogramsWithExponentMinusThree) {
  auto r = parse({3, 4, 3, 0xfd, 0xd2, 0x04});  // 1234 × 10^-3 kg
  ASSERT_TRUE(r) << r.error();
  EXPECT_EQ(r->milligrams, 1'234'000);
  EXPECT_EQ(r->resolutionMg, 1000);
}

TEST(HidScaleReport, RefusesTruncatedReport) {
  auto r = parse({3, 4, 2, 0, 2});
  ASSERT_FALSE(r);
  EXPECT_THAT(r.error(), HasSubstr("5 bytes"));
  EXPECT_THAT(r.error(), HasSubstr("truncated"));
}

TEST(HidScaleReport, RefusesGarbageNamingByteAndValue) {
  auto id = parse({4, 4, 2, 0, 2, 0});
  EXPECT_THAT(id.error(), HasSubstr("byte 0 (report id) is 4"));
  auto status = parse({3, 9, 2, 0, 2, 0});
  EXPECT_THAT(status.error(), HasSubstr("byte 1 (status) is 9"));
  auto unit = parse({3, 4, 13, 0, 2, 0});
  EXPECT_THAT(unit.error(), HasSubstr("byte 2 (unit) is 13"));
  auto taels = parse({3, 4, 5, 0, 2, 0});
  EXPECT_THAT(taels.error(), HasSubstr("byte 2 (unit) is 5"));
  auto exponent = parse({3, 4, 2, 0x7f, 2, 0});
  EXPECT_THAT(exponent.error(), HasSubstr("byte 3 (exponent) is 127"));
}

}  // namespace
}  // namespace weighing
