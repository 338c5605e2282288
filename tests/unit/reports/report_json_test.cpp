#include "poscore/reports/report_json.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "poscore/reports/report_csv.hpp"
#include "sales_builder.hpp"

namespace poscore::reports {
namespace {

using test::m;

TEST(ReportJson, ReadsBackTheSameReport) {
  Report r;
  r.kind = ReportKind::Z;
  r.period = {3, std::chrono::system_clock::time_point{std::chrono::milliseconds{1000}},
              std::chrono::system_clock::time_point{std::chrono::milliseconds{99999}}};
  r.salesCount = 1;
  r.returnsCount = 2;
  r.cancelledCount = 3;
  r.voidedLines = 4;
  r.noSaleOpens = 5;
  r.voidedAmount = m(6);
  r.gross = m(7);
  r.discounts = {m(-8), m(-9), m(-10)};
  r.net = m(11);
  r.taxAdded = m(12);
  r.total = m(13);
  r.cashRounding = m(-14);
  r.cashReceived = m(15);
  r.cashRefunded = m(-16);
  r.change = m(17);
  r.expectedCash = m(18);
  r.taxes = {{"A, \"x\"", m(19), m(20)}, {"增值税", m(21), m(22)}};
  r.tenders = {{"cash", m(23), m(-24)}, {"points", m(25), m(0)}};
  auto back = reportFromJson(toJson(r));
  ASSERT_TRUE(back) << back.error();
  EXPECT_EQ(toCsv(back.value()), toCsv(r));
  EXPECT_EQ(back.value().kind, ReportKind::Z);
}

TEST(ReportJson, RefusesBrokenText) {
  auto broken = reportFromJson("{\"kind\":\"Z\"");
  ASSERT_FALSE(broken);
  EXPECT_THAT(broken.error(), ::testing::HasSubstr("stored report is not readable"));
  auto missing = reportFromJson("{\"kind\":\"Z\",\"business_day\":1}");
  ASSERT_FALSE(missing);
  EXPECT_THAT(missing.error(), ::testing::HasSubstr("from_ms"));
}

}  // namespace
}  // namespace poscore::reports
