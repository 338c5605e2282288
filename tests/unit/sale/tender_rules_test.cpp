#include <gtest/gtest.h>

#include "poscore/sale/tender_rules.hpp"
#include "sale/sale_builders.hpp"

namespace {

using namespace saletest;

PricingRules roundingTo(std::int64_t step) {
  auto rules = defaultPricingRules();
  rules.cashRounding.step = step;
  return rules;
}

Sale saleOf(std::int64_t minor) { return priced(openSale({piece(1, "100001", minor)})); }

TenderOutcome pay(Sale& sale, const std::string& kind, std::int64_t minor, const PricingRules& rules = defaultPricingRules()) {
  auto outcome = applyTender(sale, TenderKinds::builtIn(), kind, yuan(minor), "ref", rules);
  if (!outcome) throw std::runtime_error(outcome.error());
  return outcome.value();
}

TEST(Tender, ExactCardPaymentCompletesWithoutDrawer) {
  auto sale = saleOf(1234);
  const auto outcome = pay(sale, "card", 1234);
  EXPECT_TRUE(outcome.completed);
  EXPECT_FALSE(outcome.openDrawer);
  EXPECT_EQ(outcome.change, yuan(0));
  EXPECT_EQ(sale.state, SaleState::Completed);
  ASSERT_EQ(sale.tenders.size(), 1U);
  EXPECT_EQ(sale.tenders[0].seq, 1);
  EXPECT_EQ(sale.tenders[0].amount, yuan(1234));
  EXPECT_EQ(sale.tenders[0].received, yuan(0));
  EXPECT_EQ(sale.tenders[0].reference, "ref");
  EXPECT_EQ(sale.totals.paid, yuan(1234));
}

TEST(Tender, CashMayOverTenderAndGivesChange) {
  auto sale = saleOf(1234);
  const auto outcome = pay(sale, "cash", 2000);
  EXPECT_TRUE(outcome.completed);
  EXPECT_TRUE(outcome.openDrawer);
  EXPECT_EQ(outcome.change, yuan(766));
  EXPECT_EQ(sale.tenders[0].amount, yuan(1234));
  EXPECT_EQ(sale.tenders[0].received, yuan(2000));
  EXPECT_EQ(sale.totals.change, yuan(766));
}

TEST(Tender, CardMayNotExceedWhatIsDue) {
  auto sale = saleOf(1234);
  auto outcome = applyTender(sale, TenderKinds::builtIn(), "card", yuan(1235), "", defaultPricingRules());
  ASSERT_FALSE(outcome);
  EXPECT_NE(outcome.error().find("12.35 is more than the 12.34 still due"), std::string::npos) << outcome.error();
  EXPECT_TRUE(sale.tenders.empty());
  EXPECT_EQ(sale.state, SaleState::Open);
}

TEST(Tender, MixedTendersCompleteWhenPaidInFull) {
  auto sale = saleOf(5000);
  auto first = pay(sale, "card", 3000);
  EXPECT_FALSE(first.completed);
  EXPECT_EQ(remainingDue(sale), yuan(2000));
  EXPECT_EQ(sale.state, SaleState::Open);
  auto second = pay(sale, "cash", 1000);
  EXPECT_FALSE(second.completed);
  EXPECT_EQ(sale.tenders[1].received, yuan(1000));
  auto third = pay(sale, "cash", 1500);
  EXPECT_TRUE(third.completed);
  EXPECT_TRUE(third.openDrawer);
  EXPECT_EQ(third.change, yuan(500));
  EXPECT_EQ(sale.totals.paid, yuan(5000));
  EXPECT_EQ(sale.tenders[2].seq, 3);
}

TEST(Tender, DrawerOpensWhenAnEarlierCashPartPaid) {
  auto sale = saleOf(5000);
  (void)pay(sale, "cash", 1000);
  EXPECT_TRUE(pay(sale, "card", 4000).openDrawer);
}

TEST(Tender, RefusesBadAmountsUnknownKindsAndClosedSales) {
  auto sale = saleOf(1000);
  const auto kinds = TenderKinds::builtIn();
  const auto rules = defaultPricingRules();
  EXPECT_FALSE(applyTender(sale, kinds, "cash", yuan(0), "", rules));
  EXPECT_FALSE(applyTender(sale, kinds, "cash", yuan(-100), "", rules));
  EXPECT_FALSE(applyTender(sale, kinds, "cash", yuan(poscore::kMaxAmountMinor + 1), "", rules));
  auto unknown = applyTender(sale, kinds, "cheque", yuan(1000), "", rules);
  ASSERT_FALSE(unknown);
  EXPECT_NE(unknown.error().find("use one of cash, card"), std::string::npos) << unknown.error();
  EXPECT_TRUE(sale.tenders.empty());
  (void)pay(sale, "card", 1000);
  EXPECT_FALSE(applyTender(sale, kinds, "cash", yuan(100), "", rules)) << "a completed sale takes no more";
  auto refund = priced(openSale({piece(1, "100001", 100, -1)}, SaleKind::Return));
  EXPECT_FALSE(applyTender(refund, kinds, "cash", yuan(100), "", rules));
}

TEST(Tender, CashSettlingTheRestIsRoundedToTheStep) {
  const auto rules = roundingTo(10);
  auto sale = saleOf(1234);
  EXPECT_EQ(cashDue(sale, rules), yuan(1230));
  const auto outcome = pay(sale, "cash", 1300, rules);
  EXPECT_TRUE(outcome.completed);
  EXPECT_EQ(outcome.change, yuan(70));
  EXPECT_EQ(sale.tenders[0].amount, yuan(1230));
  EXPECT_EQ(sale.totals.rounding, yuan(-4));
  EXPECT_EQ(sale.totals.due, yuan(1230));
  EXPECT_EQ(sale.totals.total, yuan(1234)) << "the total stays as priced";
}

TEST(Tender, RoundingUpIsPaidByTheCustomer) {
  const auto rules = roundingTo(10);
  auto sale = saleOf(1236);
  const auto outcome = pay(sale, "cash", 1240, rules);
  EXPECT_TRUE(outcome.completed);
  EXPECT_EQ(outcome.change, yuan(0));
  EXPECT_EQ(sale.totals.rounding, yuan(4));
  EXPECT_EQ(sale.totals.paid, sale.totals.due);
}

TEST(Tender, CashPartPaymentIsNotRoundedAndCardIsNeverRounded) {
  const auto rules = roundingTo(10);
  auto sale = saleOf(5034);
  (void)pay(sale, "cash", 2000, rules);
  EXPECT_EQ(sale.totals.rounding, yuan(0));
  EXPECT_EQ(remainingDue(sale), yuan(3034));
  const auto outcome = pay(sale, "card", 3034, rules);
  EXPECT_TRUE(outcome.completed);
  EXPECT_EQ(sale.totals.rounding, yuan(0));
  auto second = saleOf(1234);
  auto overCard = applyTender(second, TenderKinds::builtIn(), "card", yuan(1235), "", rules);
  EXPECT_FALSE(overCard);
}

TEST(Tender, CashOfTheExactUnroundedRestCompletesWithoutRounding) {
  const auto rules = roundingTo(10);
  auto sale = saleOf(1236);
  const auto outcome = pay(sale, "cash", 1236, rules);
  EXPECT_TRUE(outcome.completed);
  EXPECT_EQ(sale.totals.rounding, yuan(0));
  EXPECT_EQ(sale.totals.paid, yuan(1236));
}

TEST(Tender, PluginKindThatMayOverTenderWithoutChangeForfeitsTheExcess) {
  auto kinds = TenderKinds::builtIn();
  ASSERT_TRUE(kinds.add({"coupon", "Coupon", "优惠券", true, false, false, false}));
  auto sale = saleOf(1500);
  auto outcome = applyTender(sale, kinds, "coupon", yuan(2000), "CPN-1", defaultPricingRules());
  ASSERT_TRUE(outcome) << outcome.error();
  EXPECT_TRUE(outcome.value().completed);
  EXPECT_FALSE(outcome.value().openDrawer);
  EXPECT_EQ(outcome.value().change, yuan(0));
  EXPECT_EQ(sale.tenders[0].amount, yuan(1500));
  EXPECT_EQ(sale.tenders[0].received, yuan(0));
}

TEST(TenderKinds, RefuseDuplicatesMissingLabelsAndChangeWithoutOverTender) {
  auto kinds = TenderKinds::builtIn();
  EXPECT_EQ(kinds.all().size(), 2U);
  EXPECT_TRUE(kinds.find("cash")->givesChange);
  EXPECT_FALSE(kinds.find("card")->mayOverTender);
  EXPECT_FALSE(kinds.add({"cash", "Cash", "现金", true, true, true, true}));
  EXPECT_FALSE(kinds.add({"", "X", "X", false, false, false, false}));
  EXPECT_FALSE(kinds.add({"points", "Points", "", false, false, false, false}));
  EXPECT_FALSE(kinds.add({"voucher", "Voucher", "代金券", false, true, false, false}));
  EXPECT_TRUE(kinds.add({"points", "Points", "积分", false, false, false, false}));
  EXPECT_NE(kinds.find("points"), nullptr);
}

}  // namespace
