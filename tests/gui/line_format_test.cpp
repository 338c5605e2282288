#include "counter/line_format.hpp"

#include <gtest/gtest.h>

namespace pos {
namespace {

using poscore::Money;
using poscore::sale::SaleLine;
const Translate kIdentity = [](const std::string& s) { return s; };

SaleLine water() {
  SaleLine l;
  l.lineNo = 3;
  l.nameEn = "Sparkling water";
  l.nameZh = "气泡水";
  l.quantity = 2;
  l.unitPrice = Money::minor(150);
  l.gross = Money::minor(300);
  return l;
}

TEST(LineFormat, APieceLineInEitherLanguage) {
  const auto en = formatLine(water(), "en", 2, kIdentity);
  EXPECT_EQ(en.number, "3");
  EXPECT_EQ(en.name, "Sparkling water");
  EXPECT_EQ(en.quantity, "2");
  EXPECT_EQ(en.price, "1.50");
  EXPECT_EQ(en.amount, "3.00");
  EXPECT_FALSE(en.voided);
  EXPECT_EQ(formatLine(water(), "zh_CN", 2, kIdentity).name, "气泡水");
}

TEST(LineFormat, AMissingNameFallsBackToTheOtherLanguage) {
  auto line = water();
  line.nameZh.clear();
  EXPECT_EQ(lineName(line, "zh_CN"), "Sparkling water");
  line.nameEn.clear();
  line.nameZh = "气泡水";
  EXPECT_EQ(lineName(line, "en"), "气泡水");
}

TEST(LineFormat, AWeighedLineShowsKilogramsAndThePricePerKilogram) {
  auto line = water();
  line.unit = poscore::catalog::SaleUnit::Weight;
  line.quantity = 455;
  line.unitPrice = Money::minor(1200);
  const auto text = formatLine(line, "en", 2, kIdentity);
  EXPECT_EQ(text.quantity, "0.455 kg");
  EXPECT_EQ(text.price, "12.00/kg");
}

TEST(LineFormat, AnOverriddenPriceIsMarkedAndAVoidedLineSaysSo) {
  auto line = water();
  line.priceOverride = Money::minor(99);
  line.voided = true;
  const auto text = formatLine(line, "en", 2, kIdentity);
  EXPECT_EQ(text.price, "*0.99");
  EXPECT_TRUE(text.voided);
  EXPECT_EQ(text.name, "VOID Sparkling water");
}

TEST(LineFormat, AdjustmentsComeUnderTheLineInTheLanguage) {
  auto line = water();
  line.adjustments.push_back({poscore::sale::AdjustmentKind::Promotion, "p1", "2 for 2.50", "两件 2.50", Money::minor(-50)});
  line.adjustments.push_back({poscore::sale::AdjustmentKind::LineDiscount, "line-discount", "", "", Money::minor(-10)});
  const auto zh = formatLine(line, "zh_CN", 2, kIdentity);
  ASSERT_EQ(zh.adjustments.size(), 2u);
  EXPECT_EQ(zh.adjustments[0].label, "两件 2.50");
  EXPECT_EQ(zh.adjustments[0].amount, "-0.50");
  EXPECT_EQ(zh.adjustments[1].label, "line-discount") << "an unlabelled adjustment still shows what it is";
}

TEST(LineFormat, AReturnLineIsNegative) {
  auto line = water();
  line.quantity = -1;
  line.gross = Money::minor(-150);
  const auto text = formatLine(line, "en", 2, kIdentity);
  EXPECT_EQ(text.quantity, "-1");
  EXPECT_EQ(text.amount, "-1.50");
}

std::string valueOf(const std::vector<TotalText>& rows, const std::string& label) {
  for (const auto& r : rows) {
    if (r.label == label) return r.value;
  }
  return "(none)";
}

TEST(LineFormat, TotalsLeaveOutWhatSaysNothing) {
  poscore::sale::Totals t;
  t.gross = Money::minor(1000);
  t.due = Money::minor(1000);
  t.taxes.push_back({"A", Money::minor(1000), Money::minor(115)});
  const auto rows = formatTotals(t, 2, kIdentity);
  EXPECT_EQ(valueOf(rows, "Subtotal"), "10.00");
  EXPECT_EQ(valueOf(rows, "Tax included"), "1.15") << "inclusive tax is only shown";
  EXPECT_EQ(valueOf(rows, "Total"), "10.00");
  EXPECT_EQ(valueOf(rows, "Discounts"), "(none)");
  EXPECT_EQ(valueOf(rows, "Paid"), "(none)");
  EXPECT_EQ(valueOf(rows, "Due"), "(none)");
}

TEST(LineFormat, TotalsShowWhatIsDueThenTheChange) {
  poscore::sale::Totals t;
  t.gross = Money::minor(1000);
  t.discounts = Money::minor(-100);
  t.taxAdded = Money::minor(50);
  t.due = Money::minor(950);
  t.paid = Money::minor(500);
  auto rows = formatTotals(t, 2, kIdentity);
  EXPECT_EQ(valueOf(rows, "Discounts"), "-1.00");
  EXPECT_EQ(valueOf(rows, "Tax"), "0.00");
  EXPECT_EQ(valueOf(rows, "Due"), "4.50");
  EXPECT_EQ(remainingDue(t), Money::minor(450));
  t.paid = Money::minor(950);
  t.change = Money::minor(1050);
  rows = formatTotals(t, 2, kIdentity);
  EXPECT_EQ(valueOf(rows, "Change"), "10.50");
  EXPECT_EQ(valueOf(rows, "Due"), "(none)");
  EXPECT_EQ(remainingDue(t), Money());
}

}  // namespace
}  // namespace pos
