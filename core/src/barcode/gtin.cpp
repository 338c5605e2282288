#include "poscore/barcode/gtin.hpp"

#include <algorithm>

namespace poscore::barcode {

std::optional<char> gs1CheckDigit(std::string_view digits) {
  if (digits.empty()) return std::nullopt;
  int sum = 0;
  int weight = 3;
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
    if (*it < '0' || *it > '9') return std::nullopt;
    sum += (*it - '0') * weight;
    weight = 4 - weight;
  }
  return static_cast<char>('0' + (10 - sum % 10) % 10);
}

bool hasValidCheckDigit(std::string_view code) {
  if (code.size() < 2) return false;
  const auto expected = gs1CheckDigit(code.substr(0, code.size() - 1));
  return expected && *expected == code.back();
}

std::optional<std::string> toGtin14(std::string_view code) {
  const auto length = code.size();
  if (length != 8 && length != 12 && length != 13 && length != 14) return std::nullopt;
  if (!hasValidCheckDigit(code)) return std::nullopt;
  return std::string(14 - length, '0') + std::string(code);
}

}  // namespace poscore::barcode
