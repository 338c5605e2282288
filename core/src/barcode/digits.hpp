#pragma once
#include <algorithm>
#include <string_view>

namespace poscore::barcode {

inline bool isDigit(char c) { return c >= '0' && c <= '9'; }

inline bool allDigits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), isDigit);
}

}  // namespace poscore::barcode
