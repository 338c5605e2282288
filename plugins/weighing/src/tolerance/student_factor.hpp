#pragma once

namespace weighing {

// Student's t quantile over the normal one, both at the tail beyond `strictness` standard
// deviations: how much wider a spread estimated with `freedom` degrees of freedom must be taken
// for the band to keep its coverage. Above 1; tends to 1 as freedom grows.
double studentFactor(double freedom, double strictness);

}  // namespace weighing
