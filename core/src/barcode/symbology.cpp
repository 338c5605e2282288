#include <array>

#include "symbology_identifier.hpp"

namespace poscore::barcode {
namespace {

constexpr std::array<SymbologyIdentifier, 6> kIdentifiers{{
    {"]C1", true, Symbology::Gs1_128, RetailHint::None},
    {"]e0", true, Symbology::Gs1DataBar, RetailHint::None},
    {"]d2", true, Symbology::Gs1DataMatrix, RetailHint::None},
    {"]Q3", true, Symbology::Gs1Qr, RetailHint::None},
    {"]E0", false, Symbology::Ean13, RetailHint::EanUpc},
    {"]E4", false, Symbology::Ean8, RetailHint::Ean8},
}};

}  // namespace

std::string_view symbologyName(Symbology symbology) {
  switch (symbology) {
    case Symbology::Ean13: return "EAN-13";
    case Symbology::Ean8: return "EAN-8";
    case Symbology::UpcA: return "UPC-A";
    case Symbology::UpcE: return "UPC-E";
    case Symbology::Gtin14: return "GTIN-14";
    case Symbology::Gs1_128: return "GS1-128";
    case Symbology::Gs1DataBar: return "GS1 DataBar";
    case Symbology::Gs1DataMatrix: return "GS1 DataMatrix";
    case Symbology::Gs1Qr: return "GS1 QR Code";
    case Symbology::Gs1HumanReadable: return "GS1 element string (keyed)";
  }
  return "unknown";
}

const SymbologyIdentifier* findSymbologyIdentifier(std::string_view scanned) {
  for (const auto& identifier : kIdentifiers) {
    if (scanned.substr(0, identifier.prefix.size()) == identifier.prefix) return &identifier;
  }
  return nullptr;
}

std::string knownSymbologyIdentifiers() {
  std::string list;
  for (const auto& identifier : kIdentifiers) list += (list.empty() ? "" : ", ") + std::string(identifier.prefix);
  return list;
}

}  // namespace poscore::barcode
