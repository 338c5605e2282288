#include <gtest/gtest.h>

#include "poscore/reports/report.hpp"
#include "sales_builder.hpp"

namespace poscore::reports {
namespace {

using namespace test;
using sale::AdjustmentKind;
using sale::SaleKind;

const auto t0 = std::chrono::system_clock::time_point{std::chrono::hours{490000}};

// Two sales and a return, worked out by hand:
//  A: 10.00 less a 1.00 promotion (class A); a voided 5.00 line; 3.00 less 0.30 line discount and
//     0.27 of a sale discount (class B). Total 11.43, rounded -0.03 to 11.40, paid 12.00 cash, 0.60 change.
//  B: 20.00 in class EX with 1.00 tax added, paid 16.00 card and 5.00 cash exactly.
//  R: a return of 4.00 in class A, refunded in cash.
ReportInput dayOfSales() {
  ReportInput in;
  in.completed.push_back(completed(
      SaleKind::Sale, t0,
      {line(1000, "A", {adjustment(AdjustmentKind::Promotion, -100)}), line(500, "A", {}, true),
       line(300, "B", {adjustment(AdjustmentKind::LineDiscount, -30), adjustment(AdjustmentKind::SaleDiscount, -27)})},
      {tender("cash", 1140, 1200)}, {{"A", m(900), m(104)}, {"B", m(243), m(14)}}, 0, -3, 60));
  in.completed.push_back(completed(SaleKind::Sale, t0, {line(2000, "EX")}, {tender("card", 1600), tender("cash", 500, 500)},
                                   {{"EX", m(2000), m(100)}}, 100));
  in.completed.push_back(completed(SaleKind::Return, t0, {line(-400, "A")}, {tender("cash", -400)}, {{"A", m(-400), m(-46)}}));
  sale::Sale cancelled;
  cancelled.state = sale::SaleState::Cancelled;
  cancelled.lines.push_back(line(9999, "A"));
  in.cancelled.push_back(cancelled);
  in.drawerOpens = {{t0, "1001", "change for a note"}, {t0, "9001", "check"}};
  return in;
}

class AggregateTest : public ::testing::Test {
 protected:
  Report r = aggregate(ReportKind::X, {7, t0, t0 + std::chrono::hours{8}}, dayOfSales());
};

TEST_F(AggregateTest, KeepsKindAndPeriod) {
  EXPECT_EQ(r.kind, ReportKind::X);
  EXPECT_EQ(r.period.businessDay, 7);
  EXPECT_EQ(r.period.from, t0);
  EXPECT_EQ(r.period.to, t0 + std::chrono::hours{8});
}

TEST_F(AggregateTest, Counts) {
  EXPECT_EQ(r.salesCount, 2);
  EXPECT_EQ(r.returnsCount, 1);
  EXPECT_EQ(r.cancelledCount, 1);
  EXPECT_EQ(r.voidedLines, 1);
  EXPECT_EQ(r.voidedAmount, m(500));
  EXPECT_EQ(r.noSaleOpens, 2);
}

TEST_F(AggregateTest, SalesLessReturnsWithoutVoidedOrCancelledLines) {
  EXPECT_EQ(r.gross, m(1000 + 300 + 2000 - 400));
  EXPECT_EQ(r.discounts.promotions, m(-100));
  EXPECT_EQ(r.discounts.lineDiscounts, m(-30));
  EXPECT_EQ(r.discounts.saleDiscounts, m(-27));
  EXPECT_EQ(r.discounts.total(), m(-157));
  EXPECT_EQ(r.net, m(900 + 243 + 2000 - 400));
  EXPECT_EQ(r.taxAdded, m(100));
  EXPECT_EQ(r.total, m(2743 + 100));
}

TEST_F(AggregateTest, TaxByClassInClassOrder) {
  ASSERT_EQ(r.taxes.size(), 3u);
  EXPECT_EQ(r.taxes[0].taxClass, "A");
  EXPECT_EQ(r.taxes[0].net, m(500));
  EXPECT_EQ(r.taxes[0].tax, m(58));
  EXPECT_EQ(r.taxes[1].taxClass, "B");
  EXPECT_EQ(r.taxes[1].tax, m(14));
  EXPECT_EQ(r.taxes[2].taxClass, "EX");
  EXPECT_EQ(r.taxes[2].net, m(2000));
  EXPECT_EQ(r.taxes[2].tax, m(100));
}

TEST_F(AggregateTest, TendersWithSalesAndRefundsApart) {
  ASSERT_EQ(r.tenders.size(), 2u);
  EXPECT_EQ(r.tenders[0].kind, "card");
  EXPECT_EQ(r.tenders[0].sales, m(1600));
  EXPECT_EQ(r.tenders[0].refunds, m(0));
  EXPECT_EQ(r.tenders[1].kind, "cash");
  EXPECT_EQ(r.tenders[1].sales, m(1640));
  EXPECT_EQ(r.tenders[1].refunds, m(-400));
  EXPECT_EQ(r.tenders[1].net(), m(1240));
}

TEST_F(AggregateTest, CashInTheDrawer) {
  EXPECT_EQ(r.cashRounding, m(-3));
  EXPECT_EQ(r.cashReceived, m(1700));
  EXPECT_EQ(r.cashRefunded, m(-400));
  EXPECT_EQ(r.change, m(60));
  EXPECT_EQ(r.expectedCash, m(1240));
  EXPECT_EQ(r.expectedCash, r.tenders[1].net()) << "what stayed in the drawer is the cash tendered";
}

TEST(Aggregate, NothingSoldGivesZerosAndNoRows) {
  const auto r = aggregate(ReportKind::Z, {1, t0, t0}, {});
  EXPECT_EQ(r.kind, ReportKind::Z);
  EXPECT_EQ(r.salesCount + r.returnsCount + r.cancelledCount + r.voidedLines + r.noSaleOpens, 0);
  EXPECT_TRUE(r.gross.isZero());
  EXPECT_TRUE(r.expectedCash.isZero());
  EXPECT_TRUE(r.taxes.empty());
  EXPECT_TRUE(r.tenders.empty());
}

TEST(Aggregate, ACardOnlyReturnLeavesTheDrawerAlone) {
  ReportInput in;
  in.completed.push_back(completed(SaleKind::Return, t0, {line(-700, "A")}, {tender("card", -700)}, {}));
  const auto r = aggregate(ReportKind::X, {1, t0, t0}, in);
  ASSERT_EQ(r.tenders.size(), 1u);
  EXPECT_EQ(r.tenders[0].refunds, m(-700));
  EXPECT_EQ(r.tenders[0].sales, m(0));
  EXPECT_TRUE(r.expectedCash.isZero());
  EXPECT_EQ(r.returnsCount, 1);
  EXPECT_EQ(r.salesCount, 0);
}

}  // namespace
}  // namespace poscore::reports
