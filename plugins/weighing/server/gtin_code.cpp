#include "server/gtin_code.hpp"

#include <algorithm>
#include <cctype>

#include "server/api_failure.hpp"

namespace weighing::server {
namespace {

// GS1: from the right, digits before the check digit weigh 3, 1, 3, ...
char checkDigitOf(const std::string& body) {
  int sum = 0;
  int weight = 3;
  for (auto it = body.rbegin(); it != body.rend(); ++it) {
    sum += (*it - '0') * weight;
    weight = 4 - weight;
  }
  return static_cast<char>('0' + (10 - sum % 10) % 10);
}

}  // namespace

std::string gtin14Of(const std::string& code, const std::string& field) {
  const bool digits = std::all_of(code.begin(), code.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
  const auto n = code.size();
  if (!digits || (n != 8 && n != 12 && n != 13 && n != 14)) {
    throw ApiFailure(422, "invalid_field", field,
                     field + " must be an EAN-8, UPC-A, EAN-13 or GTIN-14 of 8, 12, 13 or 14 digits; got \"" + code + "\"");
  }
  const auto expected = checkDigitOf(code.substr(0, n - 1));
  if (code.back() != expected) {
    throw ApiFailure(422, "barcode_check_digit", field,
                     "the check digit of " + code + " is wrong: it should end in " + std::string(1, expected) +
                         "; scan it again or key it in");
  }
  return std::string(14 - n, '0') + code;
}

}  // namespace weighing::server
