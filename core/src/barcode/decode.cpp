#include "poscore/barcode/decode.hpp"

#include "element_decode.hpp"
#include "symbology_identifier.hpp"

namespace poscore::barcode {

possdk::Result<Decoded> decode(std::string_view scanned, const DecodeSettings& settings) {
  using Outcome = possdk::Result<Decoded>;
  if (scanned.empty()) return Outcome::fail("nothing was scanned; rescan the item");
  if (scanned.front() == ']') {
    const auto* identifier = findSymbologyIdentifier(scanned);
    if (identifier == nullptr) {
      return Outcome::fail("symbology identifier " + std::string(scanned.substr(0, 3)) +
                           " is not one the lane reads (" + knownSymbologyIdentifiers() +
                           "); key the code from the label, or have the scanner set up for GS1 and EAN/UPC codes");
    }
    const auto data = scanned.substr(identifier->prefix.size());
    if (!identifier->elementString) return decodeRetail(data, identifier->hint, settings);
    auto elements = splitElementString(data, identifier->prefix.size());
    if (!elements) return Outcome::fail(elements.error());
    return decodeElements(elements.value(), identifier->symbology, data, settings);
  }
  if (scanned.front() == '(') {
    auto elements = splitHumanReadable(scanned);
    if (!elements) return Outcome::fail(elements.error());
    return decodeElements(elements.value(), Symbology::Gs1HumanReadable, scanned, settings);
  }
  return decodeRetail(scanned, RetailHint::None, settings);
}

}  // namespace poscore::barcode
