#include "poscore/sale/refund_allocation.hpp"

#include <algorithm>

#include "poscore/sale/return_lines.hpp"

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

Money sumOf(const std::vector<Money>& amounts) {
  Money sum;
  for (const auto& amount : amounts) sum += amount;
  return sum;
}

// True when, with `returnSale`, every unit of every line the original sold has come back.
bool takesBackAllThatRemains(const Sale& returnSale, const Sale& original, const std::vector<Sale>& earlierRefunds) {
  return std::all_of(original.lines.begin(), original.lines.end(), [&](const SaleLine& sold) {
    return sold.voided || alreadyReturned(original, earlierRefunds, returnSale, sold.lineNo) >= sold.quantity;
  });
}

// A partial refund's cash part, rounded by the lane's rule but never beyond the cash the receipt
// still holds (`refundable` less what goes back to non-cash tenders). A part rounded to nothing
// is dropped.
void roundCashPart(std::vector<Tender>& tenders, Money refundable, const CashRounding& rounding) {
  if (tenders.empty() || tenders.back().kind != kCashTender) return;
  Money cashLeft = refundable;
  for (const auto& tender : tenders) {
    if (tender.kind != kCashTender) cashLeft += tender.amount;
  }
  auto& cash = tenders.back();
  cash.amount = -std::min(roundCash(-cash.amount, rounding), cashLeft);
  if (cash.amount.isZero()) tenders.pop_back();
}

}  // namespace

possdk::Result<std::vector<Tender>> allocateRefund(const Sale& original, const std::vector<Sale>& earlierRefunds,
                                                   Money amount) {
  using Refusal = possdk::Result<std::vector<Tender>>;
  const auto left = refundableByTender(original, earlierRefunds);
  const Money refundable = sumOf(left);
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
  const Money owed = -(returnSale.totals.due - returnSale.totals.paid);
  if (owed.isNegative()) {
    return possdk::Status::fail("return " + returnSale.id + " would take " + formatMoney(-owed) +
                                " from the customer; check its lines");
  }
  const Money refundable = sumOf(refundableByTender(original, earlierRefunds));
  const bool closing = takesBackAllThatRemains(returnSale, original, earlierRefunds);
  const Money amount = closing ? refundable : std::min(owed, refundable);
  std::vector<Tender> tenders;
  if (amount.minorUnits() > 0) {  // nothing goes back for items given free or when all is refunded
    auto allocated = allocateRefund(original, earlierRefunds, amount);
    if (!allocated) return possdk::Status::fail(allocated.error());
    tenders = std::move(allocated.value());
    if (!closing) roundCashPart(tenders, refundable, rules.cashRounding);
  }
  Money given;
  for (const auto& tender : tenders) given += tender.amount;
  returnSale.totals.rounding += given - returnSale.totals.due;
  returnSale.totals.due = given;
  returnSale.totals.paid = given;
  returnSale.tenders = std::move(tenders);
  returnSale.state = SaleState::Completed;
  return possdk::Status::ok();
}

}  // namespace poscore::sale
