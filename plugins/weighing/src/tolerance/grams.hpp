#pragma once
#include <cstdint>
#include <string>

namespace weighing {

// Whole grams of a milligram weight, rounded half away from zero (the suite's one rounding rule).
constexpr std::int64_t gramsOf(std::int64_t mg) { return mg >= 0 ? (mg + 500) / 1000 : -((-mg + 500) / 1000); }

// "1234 g", for reasons and messages.
inline std::string gramsText(std::int64_t mg) { return std::to_string(gramsOf(mg)) + " g"; }

}  // namespace weighing
