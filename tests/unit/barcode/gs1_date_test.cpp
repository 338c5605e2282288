// YYMMDD dates of GS1 element strings: the century rule, DD = 00, impossible dates.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "poscore/barcode/gs1_date.hpp"

namespace {

using namespace std::chrono;
using poscore::barcode::parseGs1Date;
using ::testing::HasSubstr;

year_month_day dateIn(std::string_view yymmdd, int currentYear) {
  auto result = parseGs1Date(yymmdd, year{currentYear});
  EXPECT_TRUE(result.isOk()) << yymmdd << ": " << result.error();
  return result.isOk() ? result.value() : year_month_day{};
}

TEST(Gs1Date, PlainDate) { EXPECT_EQ(dateIn("260630", 2026), year{2026} / June / 30); }

// In 2026: 76 is 50 years ahead (this century), 77 is 51 ahead (last century).
TEST(Gs1Date, CenturyRuleAhead) {
  EXPECT_EQ(dateIn("760101", 2026).year(), year{2076});
  EXPECT_EQ(dateIn("770101", 2026).year(), year{1977});
}

// In 2060: 11 is 49 behind (this century), 10 is 50 behind (next century).
TEST(Gs1Date, CenturyRuleBehind) {
  EXPECT_EQ(dateIn("110101", 2060).year(), year{2011});
  EXPECT_EQ(dateIn("100101", 2060).year(), year{2110});
}

TEST(Gs1Date, DayZeroIsTheLastDayOfTheMonth) {
  EXPECT_EQ(dateIn("240200", 2026), year{2024} / February / 29);
  EXPECT_EQ(dateIn("260200", 2026), year{2026} / February / 28);
  EXPECT_EQ(dateIn("261100", 2026), year{2026} / November / 30);
}

TEST(Gs1Date, ImpossibleDatesRefused) {
  EXPECT_THAT(parseGs1Date("261301", year{2026}).error(), HasSubstr("month 13"));
  EXPECT_THAT(parseGs1Date("260001", year{2026}).error(), HasSubstr("month 0"));
  EXPECT_THAT(parseGs1Date("260230", year{2026}).error(), HasSubstr("day 30"));
  EXPECT_THAT(parseGs1Date("250229", year{2026}).error(), HasSubstr("day 29"));
  EXPECT_FALSE(parseGs1Date("2606", year{2026}).isOk());
  EXPECT_FALSE(parseGs1Date("26063a", year{2026}).isOk());
}

}  // namespace
