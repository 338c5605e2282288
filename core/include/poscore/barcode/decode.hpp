#pragma once
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "poscore/barcode/decode_settings.hpp"
#include "poscore/money/money.hpp"
#include "possdk/status.hpp"

namespace poscore::barcode {

enum class Symbology { Ean13, Ean8, UpcA, UpcE, Gtin14, Gs1_128, Gs1DataBar, Gs1DataMatrix, Gs1Qr, Gs1HumanReadable };

std::string_view symbologyName(Symbology symbology);

// One application identifier of a GS1 element string, as scanned.
struct AiElement {
  std::string ai;       // "01", "3103"
  std::string value;
  std::string meaning;  // "net weight (kg)"
};

// The part of a restricted-circulation EAN-13 (prefix 02, 20-29) that is not the item.
struct VariableMeasure {
  std::string prefix;
  std::string itemReference;
  std::optional<char> verifier;  // the price-verifier digit, checked
};

// What a scan says. The catalog is searched with lookupKey, never with the raw code.
struct Decoded {
  Symbology symbology = Symbology::Ean13;
  std::string code;       // the data as scanned, without the AIM symbology identifier
  std::string gtin;       // GTIN-14 of the code (UPC-E expanded first)
  // GTIN-14 the catalog stores the item under. For a variable-measure code it is the code with
  // its verifier and value digits set to 0 and the check digit computed again, so every label of
  // one item finds the same catalog row; otherwise it is gtin.
  std::string lookupKey;
  std::optional<VariableMeasure> variableMeasure;
  std::optional<Money> price;                   // embedded in a variable-measure code
  std::optional<std::int64_t> weightGrams;      // variable-measure weight, or AI 310n / 320n
  std::optional<Money> amountPayable;           // AI 392n / 393n, in the lane currency
  std::optional<std::string> amountCurrency;    // ISO 4217 numeric code of amountPayable
  std::optional<std::string> batch;             // AI 10
  std::optional<std::chrono::year_month_day> bestBefore;  // AI 15
  std::optional<std::chrono::year_month_day> expiry;      // AI 17
  std::vector<AiElement> elements;              // every AI of an element string, in order

  // Several lines for support staff: symbology, GTIN, lookup key, embedded value, AIs.
  std::string describe(int currencyDecimals = 2) const;
};

// Reads one scan as a keyboard-wedge scanner sends it: EAN-13, EAN-8, UPC-A, UPC-E (8 digits),
// GTIN-14, or a GS1 element string after the AIM identifier ]C1, ]e0, ]d2 or ]Q3 (FNC1 as ASCII
// GS, 0x1D) or in its printed form "(01)...(10)...". ]E0 and ]E4 before an EAN/UPC are accepted
// too. A failure says what is wrong, where, and what to do; a code with a wrong check digit is
// never decoded, so it is never looked up.
possdk::Result<Decoded> decode(std::string_view scanned, const DecodeSettings& settings);

}  // namespace poscore::barcode
