#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <stdexcept>

#include "poscore/money/money.hpp"

namespace {

using poscore::formatMoney;
using poscore::kMaxAmountMinor;
using poscore::Money;
using poscore::mulDivRound;
using poscore::parseMoney;

constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();
constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();

TEST(MulDivRound, RoundsHalfAwayFromZeroBothWays) {
  EXPECT_EQ(mulDivRound(5, 1, 2), 3);    // 2.5
  EXPECT_EQ(mulDivRound(-5, 1, 2), -3);  // -2.5
  EXPECT_EQ(mulDivRound(5, -1, 2), -3);
  EXPECT_EQ(mulDivRound(5, 1, -2), -3);
  EXPECT_EQ(mulDivRound(-5, 1, -2), 3);
  EXPECT_EQ(mulDivRound(7, 1, 3), 2);    // 2.33
  EXPECT_EQ(mulDivRound(8, 1, 3), 3);    // 2.67
  EXPECT_EQ(mulDivRound(-7, 1, 3), -2);
  EXPECT_EQ(mulDivRound(-8, 1, 3), -3);
  EXPECT_EQ(mulDivRound(0, 5, 7), 0);
}

TEST(MulDivRound, InclusiveTaxOfThirteenPercent) {
  // 113.00 with 13 % inside holds exactly 13.00; 10.00 holds 1.1504... -> 1.15.
  EXPECT_EQ(mulDivRound(11300, 1300, 11300), 1300);
  EXPECT_EQ(mulDivRound(1000, 1300, 11300), 115);
  EXPECT_EQ(mulDivRound(-1000, 1300, 11300), -115);
}

TEST(MulDivRound, ExactForProductsBeyondSixtyFourBits) {
  EXPECT_EQ(mulDivRound(kMax, kMax, kMax), kMax);
  EXPECT_EQ(mulDivRound(kMin, 3, 3), kMin);
  // The product is 2^126 and the result is exactly INT64_MIN: the intermediate must not overflow.
  EXPECT_EQ(mulDivRound(kMin, kMin, kMin), kMin);
}

TEST(MulDivRound, RefusesZeroDenominatorAndResultsThatDoNotFit) {
  EXPECT_THROW((void)mulDivRound(1, 1, 0), std::invalid_argument);
  EXPECT_THROW((void)mulDivRound(kMax, 2, 1), std::overflow_error);
  EXPECT_THROW((void)mulDivRound(kMin, 2, 1), std::overflow_error);
  EXPECT_THROW((void)mulDivRound(kMin, -1, 1), std::overflow_error);
  EXPECT_THROW((void)mulDivRound(kMin, kMin, 1), std::overflow_error);
  EXPECT_THROW((void)mulDivRound(kMin, kMin, kMin + 1), std::overflow_error);
  EXPECT_THROW((void)mulDivRound(kMin, kMin, kMax), std::overflow_error);
}

TEST(FormatMoney, WritesMinorUnitsWithTheCurrencyDecimals) {
  EXPECT_EQ(formatMoney(Money::minor(1230)), "12.30");
  EXPECT_EQ(formatMoney(Money::minor(-5)), "-0.05");
  EXPECT_EQ(formatMoney(Money::minor(0)), "0.00");
  EXPECT_EQ(formatMoney(Money::minor(7), 0), "7");
  EXPECT_EQ(formatMoney(Money::minor(1234), 3), "1.234");
  EXPECT_EQ(formatMoney(Money::minor(kMin)), "-92233720368547758.08");
  EXPECT_EQ(formatMoney(Money::minor(kMax)), "92233720368547758.07");
}

TEST(ParseMoney, ReadsWholeAndFractionalAmounts) {
  EXPECT_EQ(parseMoney("12"), Money::minor(1200));
  EXPECT_EQ(parseMoney("12.3"), Money::minor(1230));
  EXPECT_EQ(parseMoney("12.30"), Money::minor(1230));
  EXPECT_EQ(parseMoney("-1.05"), Money::minor(-105));
  EXPECT_EQ(parseMoney("0.01"), Money::minor(1));
  EXPECT_EQ(parseMoney("7", 0), Money::minor(7));
  EXPECT_EQ(parseMoney("10000000.00"), Money::minor(kMaxAmountMinor));
  EXPECT_EQ(parseMoney("-10000000"), Money::minor(-kMaxAmountMinor));
}

TEST(ParseMoney, RoundTripsWithFormatMoney) {
  for (std::int64_t units : {0LL, 1LL, -1LL, 99LL, 100LL, -12345LL, 1000000000LL}) {
    EXPECT_EQ(parseMoney(formatMoney(Money::minor(units))), Money::minor(units)) << units;
  }
}

TEST(ParseMoney, RefusesEverythingElse) {
  for (const char* bad : {"", "-", ".", "1.", ".5", "1.234", "1,000.00", "1e3", "+1", " 1", "1 ", "1.2.3", "--1",
                          "0x10", "abc", "10000000.01", "999999999999", "9999999999999", "1.-5"}) {
    EXPECT_EQ(parseMoney(bad), std::nullopt) << '"' << bad << '"';
  }
  EXPECT_EQ(parseMoney("1.5", 0), std::nullopt);
}

}  // namespace
