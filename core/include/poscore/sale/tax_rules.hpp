#pragma once
#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "poscore/money/money.hpp"
#include "poscore/services/config.hpp"
#include "possdk/status.hpp"

// The lane's pricing settings: currency, tax classes and cash rounding. Loaded once from the lane
// settings (sections "sale.tax_classes" and "sale.cash_rounding", keys "sale.currency",
// "sale.currency_numeric" and "sale.currency_decimals"); anything absent takes the defaults of a
// mainland China lane. These keys are the lane's only word on its currency and tax classes:
// receipts and barcode decoding take theirs from the PricingRules loaded here.
namespace poscore::sale {

inline constexpr std::int64_t kBasisPointsWhole = 10'000;  // 100.00 %

struct TaxClass {
  std::string code;         // "A", as products name it
  std::int64_t rateBp = 0;  // basis points: 1300 = 13.00 %
  bool inclusive = true;    // the price already holds the tax (true) or the tax is added on top
  std::string labelEn;
  std::string labelZh;
};

// How a cash payment that settles the sale is rounded (coins below the step are not handed out).
struct CashRounding {
  enum class Mode { Nearest, Down, Up };  // Nearest: half away from zero; Down/Up: toward/away from zero
  std::int64_t step = 1;                  // minor units: 10 rounds to 0.10; 1 means no rounding
  Mode mode = Mode::Nearest;
};

struct PricingRules {
  std::string currency = "CNY";         // ISO 4217 alphabetic code
  std::string currencyNumeric = "156";  // ISO 4217 numeric code, three digits (GS1 AI 391n/393n name it)
  int decimals = 2;                     // the currency's minor unit: amounts are in 10^-decimals
  std::vector<TaxClass> taxClasses;
  CashRounding cashRounding;

  // nullptr when the code is not one of the lane's classes.
  const TaxClass* findTaxClass(const std::string& code) const;
  // The codes of the lane's classes: what a catalog import accepts in its tax_class column.
  std::set<std::string> taxClassCodes() const;
};

// CNY with two decimals; A 13 % and B 9 % inclusive, C 0 %; no cash rounding.
PricingRules defaultPricingRules();

// Reads the rules from the lane settings. A section present replaces the default wholesale: a
// lane listing its tax classes lists all of them. For a currency ISO 4217 lists (per ICU's data),
// the numeric code and decimals default to its own and a numeric code that disagrees is refused;
// a currency ICU does not know must state both. Errors name the key ("sale.tax_classes.A.rate_bp"),
// what is expected and that the settings file needs fixing.
possdk::Result<PricingRules> loadPricingRules(const Config& config);

// The tax a line's net holds (inclusive: net x rate / (10000 + rate)) or adds (exclusive: net x
// rate / 10000), rounded half away from zero. Negative nets (returns) give the mirrored figure.
Money lineTax(Money net, const TaxClass& taxClass);

// `amount` rounded to the cash step by the lane's mode; signs are mirrored, so a refund of -12.34
// rounds like a sale of 12.34.
Money roundCash(Money amount, const CashRounding& rounding);

}  // namespace poscore::sale
