#include "iso_currency.hpp"

#include <array>
#include <cstdio>

#include <unicode/ucurr.h>

namespace poscore::sale {

std::optional<IsoCurrency> isoCurrency(const std::string& alpha) {
  if (alpha.size() != 3) return std::nullopt;
  const std::array<UChar, 4> code{static_cast<UChar>(alpha[0]), static_cast<UChar>(alpha[1]),
                                  static_cast<UChar>(alpha[2]), 0};
  const int numeric = ucurr_getNumericCode(code.data());
  if (numeric <= 0 || numeric > 999) return std::nullopt;
  UErrorCode status = U_ZERO_ERROR;
  const int decimals = ucurr_getDefaultFractionDigits(code.data(), &status);
  if (U_FAILURE(status)) return std::nullopt;
  std::array<char, 4> digits{};
  std::snprintf(digits.data(), digits.size(), "%03d", numeric);
  return IsoCurrency{digits.data(), decimals};
}

}  // namespace poscore::sale
