#pragma once
#include <cstdint>
#include <vector>

#include "poscore/sale/sale.hpp"
#include "possdk/status.hpp"

// Lines of a return against an original receipt.
namespace poscore::sale {

// How much of the original's line `lineNo` has been returned: by completed returns against the
// original's receipt in `earlierReturns`, plus the return being built (its non-voided lines).
// A positive count in the line's unit (pieces or grams).
std::int64_t alreadyReturned(const Sale& original, const std::vector<Sale>& earlierReturns, const Sale& returnSale,
                             int lineNo);

// Appends to the open return `returnSale` a line giving back `quantity` (a positive count of pieces,
// or grams for a weighed line) of the original's line `originalLineNo`.
// The refund is what the customer actually paid for those units: the line's net after promotions
// and discounts, pro rata. Every figure (gross, each adjustment, tax) is shared out with cumulative
// rounding over the units returned so far: after r of n units have gone back, the total handed back
// of a figure F is round(F x r / n), and F itself once r = n. So the unit that completes the line
// absorbs every remainder and a full return, in one go or in parts, gives back exactly the
// original's net and tax. The line's net is gross + adjustments, all negative. The original's cash
// rounding is a figure of its totals, not of a line, so it is not here: settleRefund gives it back.
// Refused: the original is not a completed sale, the return is not open or names another receipt,
// the line does not exist or was voided, quantity is zero or less, or more than sold minus
// already returned (the message names the line and the three quantities).
possdk::Status addReturnLine(Sale& returnSale, const Sale& original, const std::vector<Sale>& earlierReturns,
                             int originalLineNo, std::int64_t quantity);

}  // namespace poscore::sale
