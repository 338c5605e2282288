#pragma once
#include <cstdint>
#include <span>

#include "src/tolerance/tolerance_model.hpp"

namespace weighing {

// Units scanned but not yet bagged (arriving), or voided after they were bagged (leaving).
struct PendingItem {
  ItemWeight item;  // quantity: how many units
  bool leaving = false;
};

// What the bagging area should weigh once the pending items have arrived or left, from the weight
// it was last accepted at. The band is the tolerance model's for those items alone, no tare: the
// bag's own weight is inside the accepted reading, and the difference of two readings carries two
// rounding errors (resolution^2 / 6). With nothing pending it is the rest band around the accepted
// weight, the narrowest the scale allows. Items with no known weight come back as unknownSkus.
Expectation bagTarget(std::int64_t acceptedMg, std::span<const PendingItem> pending, const ToleranceSettings& settings);

}  // namespace weighing
