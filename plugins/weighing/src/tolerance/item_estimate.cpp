#include "src/tolerance/item_estimate.hpp"

#include <algorithm>
#include <cmath>

namespace weighing {

namespace {

struct UnitWeight {
  double meanMg;
  double spreadMg;
  double samples;  // how many weighings the mean rests on; 0 for a catalog figure
};

std::optional<UnitWeight> unitWeight(const ItemWeight& item, const ToleranceSettings& settings) {
  if (item.learned && item.learned->count >= settings.minSamples && item.learned->meanMg > 0) {
    return UnitWeight{item.learned->meanMg, item.learned->spreadMg(), static_cast<double>(item.learned->count)};
  }
  if (item.catalogMg <= 0) return std::nullopt;
  const double catalog = static_cast<double>(item.catalogMg);
  const double spread = item.catalogSpreadMg > 0 ? static_cast<double>(item.catalogSpreadMg)
                                                 : settings.catalogRelativeSpread * catalog;
  return UnitWeight{catalog, spread, 0};
}

}  // namespace

std::optional<ItemEstimate> estimateOf(const ItemWeight& item, const ToleranceSettings& settings) {
  if (item.quantity <= 0) return std::nullopt;
  const auto unit = unitWeight(item, settings);
  if (!unit) return std::nullopt;
  const double q = static_cast<double>(item.quantity);
  const double spread = std::max(unit->spreadMg, static_cast<double>(settings.minItemSpreadMg));
  double variance = q * spread * spread;
  // A learned mean is itself uncertain by spread / sqrt(n), and that error repeats in every unit
  // of the line, so it grows with the square of the quantity.
  if (unit->samples > 0) variance += q * q * spread * spread / unit->samples;
  return ItemEstimate{q * unit->meanMg, variance};
}

std::int64_t halfWidthMg(double spreadMg, const ToleranceSettings& settings) {
  const auto reach = static_cast<std::int64_t>(std::ceil(settings.strictness * spreadMg));
  return std::max(reach, settings.floorMg) + settings.resolutionMg;
}

}  // namespace weighing
