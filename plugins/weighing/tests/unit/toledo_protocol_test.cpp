// Mettler Toledo 8217 replies: weights in kg and lb, net, every status bit, garbage and truncation.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "driver/toledo_protocol.hpp"

namespace weighing::toledo {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

ScaleReading reading(std::string_view body) {
  auto f = parseFrame(body);
  EXPECT_TRUE(f) << f.error();
  return f ? readingOf(f.value()) : ScaleReading{};
}

std::string status(std::uint8_t bits) { return std::string{'?', static_cast<char>(kAlwaysSet | bits)}; }

TEST(ToledoProtocol, KilogramWeightIsStableInGrams) {
  auto r = reading("01.250");
  EXPECT_EQ(r.status, ScaleStatus::Stable);
  EXPECT_EQ(r.milligrams, 1'250'000);
  EXPECT_EQ(r.resolutionMg, 1000);
}

TEST(ToledoProtocol, PoundWeightConvertsExactly) {
  auto r = reading("02.75");  // 2.75 lb = 1247379.1675 g... in mg: 1247379.1675
  EXPECT_EQ(r.status, ScaleStatus::Stable);
  EXPECT_EQ(r.milligrams, 1'247'379);
  EXPECT_EQ(r.resolutionMg, 4536);  // 0.01 lb = 4535.9237 mg
}

TEST(ToledoProtocol, ZeroWeightAndNetWeight) {
  EXPECT_EQ(reading("00.000").status, ScaleStatus::Zero);
  EXPECT_FALSE(reading("00.000").net);
  auto f = parseFrame("00.500N");
  ASSERT_TRUE(f);
  EXPECT_TRUE(f->net);
  EXPECT_EQ(f->milligrams, 500'000);
}

TEST(ToledoProtocol, ANetWeightStaysNetInTheReading) {
  const auto net = reading("00.500N");
  EXPECT_TRUE(net.net);
  EXPECT_EQ(net.milligrams, 500'000);
  EXPECT_FALSE(reading("00.500").net);
}

TEST(ToledoProtocol, StatusBits) {
  EXPECT_EQ(reading(status(kMotion)).status, ScaleStatus::Unstable);
  EXPECT_EQ(reading(status(kOverCapacity)).status, ScaleStatus::Over);
  EXPECT_EQ(reading(status(kUnderZero)).status, ScaleStatus::Under);
  EXPECT_EQ(reading(status(kUnderZero | kMotion)).status, ScaleStatus::Under);
  auto range = reading(status(kOutsideZeroRange));
  EXPECT_EQ(range.status, ScaleStatus::NotReady);
  EXPECT_THAT(range.detail, HasSubstr("zero capture range"));
  EXPECT_EQ(reading(status(kCentreOfZero)).status, ScaleStatus::Zero);
}

TEST(ToledoProtocol, RefusalOfZeroAndTare) {
  EXPECT_EQ(refusalOf(parseFrame(status(kCentreOfZero)).value()), std::nullopt);
  EXPECT_THAT(*refusalOf(parseFrame(status(kMotion)).value()), HasSubstr("motion"));
  EXPECT_THAT(*refusalOf(parseFrame(status(kOverCapacity)).value()), HasSubstr("over capacity"));
  EXPECT_THAT(*refusalOf(parseFrame("01.000").value()), HasSubstr("weight instead of its status"));
}

TEST(ToledoProtocol, RefusesGarbageWithColumnAndByte) {
  EXPECT_THAT(parseFrame("01.2x0").error(), HasSubstr("column 5: 'x'"));
  EXPECT_THAT(parseFrame("01..50").error(), HasSubstr("column 4: '.'"));
  EXPECT_THAT(parseFrame("0125").error(), HasSubstr("0 decimals"));
  EXPECT_THAT(parseFrame("1.2").error(), HasSubstr("2 digits; expected 4 to 6"));
  EXPECT_THAT(parseFrame("1.2345678").error(), HasSubstr("8 digits; expected 4 to 6"));
  EXPECT_TRUE(parseFrame("1.250"));  // the fewest digits taken
  EXPECT_THAT(parseFrame("").error(), HasSubstr("empty"));
  EXPECT_THAT(parseFrame("?").error(), HasSubstr("one status byte"));
  EXPECT_THAT(parseFrame(std::string{'?', '\x01'}).error(), HasSubstr("column 2: 0x01"));
}

TEST(ToledoProtocol, FrameReaderCutsRepliesAcrossReads) {
  FrameReader reader;
  auto first = reader.add("noise\x02" "01.");
  EXPECT_FALSE(first.error);
  EXPECT_TRUE(first.frames.empty());
  auto second = reader.add("250\r\x02?a\r");
  EXPECT_FALSE(second.error);
  EXPECT_THAT(second.frames, ElementsAre("01.250", "?a"));
}

TEST(ToledoProtocol, FrameReaderRefusesARunawayReplyAndKeepsScanningTheChunk) {
  FrameReader reader;
  auto cut = reader.add("\x02" "0123456789012345678\x02" "00.500\r");
  ASSERT_TRUE(cut.error);
  EXPECT_THAT(*cut.error, HasSubstr("without CR"));
  EXPECT_THAT(cut.frames, ElementsAre("00.500"));
}

TEST(ToledoProtocol, AnSTXBeforeTheCRStartsTheNextReplyInTheSameChunk) {
  FrameReader reader;
  auto cut = reader.add("\x02" "01\x02" "00.000\r\x02?a\r");
  ASSERT_TRUE(cut.error);
  EXPECT_THAT(*cut.error, HasSubstr("started again"));
  EXPECT_THAT(cut.frames, ElementsAre("00.000", "?a"));
  auto next = reader.add("\x02" "01.000\r");
  EXPECT_FALSE(next.error);  // an error is told once, with the chunk that held it
  EXPECT_THAT(next.frames, ElementsAre("01.000"));
}

TEST(ToledoProtocol, ParityOnAnEightBitPortAndStrippedOnReceive) {
  EXPECT_EQ(encodeCommand('W', true), "W");
  // 'W' = 0x57 has five bits set: even parity sets bit 7. 'Z' = 0x5a has four.
  EXPECT_EQ(encodeCommand('W', false), "\xd7");
  EXPECT_EQ(encodeCommand('Z', false), "Z");
  EXPECT_EQ(stripParity("\xd7\x82"), "W\x02");
  EXPECT_TRUE(sevenBitPort({{"data_bits", "7"}}));
  EXPECT_FALSE(sevenBitPort({{"data_bits", "8"}}));
  EXPECT_FALSE(sevenBitPort({}));
}

}  // namespace
}  // namespace weighing::toledo
