#include "poscore/reports/report_csv.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "sales_builder.hpp"

namespace poscore::reports {
namespace {

using ::testing::HasSubstr;
using test::m;

TEST(CsvField, QuotesOnlyWhatNeedsIt) {
  EXPECT_EQ(csvField("cash"), "cash");
  EXPECT_EQ(csvField(""), "");
  EXPECT_EQ(csvField("Food, reduced"), "\"Food, reduced\"");
  EXPECT_EQ(csvField("the \"best\" card"), "\"the \"\"best\"\" card\"");
  EXPECT_EQ(csvField("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(csvField("cr\rhere"), "\"cr\rhere\"");
  EXPECT_EQ(csvField("\""), "\"\"\"\"");
}

Report smallReport() {
  Report r;
  r.kind = ReportKind::Z;
  r.period = {12, std::chrono::system_clock::time_point{std::chrono::milliseconds{1795334400000}},
              std::chrono::system_clock::time_point{std::chrono::milliseconds{1795363200500}}};
  r.salesCount = 3;
  r.returnsCount = 1;
  r.cancelledCount = 2;
  r.voidedLines = 4;
  r.voidedAmount = m(250);
  r.noSaleOpens = 5;
  r.gross = m(12345);
  r.discounts = {m(-100), m(-20), m(-3)};
  r.net = m(12222);
  r.taxAdded = m(0);
  r.total = m(12222);
  r.taxes = {{"Food, \"reduced\"", m(10000), m(900)}};
  r.tenders = {{"cash", m(5000), m(-1200)}};
  r.cashRounding = m(-2);
  r.cashReceived = m(6000);
  r.cashRefunded = m(-1200);
  r.change = m(1000);
  r.expectedCash = m(3800);
  return r;
}

TEST(ReportCsv, StableLayout) {
  EXPECT_EQ(toCsv(smallReport()),
            "section,key,value\r\n"
            "report,kind,Z\r\n"
            "report,business_day,12\r\n"
            "report,from,2026-11-22T08:00:00.000Z\r\n"
            "report,to,2026-11-22T16:00:00.500Z\r\n"
            "count,sales,3\r\n"
            "count,returns,1\r\n"
            "count,cancelled_sales,2\r\n"
            "count,voided_lines,4\r\n"
            "count,no_sale_opens,5\r\n"
            "amount,voided_lines,2.50\r\n"
            "amount,gross,123.45\r\n"
            "amount,discount_promotions,-1.00\r\n"
            "amount,discount_line,-0.20\r\n"
            "amount,discount_sale,-0.03\r\n"
            "amount,discounts,-1.23\r\n"
            "amount,net,122.22\r\n"
            "amount,tax_added,0.00\r\n"
            "amount,total,122.22\r\n"
            "amount,cash_rounding,-0.02\r\n"
            "amount,cash_received,60.00\r\n"
            "amount,cash_refunded,-12.00\r\n"
            "amount,change,10.00\r\n"
            "amount,expected_cash,38.00\r\n"
            "tax_net,\"Food, \"\"reduced\"\"\",100.00\r\n"
            "tax,\"Food, \"\"reduced\"\"\",9.00\r\n"
            "tender_sales,cash,50.00\r\n"
            "tender_refunds,cash,-12.00\r\n"
            "tender_net,cash,38.00\r\n");
}

TEST(ReportCsv, QuotesTenderKindsWithCommasAndQuotes) {
  auto r = smallReport();
  r.tenders = {{"gift \"card\", store", m(100), m(0)}};
  EXPECT_THAT(toCsv(r), HasSubstr("tender_sales,\"gift \"\"card\"\", store\",1.00\r\n"));
}

TEST(ReportCsv, AmountsFollowTheCurrencyDecimals) {
  auto r = smallReport();
  EXPECT_THAT(toCsv(r, 0), HasSubstr("amount,gross,12345\r\n"));
  EXPECT_THAT(toCsv(r, 3), HasSubstr("amount,gross,12.345\r\n"));
}

}  // namespace
}  // namespace poscore::reports
