#pragma once
#include <string_view>

#include "poscore/barcode/decode.hpp"

namespace poscore::barcode {

// The layout for the restricted-circulation prefix of a 13-digit code, or nullptr when it has none.
const VariableMeasureLayout* variableMeasureLayout(std::string_view ean13, const DecodeSettings& settings);

// Reads item reference, verifier and value of `ean13` (check digit already checked) into
// `decoded`, and sets its lookup key: the code with verifier and value zeroed, check digit
// recomputed, as a GTIN-14.
possdk::Status readVariableMeasure(std::string_view ean13, const VariableMeasureLayout& layout,
                                   const DecodeSettings& settings, Decoded& decoded);

}  // namespace poscore::barcode
