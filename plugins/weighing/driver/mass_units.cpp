#include "driver/mass_units.hpp"

#include <limits>

namespace weighing {

namespace {

constexpr int kMaxExponent = 9;

// Wide enough for value × numerator × 10^9 without overflow; GCC and Clang both have it.
__extension__ typedef __int128 Wide;

Wide powerOfTen(int exponent) {
  Wide p = 1;
  for (int i = 0; i < exponent; ++i) p *= 10;
  return p;
}

}  // namespace

std::optional<std::int64_t> toMilligrams(std::int64_t value, int exponent, const MassUnit& unit) {
  if (exponent < -kMaxExponent || exponent > kMaxExponent) return std::nullopt;
  Wide numerator = static_cast<Wide>(value) * unit.mgNumerator;
  Wide denominator = unit.mgDenominator;
  if (exponent >= 0) {
    numerator *= powerOfTen(exponent);
  } else {
    denominator *= powerOfTen(-exponent);
  }
  const Wide magnitude = numerator < 0 ? -numerator : numerator;
  const Wide rounded = (magnitude * 2 + denominator) / (denominator * 2);
  const Wide result = numerator < 0 ? -rounded : rounded;
  if (result > std::numeric_limits<std::int64_t>::max() || result < std::numeric_limits<std::int64_t>::min()) {
    return std::nullopt;
  }
  return static_cast<std::int64_t>(result);
}

}  // namespace weighing
