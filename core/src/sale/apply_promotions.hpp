#pragma once
#include <chrono>

#include "poscore/sale/promotion.hpp"
#include "poscore/sale/sale.hpp"

namespace poscore::sale {

// Adds promotion adjustments to the lines of a sale whose gross is already worked out. A line takes
// part when it is not voided, is a sale line (not a return) and has neither a price override (the
// supervisor's price wins) nor an embedded label price (the label is the price).
//  1. Time prices: the lowest active special price below the line's price replaces it.
//  2. Multi-buys, in the order listed: the covered pieces not claimed by an earlier multi-buy are
//     ordered dearest first (after time prices; ties by line number) and cut into groups of
//     `quantity`; the pieces left over are the cheapest. The customer thus gets the largest
//     saving, whatever the scan order. A group costing no more than its price as a set is left
//     alone and its pieces stay free for later multi-buys. The group's saving is split over its
//     pieces pro rata to their prices (splitProRata) and summed per line.
void applyPromotions(Sale& sale, const Promotions& promotions, std::chrono::system_clock::time_point now);

// A line's gross at `unitPrice`: pieces x price, or grams x price-per-kg / 1000 rounded half away
// from zero.
Money grossAt(const SaleLine& line, Money unitPrice);

}  // namespace poscore::sale
