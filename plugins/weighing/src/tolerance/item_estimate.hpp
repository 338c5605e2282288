#pragma once
#include <optional>

#include "src/tolerance/tolerance_model.hpp"

namespace weighing {

// What the band assumes about one line: its expected weight and the variance it adds. nullopt
// when nothing is known about the item (or the line has no positive quantity), so it goes to the
// attendant.
struct ItemEstimate {
  double meanMg = 0;      // of all units of the line
  double varianceMg2 = 0; // of all units of the line, estimation error included
};

std::optional<ItemEstimate> estimateOf(const ItemWeight& item, const ToleranceSettings& settings);

// How far either side of the expected weight a reading may lie, for a standard deviation.
std::int64_t halfWidthMg(double spreadMg, const ToleranceSettings& settings);

// The band around an expected weight whose variance (mg²) is known: the same rule for a whole bag
// and for the change one scanned item makes.
Band bandAround(std::int64_t expectedMg, double varianceMg2, const ToleranceSettings& settings);

}  // namespace weighing
