#include <cmath>

#include "src/tolerance/item_estimate.hpp"
#include "src/tolerance/tolerance_model.hpp"

namespace weighing {

Expectation expectedBand(std::span<const ItemWeight> items, std::int64_t tareMg, std::int64_t tareSpreadMg,
                         const ToleranceSettings& settings) {
  Expectation out;
  double itemsMg = 0;
  const double resolution = static_cast<double>(settings.resolutionMg);
  const double tareSpread = static_cast<double>(tareSpreadMg);
  // A reading rounds to the nearest division: uniform error, variance d^2 / 12.
  double variance = tareSpread * tareSpread + resolution * resolution / 12;
  for (const auto& item : items) {
    const auto estimate = estimateOf(item, settings);
    if (!estimate) {
      out.unknownSkus.push_back(item.sku);
      continue;
    }
    itemsMg += estimate->meanMg;
    variance += estimate->varianceMg2;
  }
  if (!out.unknownSkus.empty()) return out;
  out.band = bandAround(tareMg + std::llround(itemsMg), variance, settings);
  return out;
}

}  // namespace weighing
