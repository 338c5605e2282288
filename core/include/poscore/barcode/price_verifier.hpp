#pragma once
#include <optional>
#include <string_view>

namespace poscore::barcode {

// The price-verifier digit GS1 defines for a 4- or 5-digit price or weight field of a
// restricted-circulation code (General Specifications, "check digit calculation for price/weight
// fields", weighting factors 2-, 3, 5+ and 5-). It catches a misread value that the code's own
// check digit misses. Returns nullopt for other lengths or anything but digits.
std::optional<char> priceVerifierDigit(std::string_view value);

}  // namespace poscore::barcode
