#include "poscore/barcode/price_verifier.hpp"

#include <array>

#include "digits.hpp"

namespace poscore::barcode {
namespace {

// GS1's weighting factors. "2-": the digit times 2, then the units digit less the tens digit;
// "3": the units digit of the digit times 3; "5+" and "5-": the digit times 5, then units plus or
// less tens. Results are taken mod 10.
enum class Factor { TwoMinus, Three, FivePlus, FiveMinus };

int weighted(int digit, Factor factor) {
  switch (factor) {
    case Factor::TwoMinus: {
      const int product = 2 * digit;
      return (product % 10 - product / 10 + 10) % 10;
    }
    case Factor::Three:
      return 3 * digit % 10;
    case Factor::FivePlus: {
      const int product = 5 * digit;
      return (product % 10 + product / 10) % 10;
    }
    case Factor::FiveMinus: {
      const int product = 5 * digit;
      return (product % 10 - product / 10 + 10) % 10;
    }
  }
  return 0;
}

template <std::size_t N>
int weightedSum(std::string_view value, const std::array<Factor, N>& factors) {
  int sum = 0;
  for (std::size_t i = 0; i < N; ++i) sum += weighted(value[i] - '0', factors[i]);
  return sum;
}

// Four digits: factors 2- 2- 3 5-; the units digit of three times the sum.
char fourDigitVerifier(std::string_view value) {
  static constexpr std::array kFactors{Factor::TwoMinus, Factor::TwoMinus, Factor::Three, Factor::FiveMinus};
  return static_cast<char>('0' + weightedSum(value, kFactors) * 3 % 10);
}

// Five digits: factors 5+ 2- 5- 5+ 2-; the sum is taken from the next multiple of ten, and the
// verifier is the digit whose 5- product gives that difference (5- maps the digits one to one).
char fiveDigitVerifier(std::string_view value) {
  static constexpr std::array kFactors{Factor::FivePlus, Factor::TwoMinus, Factor::FiveMinus, Factor::FivePlus,
                                       Factor::TwoMinus};
  const int difference = (10 - weightedSum(value, kFactors) % 10) % 10;
  int digit = 0;
  while (weighted(digit, Factor::FiveMinus) != difference) ++digit;
  return static_cast<char>('0' + digit);
}

}  // namespace

std::optional<char> priceVerifierDigit(std::string_view value) {
  if (!allDigits(value)) return std::nullopt;
  if (value.size() == 4) return fourDigitVerifier(value);
  if (value.size() == 5) return fiveDigitVerifier(value);
  return std::nullopt;
}

}  // namespace poscore::barcode
