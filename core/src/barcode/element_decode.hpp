#pragma once
#include <string_view>
#include <vector>

#include "element_string.hpp"
#include "poscore/barcode/decode.hpp"

namespace poscore::barcode {

// The meaning of split elements: GTIN check digit, dates, weights and amounts, each AI at most once.
possdk::Result<Decoded> decodeElements(const std::vector<RawElement>& elements, Symbology symbology,
                                       std::string_view code, const DecodeSettings& settings);

}  // namespace poscore::barcode
