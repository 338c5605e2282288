// A scale reading survives the device event it travels in, net flag included, and a net weight is
// never handed on as one to judge.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "driver/scale_reading.hpp"

namespace weighing {
namespace {

using ::testing::HasSubstr;

ScaleReading stable(std::int64_t mg, bool net) {
  ScaleReading r;
  r.status = ScaleStatus::Stable;
  r.milligrams = mg;
  r.resolutionMg = 1000;
  r.net = net;
  return r;
}

TEST(ScaleReading, TheNetFlagTravelsInThePayload) {
  for (const bool net : {true, false}) {
    const auto back = readingFrom(toEvent("scale:1", stable(500'000, net)));
    ASSERT_TRUE(back);
    EXPECT_EQ(back->net, net);
    EXPECT_EQ(back->milligrams, 500'000);
  }
  EXPECT_THAT(toPayload(stable(500'000, true)), HasSubstr(R"("net":true)"));
}

TEST(ScaleReading, APayloadWithoutTheNetFlagIsGross) {
  const possdk::DeviceEvent event{"scale:1", possdk::DeviceEventKind::Data, "weight.stable",
                                  R"({"status":"stable","mg":1000,"resolution_mg":0,"detail":""})"};
  const auto back = readingFrom(event);
  ASSERT_TRUE(back);
  EXPECT_FALSE(back->net);
}

TEST(ScaleReading, ANetWeightIsNotReadySayingToClearTheTare) {
  const auto net = grossOnly(stable(500'000, true));
  EXPECT_EQ(net.status, ScaleStatus::NotReady);
  EXPECT_TRUE(net.net);
  EXPECT_THAT(net.detail, HasSubstr("clear the tare"));
  const auto gross = grossOnly(stable(500'000, false));
  EXPECT_EQ(gross.status, ScaleStatus::Stable);
  EXPECT_EQ(gross.milligrams, 500'000);
  EXPECT_TRUE(gross.detail.empty());
}

}  // namespace
}  // namespace weighing
