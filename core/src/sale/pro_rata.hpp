#pragma once
#include <cstdint>
#include <vector>

#include "poscore/money/money.hpp"

namespace poscore::sale {

// Splits `total` over parts in proportion to `weights` so that the parts add up to `total` exactly.
// Cumulative rounding: part i = round(total x W(1..i) / W) - round(total x W(1..i-1) / W), rounded
// half away from zero. Each part is within one minor unit of its exact share, a remainder cent goes
// to the part where the running share crosses a half, and the last part closes the sum. Weights
// share one sign; when they add up to zero every part is zero.
std::vector<Money> splitProRata(Money total, const std::vector<std::int64_t>& weights);

// What has been handed back after `done` of `count` units when the whole is `whole`: the same
// cumulative rounding, so successive partial returns always add up to `whole` when done == count.
Money cumulativeShare(Money whole, std::int64_t done, std::int64_t count);

}  // namespace poscore::sale
