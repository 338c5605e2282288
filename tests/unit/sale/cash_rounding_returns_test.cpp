#include <gtest/gtest.h>

#include "poscore/sale/refund_allocation.hpp"
#include "poscore/sale/return_lines.hpp"
#include "poscore/sale/tender_rules.hpp"
#include "sale/sale_builders.hpp"

// Returns of sales whose cash was rounded: the closing return gives back exactly what is left of
// what the customer paid; other returns round their cash part and never exceed what remains.
namespace {

using namespace saletest;

PricingRules roundingBy(std::int64_t step, CashRounding::Mode mode) {
  auto rules = defaultPricingRules();
  rules.cashRounding = CashRounding{step, mode};
  return rules;
}

// A completed sale of `lines`, paid by card (when `card` is above zero) and the rest in cash.
Sale paidSale(std::vector<SaleLine> lines, const PricingRules& rules, std::int64_t card = 0) {
  auto sale = priced(openSale(std::move(lines)), rules);
  if (card > 0) {
    auto paid = applyTender(sale, TenderKinds::builtIn(), "card", yuan(card), "AUTH-7", rules);
    if (!paid) throw std::runtime_error(paid.error());
  }
  auto paid = applyTender(sale, TenderKinds::builtIn(), "cash", cashDue(sale, rules), "", rules);
  if (!paid || !paid.value().completed) throw std::runtime_error("the sale did not complete");
  sale.receiptNo = "R-0042";
  return sale;
}

// Returns `quantity` of `lineNo` against `original` and settles it; the settled return, or its refusal.
possdk::Result<Sale> returned(const Sale& original, const std::vector<Sale>& earlier, int lineNo,
                              std::int64_t quantity, const PricingRules& rules) {
  Sale refund;
  refund.id = "RET-" + std::to_string(earlier.size());
  refund.kind = SaleKind::Return;
  refund.originalReceiptNo = original.receiptNo;
  if (auto added = addReturnLine(refund, original, earlier, lineNo, quantity); !added) {
    return possdk::Result<Sale>::fail(added.error());
  }
  refund = priced(refund, rules);
  if (auto settled = settleRefund(refund, original, earlier, rules); !settled) {
    return possdk::Result<Sale>::fail(settled.error());
  }
  return refund;
}

Money givenBack(const std::vector<Sale>& returns) {
  Money sum;
  for (const auto& refund : returns) sum -= refund.totals.paid;
  return sum;
}

Money givenBackBy(const std::vector<Sale>& returns, const std::string& kind) {
  Money sum;
  for (const auto& refund : returns) {
    for (const auto& tender : refund.tenders) {
      if (tender.kind == kind) sum -= tender.amount;
    }
  }
  return sum;
}

TEST(CashRoundingReturns, FullReturnOfARoundedDownCashSaleGivesBackWhatWasPaid) {
  const auto rules = roundingBy(10, CashRounding::Mode::Down);
  const auto original = paidSale({piece(1, "200001", 738)}, rules);
  ASSERT_EQ(original.totals.paid, yuan(730));
  ASSERT_EQ(original.totals.rounding, yuan(-8));
  auto refund = returned(original, {}, 1, 1, rules);
  ASSERT_TRUE(refund) << refund.error();
  ASSERT_EQ(refund.value().tenders.size(), 1U);
  EXPECT_EQ(refund.value().tenders[0].kind, "cash");
  EXPECT_EQ(refund.value().tenders[0].amount, yuan(-730));
  EXPECT_EQ(refund.value().totals.total, yuan(-738)) << "the line mirrors the sale's line";
  EXPECT_EQ(refund.value().totals.rounding, yuan(8)) << "the sale's rounding, mirrored";
  EXPECT_EQ(refund.value().totals.due, yuan(-730));
  EXPECT_EQ(refund.value().totals.paid, refund.value().totals.due);
  EXPECT_EQ(refund.value().state, SaleState::Completed);
}

TEST(CashRoundingReturns, FullReturnInTwoPartsWithModeNearestGivesBackWhatWasPaid) {
  for (const std::int64_t step : {5, 10}) {
    const auto rules = roundingBy(step, CashRounding::Mode::Nearest);
    const auto original = paidSale({piece(1, "100001", 617, 2)}, rules);
    ASSERT_EQ(original.totals.paid, roundCash(yuan(1234), rules.cashRounding));
    std::vector<Sale> returns;
    for (int part = 0; part < 2; ++part) {
      auto refund = returned(original, returns, 1, 1, rules);
      ASSERT_TRUE(refund) << "step " << step << " part " << part << ": " << refund.error();
      returns.push_back(refund.value());
    }
    EXPECT_EQ(returns[0].totals.paid, yuan(-roundCash(yuan(617), rules.cashRounding).minorUnits()))
        << "step " << step << ": the first part follows the cash rounding";
    EXPECT_EQ(givenBack(returns), original.totals.paid) << "step " << step;
    EXPECT_EQ(returns[1].totals.due, returns[1].totals.total + returns[1].totals.rounding) << "step " << step;
  }
}

TEST(CashRoundingReturns, MixedCardAndCashSaleReturnedInFullGivesEachTenderItsOwn) {
  const auto rules = roundingBy(10, CashRounding::Mode::Down);
  const auto original = paidSale({piece(1, "100001", 369, 2)}, rules, 100);
  ASSERT_EQ(original.totals.paid, yuan(730)) << "card 1.00, cash 6.38 rounded down to 6.30";
  auto refund = returned(original, {}, 1, 2, rules);
  ASSERT_TRUE(refund) << refund.error();
  ASSERT_EQ(refund.value().tenders.size(), 2U);
  EXPECT_EQ(refund.value().tenders[0].kind, "card");
  EXPECT_EQ(refund.value().tenders[0].amount, yuan(-100));
  EXPECT_EQ(refund.value().tenders[0].reference, "AUTH-7");
  EXPECT_EQ(refund.value().tenders[1].kind, "cash");
  EXPECT_EQ(refund.value().tenders[1].amount, yuan(-630));
  EXPECT_EQ(refund.value().totals.rounding, yuan(8));
}

TEST(CashRoundingReturns, MixedCardAndCashSaleReturnedInPartsRoundsOnlyTheCashAndEndsExact) {
  const auto rules = roundingBy(10, CashRounding::Mode::Down);
  const auto original = paidSale({piece(1, "100001", 369, 2)}, rules, 100);
  std::vector<Sale> returns;
  auto first = returned(original, returns, 1, 1, rules);
  ASSERT_TRUE(first) << first.error();
  returns.push_back(first.value());
  ASSERT_EQ(first.value().tenders.size(), 2U);
  EXPECT_EQ(first.value().tenders[0].amount, yuan(-100)) << "the card first, to the minor unit";
  EXPECT_EQ(first.value().tenders[1].amount, yuan(-260)) << "2.69 in cash, rounded down";
  EXPECT_EQ(first.value().totals.rounding, yuan(9));
  auto second = returned(original, returns, 1, 1, rules);
  ASSERT_TRUE(second) << second.error();
  returns.push_back(second.value());
  ASSERT_EQ(second.value().tenders.size(), 1U);
  EXPECT_EQ(second.value().tenders[0].amount, yuan(-370)) << "what is left of the cash";
  EXPECT_EQ(givenBack(returns), original.totals.paid);
  EXPECT_EQ(givenBackBy(returns, "card"), yuan(100));
}

TEST(CashRoundingReturns, PartialRefundNeverExceedsWhatRemainsRefundable) {
  const auto rules = roundingBy(10, CashRounding::Mode::Nearest);
  // 12.34 paid as 12.30; the free third line keeps the second 6.17 from being the closing return.
  const auto original = paidSale({piece(1, "100001", 617, 2), piece(2, "100009", 0)}, rules);
  ASSERT_EQ(original.totals.paid, yuan(1230));
  std::vector<Sale> returns;
  for (int part = 0; part < 2; ++part) {
    auto refund = returned(original, returns, 1, 1, rules);
    ASSERT_TRUE(refund) << refund.error();
    returns.push_back(refund.value());
  }
  EXPECT_EQ(returns[0].totals.paid, yuan(-620));
  EXPECT_EQ(returns[1].totals.paid, yuan(-610)) << "6.17 rounds to 6.20, but only 6.10 remains";
  EXPECT_EQ(returns[1].totals.rounding, yuan(7));
  auto free = returned(original, returns, 2, 1, rules);
  ASSERT_TRUE(free) << free.error();
  EXPECT_TRUE(free.value().tenders.empty()) << "nothing remains to give back";
  EXPECT_EQ(free.value().state, SaleState::Completed);
  returns.push_back(free.value());
  EXPECT_EQ(givenBack(returns), original.totals.paid);
}

TEST(CashRoundingReturns, PartialCashRefundRoundedToNothingHasNoTender) {
  const auto rules = roundingBy(10, CashRounding::Mode::Down);
  const auto original = paidSale({piece(1, "100001", 5), piece(2, "100002", 500)}, rules);
  ASSERT_EQ(original.totals.paid, yuan(500));
  auto small = returned(original, {}, 1, 1, rules);
  ASSERT_TRUE(small) << small.error();
  EXPECT_TRUE(small.value().tenders.empty());
  EXPECT_EQ(small.value().totals.paid, yuan(0));
  EXPECT_EQ(small.value().totals.rounding, yuan(5));
  auto rest = returned(original, {small.value()}, 2, 1, rules);
  ASSERT_TRUE(rest) << rest.error();
  EXPECT_EQ(rest.value().totals.paid, yuan(-500));
}

}  // namespace
