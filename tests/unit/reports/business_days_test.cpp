#include "poscore/reports/business_days.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "poscore/reports/report_csv.hpp"
#include "poscore/reports/report_run.hpp"
#include "poscore/services/clocks.hpp"
#include "sales_builder.hpp"
#include "temp_dir.hpp"

namespace poscore::reports {
namespace {

using namespace std::chrono_literals;
using ::testing::HasSubstr;
using test::m;

const auto t0 = std::chrono::system_clock::time_point{std::chrono::milliseconds{1795334400000}};

class BusinessDayTest : public ::testing::Test {
 protected:
  // A cash sale of `amount` closing now, then the clock moves on a minute.
  void sellNow(std::int64_t amount) {
    source.input.completed.push_back(test::completed(sale::SaleKind::Sale, clock.now(), {test::line(amount, "A")},
                                                     {test::tender("cash", amount, amount)}, {}));
    clock.advance(1min);
  }
  std::int64_t currentDay() {
    auto day = days.current();
    EXPECT_TRUE(day) << day.error();
    return day ? day.value().number : -1;
  }

  postest::TempDir dir;
  LaneDb db{dir / "lane.db"};
  ManualClock clock{t0};
  BusinessDays days{db, clock};
  test::InMemorySource source;
};

TEST_F(BusinessDayTest, DayOneOpensAtFirstUse) {
  clock.advance(5min);
  auto day = days.current();
  ASSERT_TRUE(day) << day.error();
  EXPECT_EQ(day.value().number, 1);
  EXPECT_EQ(day.value().openedAt, t0 + 5min);
  clock.advance(1h);
  EXPECT_EQ(days.current().value().openedAt, t0 + 5min) << "asking again opens nothing";
}

TEST_F(BusinessDayTest, XReadsWithoutClosing) {
  ASSERT_EQ(currentDay(), 1);
  sellNow(500);
  auto x = takeXReport(source, days, clock);
  ASSERT_TRUE(x) << x.error();
  EXPECT_EQ(x.value().kind, ReportKind::X);
  EXPECT_EQ(x.value().period.businessDay, 1);
  EXPECT_EQ(x.value().period.from, t0);
  EXPECT_EQ(x.value().period.to, clock.now());
  EXPECT_EQ(x.value().gross, m(500));
  EXPECT_EQ(currentDay(), 1);
  auto again = takeXReport(source, days, clock);
  EXPECT_EQ(again.value().gross, m(500));
}

TEST_F(BusinessDayTest, ZClosesTheDayAndTheNextSaleBelongsToTheNextDay) {
  ASSERT_EQ(currentDay(), 1);
  sellNow(500);
  sellNow(250);
  auto z = takeZReport(source, days, clock, false);
  ASSERT_TRUE(z) << z.error();
  EXPECT_EQ(z.value().kind, ReportKind::Z);
  EXPECT_EQ(z.value().period.businessDay, 1);
  EXPECT_EQ(z.value().gross, m(750));
  EXPECT_EQ(z.value().salesCount, 2);

  auto day2 = days.current();
  ASSERT_TRUE(day2);
  EXPECT_EQ(day2.value().number, 2);
  EXPECT_EQ(day2.value().openedAt, z.value().period.to);

  sellNow(100);
  auto x = takeXReport(source, days, clock);
  ASSERT_TRUE(x);
  EXPECT_EQ(x.value().period.businessDay, 2);
  EXPECT_EQ(x.value().gross, m(100));
  EXPECT_EQ(x.value().salesCount, 1);
}

TEST_F(BusinessDayTest, ZIsRefusedWhileASaleIsOpenAndNothingChanges) {
  ASSERT_EQ(currentDay(), 1);
  sellNow(500);
  auto z = takeZReport(source, days, clock, true);
  ASSERT_FALSE(z);
  EXPECT_THAT(z.error(), HasSubstr("a sale is open"));
  EXPECT_EQ(currentDay(), 1);
  auto stored = days.storedZ(1);
  ASSERT_FALSE(stored);
  EXPECT_THAT(stored.error(), HasSubstr("still open"));
}

TEST_F(BusinessDayTest, ZIsRefusedWhenTheSalesCannotBeRead) {
  ASSERT_EQ(currentDay(), 1);
  source.failure = "sale store offline";
  auto z = takeZReport(source, days, clock, false);
  ASSERT_FALSE(z);
  EXPECT_THAT(z.error(), HasSubstr("sales of business day 1 could not be read: sale store offline"));
  EXPECT_EQ(currentDay(), 1);
}

TEST_F(BusinessDayTest, OnlyAZForTheOpenDayCloses) {
  ASSERT_EQ(currentDay(), 1);
  const Report x = aggregate(ReportKind::X, {1, t0, clock.now()}, {});
  auto byX = days.close(x, false);
  ASSERT_FALSE(byX);
  EXPECT_THAT(byX.error(), HasSubstr("an X report cannot close"));

  const Report stale = aggregate(ReportKind::Z, {2, t0, clock.now()}, {});
  auto wrongDay = days.close(stale, false);
  ASSERT_FALSE(wrongDay);
  EXPECT_THAT(wrongDay.error(), HasSubstr("it is for business day 2 but day 1 is open"));
  EXPECT_EQ(currentDay(), 1);
}

TEST_F(BusinessDayTest, PastZReportsPrintAgain) {
  sellNow(500);
  auto z1 = takeZReport(source, days, clock, false);
  ASSERT_TRUE(z1);
  sellNow(300);
  auto z2 = takeZReport(source, days, clock, false);
  ASSERT_TRUE(z2);

  auto again1 = days.storedZ(1);
  ASSERT_TRUE(again1) << again1.error();
  EXPECT_EQ(toCsv(again1.value()), toCsv(z1.value()));
  auto again2 = days.storedZ(2);
  ASSERT_TRUE(again2) << again2.error();
  EXPECT_EQ(again2.value().gross, m(300));

  auto none = days.storedZ(9);
  ASSERT_FALSE(none);
  EXPECT_THAT(none.error(), HasSubstr("there is no business day 9"));
}

TEST_F(BusinessDayTest, DayNumbersContinueAfterReopeningTheDatabase) {
  sellNow(500);
  ASSERT_TRUE(takeZReport(source, days, clock, false));
  sellNow(200);
  ASSERT_TRUE(takeZReport(source, days, clock, false));

  LaneDb reopened{dir / "lane.db"};
  BusinessDays again{reopened, clock};
  auto day = again.current();
  ASSERT_TRUE(day) << day.error();
  EXPECT_EQ(day.value().number, 3);
  auto z2 = again.storedZ(2);
  ASSERT_TRUE(z2);
  EXPECT_EQ(z2.value().gross, m(200));

  sellNow(50);
  auto z3 = takeZReport(source, again, clock, false);
  ASSERT_TRUE(z3);
  EXPECT_EQ(z3.value().period.businessDay, 3);
  EXPECT_EQ(z3.value().gross, m(50));
  EXPECT_EQ(again.current().value().number, 4);
}

TEST_F(BusinessDayTest, TheDatabaseAllowsOneOpenDayOnly) {
  ASSERT_EQ(currentDay(), 1);
  auto second = db.exec("INSERT INTO business_day(day, opened_at) VALUES(2, 0)");
  EXPECT_FALSE(second);
}

}  // namespace
}  // namespace poscore::reports
