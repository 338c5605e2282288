#include <gtest/gtest.h>

#include "poscore/sale/refund_allocation.hpp"
#include "poscore/sale/return_lines.hpp"
#include "poscore/sale/tender_rules.hpp"
#include "sale/sale_builders.hpp"

namespace {

using namespace saletest;

// A completed sale of 14.73: line 1 three pieces at 3.33 with 10 % off, line 2 weighed, 0.17 off
// the sale; paid as given.
Sale completedOriginal(const std::vector<std::pair<std::string, std::int64_t>>& payments) {
  auto first = piece(1, "100001", 333, 3);
  first.discount = ManualDiscount{ManualDiscount::Kind::Percent, 1000, {}};
  auto sale = openSale({first, weighed(2, "200001", 1299, 455)});
  sale.saleDiscount = ManualDiscount{ManualDiscount::Kind::Amount, 17, {}};
  sale = priced(sale);
  for (const auto& [kind, minor] : payments) {
    auto paid = applyTender(sale, TenderKinds::builtIn(), kind, yuan(minor), kind == "card" ? "AUTH-1" : "",
                            defaultPricingRules());
    if (!paid) throw std::runtime_error(paid.error());
  }
  sale.receiptNo = "R-0001";
  return sale;
}

Sale openReturn(const std::string& id = "RET-1") {
  Sale refund;
  refund.id = id;
  refund.kind = SaleKind::Return;
  refund.originalReceiptNo = "R-0001";
  return refund;
}

Sale completedReturn(const Sale& original, const std::vector<Sale>& earlier, int lineNo, std::int64_t quantity,
                     const std::string& id) {
  auto refund = openReturn(id);
  auto added = addReturnLine(refund, original, earlier, lineNo, quantity);
  if (!added) throw std::runtime_error(added.error());
  refund = priced(refund);
  auto settled = settleRefund(refund, original, earlier, defaultPricingRules());
  if (!settled) throw std::runtime_error(settled.error());
  return refund;
}

TEST(ReturnLines, FullReturnGivesBackExactlyTheOriginalNetTaxAndAdjustments) {
  const auto original = completedOriginal({{"cash", 2000}});
  ASSERT_EQ(original.state, SaleState::Completed);
  auto refund = openReturn();
  ASSERT_TRUE(addReturnLine(refund, original, {}, 1, 3));
  ASSERT_TRUE(addReturnLine(refund, original, {}, 2, 455));
  refund = priced(refund);
  for (std::size_t i = 0; i < 2; ++i) {
    const auto& sold = original.lines[i];
    const auto& back = refund.lines[i];
    EXPECT_EQ(back.lineNo, static_cast<int>(i) + 1);
    EXPECT_EQ(back.returnOfLine, sold.lineNo);
    EXPECT_EQ(back.quantity, -sold.quantity);
    EXPECT_EQ(back.net, -sold.net);
    EXPECT_EQ(back.gross, -sold.gross);
    EXPECT_EQ(back.tax, -sold.tax);
    ASSERT_EQ(back.adjustments.size(), sold.adjustments.size());
    for (std::size_t k = 0; k < sold.adjustments.size(); ++k) {
      EXPECT_EQ(back.adjustments[k].amount, -sold.adjustments[k].amount);
      EXPECT_EQ(back.adjustments[k].labelEn, sold.adjustments[k].labelEn);
    }
  }
  EXPECT_EQ(refund.totals.total, -original.totals.total);
  EXPECT_EQ(refund.totals.taxes[0].tax, -original.totals.taxes[0].tax);
}

TEST(ReturnLines, PartialReturnsAddUpToTheLineWithTheLastUnitTakingTheRemainder) {
  const auto original = completedOriginal({{"card", 1000}, {"cash", 2000}});
  const auto& sold = original.lines[0];
  std::vector<Sale> earlier;
  Money net;
  Money tax;
  for (int i = 0; i < 3; ++i) {
    earlier.push_back(completedReturn(original, earlier, 1, 1, "RET-" + std::to_string(i)));
    const auto& line = earlier.back().lines[0];
    EXPECT_EQ(line.net, line.gross + adjustmentsOf(line));
    net += line.net;
    tax += line.tax;
  }
  EXPECT_EQ(net, -sold.net);
  EXPECT_EQ(tax, -sold.tax);
  // The first unit gives back the rounded third; the last one whatever remains.
  EXPECT_EQ(earlier[0].lines[0].net, Money::minor(-poscore::mulDivRound(sold.net.minorUnits(), 1, 3)));
}

TEST(ReturnLines, RefusesMoreThanSoldMinusReturnedNamingTheQuantities) {
  const auto original = completedOriginal({{"cash", 2000}});
  const std::vector<Sale> earlier{completedReturn(original, {}, 1, 2, "RET-0")};
  auto refund = openReturn();
  const auto status = addReturnLine(refund, original, earlier, 1, 2);
  ASSERT_FALSE(status);
  EXPECT_NE(status.error().find("receipt R-0001 line 1 (Item 100001)"), std::string::npos) << status.error();
  EXPECT_NE(status.error().find("cannot return 2; 3 sold, 2 already returned, so at most 1"), std::string::npos)
      << status.error();
  ASSERT_TRUE(addReturnLine(refund, original, earlier, 1, 1));
  EXPECT_FALSE(addReturnLine(refund, original, earlier, 1, 1)) << "lines already in this return count too";
  EXPECT_TRUE(refund.lines.size() == 1U);
}

TEST(ReturnLines, RefusesBadRequests) {
  const auto original = completedOriginal({{"cash", 2000}});
  auto refund = openReturn();
  EXPECT_FALSE(addReturnLine(refund, original, {}, 1, 0));
  EXPECT_FALSE(addReturnLine(refund, original, {}, 1, -1));
  EXPECT_FALSE(addReturnLine(refund, original, {}, 9, 1));
  auto other = openReturn();
  other.originalReceiptNo = "R-0002";
  EXPECT_FALSE(addReturnLine(other, original, {}, 1, 1));
  auto open = original;
  open.state = SaleState::Open;
  EXPECT_FALSE(addReturnLine(refund, open, {}, 1, 1));
  auto voided = original;
  voided.lines[0].voided = true;
  const auto status = addReturnLine(refund, voided, {}, 1, 1);
  ASSERT_FALSE(status);
  EXPECT_NE(status.error().find("voided"), std::string::npos);
  EXPECT_TRUE(refund.lines.empty());
}

TEST(RefundAllocation, NonCashFirstThenCash) {
  const auto original = completedOriginal({{"card", 1000}, {"cash", 2000}});
  ASSERT_EQ(original.totals.paid, yuan(1473));
  auto tenders = allocateRefund(original, {}, yuan(1200));
  ASSERT_TRUE(tenders) << tenders.error();
  ASSERT_EQ(tenders.value().size(), 2U);
  EXPECT_EQ(tenders.value()[0].kind, "card");
  EXPECT_EQ(tenders.value()[0].amount, yuan(-1000));
  EXPECT_EQ(tenders.value()[0].reference, "AUTH-1");
  EXPECT_EQ(tenders.value()[1].kind, "cash");
  EXPECT_EQ(tenders.value()[1].amount, yuan(-200));
  auto small = allocateRefund(original, {}, yuan(300));
  ASSERT_EQ(small.value().size(), 1U);
  EXPECT_EQ(small.value()[0].kind, "card");
}

TEST(RefundAllocation, EarlierRefundsUseUpTheCardFirst) {
  const auto original = completedOriginal({{"card", 1000}, {"cash", 2000}});
  const std::vector<Sale> earlier{completedReturn(original, {}, 1, 2, "RET-0")};
  ASSERT_EQ(earlier[0].tenders[0].kind, "card");
  const Money first = -earlier[0].totals.paid;
  auto tenders = allocateRefund(original, earlier, yuan(800));
  ASSERT_TRUE(tenders) << tenders.error();
  ASSERT_EQ(tenders.value().size(), 2U);
  EXPECT_EQ(tenders.value()[0].amount, -(yuan(1000) - first)) << "what is left on the card";
  EXPECT_EQ(tenders.value()[1].amount, -(yuan(800) - (yuan(1000) - first)));
}

TEST(RefundAllocation, RefusesARefundAboveWhatTheSaleCanStillGiveBack) {
  const auto original = completedOriginal({{"card", 1000}, {"cash", 2000}});
  const Money paid = original.totals.paid;
  EXPECT_TRUE(allocateRefund(original, {}, paid));
  auto above = allocateRefund(original, {}, paid + yuan(1));
  ASSERT_FALSE(above);
  EXPECT_NE(above.error().find("can still give back (" + poscore::formatMoney(paid) + ")"), std::string::npos)
      << above.error();
  EXPECT_FALSE(allocateRefund(original, {}, yuan(0)));
  const std::vector<Sale> earlier{completedReturn(original, {}, 1, 3, "RET-0")};
  EXPECT_FALSE(allocateRefund(original, earlier, paid + earlier[0].totals.paid + yuan(1)));
  EXPECT_TRUE(allocateRefund(original, earlier, paid + earlier[0].totals.paid));
}

TEST(SettleRefund, CashPartIsRoundedAndTheReturnCompletes) {
  auto rules = defaultPricingRules();
  rules.cashRounding.step = 10;
  const auto original = completedOriginal({{"cash", 3000}});
  auto refund = openReturn();
  ASSERT_TRUE(addReturnLine(refund, original, {}, 2, 455));
  refund = priced(refund);
  const Money owed = refund.totals.due;
  ASSERT_TRUE(settleRefund(refund, original, {}, rules));
  EXPECT_EQ(refund.state, SaleState::Completed);
  ASSERT_EQ(refund.tenders.size(), 1U);
  EXPECT_EQ(refund.tenders[0].amount, roundCash(owed, rules.cashRounding));
  EXPECT_EQ(refund.totals.rounding, refund.tenders[0].amount - owed);
  EXPECT_EQ(refund.totals.paid, refund.totals.due);
  EXPECT_FALSE(settleRefund(refund, original, {}, rules)) << "settled once only";
}

TEST(SettleRefund, RefusesAnEmptyReturnOrAnotherReceipt) {
  const auto original = completedOriginal({{"cash", 3000}});
  auto empty = priced(openReturn());
  EXPECT_FALSE(settleRefund(empty, original, {}, defaultPricingRules()));
  auto other = openReturn();
  ASSERT_TRUE(addReturnLine(other, original, {}, 1, 1));
  other = priced(other);
  other.originalReceiptNo = "R-0002";
  EXPECT_FALSE(settleRefund(other, original, {}, defaultPricingRules()));
}

}  // namespace
