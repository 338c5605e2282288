#pragma once
#include <string_view>

#include "poscore/barcode/decode.hpp"

namespace poscore::barcode {

// What the scanner said about an all-digit code: nothing, ]E0 (EAN-13, UPC-A or UPC-E) or ]E4 (EAN-8).
enum class RetailHint { None, EanUpc, Ean8 };

// EAN-13, EAN-8, UPC-A, UPC-E or GTIN-14 digits, check digit checked, variable-measure values
// read by the layout of their prefix.
possdk::Result<Decoded> decodeRetail(std::string_view digits, RetailHint hint, const DecodeSettings& settings);

}  // namespace poscore::barcode
