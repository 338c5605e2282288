#include "counter/line_format.hpp"

namespace pos {

using poscore::Money;
using poscore::formatMoney;

namespace {
// Weights are whole grams; shown in kilograms with three decimals, which formatMoney writes
// exactly from the integer.
constexpr int kGramDecimals = 3;

std::string quantityOf(const poscore::sale::SaleLine& line) {
  if (line.unit == poscore::catalog::SaleUnit::Weight) {
    return formatMoney(Money::minor(line.quantity), kGramDecimals) + " kg";
  }
  return std::to_string(line.quantity);
}

std::string priceOf(const poscore::sale::SaleLine& line, int decimals) {
  const Money price = line.priceOverride.value_or(line.unitPrice);
  std::string text = formatMoney(price, decimals);
  if (line.unit == poscore::catalog::SaleUnit::Weight) text += "/kg";
  return line.priceOverride ? "*" + text : text;
}
}  // namespace

std::string lineName(const poscore::sale::SaleLine& line, const std::string& language) {
  const bool chinese = language.rfind("zh", 0) == 0;
  const std::string& wanted = chinese ? line.nameZh : line.nameEn;
  return wanted.empty() ? (chinese ? line.nameEn : line.nameZh) : wanted;
}

LineText formatLine(const poscore::sale::SaleLine& line, const std::string& language, int decimals,
                    const Translate& tr) {
  LineText text;
  text.lineNo = line.lineNo;
  text.number = std::to_string(line.lineNo);
  text.name = lineName(line, language);
  if (line.voided) text.name = fill(tr("VOID {name}"), {{"name", text.name}});
  text.quantity = quantityOf(line);
  text.price = priceOf(line, decimals);
  text.amount = formatMoney(line.gross, decimals);
  text.voided = line.voided;
  const bool chinese = language.rfind("zh", 0) == 0;
  for (const auto& a : line.adjustments) {
    const std::string& label = chinese && !a.labelZh.empty() ? a.labelZh : a.labelEn;
    text.adjustments.push_back({label.empty() ? a.code : label, formatMoney(a.amount, decimals)});
  }
  return text;
}

Money remainingDue(const poscore::sale::Totals& totals) {
  const Money left = totals.due - totals.paid;
  return left.isNegative() ? Money() : left;
}

std::vector<TotalText> formatTotals(const poscore::sale::Totals& totals, int decimals, const Translate& tr) {
  std::vector<TotalText> rows;
  auto add = [&](std::string label, Money value, bool emphasised = false) {
    rows.push_back({std::move(label), formatMoney(value, decimals), emphasised});
  };
  add(tr("Subtotal"), totals.gross);
  if (!totals.discounts.isZero()) add(tr("Discounts"), totals.discounts);
  Money tax;
  for (const auto& t : totals.taxes) tax += t.tax;
  // Exclusive tax is charged on top; inclusive tax is only shown, as receipts show it.
  add(totals.taxAdded.isZero() ? tr("Tax included") : tr("Tax"), tax);
  if (!totals.rounding.isZero()) add(tr("Rounding"), totals.rounding);
  add(tr("Total"), totals.due, true);
  if (!totals.paid.isZero()) add(tr("Paid"), totals.paid);
  if (totals.change.minorUnits() > 0) {
    add(tr("Change"), totals.change, true);
  } else if (!totals.paid.isZero()) {
    add(tr("Due"), remainingDue(totals), true);
  }
  return rows;
}

}  // namespace pos
