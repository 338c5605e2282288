#include <gtest/gtest.h>

#include <map>
#include <random>

#include "../../../core/src/sale/pro_rata.hpp"
#include "poscore/sale/refund_allocation.hpp"
#include "poscore/sale/return_lines.hpp"
#include "poscore/sale/tender_rules.hpp"
#include "sale/sale_builders.hpp"

// Property checks over many generated sales (fixed seeds, so a failure repeats): whatever the
// lines, promotions and discounts, the parts always add up.
namespace {

using namespace saletest;

PricingRules rulesWithExclusiveClass() {
  auto rules = defaultPricingRules();
  rules.taxClasses.push_back({"S", 825, false, "Sales tax", "销售税"});
  return rules;
}

Promotions somePromotions() {
  Promotion multi;
  multi.id = "mb";
  multi.kind = Promotion::Kind::MultiBuy;
  multi.labelEn = multi.labelZh = "3 for 10.00";
  multi.skus = {"100001", "100002", "100003"};
  multi.quantity = 3;
  multi.price = yuan(1000);
  Promotion special;
  special.id = "tp";
  special.kind = Promotion::Kind::TimePrice;
  special.labelEn = special.labelZh = "Special";
  special.skus = {"100004", "100005"};
  special.price = yuan(199);
  return Promotions{{multi, special}, 480};
}

Sale randomSale(std::mt19937& random) {
  const auto pick = [&](std::int64_t low, std::int64_t high) {
    return std::uniform_int_distribution<std::int64_t>(low, high)(random);
  };
  static const char* classes[] = {"A", "B", "C", "S"};
  std::vector<SaleLine> lines;
  const int count = static_cast<int>(pick(1, 12));
  for (int i = 1; i <= count; ++i) {
    const std::string sku = std::to_string(100000 + pick(1, 8));
    const std::string taxClass = classes[pick(0, 3)];
    auto line = pick(0, 4) == 0 ? weighed(i, sku, pick(1, 9999), pick(1, 5000), taxClass)
                                : piece(i, sku, pick(0, 5000), pick(1, 12), taxClass);
    if (pick(0, 5) == 0) line.discount = ManualDiscount{ManualDiscount::Kind::Percent, pick(0, 10000), {}};
    if (pick(0, 7) == 0) line.discount = ManualDiscount{ManualDiscount::Kind::Amount, pick(0, 3000), {}};
    if (pick(0, 9) == 0) line.priceOverride = yuan(pick(0, 3000));
    if (pick(0, 9) == 0) line.voided = true;
    lines.push_back(line);
  }
  auto sale = openSale(lines);
  if (pick(0, 2) == 0) sale.saleDiscount = ManualDiscount{ManualDiscount::Kind::Percent, pick(0, 10000), {}};
  if (pick(0, 3) == 0) sale.saleDiscount = ManualDiscount{ManualDiscount::Kind::Amount, pick(0, 20000), {}};
  return sale;
}

void expectPartsAddUp(const Sale& sale, const PricingRules& rules) {
  Money gross, net, discounts, taxAdded;
  std::map<std::string, std::pair<Money, Money>> byClass;
  for (const auto& line : sale.lines) {
    EXPECT_EQ(line.net, line.gross + adjustmentsOf(line)) << "line " << line.lineNo;
    if (line.voided) {
      EXPECT_TRUE(line.net.isZero() && line.gross.isZero() && line.tax.isZero() && line.adjustments.empty());
      continue;
    }
    if (sale.kind == SaleKind::Sale) {
      EXPECT_GE(line.net.minorUnits(), 0) << "line " << line.lineNo;
    }
    if (!line.returnOfLine) {  // a returned line carries its share of the original's tax instead
      EXPECT_EQ(line.tax, lineTax(line.net, *rules.findTaxClass(line.taxClass)));
    }
    gross += line.gross;
    net += line.net;
    discounts += adjustmentsOf(line);
    if (!rules.findTaxClass(line.taxClass)->inclusive) taxAdded += line.tax;
    byClass[line.taxClass].first += line.net;
    byClass[line.taxClass].second += line.tax;
  }
  EXPECT_EQ(sale.totals.gross, gross);
  EXPECT_EQ(sale.totals.net, net);
  EXPECT_EQ(sale.totals.discounts, discounts);
  EXPECT_EQ(sale.totals.taxAdded, taxAdded);
  EXPECT_EQ(sale.totals.total, net + taxAdded);
  EXPECT_EQ(sale.totals.taxes.size(), byClass.size());
  for (const auto& taxTotal : sale.totals.taxes) {
    EXPECT_EQ(taxTotal.net, byClass[taxTotal.taxClass].first) << taxTotal.taxClass;
    EXPECT_EQ(taxTotal.tax, byClass[taxTotal.taxClass].second) << taxTotal.taxClass;
  }
}

TEST(PricingProperties, TotalsAndTaxTotalsAreTheSumOfTheLines) {
  std::mt19937 random(20261122);
  const auto rules = rulesWithExclusiveClass();
  const auto promotions = somePromotions();
  for (int round = 0; round < 500; ++round) {
    const auto sale = priced(randomSale(random), rules, promotions);
    expectPartsAddUp(sale, rules);
    if (sale.saleDiscount && sale.saleDiscount->kind == ManualDiscount::Kind::Amount) {
      Money saleDiscount;
      for (const auto& line : sale.lines) {
        for (const auto& adjustment : line.adjustments) {
          if (adjustment.kind == AdjustmentKind::SaleDiscount) saleDiscount += adjustment.amount;
        }
      }
      EXPECT_LE(-saleDiscount.minorUnits(), sale.saleDiscount->value) << "round " << round;
    }
    if (HasFailure()) FAIL() << "round " << round;
  }
}

TEST(PricingProperties, PayingInAnyMixOfTendersSettlesExactly) {
  std::mt19937 random(7);
  auto rules = rulesWithExclusiveClass();
  rules.cashRounding.step = 10;
  for (int round = 0; round < 300; ++round) {
    auto sale = priced(randomSale(random), rules, somePromotions());
    if (sale.totals.due.minorUnits() <= 0) continue;
    if (sale.totals.due.minorUnits() > 1) {
      const auto part = std::uniform_int_distribution<std::int64_t>(1, sale.totals.due.minorUnits() - 1)(random);
      ASSERT_TRUE(applyTender(sale, TenderKinds::builtIn(), "card", yuan(part), "", rules));
    }
    const Money cash = cashDue(sale, rules) + yuan(std::uniform_int_distribution<std::int64_t>(0, 5000)(random));
    auto outcome = applyTender(sale, TenderKinds::builtIn(), "cash", cash, "", rules);
    ASSERT_TRUE(outcome) << outcome.error();
    EXPECT_TRUE(outcome.value().completed) << "round " << round;
    EXPECT_EQ(sale.totals.paid, sale.totals.due);
    EXPECT_EQ(sale.totals.due, sale.totals.total + sale.totals.rounding);
    EXPECT_LE(std::abs(sale.totals.rounding.minorUnits()), 5);
    EXPECT_EQ(outcome.value().change, cash - sale.tenders.back().amount);
  }
}

TEST(PricingProperties, ReturningEveryUnitInRandomPiecesRefundsExactlyWhatWasPaidPerLine) {
  std::mt19937 random(99);
  const auto rules = rulesWithExclusiveClass();
  for (int round = 0; round < 150; ++round) {
    auto original = priced(randomSale(random), rules, somePromotions());
    if (original.totals.due.minorUnits() <= 0) continue;
    ASSERT_TRUE(applyTender(original, TenderKinds::builtIn(), "cash", original.totals.due, "", rules));
    original.receiptNo = "R-" + std::to_string(round);
    std::vector<Sale> returns;
    for (const auto& sold : original.lines) {
      if (sold.voided) continue;
      std::int64_t left = sold.quantity;
      while (left > 0) {
        const auto take = std::uniform_int_distribution<std::int64_t>(1, left)(random);
        Sale refund;
        refund.id = "RET-" + std::to_string(returns.size());
        refund.kind = SaleKind::Return;
        refund.originalReceiptNo = original.receiptNo;
        ASSERT_TRUE(addReturnLine(refund, original, returns, sold.lineNo, take));
        refund = priced(refund, rules);
        expectPartsAddUp(refund, rules);
        const auto settled = settleRefund(refund, original, returns, rules);
        ASSERT_TRUE(settled) << "round " << round << ": " << settled.error();
        returns.push_back(refund);
        left -= take;
      }
      Money net, tax;
      for (const auto& refund : returns) {
        if (refund.lines[0].returnOfLine == sold.lineNo) {
          net += refund.lines[0].net;
          tax += refund.lines[0].tax;
        }
      }
      EXPECT_EQ(net, -sold.net) << "round " << round << " line " << sold.lineNo;
      EXPECT_EQ(tax, -sold.tax) << "round " << round << " line " << sold.lineNo;
    }
    Money refunded;
    for (const auto& refund : returns) refunded -= refund.totals.paid;
    EXPECT_EQ(refunded, original.totals.paid) << "round " << round;
  }
}

TEST(PricingProperties, ReturnsOfCashRoundedSalesNeverExceedWhatRemainsAndEndAtWhatWasPaid) {
  std::mt19937 random(5);
  const auto pick = [&](std::int64_t low, std::int64_t high) {
    return std::uniform_int_distribution<std::int64_t>(low, high)(random);
  };
  static const CashRounding::Mode modes[] = {CashRounding::Mode::Nearest, CashRounding::Mode::Down,
                                             CashRounding::Mode::Up};
  for (int round = 0; round < 200; ++round) {
    auto rules = rulesWithExclusiveClass();
    rules.cashRounding = CashRounding{pick(0, 1) == 0 ? 5 : 10, modes[pick(0, 2)]};
    auto original = priced(randomSale(random), rules, somePromotions());
    if (original.totals.due.minorUnits() <= 1) continue;
    Money card;
    if (pick(0, 1) == 0) {
      card = yuan(pick(1, original.totals.due.minorUnits() - 1));
      ASSERT_TRUE(applyTender(original, TenderKinds::builtIn(), "card", card, "AUTH", rules));
    }
    ASSERT_TRUE(applyTender(original, TenderKinds::builtIn(), "cash", cashDue(original, rules), "", rules));
    original.receiptNo = "R-" + std::to_string(round);
    std::vector<Sale> returns;
    Money remaining = original.totals.paid;
    Money cardBack;
    for (const auto& sold : original.lines) {
      for (std::int64_t left = sold.voided ? 0 : sold.quantity; left > 0;) {
        const auto take = pick(1, left);
        Sale refund;
        refund.id = "RET-" + std::to_string(returns.size());
        refund.kind = SaleKind::Return;
        refund.originalReceiptNo = original.receiptNo;
        ASSERT_TRUE(addReturnLine(refund, original, returns, sold.lineNo, take));
        refund = priced(refund, rules);
        const auto settled = settleRefund(refund, original, returns, rules);
        ASSERT_TRUE(settled) << "round " << round << ": " << settled.error();
        const Money given = -refund.totals.paid;
        EXPECT_GE(given.minorUnits(), 0) << "round " << round;
        EXPECT_LE(given, remaining) << "round " << round;
        EXPECT_EQ(refund.totals.due, refund.totals.total + refund.totals.rounding) << "round " << round;
        for (const auto& tender : refund.tenders) {
          if (tender.kind == "card") cardBack -= tender.amount;
        }
        remaining -= given;
        returns.push_back(refund);
        left -= take;
      }
    }
    EXPECT_TRUE(remaining.isZero()) << "round " << round << ": " << formatMoney(remaining) << " never went back";
    EXPECT_EQ(cardBack, card) << "round " << round;
  }
}

TEST(PricingProperties, SplitProRataAlwaysAddsUpAndStaysWithinOneOfTheExactShare) {
  std::mt19937 random(3);
  for (int round = 0; round < 2000; ++round) {
    std::vector<std::int64_t> weights(std::uniform_int_distribution<std::size_t>(1, 9)(random));
    std::int64_t sum = 0;
    for (auto& weight : weights) sum += weight = std::uniform_int_distribution<std::int64_t>(0, 100000)(random);
    if (sum == 0) continue;
    const auto total = yuan(-std::uniform_int_distribution<std::int64_t>(0, sum)(random));
    const auto parts = splitProRata(total, weights);
    Money added;
    for (std::size_t i = 0; i < parts.size(); ++i) {
      added += parts[i];
      // |part - total x w / sum| <= 1, compared in whole numbers: |part x sum - total x w| <= sum.
      const std::int64_t exact = total.minorUnits() * weights[i];
      const std::int64_t scaled = parts[i].minorUnits() * sum;
      EXPECT_LE(scaled > exact ? scaled - exact : exact - scaled, sum);
      EXPECT_LE(-parts[i].minorUnits(), weights[i]) << "never more than the part's own value";
    }
    EXPECT_EQ(added, total);
  }
}

}  // namespace
