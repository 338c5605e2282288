#pragma once
#include "poscore/sale/sale.hpp"

namespace poscore::sale {

// The line's own discount on what it costs after promotions: a percentage rounded half away from
// zero, or an amount capped at the line's value so that a line never goes below zero.
void applyLineDiscounts(Sale& sale);

// The sale discount on the sum of the lines after their own discounts (percentage, or an amount
// capped at that sum), spread over those lines pro rata to their value with splitProRata, so the
// parts add up to the discount exactly. Lines returned against a receipt keep what they had.
void applySaleDiscount(Sale& sale);

}  // namespace poscore::sale
