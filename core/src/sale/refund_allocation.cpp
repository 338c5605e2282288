#include "poscore/sale/refund_allocation.hpp"

#include <algorithm>

namespace poscore::sale {
namespace {

bool refundsOriginal(const Sale& refund, const Sale& original) {
  return refund.kind == SaleKind::Return && refund.state == SaleState::Completed &&
         refund.originalReceiptNo == original.receiptNo;
}

// What each original tender can still give back, by index into original.tenders.
std::vector<Money> refundableByTender(const Sale& original, const std::vector<Sale>& earlierRefunds) {
  std::vector<Money> left;
  for (const auto& tender : original.tenders) left.push_back(tender.amount);
  for (const auto& refund : earlierRefunds) {
    if (!refundsOriginal(refund, original)) continue;
    for (const auto& given : refund.tenders) {
      Money toMatch = -given.amount;
      for (std::size_t i = 0; i < original.tenders.size() && toMatch.minorUnits() > 0; ++i) {
        const auto& tender = original.tenders[i];
        if (tender.kind != given.kind || (tender.kind != kCashTender && tender.reference != given.reference)) continue;
        const Money taken = std::min(toMatch, left[i]);
        left[i] -= taken;
        toMatch -= taken;
      }
    }
  }
  return left;
}

}  // namespace

possdk::Result<std::vector<Tender>> allocateRefund(const Sale& original, const std::vector<Sale>& earlierRefunds,
                                                   Money amount) {
  using Refusal = possdk::Result<std::vector<Tender>>;
  const auto left = refundableByTender(original, earlierRefunds);
  Money refundable;
  for (const auto& part : left) refundable += part;
  if (amount.minorUnits() <= 0) return Refusal::fail("the refund must be above zero (it is " + formatMoney(amount) + ")");
  if (amount > refundable) {
    return Refusal::fail("a refund of " + formatMoney(amount) + " is more than receipt " + original.receiptNo +
                         " can still give back (" + formatMoney(refundable) + "); return fewer items");
  }
  std::vector<Tender> tenders;
  Money rest = amount;
  for (std::size_t i = 0; i < original.tenders.size() && rest.minorUnits() > 0; ++i) {
    const auto& tender = original.tenders[i];
    if (tender.kind == kCashTender || left[i].minorUnits() <= 0) continue;
    const Money part = std::min(rest, left[i]);
    tenders.push_back(Tender{0, tender.kind, -part, Money{}, tender.reference});
    rest -= part;
  }
  if (rest.minorUnits() > 0) tenders.push_back(Tender{0, kCashTender, -rest, Money{}, ""});
  for (std::size_t i = 0; i < tenders.size(); ++i) tenders[i].seq = static_cast<int>(i) + 1;
  return tenders;
}

possdk::Status settleRefund(Sale& returnSale, const Sale& original, const std::vector<Sale>& earlierRefunds,
                            const PricingRules& rules) {
  if (returnSale.kind != SaleKind::Return || returnSale.state != SaleState::Open || !returnSale.tenders.empty()) {
    return possdk::Status::fail("return " + returnSale.id + " is not open or is already refunded");
  }
  if (returnSale.originalReceiptNo != original.receiptNo) {
    return possdk::Status::fail("return " + returnSale.id + " is against receipt " + returnSale.originalReceiptNo +
                                ", not " + original.receiptNo);
  }
  const bool anyLine = std::any_of(returnSale.lines.begin(), returnSale.lines.end(),
                                  [](const SaleLine& line) { return !line.voided; });
  if (!anyLine) return possdk::Status::fail("return " + returnSale.id + " has no items; add the items first");
  const Money refund = -(returnSale.totals.due - returnSale.totals.paid);
  if (refund.isNegative()) {
    return possdk::Status::fail("return " + returnSale.id + " would take " + formatMoney(-refund) +
                                " from the customer; check its lines");
  }
  if (refund.isZero()) {  // items given free (100 % off) come back without money
    returnSale.state = SaleState::Completed;
    return possdk::Status::ok();
  }
  auto allocated = allocateRefund(original, earlierRefunds, refund);
  if (!allocated) return possdk::Status::fail(allocated.error());
  auto tenders = std::move(allocated.value());
  auto& last = tenders.back();
  if (last.kind == kCashTender) {
    const Money rounded = roundCash(last.amount, rules.cashRounding);
    returnSale.totals.rounding += rounded - last.amount;
    returnSale.totals.due += rounded - last.amount;
    last.amount = rounded;
  }
  for (const auto& tender : tenders) returnSale.totals.paid += tender.amount;
  returnSale.tenders = std::move(tenders);
  returnSale.state = SaleState::Completed;
  return possdk::Status::ok();
}

}  // namespace poscore::sale
