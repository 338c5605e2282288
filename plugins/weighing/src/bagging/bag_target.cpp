#include "src/bagging/bag_target.hpp"

#include <cmath>

#include "src/tolerance/item_estimate.hpp"

namespace weighing {

Expectation bagTarget(std::int64_t acceptedMg, std::span<const PendingItem> pending,
                      const ToleranceSettings& settings) {
  Expectation out;
  const double resolution = static_cast<double>(settings.resolutionMg);
  double changeMg = 0;
  double variance = resolution * resolution / 6;
  for (const auto& p : pending) {
    const auto estimate = estimateOf(p.item, settings);
    if (!estimate) {
      out.unknownSkus.push_back(p.item.sku);
      continue;
    }
    changeMg += p.leaving ? -estimate->meanMg : estimate->meanMg;
    variance += estimate->varianceMg2;
  }
  if (!out.unknownSkus.empty()) return out;
  out.band = bandAround(acceptedMg + std::llround(changeMg), variance, settings);
  return out;
}

}  // namespace weighing
