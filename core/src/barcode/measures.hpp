#pragma once
#include <cstdint>
#include <string_view>

#include "poscore/money/money.hpp"

namespace poscore::barcode {

// The digits of a value field as a number; the caller has checked they are 1 to 18 digits.
std::int64_t digitsValue(std::string_view digits);

// A value with `decimals` decimals in the lane currency's minor units, rounded half away from zero.
Money moneyFromValue(std::int64_t value, int decimals, int currencyDecimals);

// Kilograms or pounds with `decimals` decimals in whole grams (1 lb = 453.59237 g exactly).
std::int64_t gramsFromKilograms(std::int64_t value, int decimals);
std::int64_t gramsFromPounds(std::int64_t value, int decimals);

}  // namespace poscore::barcode
