#include "measures.hpp"

#include <charconv>

namespace poscore::barcode {
namespace {

std::int64_t powerOfTen(int exponent) {
  std::int64_t result = 1;
  for (int i = 0; i < exponent; ++i) result *= 10;
  return result;
}

}  // namespace

std::int64_t digitsValue(std::string_view digits) {
  std::int64_t value = 0;
  std::from_chars(digits.data(), digits.data() + digits.size(), value);
  return value;
}

Money moneyFromValue(std::int64_t value, int decimals, int currencyDecimals) {
  return Money::minor(mulDivRound(value, powerOfTen(currencyDecimals), powerOfTen(decimals)));
}

std::int64_t gramsFromKilograms(std::int64_t value, int decimals) { return mulDivRound(value, 1000, powerOfTen(decimals)); }

// 453.59237 g is 45359237 / 10^5 g.
std::int64_t gramsFromPounds(std::int64_t value, int decimals) {
  return mulDivRound(value, 45'359'237, powerOfTen(decimals + 5));
}

}  // namespace poscore::barcode
