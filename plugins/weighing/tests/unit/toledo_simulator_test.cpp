// The Toledo 8217 simulator's answers and its control language.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "driver/sim/toledo_simulator.hpp"
#include "driver/toledo_protocol.hpp"

namespace weighing {
namespace {

using ::testing::HasSubstr;

ScaleReading weighed(ToledoSimulator& sim) {
  const auto reply = sim.answer(toledo::kWeigh);
  EXPECT_EQ(reply.front(), toledo::kStx);
  EXPECT_EQ(reply.back(), toledo::kCr);
  auto frame = toledo::parseFrame(std::string_view(reply).substr(1, reply.size() - 2));
  EXPECT_TRUE(frame) << frame.error();
  return frame ? toledo::readingOf(frame.value()) : ScaleReading{};
}

TEST(ToledoSimulator, AnswersTheWeightInKilograms) {
  ToledoSimulator sim(1234);
  EXPECT_EQ(sim.answer('W'), "\x02" "01.234\r");
  auto r = weighed(sim);
  EXPECT_EQ(r.status, ScaleStatus::Stable);
  EXPECT_EQ(r.milligrams, 1'234'000);
}

TEST(ToledoSimulator, MotionOverAndUnderAnswerWithStatus) {
  ToledoSimulator sim(500, 1000);
  sim.setMotion(true);
  EXPECT_EQ(weighed(sim).status, ScaleStatus::Unstable);
  sim.setMotion(false);
  sim.setGrams(1001);
  EXPECT_EQ(weighed(sim).status, ScaleStatus::Over);
  sim.setGrams(0);
  sim.setUnder(true);
  EXPECT_EQ(weighed(sim).status, ScaleStatus::Under);
}

TEST(ToledoSimulator, ZeroTakesOnlyWhenSettled) {
  ToledoSimulator sim(40);
  sim.setMotion(true);
  EXPECT_EQ(sim.answer('Z'), std::string("\x02?") + static_cast<char>(0x61) + "\r");
  sim.setMotion(false);
  sim.answer('Z');
  EXPECT_EQ(sim.shownGrams(), 0);
  EXPECT_EQ(weighed(sim).status, ScaleStatus::Zero);
  sim.setGrams(140);
  EXPECT_EQ(weighed(sim).milligrams, 100'000);
}

TEST(ToledoSimulator, TareMakesANetWeight) {
  ToledoSimulator sim(300);
  sim.answer('T');
  EXPECT_EQ(sim.tareGrams(), 300);
  sim.setGrams(1300);
  EXPECT_EQ(sim.answer('W'), "\x02" "01.000N\r");
}

TEST(ToledoSimulator, ReceiveAnswersEachCommandAndIgnoresParityAndNoise) {
  ToledoSimulator sim(5);
  EXPECT_EQ(sim.receive("\xd7x\r"), "\x02" "00.005\r");
}

TEST(ToledoSimulator, ControlLanguage) {
  ToledoSimulator sim;
  EXPECT_EQ(sim.apply("weight 250").value(), std::chrono::milliseconds(0));
  EXPECT_EQ(sim.shownGrams(), 250);
  EXPECT_EQ(sim.apply("  sleep 300 ").value(), std::chrono::milliseconds(300));
  EXPECT_TRUE(sim.apply("# a comment"));
  EXPECT_TRUE(sim.apply("motion on"));
  EXPECT_EQ(weighed(sim).status, ScaleStatus::Unstable);
  EXPECT_TRUE(sim.apply("motion off"));
  EXPECT_THAT(sim.apply("weight lots").error(), HasSubstr("whole number of grams"));
  EXPECT_THAT(sim.apply("motion maybe").error(), HasSubstr("on or off"));
  EXPECT_THAT(sim.apply("dance").error(), HasSubstr("unknown command 'dance'"));
  EXPECT_THAT(sim.apply("sleep -1").error(), HasSubstr("milliseconds"));
}

}  // namespace
}  // namespace weighing
