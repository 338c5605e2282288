#include <gtest/gtest.h>

#include "sale/sale_builders.hpp"

namespace {

using namespace saletest;

TEST(Reprice, PiecesTimesPriceAndInclusiveTaxPerLine) {
  const auto sale = priced(openSale({piece(1, "100001", 350, 3), piece(2, "100002", 1000, 1, "B")}));
  EXPECT_EQ(sale.lines[0].gross, yuan(1050));
  EXPECT_EQ(sale.lines[0].net, yuan(1050));
  EXPECT_EQ(sale.lines[0].tax, yuan(121));  // 1050 x 1300 / 11300 = 120.80
  EXPECT_EQ(sale.lines[1].tax, yuan(83));   // 1000 x 900 / 10900 = 82.57
  EXPECT_EQ(sale.totals.gross, yuan(2050));
  EXPECT_EQ(sale.totals.net, yuan(2050));
  EXPECT_EQ(sale.totals.taxAdded, yuan(0));
  EXPECT_EQ(sale.totals.total, yuan(2050));
  EXPECT_EQ(sale.totals.due, yuan(2050));
  ASSERT_EQ(sale.totals.taxes.size(), 2U);
  EXPECT_EQ(sale.totals.taxes[0].taxClass, "A");
  EXPECT_EQ(sale.totals.taxes[0].net, yuan(1050));
  EXPECT_EQ(sale.totals.taxes[0].tax, yuan(121));
  EXPECT_EQ(sale.totals.taxes[1].taxClass, "B");
}

TEST(Reprice, TaxIsRoundedPerLineNotPerClass) {
  // Three lines of 1.00 in class A hold 0.115 each -> 0.12 each, 0.36 in all; on the class total
  // of 3.00 it would be 0.35. The documented rule is per line.
  const auto sale = priced(openSale({piece(1, "100001", 100), piece(2, "100002", 100), piece(3, "100003", 100)}));
  for (const auto& line : sale.lines) EXPECT_EQ(line.tax, yuan(12));
  EXPECT_EQ(sale.totals.taxes[0].tax, yuan(36));
}

TEST(Reprice, WeighedLineIsGramsTimesPricePerKilogramRoundedHalfAwayFromZero) {
  auto sale = priced(openSale({weighed(1, "200001", 1299, 455)}));  // 12.99/kg x 0.455 kg = 5.91045
  EXPECT_EQ(sale.lines[0].gross, yuan(591));
  sale = priced(openSale({weighed(1, "200001", 1000, 1005)}));  // 10.05 exactly
  EXPECT_EQ(sale.lines[0].gross, yuan(1005));
  sale = priced(openSale({weighed(1, "200001", 10, 50)}));  // 0.05 x 10 = 0.5 -> 1
  EXPECT_EQ(sale.lines[0].gross, yuan(1));
}

TEST(Reprice, EmbeddedLabelPriceIsTheLineGrossAsPrinted) {
  auto line = weighed(1, "200002", 2000, 333);
  line.embeddedPrice = yuan(688);
  const auto sale = priced(openSale({line}));
  EXPECT_EQ(sale.lines[0].gross, yuan(688));
  EXPECT_EQ(sale.totals.total, yuan(688));
}

TEST(Reprice, PriceOverrideReplacesTheUnitPrice) {
  auto line = piece(1, "100001", 500, 2);
  line.priceOverride = yuan(420);
  EXPECT_EQ(priced(openSale({line})).lines[0].gross, yuan(840));
  line.priceOverride = yuan(0);
  EXPECT_EQ(priced(openSale({line})).lines[0].gross, yuan(0));
}

TEST(Reprice, VoidedLineStaysWithZeroEffect) {
  auto voided = piece(2, "100002", 999, 4);
  voided.voided = true;
  voided.discount = ManualDiscount{ManualDiscount::Kind::Percent, 5000, {}};
  auto sale = openSale({piece(1, "100001", 100), voided});
  sale.saleDiscount = ManualDiscount{ManualDiscount::Kind::Amount, 50, {}};
  sale = priced(sale);
  ASSERT_EQ(sale.lines.size(), 2U);
  EXPECT_EQ(sale.lines[1].gross, yuan(0));
  EXPECT_EQ(sale.lines[1].net, yuan(0));
  EXPECT_EQ(sale.lines[1].tax, yuan(0));
  EXPECT_TRUE(sale.lines[1].adjustments.empty());
  EXPECT_EQ(sale.lines[0].net, yuan(50));  // the whole sale discount falls on the live line
  EXPECT_EQ(sale.totals.total, yuan(50));
}

TEST(Reprice, PercentLineDiscountRoundsHalfAwayFromZero) {
  auto line = piece(1, "100001", 333);
  line.discount = ManualDiscount{ManualDiscount::Kind::Percent, 1500, {"sup-1", "damaged box"}};  // 49.95 -> 50
  const auto sale = priced(openSale({line}));
  ASSERT_EQ(sale.lines[0].adjustments.size(), 1U);
  const auto& adjustment = sale.lines[0].adjustments[0];
  EXPECT_EQ(adjustment.kind, AdjustmentKind::LineDiscount);
  EXPECT_EQ(adjustment.code, "line-discount");
  EXPECT_EQ(adjustment.labelEn, "Discount 15%");
  EXPECT_EQ(adjustment.labelZh, "折扣 15%");
  EXPECT_EQ(adjustment.amount, yuan(-50));
  EXPECT_EQ(sale.lines[0].net, yuan(283));
  EXPECT_EQ(sale.totals.discounts, yuan(-50));
}

TEST(Reprice, AmountLineDiscountNeverTakesTheLineBelowZero) {
  auto line = piece(1, "100001", 300);
  line.discount = ManualDiscount{ManualDiscount::Kind::Amount, 500, {}};
  const auto sale = priced(openSale({line}));
  EXPECT_EQ(sale.lines[0].adjustments[0].amount, yuan(-300));
  EXPECT_EQ(sale.lines[0].net, yuan(0));
  EXPECT_EQ(sale.lines[0].adjustments[0].labelEn, "Discount");
}

TEST(Reprice, HundredPercentIsFreeAndOverHundredIsRefused) {
  auto line = piece(1, "100001", 300);
  line.discount = ManualDiscount{ManualDiscount::Kind::Percent, 10000, {}};
  EXPECT_EQ(priced(openSale({line})).lines[0].net, yuan(0));
  line.discount->value = 10001;
  auto sale = openSale({line});
  const auto status = reprice(sale, defaultPricingRules(), {}, kNoon);
  ASSERT_FALSE(status);
  EXPECT_NE(status.error().find("line 1 (SKU 100001)"), std::string::npos) << status.error();
  EXPECT_NE(status.error().find("10001"), std::string::npos) << status.error();
  EXPECT_EQ(sale.lines[0].gross, yuan(0)) << "a refused reprice leaves the sale as it was";
}

TEST(Reprice, SaleDiscountSpreadsProRataAndAddsUpExactly) {
  auto sale = openSale({piece(1, "100001", 111), piece(2, "100002", 111), piece(3, "100003", 111)});
  sale.saleDiscount = ManualDiscount{ManualDiscount::Kind::Amount, 100, {}};  // 1.00 over three equal lines
  sale = priced(sale);
  // Shares 0.333.. each: running rounding 33, 67, 100 -> parts 33, 34, 33.
  EXPECT_EQ(sale.lines[0].adjustments[0].amount, yuan(-33));
  EXPECT_EQ(sale.lines[1].adjustments[0].amount, yuan(-34));
  EXPECT_EQ(sale.lines[2].adjustments[0].amount, yuan(-33));
  EXPECT_EQ(sale.lines[0].adjustments[0].kind, AdjustmentKind::SaleDiscount);
  EXPECT_EQ(sale.totals.discounts, yuan(-100));
  EXPECT_EQ(sale.totals.net, yuan(233));
}

TEST(Reprice, SaleDiscountAppliesAfterLineDiscountsAndIsCappedAtTheSale) {
  auto first = piece(1, "100001", 1000);
  first.discount = ManualDiscount{ManualDiscount::Kind::Percent, 5000, {}};
  auto sale = openSale({first, piece(2, "100002", 500)});
  sale.saleDiscount = ManualDiscount{ManualDiscount::Kind::Percent, 1000, {}};
  auto done = priced(sale);
  EXPECT_EQ(done.lines[0].net, yuan(450));  // 10.00 - 5.00 - 0.50
  EXPECT_EQ(done.lines[1].net, yuan(450));
  EXPECT_EQ(done.lines[0].adjustments[1].labelEn, "Sale discount 10%");
  sale.saleDiscount = ManualDiscount{ManualDiscount::Kind::Amount, 999999, {}};
  done = priced(sale);
  EXPECT_EQ(done.totals.total, yuan(0));
  for (const auto& line : done.lines) EXPECT_EQ(line.net, yuan(0));
}

TEST(Reprice, SaleDiscountOverHundredPercentOrNegativeIsRefused) {
  auto sale = openSale({piece(1, "100001", 100)});
  sale.saleDiscount = ManualDiscount{ManualDiscount::Kind::Percent, 12000, {}};
  auto status = reprice(sale, defaultPricingRules(), {}, kNoon);
  ASSERT_FALSE(status);
  EXPECT_EQ(status.error().rfind("sale discount:", 0), 0U) << status.error();
  sale.saleDiscount = ManualDiscount{ManualDiscount::Kind::Amount, -5, {}};
  EXPECT_FALSE(reprice(sale, defaultPricingRules(), {}, kNoon));
}

TEST(Reprice, ExclusiveTaxIsAddedOnTopOfTheNet) {
  auto rules = defaultPricingRules();
  rules.taxClasses.push_back({"S", 825, false, "Sales tax", "销售税"});
  const auto sale = priced(openSale({piece(1, "100001", 1999, 1, "S"), piece(2, "100002", 1000)}), rules);
  EXPECT_EQ(sale.lines[0].tax, yuan(165));  // 19.99 x 8.25 % = 1.649
  EXPECT_EQ(sale.totals.net, yuan(2999));
  EXPECT_EQ(sale.totals.taxAdded, yuan(165));
  EXPECT_EQ(sale.totals.total, yuan(3164));
  EXPECT_EQ(sale.totals.due, yuan(3164));
}

struct BadLine {
  const char* name;
  SaleLine line;
  SaleKind kind;
  const char* says;
};

class RepriceRefuses : public ::testing::TestWithParam<BadLine> {};

TEST_P(RepriceRefuses, TheLineNamingWhatIsWrong) {
  auto sale = openSale({piece(1, "100009", 100), GetParam().line}, GetParam().kind);
  if (GetParam().kind == SaleKind::Return) sale.lines[0].quantity = -1;
  const auto before = sale.lines;
  const auto status = reprice(sale, defaultPricingRules(), {}, kNoon);
  ASSERT_FALSE(status);
  EXPECT_NE(status.error().find("line 2 (SKU 100002)"), std::string::npos) << status.error();
  EXPECT_NE(status.error().find(GetParam().says), std::string::npos) << status.error();
  EXPECT_EQ(sale.lines[0].gross, before[0].gross);
}

SaleLine with(SaleLine line, void (*change)(SaleLine&)) {
  change(line);
  return line;
}

INSTANTIATE_TEST_SUITE_P(
    BadLines, RepriceRefuses,
    ::testing::Values(
        BadLine{"ZeroQuantity", piece(2, "100002", 100, 0), SaleKind::Sale, "above zero"},
        BadLine{"NegativeQuantityOnASale", piece(2, "100002", 100, -2), SaleKind::Sale, "above zero"},
        BadLine{"PositiveQuantityOnAReturn", piece(2, "100002", 100, 2), SaleKind::Return, "below zero"},
        BadLine{"AbsurdPieces", piece(2, "100002", 100, 10000), SaleKind::Sale, "beyond 9999"},
        BadLine{"AbsurdGrams", weighed(2, "100002", 100, 1000000), SaleKind::Sale, "beyond 999999"},
        BadLine{"NegativePrice", piece(2, "100002", -100), SaleKind::Sale, "catalog price -1.00"},
        BadLine{"AbsurdPrice", piece(2, "100002", poscore::kMaxAmountMinor + 1), SaleKind::Sale, "catalog price"},
        BadLine{"LineBeyondTheLimit", piece(2, "100002", poscore::kMaxAmountMinor, 2), SaleKind::Sale,
                "beyond what one line may hold"},
        BadLine{"NegativeOverride", with(piece(2, "100002", 100), [](SaleLine& l) { l.priceOverride = yuan(-1); }),
                SaleKind::Sale, "override price"},
        BadLine{"NegativeLabelPrice", with(piece(2, "100002", 100), [](SaleLine& l) { l.embeddedPrice = yuan(-1); }),
                SaleKind::Sale, "label price"},
        BadLine{"NegativePercent",
                with(piece(2, "100002", 100),
                     [](SaleLine& l) { l.discount = ManualDiscount{ManualDiscount::Kind::Percent, -1, {}}; }),
                SaleKind::Sale, "outside 0..10000"},
        BadLine{"UnknownTaxClass", piece(2, "100002", 100, 1, "X"), SaleKind::Sale, "\"X\" is not one of the lane's (A, B, C)"}),
    [](const auto& param) { return std::string(param.param.name); });

TEST(Reprice, RefusesASaleWhoseTotalIsBeyondTheLimit) {
  auto sale = openSale({piece(1, "100001", poscore::kMaxAmountMinor), piece(2, "100002", 1)});
  const auto status = reprice(sale, defaultPricingRules(), {}, kNoon);
  ASSERT_FALSE(status);
  EXPECT_NE(status.error().find("split it"), std::string::npos) << status.error();
}

TEST(Reprice, RefusesASaleThatIsNotOpen) {
  auto sale = openSale({piece(1, "100001", 100)});
  sale.state = SaleState::Completed;
  EXPECT_FALSE(reprice(sale, defaultPricingRules(), {}, kNoon));
}

TEST(Reprice, ReturnWithoutReceiptPricesTheMirrorOfASale) {
  auto line = piece(1, "100001", 350, 3);
  line.discount = ManualDiscount{ManualDiscount::Kind::Percent, 1000, {}};
  auto weighedLine = weighed(2, "200001", 1299, 455);
  const auto sale = priced(openSale({line, weighedLine}));
  line.quantity = -3;
  weighedLine.quantity = -455;
  const auto refund = priced(openSale({line, weighedLine}, SaleKind::Return));
  for (std::size_t i = 0; i < sale.lines.size(); ++i) {
    EXPECT_EQ(refund.lines[i].gross, -sale.lines[i].gross);
    EXPECT_EQ(refund.lines[i].net, -sale.lines[i].net);
    EXPECT_EQ(refund.lines[i].tax, -sale.lines[i].tax);
  }
  EXPECT_EQ(refund.totals.total, -sale.totals.total);
  EXPECT_EQ(refund.totals.taxes[0].tax, -sale.totals.taxes[0].tax);
}

TEST(Reprice, AmountDiscountOnAReturnLineReducesWhatIsRefunded) {
  auto line = piece(1, "100001", 300, -1);
  line.discount = ManualDiscount{ManualDiscount::Kind::Amount, 500, {}};
  const auto refund = priced(openSale({line}, SaleKind::Return));
  EXPECT_EQ(refund.lines[0].adjustments[0].amount, yuan(300));
  EXPECT_EQ(refund.lines[0].net, yuan(0));
}

TEST(Reprice, RepricingTwiceGivesTheSameFigures) {
  auto line = piece(1, "100001", 333, 2);
  line.discount = ManualDiscount{ManualDiscount::Kind::Percent, 700, {}};
  auto sale = openSale({line, piece(2, "100002", 250)});
  sale.saleDiscount = ManualDiscount{ManualDiscount::Kind::Amount, 99, {}};
  const auto once = priced(sale);
  const auto twice = priced(once);
  ASSERT_EQ(twice.lines[0].adjustments.size(), 2U);
  EXPECT_EQ(twice.totals.total, once.totals.total);
  EXPECT_EQ(twice.lines[1].net, once.lines[1].net);
}

}  // namespace
