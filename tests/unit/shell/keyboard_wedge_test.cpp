#include "poscore/input/keyboard_wedge.hpp"

#include <gtest/gtest.h>

#include <string_view>

namespace {

using namespace std::chrono_literals;
using poscore::input::KeyboardWedge;
using poscore::input::WedgeOptions;
using Ms = std::chrono::milliseconds;

// Types `text` then Enter, one key every `gap`, starting at `start`; returns what the last key gave.
std::optional<std::string> type(KeyboardWedge& wedge, std::string_view text, Ms gap,
                                KeyboardWedge::TimePoint start = KeyboardWedge::TimePoint{} + 1s) {
  auto at = start;
  for (char c : text) {
    EXPECT_FALSE(wedge.key(static_cast<char32_t>(c), at).has_value()) << "code before Enter";
    at += gap;
  }
  return wedge.key(KeyboardWedge::kEnter, at);
}

class StepClock final : public possdk::Clock {
 public:
  std::chrono::system_clock::time_point now() const override { return {}; }
  std::chrono::steady_clock::time_point monotonic() const override { return mono; }
  std::chrono::steady_clock::time_point mono{};
};

TEST(KeyboardWedge, FastBurstEndingInEnterIsACode) {
  KeyboardWedge wedge;
  EXPECT_EQ(type(wedge, "4006381333931", 5ms), "4006381333931");
}

TEST(KeyboardWedge, HumanTypingIsNotACode) {
  KeyboardWedge wedge;
  EXPECT_FALSE(type(wedge, "4006381333931", 180ms).has_value());
}

TEST(KeyboardWedge, GapExactlyAtTheLimitStillCounts) {
  KeyboardWedge wedge(WedgeOptions{Ms(30), 4});
  EXPECT_EQ(type(wedge, "12345", 30ms), "12345");
  EXPECT_FALSE(type(wedge, "12345", 31ms).has_value());
}

TEST(KeyboardWedge, SlowEnterAfterFastBurstIsNotACode) {
  KeyboardWedge wedge;
  const auto t0 = KeyboardWedge::TimePoint{} + 1s;
  for (int i = 0; i < 8; ++i) wedge.key(U'7', t0 + Ms(i * 5));
  EXPECT_FALSE(wedge.key(KeyboardWedge::kEnter, t0 + 2s).has_value());
}

TEST(KeyboardWedge, ShorterThanMinimumIsNotACode) {
  KeyboardWedge wedge(WedgeOptions{Ms(50), 6});
  EXPECT_FALSE(type(wedge, "12345", 5ms).has_value());
  EXPECT_EQ(type(wedge, "123456", 5ms), "123456");
}

TEST(KeyboardWedge, BurstStartsAfterSlowKeys) {
  KeyboardWedge wedge;
  const auto t0 = KeyboardWedge::TimePoint{} + 1s;
  wedge.key(U'x', t0);
  wedge.key(U'y', t0 + 400ms);
  EXPECT_EQ(type(wedge, "ABC-123", 4ms, t0 + 900ms), "ABC-123");
}

TEST(KeyboardWedge, LineFeedEndsAScanLikeCarriageReturn) {
  KeyboardWedge wedge;
  const auto t0 = KeyboardWedge::TimePoint{} + 1s;
  for (int i = 0; i < 5; ++i) wedge.key(static_cast<char32_t>(U'0' + i), t0 + Ms(i));
  EXPECT_EQ(wedge.key(U'\n', t0 + 6ms), "01234");
}

TEST(KeyboardWedge, ControlOrNonAsciiCharacterAbandonsTheBurst) {
  KeyboardWedge wedge;
  const auto t0 = KeyboardWedge::TimePoint{} + 1s;
  for (int i = 0; i < 6; ++i) wedge.key(U'9', t0 + Ms(i));
  wedge.key(U'\t', t0 + 6ms);
  EXPECT_FALSE(wedge.key(KeyboardWedge::kEnter, t0 + 7ms).has_value());
  for (int i = 0; i < 6; ++i) wedge.key(U'9', t0 + Ms(10 + i));
  wedge.key(U'\u4e2d', t0 + 16ms);
  EXPECT_FALSE(wedge.key(KeyboardWedge::kEnter, t0 + 17ms).has_value());
}

TEST(KeyboardWedge, ABadCharacterMidScanSpoilsTheWholeScanNotJustItsStart) {
  KeyboardWedge wedge;
  const auto t0 = KeyboardWedge::TimePoint{} + 1s;
  wedge.key(U'A', t0);
  wedge.key(U'\u4e2d', t0 + 1ms);
  for (int i = 0; i < 6; ++i) wedge.key(static_cast<char32_t>(U'1' + i), t0 + Ms(2 + i));
  EXPECT_FALSE(wedge.key(KeyboardWedge::kEnter, t0 + 8ms).has_value()) << "the tail of a spoiled scan is no code";
  EXPECT_EQ(type(wedge, "4006381333931", 5ms, t0 + 1s), "4006381333931") << "the next scan is fine";
}

TEST(KeyboardWedge, KeepsTheGs1GroupSeparator) {
  KeyboardWedge wedge;
  EXPECT_EQ(type(wedge, "0104006381333931\x1d" "10ABC123", 5ms), "0104006381333931\x1d" "10ABC123");
}

TEST(KeyboardWedge, RefusesABurstLongerThanAnyCode) {
  WedgeOptions options;
  options.maxLength = 20;
  KeyboardWedge wedge(options);
  EXPECT_FALSE(type(wedge, std::string(21, '7'), 5ms).has_value());
  EXPECT_EQ(type(wedge, std::string(20, '7'), 5ms, KeyboardWedge::TimePoint{} + 5s), std::string(20, '7'));
}

TEST(KeyboardWedge, TabEndsAScanWhenTheScannerIsSetUpThatWay) {
  WedgeOptions options;
  options.terminators = U"\t";
  KeyboardWedge wedge(options);
  const auto t0 = KeyboardWedge::TimePoint{} + 1s;
  for (int i = 0; i < 8; ++i) wedge.key(U'5', t0 + Ms(i));
  EXPECT_EQ(wedge.key(U'\t', t0 + 8ms), "55555555");
  for (int i = 0; i < 8; ++i) wedge.key(U'5', t0 + Ms(20 + i));
  EXPECT_FALSE(wedge.key(U'\r', t0 + 28ms).has_value()) << "Enter is not this scanner's terminator";
}

TEST(KeyboardWedge, EnterAloneAndRepeatedEnterGiveNothing) {
  KeyboardWedge wedge;
  const auto t0 = KeyboardWedge::TimePoint{} + 1s;
  EXPECT_FALSE(wedge.key(KeyboardWedge::kEnter, t0).has_value());
  EXPECT_EQ(type(wedge, "55555", 1ms, t0 + 1s), "55555");
  EXPECT_FALSE(wedge.key(KeyboardWedge::kEnter, t0 + 1s + 6ms).has_value());
}

TEST(KeyboardWedge, ClockBackwardsIsNotABurst) {
  KeyboardWedge wedge;
  const auto t0 = KeyboardWedge::TimePoint{} + 10s;
  for (int i = 0; i < 6; ++i) wedge.key(U'1', t0 + Ms(i));
  EXPECT_FALSE(wedge.key(KeyboardWedge::kEnter, t0 - 1s).has_value());
}

TEST(KeyboardWedge, ResetForgetsTheBurst) {
  KeyboardWedge wedge;
  const auto t0 = KeyboardWedge::TimePoint{} + 1s;
  for (int i = 0; i < 6; ++i) wedge.key(U'2', t0 + Ms(i));
  wedge.reset();
  EXPECT_FALSE(wedge.key(KeyboardWedge::kEnter, t0 + 7ms).has_value());
}

TEST(KeyboardWedge, InjectedClockTimesTheKeys) {
  auto clock = std::make_shared<StepClock>();
  clock->mono += 5s;
  KeyboardWedge wedge(WedgeOptions{}, clock);
  for (char c : std::string_view("2101234567")) {
    EXPECT_FALSE(wedge.key(static_cast<char32_t>(c)).has_value());
    clock->mono += 8ms;
  }
  EXPECT_EQ(wedge.key(KeyboardWedge::kEnter), "2101234567");
  for (char c : std::string_view("2101234567")) {
    wedge.key(static_cast<char32_t>(c));
    clock->mono += 120ms;
  }
  EXPECT_FALSE(wedge.key(KeyboardWedge::kEnter).has_value());
}

TEST(KeyboardWedge, KeyWithoutClockIsAProgrammingError) {
  KeyboardWedge wedge;
  EXPECT_THROW(wedge.key(U'1'), std::logic_error);
}

}  // namespace
