#include "retail_code.hpp"

#include "check_digit_refusal.hpp"
#include "digits.hpp"
#include "poscore/barcode/gtin.hpp"
#include "poscore/barcode/upce.hpp"
#include "variable_measure.hpp"

namespace poscore::barcode {
namespace {

using Outcome = possdk::Result<Decoded>;

std::optional<Symbology> symbologyOf(std::string_view digits, RetailHint hint, const DecodeSettings& settings) {
  switch (digits.size()) {
    case 8: {
      if (hint == RetailHint::Ean8) return Symbology::Ean8;
      const bool zeroOrOne = digits[0] == '0' || digits[0] == '1';
      if (hint == RetailHint::EanUpc) return zeroOrOne ? std::optional(Symbology::UpcE) : std::nullopt;
      return zeroOrOne && settings.eightDigitZeroOneIsUpcE ? Symbology::UpcE : Symbology::Ean8;
    }
    case 12:
      return hint == RetailHint::Ean8 ? std::nullopt : std::optional(Symbology::UpcA);
    case 13:
      return hint == RetailHint::Ean8 ? std::nullopt : std::optional(Symbology::Ean13);
    case 14:
      return hint == RetailHint::None ? std::optional(Symbology::Gtin14) : std::nullopt;
    default:
      return std::nullopt;
  }
}

std::string lengthRefusal(std::string_view digits, RetailHint hint) {
  const std::string expected = hint == RetailHint::Ean8     ? "an EAN-8 has 8"
                               : hint == RetailHint::EanUpc ? "an EAN-13 has 13, a UPC-A 12, a UPC-E 8 starting with 0 or 1"
                                                            : "a retail barcode has 8, 12, 13 or 14";
  return "code " + std::string(digits) + " has " + std::to_string(digits.size()) + " digits, " + expected +
         "; " + std::string(kRescanAdvice);
}

}  // namespace

Outcome decodeRetail(std::string_view digits, RetailHint hint, const DecodeSettings& settings) {
  if (!allDigits(digits)) {
    return Outcome::fail("code '" + std::string(digits) +
                         "' is not a barcode the lane reads: an EAN or UPC holds digits only, a GS1-128 or DataBar "
                         "code needs its symbology identifier (]C1, ]e0) from the scanner; rescan the item, or "
                         "key the code from the label");
  }
  const auto symbology = symbologyOf(digits, hint, settings);
  if (!symbology) return Outcome::fail(lengthRefusal(digits, hint));
  Decoded decoded;
  decoded.symbology = *symbology;
  decoded.code = std::string(digits);
  const std::string named = std::string(symbologyName(*symbology)) + " " + decoded.code;
  // UPC-E's check digit belongs to the UPC-A it stands for.
  const std::string full = *symbology == Symbology::UpcE ? *expandUpcE(digits) : decoded.code;
  const char expected = *gs1CheckDigit(std::string_view(full).substr(0, full.size() - 1));
  if (digits.back() != expected) {
    return Outcome::fail(checkDigitProblem(named, digits.back(), expected) + "; " + std::string(kRescanAdvice));
  }
  decoded.gtin = *toGtin14(full);
  decoded.lookupKey = decoded.gtin;
  const auto ean13 = std::string_view(decoded.gtin).substr(1);
  const bool ean13Form = *symbology == Symbology::Ean13 || *symbology == Symbology::UpcA;
  if (const auto* layout = ean13Form ? variableMeasureLayout(ean13, settings) : nullptr) {
    if (auto read = readVariableMeasure(ean13, *layout, settings, decoded); !read) return Outcome::fail(read.error());
  }
  return decoded;
}

}  // namespace poscore::barcode
