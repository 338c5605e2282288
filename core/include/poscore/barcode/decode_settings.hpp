#pragma once
#include <memory>
#include <string>
#include <vector>

#include "poscore/services/clocks.hpp"
#include "possdk/clock.hpp"
#include "possdk/status.hpp"

namespace poscore {
class Config;
}
namespace poscore::sale {
struct PricingRules;
}

namespace poscore::barcode {

// What the digits after the item reference of a variable-measure code hold.
enum class MeasureKind { Price, Weight, None };

// How one GS1 restricted-circulation prefix (02 or 20-29) of an EAN-13 is laid out. After the two
// prefix digits come itemDigits of item reference, then the verifier digit when there is one,
// then valueDigits of value, then the check digit: itemDigits + verifier + valueDigits == 10.
struct VariableMeasureLayout {
  std::string prefix;          // "02" or "20" ... "29"
  int itemDigits = 5;
  MeasureKind kind = MeasureKind::Price;
  int valueDigits = 5;         // 0 for MeasureKind::None
  int decimals = 2;            // decimals of the value: a price in kg of 3 decimals is grams
  bool verifier = false;       // a GS1 price-verifier digit (4- or 5-digit value only)
};

// The layouts used when the lane's settings name none for a prefix:
//   02     item 5, verifier, price 4 digits, 2 decimals (UPC-A number system 2, US/Canada scales)
//   20-27  item 5, price 5 digits, 2 decimals (Chinese and most European label scales)
//   28     item 4, verifier, price 5 digits, 2 decimals
//   29     item 5, weight 5 digits, 3 decimals (grams)
std::vector<VariableMeasureLayout> defaultVariableMeasureLayouts();

struct DecodeSettings {
  std::vector<VariableMeasureLayout> variableMeasure = defaultVariableMeasureLayouts();
  // An 8-digit code that starts with 0 or 1 is read as UPC-E (GS1-8 prefix 0 is for restricted
  // circulation, so retail EAN-8s do not start with it); false reads it as EAN-8. A scanner that
  // sends AIM identifiers (]E0 / ]E4) settles the question either way.
  bool eightDigitZeroOneIsUpcE = true;
  // The lane currency, from PricingRules: embedded prices become its minor units, and a GS1
  // amount in another currency (AI 391n/393n) is refused.
  int currencyDecimals = 2;
  std::string currencyNumeric = "156";  // ISO 4217 numeric code (CNY)
  // GS1 dates carry two-digit years; the century is chosen around this clock's year.
  std::shared_ptr<const possdk::Clock> clock = std::make_shared<SystemClock>();
};

// The settings from the lane's settings file, section "barcodes":
//   "barcodes": {
//     "variable_measure": [ { "prefix": "21", "item_digits": 5, "value": "price" | "weight" | "none",
//                             "value_digits": 5, "decimals": 2, "verifier": false }, ... ],
//     "eight_digit_zero_one_is_upce": true }
// A layout replaces the default of its prefix; "none" makes the prefix a plain in-store code.
// The currency (decimals and numeric code) is the lane's, from `pricing` (keys "sale.*").
// A failure names the field ("barcodes.variable_measure[1].value_digits: ...").
possdk::Result<DecodeSettings> loadDecodeSettings(const Config& config, const sale::PricingRules& pricing,
                                                  std::shared_ptr<const possdk::Clock> clock);

}  // namespace poscore::barcode
