#pragma once
#include <string_view>

#include "poscore/barcode/decode.hpp"
#include "retail_code.hpp"

namespace poscore::barcode {

// An AIM symbology identifier a scanner puts before the data ("]C1"), and how its data is read.
struct SymbologyIdentifier {
  std::string_view prefix;
  bool elementString;  // GS1 element string with GS separators; else EAN/UPC digits
  Symbology symbology; // for element strings; EAN/UPC take theirs from the digits
  RetailHint hint;
};

// The identifier that starts `scanned`, or nullptr when the lane does not read that one.
const SymbologyIdentifier* findSymbologyIdentifier(std::string_view scanned);

// "]C1, ]e0, ..." for messages.
std::string knownSymbologyIdentifiers();

}  // namespace poscore::barcode
