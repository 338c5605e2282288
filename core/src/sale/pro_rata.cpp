#include "pro_rata.hpp"

namespace poscore::sale {

std::vector<Money> splitProRata(Money total, const std::vector<std::int64_t>& weights) {
  std::int64_t sum = 0;
  for (auto weight : weights) sum += weight;
  std::vector<Money> parts(weights.size());
  if (sum == 0) return parts;
  std::int64_t running = 0;
  std::int64_t handedOut = 0;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    running += weights[i];
    const std::int64_t upToHere = mulDivRound(total.minorUnits(), running, sum);
    parts[i] = Money::minor(upToHere - handedOut);
    handedOut = upToHere;
  }
  return parts;
}

Money cumulativeShare(Money whole, std::int64_t done, std::int64_t count) {
  if (count == 0 || done == count) return whole;
  return Money::minor(mulDivRound(whole.minorUnits(), done, count));
}

}  // namespace poscore::sale
