#include "barcode_modules.hpp"

#include <zint.h>

#include <memory>
#include <string>

namespace vprinter {

namespace {

using poscore::receipt::Symbology;

int zintSymbology(Symbology s) {
  switch (s) {
    case Symbology::UpcA: return BARCODE_UPCA;
    case Symbology::UpcE: return BARCODE_UPCE;
    case Symbology::Ean13:
    case Symbology::Ean8: return BARCODE_EANX;
    case Symbology::Code39: return BARCODE_CODE39;
    case Symbology::Itf: return BARCODE_C25INTER;
    case Symbology::Codabar: return BARCODE_CODABAR;
    case Symbology::Code93: return BARCODE_CODE93;
    case Symbology::Code128: return BARCODE_CODE128;
  }
  return BARCODE_CODE128;
}

struct ZintDelete {
  void operator()(zint_symbol* s) const { ZBarcode_Delete(s); }
};

// zint keeps each row's modules as bits, lowest bit first (its module_is_set()).
bool moduleAt(const zint_symbol& symbol, int column) {
  return ((symbol.encoded_data[0][column >> 3] >> (column & 7)) & 1) != 0;
}

}  // namespace

possdk::Result<std::vector<bool>> barcodeModules(const poscore::receipt::Barcode& barcode) {
  using R = possdk::Result<std::vector<bool>>;
  std::unique_ptr<zint_symbol, ZintDelete> symbol(ZBarcode_Create());
  if (!symbol) return R::fail("libzint could not allocate a symbol");
  symbol->symbology = zintSymbology(barcode.symbology);
  symbol->show_hrt = 0;
  const auto& text = barcode.text;
  const int rc = ZBarcode_Encode(symbol.get(), reinterpret_cast<const unsigned char*>(text.data()),
                                 static_cast<int>(text.size()));
  if (rc >= ZINT_ERROR) {
    return R::fail(std::string(poscore::receipt::symbologyName(barcode.symbology)) + " \"" + text +
                   "\" cannot be drawn: " + symbol->errtxt);
  }
  std::vector<bool> modules(static_cast<std::size_t>(symbol->width));
  for (int x = 0; x < symbol->width; ++x) modules[static_cast<std::size_t>(x)] = moduleAt(*symbol, x);
  return modules;
}

}  // namespace vprinter
