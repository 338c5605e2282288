#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "journal/sale_store_fixture.hpp"
#include "poscore/reports/lane_report_source.hpp"

namespace poscore::reports {
namespace {

using ::testing::HasSubstr;
using postest::at;
using namespace std::chrono_literals;

// Sales, a return, a cancelled sale and a drawer opened, written the way the counter writes them,
// then read back for a business day from 9:00 to 12:00.
class LaneReportSourceTest : public postest::SaleStoreFixture {
 protected:
  // Line 1 sells 1 at 12.50 with a 12.50 promotion, line 2 sells 2 at 12.50 with one free: gross
  // 37.50, promotions -25.00, paid with a 50.00 note and 12.50 change.
  std::string sellWithChange(const std::string& id) {
    auto s = openSale(id);
    s.tenders = {{1, "cash", Money::minor(1250), Money::minor(5000), ""}};
    s.totals.change = Money::minor(3750);
    EXPECT_TRUE(store->saveOpen(s).isOk());
    auto done = store->commit(s);
    EXPECT_TRUE(done) << done.error();
    return s.receiptNo;
  }

  // Takes back one of line 2 (12.50) and pays it out in cash.
  void returnOne(const std::string& id, const std::string& receiptNo) {
    auto r = openSale(id, 0);
    r.kind = sale::SaleKind::Return;
    r.originalReceiptNo = receiptNo;
    auto line = postest::sampleLine(1, -1);
    line.returnOfLine = 2;
    line.adjustments.clear();
    line.net = line.gross;
    r.lines.push_back(line);
    r.tenders = {{1, "cash", Money::minor(-1250), Money::minor(0), ""}};
    ASSERT_TRUE(store->saveOpen(r).isOk());
    auto done = store->commit(r);
    ASSERT_TRUE(done) << done.error();
  }

  void cancelOpen(const std::string& id) {
    auto s = openSale(id, 3);
    ASSERT_TRUE(store->saveOpen(s).isOk());
    ASSERT_TRUE(store->cancel(s, "customer left", "c-07").isOk());
  }

  void noSale(const std::string& staffId, const std::string& payload) {
    auto written = journal->append({journal::type::kNoSale, staffId, "", payload});
    ASSERT_TRUE(written) << written.error();
  }

  const Period day{1, at(9, 0), at(12, 0)};
};

TEST_F(LaneReportSourceTest, ReadsEachKindOfActivityOfThePeriod) {
  const auto receipt = sellWithChange("S-1");  // 9:00, the first instant of the day
  clock.advance(10min);
  returnOne("R-1", receipt);
  clock.advance(10min);
  cancelOpen("S-2");
  clock.advance(10min);
  noSale("c-09", R"({"reason":"change for the float"})");

  LaneReportSource source(*store, *journal);
  auto input = source.activity(day);
  ASSERT_TRUE(input) << input.error();
  const auto& in = input.value();
  ASSERT_EQ(in.completed.size(), 2u);
  EXPECT_EQ(in.completed[0].id, "S-1");
  EXPECT_EQ(in.completed[1].id, "R-1");
  ASSERT_EQ(in.cancelled.size(), 1u);
  EXPECT_EQ(in.cancelled[0].id, "S-2");
  EXPECT_EQ(in.cancelled[0].state, sale::SaleState::Cancelled);
  EXPECT_EQ(in.cancelled[0].lines.size(), 3u);
  EXPECT_EQ(in.cancelled[0].closedAt, at(9, 20));
  ASSERT_EQ(in.drawerOpens.size(), 1u);
  EXPECT_EQ(in.drawerOpens[0].at, at(9, 30));
  EXPECT_EQ(in.drawerOpens[0].staffId, "c-09");
  EXPECT_EQ(in.drawerOpens[0].reason, "change for the float");

  const auto r = aggregate(ReportKind::X, day, in);
  EXPECT_EQ(r.salesCount, 1);
  EXPECT_EQ(r.returnsCount, 1);
  EXPECT_EQ(r.cancelledCount, 1);
  EXPECT_EQ(r.noSaleOpens, 1);
  EXPECT_EQ(r.gross, Money::minor(3750 - 1250));
  EXPECT_EQ(r.discounts.promotions, Money::minor(-2500));
  EXPECT_EQ(r.net, Money::minor(1250 - 1250));
  EXPECT_EQ(r.cashReceived, Money::minor(5000));
  EXPECT_EQ(r.cashRefunded, Money::minor(-1250));
  EXPECT_EQ(r.change, Money::minor(3750));
  EXPECT_EQ(r.expectedCash, Money::minor(0));
}

TEST_F(LaneReportSourceTest, LeavesOutWhatHappenedAtOrAfterTheEnd) {
  clock.advance(3h);  // 12:00, the first instant of the next day
  sellWithChange("S-1");
  cancelOpen("S-2");
  noSale("c-07", "{}");
  LaneReportSource source(*store, *journal);
  auto before = source.activity(day);
  ASSERT_TRUE(before) << before.error();
  EXPECT_TRUE(before.value().completed.empty());
  EXPECT_TRUE(before.value().cancelled.empty());
  EXPECT_TRUE(before.value().drawerOpens.empty());

  auto next = source.activity({2, at(12, 0), at(18, 0)});
  ASSERT_TRUE(next) << next.error();
  EXPECT_EQ(next.value().completed.size(), 1u);
  EXPECT_EQ(next.value().cancelled.size(), 1u);
  ASSERT_EQ(next.value().drawerOpens.size(), 1u);
  EXPECT_EQ(next.value().drawerOpens[0].reason, "");  // the reason may be left out
}

TEST_F(LaneReportSourceTest, OtherJournalEntriesAreNotDrawerOpens) {
  ASSERT_TRUE(journal->append({journal::type::kSignOn, "c-07", "", "{}"}));
  ASSERT_TRUE(journal->append({journal::type::kLineVoid, "c-07", "S-9", R"({"line":1})"}));
  LaneReportSource source(*store, *journal);
  auto input = source.activity(day);
  ASSERT_TRUE(input) << input.error();
  EXPECT_TRUE(input.value().drawerOpens.empty());
  EXPECT_TRUE(input.value().cancelled.empty());
}

TEST_F(LaneReportSourceTest, AnUnreadableEntryFailsTheReportNamingIt) {
  noSale("c-07", R"({"reason":42})");
  LaneReportSource source(*store, *journal);
  auto input = source.activity(day);
  ASSERT_FALSE(input);
  EXPECT_THAT(input.error(), HasSubstr("journal entry 1 (no-sale)"));
  EXPECT_THAT(input.error(), HasSubstr("\"reason\" that is not text"));
}

TEST_F(LaneReportSourceTest, AVoidSaleWithoutItsSaleFailsTheReport) {
  ASSERT_TRUE(journal->append({journal::type::kVoidSale, "c-07", "S-3", R"({"reason":"x"})"}));
  LaneReportSource source(*store, *journal);
  auto input = source.activity(day);
  ASSERT_FALSE(input);
  EXPECT_THAT(input.error(), HasSubstr("journal entry 1 (void-sale) has no \"sale\" object"));
}

}  // namespace
}  // namespace poscore::reports
