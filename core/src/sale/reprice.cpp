#include "poscore/sale/reprice.hpp"

#include <map>

#include "apply_promotions.hpp"
#include "manual_discounts.hpp"

namespace poscore::sale {
namespace {

std::string lineName(const SaleLine& line) {
  return "line " + std::to_string(line.lineNo) + " (SKU " + line.sku + ")";
}

possdk::Status refuse(const SaleLine& line, const std::string& what) {
  return possdk::Status::fail(lineName(line) + ": " + what);
}

bool withinAmount(Money amount) { return amount.minorUnits() >= 0 && amount.minorUnits() <= kMaxAmountMinor; }

bool keepsItsFigures(const SaleLine& line, SaleKind kind) { return kind == SaleKind::Return && line.returnOfLine; }

// `where` names the line or the sale in the message.
possdk::Status checkDiscount(const std::string& where, const ManualDiscount& discount) {
  if (discount.kind == ManualDiscount::Kind::Percent && (discount.value < 0 || discount.value > 10'000)) {
    return possdk::Status::fail(where + ": a discount of " + std::to_string(discount.value) +
                            " basis points is outside 0..10000 (0 % to 100 %); key a smaller percentage");
  }
  if (discount.kind == ManualDiscount::Kind::Amount && !withinAmount(Money::minor(discount.value))) {
    return possdk::Status::fail(where + ": a discount amount must lie between 0 and " + formatMoney(Money::minor(kMaxAmountMinor)) +
                            "; key the amount to take off as a positive number");
  }
  return possdk::Status::ok();
}

// A line's gross before promotions; the embedded label price carries the quantity's sign.
Money grossOf(const SaleLine& line) {
  if (line.embeddedPrice) return line.quantity < 0 ? -*line.embeddedPrice : *line.embeddedPrice;
  return grossAt(line, line.priceOverride.value_or(line.unitPrice));
}

void clearFigures(SaleLine& line) {
  line.gross = Money{};
  line.adjustments.clear();
  line.net = Money{};
  line.tax = Money{};
}

possdk::Status priceGross(Sale& sale) {
  for (auto& line : sale.lines) {
    if (keepsItsFigures(line, sale.kind)) continue;
    clearFigures(line);
    if (line.voided) continue;
    line.gross = grossOf(line);
    if (line.gross.minorUnits() > kMaxAmountMinor || line.gross.minorUnits() < -kMaxAmountMinor) {
      return refuse(line, "the line comes to " + formatMoney(line.gross) + ", beyond what one line may hold (" +
                              formatMoney(Money::minor(kMaxAmountMinor)) + "); check the quantity and the price");
    }
  }
  return possdk::Status::ok();
}

// Per line, then summed per class: each line's tax is rounded on its own (see docs/pricing.md).
void settleNetAndTax(Sale& sale, const PricingRules& rules) {
  for (auto& line : sale.lines) {
    if (line.voided) {
      clearFigures(line);
      continue;
    }
    line.net = line.gross;
    for (const auto& adjustment : line.adjustments) line.net += adjustment.amount;
    if (!keepsItsFigures(line, sale.kind)) line.tax = lineTax(line.net, *rules.findTaxClass(line.taxClass));
  }
}

void sumTotals(Sale& sale, const PricingRules& rules) {
  Totals totals;
  std::map<std::string, TaxTotal> byClass;
  for (const auto& line : sale.lines) {
    if (line.voided) continue;
    totals.gross += line.gross;
    totals.discounts += line.net - line.gross;
    totals.net += line.net;
    const auto* taxClass = rules.findTaxClass(line.taxClass);
    if (taxClass && !taxClass->inclusive) totals.taxAdded += line.tax;
    auto& classTotal = byClass[line.taxClass];
    classTotal.taxClass = line.taxClass;
    classTotal.net += line.net;
    classTotal.tax += line.tax;
  }
  for (const auto& taxClass : rules.taxClasses) {
    if (auto found = byClass.find(taxClass.code); found != byClass.end()) totals.taxes.push_back(found->second);
  }
  totals.total = totals.net + totals.taxAdded;
  totals.due = totals.total;
  for (const auto& tender : sale.tenders) {
    totals.paid += tender.amount;
    if (tender.received > tender.amount) totals.change += tender.received - tender.amount;
  }
  sale.totals = totals;
}

}  // namespace

possdk::Status checkLineInput(const SaleLine& line, SaleKind kind, const PricingRules& rules) {
  if (kind == SaleKind::Sale && line.quantity <= 0) {
    return refuse(line, "the quantity must be above zero on a sale (it is " + std::to_string(line.quantity) +
                            "); void the line instead of keying zero or less");
  }
  if (kind == SaleKind::Return && line.quantity >= 0) {
    return refuse(line, "the quantity must be below zero on a return (it is " + std::to_string(line.quantity) + ")");
  }
  const bool weighed = line.unit == catalog::SaleUnit::Weight;
  const std::int64_t limit = weighed ? kMaxGrams : kMaxPieces;
  if (line.quantity > limit || line.quantity < -limit) {
    return refuse(line, "a quantity of " + std::to_string(line.quantity) + (weighed ? " g" : " pieces") +
                            " is beyond " + std::to_string(limit) + "; check the quantity or split the line");
  }
  if (!withinAmount(line.unitPrice)) return refuse(line, "the catalog price " + formatMoney(line.unitPrice) + " is outside 0.." + formatMoney(Money::minor(kMaxAmountMinor)) + "; fix the product in the catalog");
  if (line.priceOverride && !withinAmount(*line.priceOverride)) {
    return refuse(line, "the override price " + formatMoney(*line.priceOverride) + " is outside 0.." +
                            formatMoney(Money::minor(kMaxAmountMinor)) + "; key the new price as a positive amount");
  }
  if (line.embeddedPrice && !withinAmount(*line.embeddedPrice)) {
    return refuse(line, "the label price " + formatMoney(*line.embeddedPrice) + " is outside 0.." +
                            formatMoney(Money::minor(kMaxAmountMinor)) + "; key the item by hand");
  }
  if (line.discount) {
    if (auto status = checkDiscount(lineName(line), *line.discount); !status) return status;
  }
  if (!rules.findTaxClass(line.taxClass)) {
    std::string known;
    for (const auto& taxClass : rules.taxClasses) known += (known.empty() ? "" : ", ") + taxClass.code;
    return refuse(line, "the tax class \"" + line.taxClass + "\" is not one of the lane's (" + known +
                            "); fix the product's tax class in the catalog");
  }
  return possdk::Status::ok();
}

possdk::Status reprice(Sale& sale, const PricingRules& rules, const Promotions& promotions,
                       std::chrono::system_clock::time_point now) {
  if (sale.state != SaleState::Open) {
    return possdk::Status::fail("sale " + sale.id + " is not open; only an open sale can change");
  }
  for (const auto& line : sale.lines) {
    if (line.voided || keepsItsFigures(line, sale.kind)) continue;
    if (auto status = checkLineInput(line, sale.kind, rules); !status) return status;
  }
  if (sale.saleDiscount) {
    if (auto status = checkDiscount("sale discount", *sale.saleDiscount); !status) return status;
  }
  Sale work = sale;
  if (auto status = priceGross(work); !status) return status;
  applyPromotions(work, promotions, now);
  applyLineDiscounts(work);
  applySaleDiscount(work);
  settleNetAndTax(work, rules);
  sumTotals(work, rules);
  if (work.totals.total.minorUnits() > kMaxAmountMinor || work.totals.total.minorUnits() < -kMaxAmountMinor) {
    return possdk::Status::fail("the sale comes to " + formatMoney(work.totals.total) + ", beyond " +
                                formatMoney(Money::minor(kMaxAmountMinor)) + "; split it into several sales");
  }
  sale = std::move(work);
  return possdk::Status::ok();
}

}  // namespace poscore::sale
