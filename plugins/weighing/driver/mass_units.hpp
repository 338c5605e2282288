#pragma once
#include <cstdint>
#include <optional>

namespace weighing {

// One unit of mass as an exact fraction of a milligram, so no weight goes through floating point.
struct MassUnit {
  const char* name;
  std::int64_t mgNumerator;
  std::int64_t mgDenominator;
};

inline constexpr MassUnit kMilligram{"mg", 1, 1};
inline constexpr MassUnit kGram{"g", 1000, 1};
inline constexpr MassUnit kKilogram{"kg", 1'000'000, 1};
inline constexpr MassUnit kCarat{"ct", 200, 1};
inline constexpr MassUnit kGrain{"gr", 6'479'891, 100'000};                  // 64.79891 mg
inline constexpr MassUnit kPennyweight{"dwt", 155'517'384, 100'000};         // 1.55517384 g
inline constexpr MassUnit kMetricTon{"t", 1'000'000'000, 1};
inline constexpr MassUnit kShortTon{"ton", 907'184'740, 1};                  // 2000 lb
inline constexpr MassUnit kTroyOunce{"ozt", 311'034'768, 10'000};            // 31.1034768 g
inline constexpr MassUnit kOunce{"oz", 28'349'523'125, 1'000'000};           // 28.349523125 g
inline constexpr MassUnit kPound{"lb", 45'359'237, 100};                     // 453.59237 g

// value × 10^exponent units in milligrams, rounded half away from zero (the project's one
// rounding rule); nullopt when the exponent is outside -9..9 or the result leaves int64.
std::optional<std::int64_t> toMilligrams(std::int64_t value, int exponent, const MassUnit& unit);

}  // namespace weighing
