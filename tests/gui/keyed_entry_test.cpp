#include "counter/keyed_entry.hpp"

#include <gtest/gtest.h>

namespace pos {
namespace {

using poscore::Money;
const Translate kIdentity = [](const std::string& s) { return s; };

std::int64_t parsed(std::string_view digits, EntryKind kind) {
  const auto r = parseKeyed(digits, kind, kIdentity);
  EXPECT_TRUE(r.isOk()) << digits << ": " << r.error();
  return r ? r.value() : -1;
}

std::string refused(std::string_view digits, EntryKind kind) {
  const auto r = parseKeyed(digits, kind, kIdentity);
  EXPECT_FALSE(r.isOk()) << digits << " was taken as " << (r ? r.value() : 0);
  return r.error();
}

TEST(KeyedEntry, AmountDigitsAreMinorUnitsWithTheDecimalPointImplied) {
  EXPECT_EQ(parsed("1250", EntryKind::Amount), 1250);
  EXPECT_EQ(parsed("5", EntryKind::Amount), 5);
  EXPECT_EQ(parsed("0075", EntryKind::Amount), 75) << "leading zeros are harmless";
  EXPECT_EQ(showKeyed("1250", EntryKind::Amount, 2), "12.50");
  EXPECT_EQ(showKeyed("5", EntryKind::Amount, 2), "0.05");
  EXPECT_EQ(showKeyed("", EntryKind::Amount, 2), "0.00");
  EXPECT_EQ(showKeyed("1250", EntryKind::Amount, 0), "1250") << "a currency without decimals";
}

TEST(KeyedEntry, PercentDigitsAreBasisPoints) {
  EXPECT_EQ(parsed("1000", EntryKind::Percent), 1000);
  EXPECT_EQ(showKeyed("1000", EntryKind::Percent, 2), "10.00 %");
  EXPECT_EQ(parsed("10000", EntryKind::Percent), 10000);
  refused("10001", EntryKind::Percent);
}

TEST(KeyedEntry, RefusesWhatIsNotAFigureAndSaysWhy) {
  EXPECT_NE(refused("", EntryKind::Amount).find("Nothing was keyed"), std::string::npos);
  EXPECT_NE(refused("12.50", EntryKind::Amount).find("'12.50'"), std::string::npos) << "no typed decimal point";
  refused("-5", EntryKind::Amount);
  refused("1 0", EntryKind::Amount);
  EXPECT_NE(refused("000", EntryKind::Pieces).find("Zero"), std::string::npos);
}

TEST(KeyedEntry, RefusesFiguresBeyondWhatTheEntryTakes) {
  EXPECT_EQ(parsed("1000000000", EntryKind::Amount), poscore::kMaxAmountMinor);
  EXPECT_NE(refused("1000000001", EntryKind::Amount).find("at most"), std::string::npos);
  refused("99999999999999999999999", EntryKind::Amount);  // would overflow int64 if read whole
  EXPECT_EQ(parsed("9999", EntryKind::Pieces), 9999);
  refused("10000", EntryKind::Pieces);
  refused("1000000", EntryKind::Grams);
}

TEST(KeyedEntry, QuickCashStartsWithTheExactAmountThenRoundNotes) {
  const auto amounts = quickCashAmounts(Money::minor(2345), 2, 5);
  ASSERT_EQ(amounts.size(), 5u);
  EXPECT_EQ(amounts[0], Money::minor(2345));
  EXPECT_EQ(amounts[1], Money::minor(2400));
  EXPECT_EQ(amounts[2], Money::minor(2500));
  EXPECT_EQ(amounts[3], Money::minor(3000));
  EXPECT_EQ(amounts[4], Money::minor(4000));
}

TEST(KeyedEntry, QuickCashHasNoRepeatsAndNothingForNothingDue) {
  const auto amounts = quickCashAmounts(Money::minor(2000), 2, 10);
  ASSERT_EQ(amounts.size(), 3u) << "20.00 is exact, and already round to 1, 5, 10 and 20";
  EXPECT_EQ(amounts[1], Money::minor(5000));
  EXPECT_EQ(amounts[2], Money::minor(10000));
  EXPECT_TRUE(quickCashAmounts(Money(), 2, 5).empty());
  EXPECT_EQ(quickCashAmounts(Money::minor(7), 0, 3), (std::vector<Money>{Money::minor(7), Money::minor(10), Money::minor(20)}));
}

}  // namespace
}  // namespace pos
