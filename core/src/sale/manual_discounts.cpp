#include "manual_discounts.hpp"

#include <algorithm>

#include "pro_rata.hpp"

namespace poscore::sale {
namespace {

Money valueSoFar(const SaleLine& line) {
  Money value = line.gross;
  for (const auto& adjustment : line.adjustments) value += adjustment.amount;
  return value;
}

// What a discount takes off `base` (same sign as base, negated): never more than base itself.
Money discountOn(Money base, const ManualDiscount& discount) {
  if (discount.kind == ManualDiscount::Kind::Percent) {
    return Money::minor(-mulDivRound(base.minorUnits(), discount.value, 10'000));
  }
  const std::int64_t magnitude = std::min(discount.value, base.isNegative() ? -base.minorUnits() : base.minorUnits());
  return Money::minor(base.isNegative() ? magnitude : -magnitude);
}

// "10%" for 1000 basis points, "12.5%" for 1250.
std::string percentText(std::int64_t basisPoints) {
  std::string text = formatMoney(Money::minor(basisPoints), 2);
  while (text.back() == '0') text.pop_back();
  if (text.back() == '.') text.pop_back();
  return text + "%";
}

Adjustment manualAdjustment(AdjustmentKind kind, const ManualDiscount& discount, Money amount) {
  const bool line = kind == AdjustmentKind::LineDiscount;
  Adjustment adjustment{kind, line ? "line-discount" : "sale-discount", line ? "Discount" : "Sale discount",
                        line ? "折扣" : "整单折扣", amount};
  if (discount.kind == ManualDiscount::Kind::Percent) {
    adjustment.labelEn += " " + percentText(discount.value);
    adjustment.labelZh += " " + percentText(discount.value);
  }
  return adjustment;
}

bool takesSaleDiscount(const SaleLine& line) { return !line.voided && !line.returnOfLine; }

}  // namespace

void applyLineDiscounts(Sale& sale) {
  for (auto& line : sale.lines) {
    if (line.voided || line.returnOfLine || !line.discount) continue;
    const Money amount = discountOn(valueSoFar(line), *line.discount);
    if (!amount.isZero()) line.adjustments.push_back(manualAdjustment(AdjustmentKind::LineDiscount, *line.discount, amount));
  }
}

void applySaleDiscount(Sale& sale) {
  if (!sale.saleDiscount) return;
  std::vector<std::int64_t> weights;
  Money base;
  for (const auto& line : sale.lines) {
    const Money value = takesSaleDiscount(line) ? valueSoFar(line) : Money{};
    weights.push_back(value.minorUnits());
    base += value;
  }
  const auto parts = splitProRata(discountOn(base, *sale.saleDiscount), weights);
  for (std::size_t i = 0; i < sale.lines.size(); ++i) {
    if (parts[i].isZero()) continue;
    sale.lines[i].adjustments.push_back(manualAdjustment(AdjustmentKind::SaleDiscount, *sale.saleDiscount, parts[i]));
  }
}

}  // namespace poscore::sale
