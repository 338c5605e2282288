#pragma once
#include <vector>

#include "poscore/money/money.hpp"
#include "poscore/sale/sale.hpp"
#include "poscore/sale/tax_rules.hpp"
#include "possdk/status.hpp"

// Giving money back on a return, to the tenders that paid the original sale.
namespace poscore::sale {

inline constexpr const char* kCashTender = "cash";

// Splits a refund of `amount` (above zero) over the original's tenders. Order: every non-cash
// tender first, in the order they were taken (seq), each up to what it paid less what completed
// refunds of the same receipt in `earlierRefunds` already gave back to it (matched by kind and
// reference); whatever is left goes to cash. Card money thus goes back to the card it came from
// and the drawer only pays out what was not paid by card. The tenders come back with negative
// amounts, one per original non-cash tender used and at most one cash tender, seq from 1.
// Refused when `amount` is zero or less, or more than the original's payments less earlier refunds
// (the message says how much can still be refunded).
possdk::Result<std::vector<Tender>> allocateRefund(const Sale& original, const std::vector<Sale>& earlierRefunds,
                                                   Money amount);

// Settles an open return (after reprice) against its original: works out what goes back, allocates
// it (allocateRefund), records the tenders and completes the return. What goes back differs from
// what the return's lines come to by the cash rounding; the difference is the return's
// totals.rounding (totals.due and totals.paid are what goes back).
// - The closing return, the one after which every unit the original sold has come back, gives back
//   exactly what the receipt can still give back, unrounded: the original's paid amount less
//   earlier refunds. So a sale returned in full, at once or in parts, refunds exactly what the
//   customer paid, including the original's own cash rounding (its lines do not carry it).
// - Any other return gives back what its lines come to (at most what the receipt can still give
//   back) with the cash part rounded by the lane's rule, but never more cash than the receipt
//   still holds: a refund never exceeds what remains refundable. A cash part rounded to nothing
//   is dropped; when nothing goes back the return completes without tenders.
// Refused when the return is not open, already has tenders, has no lines, would take money from
// the customer, or names another receipt.
possdk::Status settleRefund(Sale& returnSale, const Sale& original, const std::vector<Sale>& earlierRefunds,
                            const PricingRules& rules);

}  // namespace poscore::sale
