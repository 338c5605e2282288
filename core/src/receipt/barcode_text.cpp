#include "barcode_text.hpp"

#include <algorithm>

#include "poscore/barcode/gtin.hpp"
#include "poscore/receipt/code128.hpp"

namespace poscore::receipt {

namespace {

using R = possdk::Result<std::string>;

bool allIn(std::string_view data, std::string_view allowed) {
  return std::all_of(data.begin(), data.end(), [&](char c) { return allowed.find(c) != std::string_view::npos; });
}

constexpr std::string_view kDigits = "0123456789";

// EAN/UPC data: `bare` digits without the check digit or bare+1 with it.
R gs1Text(const char* name, std::string_view data, std::size_t bare) {
  if (!allIn(data, kDigits) || (data.size() != bare && data.size() != bare + 1)) {
    return R::fail(std::string(name) + " takes " + std::to_string(bare) + " or " + std::to_string(bare + 1) +
                   " digits, not \"" + std::string(data) + "\"");
  }
  if (data.size() == bare) return std::string(data) + *barcode::gs1CheckDigit(data);
  if (!barcode::hasValidCheckDigit(data)) {
    return R::fail(std::string(name) + " \"" + std::string(data) + "\" has a wrong check digit");
  }
  return std::string(data);
}

R checkedText(const char* name, std::string_view data, bool ok, const char* rule) {
  if (!ok) return R::fail(std::string(name) + " data \"" + std::string(data) + "\" is invalid: " + rule);
  return std::string(data);
}

}  // namespace

R barcodeText(Symbology symbology, std::string_view data) {
  switch (symbology) {
    case Symbology::UpcA: return gs1Text("UPC-A", data, 11);
    case Symbology::Ean13: return gs1Text("EAN-13", data, 12);
    case Symbology::Ean8: return gs1Text("EAN-8", data, 7);
    case Symbology::UpcE:
      return checkedText("UPC-E", data, allIn(data, kDigits) && ((data.size() >= 6 && data.size() <= 8) || data.size() == 11 || data.size() == 12),
                         "6-8, 11 or 12 digits");
    case Symbology::Code39:
      return checkedText("CODE39", data, !data.empty() && allIn(data, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./"),
                         "digits, capitals, space and $%*+-./");
    case Symbology::Itf:
      return checkedText("ITF", data, !data.empty() && data.size() % 2 == 0 && allIn(data, kDigits),
                         "an even number of digits");
    case Symbology::Codabar:
      return checkedText("CODABAR", data, data.size() >= 2 && allIn(data, "0123456789ABCDabcd$+-./:"),
                         "digits, A-D and $+-./:");
    case Symbology::Code93:
      return checkedText("CODE93", data, !data.empty() && std::all_of(data.begin(), data.end(), [](char c) {
                                           return static_cast<unsigned char>(c) < 128;
                                         }),
                         "ASCII characters");
    case Symbology::Code128: return code128Text(data);
  }
  return R::fail("unknown symbology");
}

}  // namespace poscore::receipt
