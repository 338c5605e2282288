#include "poscore/receipt/paper.hpp"

namespace poscore::receipt {

const char* symbologyName(Symbology s) {
  switch (s) {
    case Symbology::UpcA: return "UPC-A";
    case Symbology::UpcE: return "UPC-E";
    case Symbology::Ean13: return "EAN-13";
    case Symbology::Ean8: return "EAN-8";
    case Symbology::Code39: return "CODE39";
    case Symbology::Itf: return "ITF";
    case Symbology::Codabar: return "CODABAR";
    case Symbology::Code93: return "CODE93";
    case Symbology::Code128: return "CODE128";
  }
  return "?";
}

}  // namespace poscore::receipt
