#include <cmath>

#include "src/tolerance/tolerance_model.hpp"

namespace weighing {

void WeightStats::add(std::int64_t mg) {
  ++count;
  const double x = static_cast<double>(mg);
  const double delta = x - meanMg;
  meanMg += delta / static_cast<double>(count);
  m2 += delta * (x - meanMg);
}

double WeightStats::spreadMg() const {
  if (count < 2) return 0;
  return std::sqrt(m2 / static_cast<double>(count - 1));
}

}  // namespace weighing
