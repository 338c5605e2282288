#include "poscore/reports/report_print.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "sales_builder.hpp"

namespace poscore::reports {
namespace {

using test::m;

const PrintRow* find(const std::vector<PrintRow>& rows, const std::string& labelEn) {
  auto it = std::find_if(rows.begin(), rows.end(), [&](const PrintRow& r) { return r.labelEn == labelEn; });
  return it == rows.end() ? nullptr : &*it;
}

Report sample() {
  Report r;
  r.kind = ReportKind::Z;
  r.period.businessDay = 4;
  r.salesCount = 9;
  r.net = m(4321);
  r.discounts.promotions = m(-50);
  r.expectedCash = m(777);
  r.taxes = {{"A", m(4000), m(460)}};
  r.tenders = {{"card", m(3000), m(-100)}};
  return r;
}

TEST(ReportPrint, TitleSaysWhichReport) {
  auto rows = printRows(sample());
  ASSERT_FALSE(rows.empty());
  EXPECT_EQ(rows[0].labelEn, "Z REPORT");
  EXPECT_TRUE(std::holds_alternative<std::monostate>(rows[0].value));
  auto x = sample();
  x.kind = ReportKind::X;
  EXPECT_EQ(printRows(x)[0].labelEn, "X REPORT");
  EXPECT_EQ(printRows(x)[0].labelZh, "X 报表");
}

TEST(ReportPrint, RowsCarryTheReportsFiguresInBothLanguages) {
  auto rows = printRows(sample());
  const struct {
    std::string en, zh;
    std::variant<std::monostate, Money, std::int64_t, std::string> value;
  } expected[] = {
      {"Business day", "营业日", std::int64_t{4}},
      {"Sales", "销售", std::int64_t{9}},
      {"Net", "净额", m(4321)},
      {"Promotions", "促销", m(-50)},
      {"Tax A", "税额 A", m(460)},
      {"Net A", "净额 A", m(4000)},
      {"card sales", "card 收款", m(3000)},
      {"card refunds", "card 退款", m(-100)},
      {"card net", "card 净额", m(2900)},
      {"Expected cash in drawer", "钱箱应有现金", m(777)},
  };
  for (const auto& e : expected) {
    const auto* row = find(rows, e.en);
    ASSERT_NE(row, nullptr) << e.en;
    EXPECT_EQ(row->labelZh, e.zh);
    EXPECT_EQ(row->value, e.value) << e.en;
  }
}

TEST(ReportPrint, EveryRowHasBothLabels) {
  for (const auto& row : printRows(sample())) {
    EXPECT_FALSE(row.labelEn.empty());
    EXPECT_FALSE(row.labelZh.empty()) << row.labelEn;
  }
}

}  // namespace
}  // namespace poscore::reports
