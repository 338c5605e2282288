#pragma once
#include <string>
#include <string_view>

#include "poscore/receipt/paper.hpp"
#include "possdk/status.hpp"

namespace poscore::receipt {

// What a scanner reads from a barcode printed from `data` (GS k), or why a printer would refuse
// the data: wrong characters or length, a wrong EAN/UPC check digit. EAN/UPC data without its
// check digit gains it, as printers add it.
possdk::Result<std::string> barcodeText(Symbology symbology, std::string_view data);

}  // namespace poscore::receipt
