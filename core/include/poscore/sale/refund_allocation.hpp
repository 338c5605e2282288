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

// Settles an open return (after reprice) against its original: allocates what the return's due
// amounts to, cash-rounds the cash part by the lane's rule (the difference is the return's
// totals.rounding), records the tenders and completes the return. A return of items that cost
// nothing completes without tenders. Refused when the return is not open, already has tenders,
// has no lines, would take money from the customer, names another receipt, or allocateRefund
// refuses.
possdk::Status settleRefund(Sale& returnSale, const Sale& original, const std::vector<Sale>& earlierRefunds,
                            const PricingRules& rules);

}  // namespace poscore::sale
