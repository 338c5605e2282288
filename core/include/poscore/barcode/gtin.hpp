#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace poscore::barcode {

// The GS1 mod-10 check digit of `digits` (the code without its check digit): weights 3,1,3,...
// from the right. Returns nullopt when `digits` is empty or holds anything but 0-9.
std::optional<char> gs1CheckDigit(std::string_view digits);

// True when `code` is all digits and its last digit is the GS1 check digit of the rest.
bool hasValidCheckDigit(std::string_view code);

// The 14-digit GTIN of an EAN-8, UPC-A (12), EAN-13 or GTIN-14 code, left-padded with zeros: the
// one key the catalog stores and looks up, so an item scanned as UPC-A and listed as EAN-13 is
// found. Returns nullopt for other lengths, non-digits or a wrong check digit. UPC-E codes are
// expanded by the barcode parser before they get here.
std::optional<std::string> toGtin14(std::string_view code);

}  // namespace poscore::barcode
