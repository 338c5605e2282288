#pragma once
#include <vector>

#include "poscore/receipt/paper.hpp"
#include "possdk/status.hpp"

namespace vprinter {

// The bars of a linear barcode, one entry per module (true = dark), encoded by libzint from what
// the barcode reads as. Zint picks its own CODE128 code sets, so the bars may differ from a
// printer's where the sender chose other sets, but they read back the same.
possdk::Result<std::vector<bool>> barcodeModules(const poscore::receipt::Barcode& barcode);

}  // namespace vprinter
