#include "poscore/sale/tax_rules.hpp"

#include <algorithm>
#include <charconv>
#include <stdexcept>

#include "../util/json_fields.hpp"
#include "iso_currency.hpp"

namespace poscore::sale {
namespace {

constexpr const char* kFix = "; fix the lane settings file and start again";

TaxClass readTaxClass(const std::string& code, const Poco::JSON::Object& object, const std::string& where) {
  json::refuseUnknownKeys(object, {"rate_bp", "inclusive", "label_en", "label_zh"}, where);
  TaxClass taxClass;
  taxClass.code = code;
  const auto rate = json::optionalInteger(object, "rate_bp", where);
  if (!rate || *rate < 0 || *rate > kBasisPointsWhole) {
    json::fail(where, "rate_bp", "a whole number of basis points from 0 to 10000 (1300 = 13 %)");
  }
  taxClass.rateBp = *rate;
  taxClass.inclusive = json::optionalBool(object, "inclusive", where).value_or(true);
  taxClass.labelEn = json::requiredString(object, "label_en", where);
  taxClass.labelZh = json::requiredString(object, "label_zh", where);
  return taxClass;
}

std::vector<TaxClass> readTaxClasses(const Poco::JSON::Object& section) {
  std::vector<TaxClass> classes;
  for (const auto& [code, value] : section) {
    const std::string where = "sale.tax_classes." + code;
    if (code.empty() || code.size() > 8) {
      throw std::invalid_argument("sale.tax_classes: the code \"" + code + "\" must have 1 to 8 characters");
    }
    const auto object = section.getObject(code);
    if (!object) throw std::invalid_argument(where + ": expected an object with rate_bp, inclusive, label_en, label_zh");
    classes.push_back(readTaxClass(code, *object, where));
  }
  if (classes.empty()) throw std::invalid_argument("sale.tax_classes: expected at least one tax class");
  return classes;
}

CashRounding readCashRounding(const Poco::JSON::Object& section) {
  const std::string where = "sale.cash_rounding";
  json::refuseUnknownKeys(section, {"step", "mode"}, where);
  CashRounding rounding;
  const auto step = json::optionalInteger(section, "step", where).value_or(1);
  if (step < 1 || step > 10'000) json::fail(where, "step", "a whole number of minor units from 1 (none) to 10000");
  rounding.step = step;
  const auto mode = json::optionalString(section, "mode", where).value_or("nearest");
  if (mode == "nearest") {
    rounding.mode = CashRounding::Mode::Nearest;
  } else if (mode == "down") {
    rounding.mode = CashRounding::Mode::Down;
  } else if (mode == "up") {
    rounding.mode = CashRounding::Mode::Up;
  } else {
    json::fail(where, "mode", "\"nearest\", \"down\" or \"up\"");
  }
  return rounding;
}

int readDecimals(const std::string& text) {
  int value = -1;
  const auto end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (ec != std::errc{} || ptr != end || value < 0 || value > 3) {
    throw std::invalid_argument("sale.currency_decimals: expected a whole number from 0 to 3");
  }
  return value;
}

// A lane whose numeric code disagrees with its alphabetic one would read GS1 amounts of another
// currency as its own.
void readCurrency(const Config& config, PricingRules& rules) {
  if (auto currency = config.get("sale.currency")) {
    const bool isoCode = currency->size() == 3 && std::all_of(currency->begin(), currency->end(),
                                                             [](char c) { return c >= 'A' && c <= 'Z'; });
    if (!isoCode) throw std::invalid_argument("sale.currency: expected an ISO 4217 code such as \"CNY\"");
    rules.currency = *currency;
  }
  const auto known = isoCurrency(rules.currency);
  const auto numeric = config.get("sale.currency_numeric");
  const auto decimals = config.get("sale.currency_decimals");
  if (!known && (!numeric || !decimals)) {
    throw std::invalid_argument("sale.currency: \"" + rules.currency +
                                "\" is not an ISO 4217 currency this lane knows; check the code, or give "
                                "sale.currency_numeric and sale.currency_decimals with it");
  }
  if (numeric) {
    const bool digits = numeric->size() == 3 && std::all_of(numeric->begin(), numeric->end(),
                                                           [](char c) { return c >= '0' && c <= '9'; });
    if (!digits) {
      throw std::invalid_argument("sale.currency_numeric: expected the three-digit ISO 4217 numeric code as a string, "
                                  "such as \"156\" for CNY");
    }
    if (known && *numeric != known->numeric) {
      throw std::invalid_argument("sale.currency_numeric: \"" + *numeric + "\" is not the code of " + rules.currency +
                                  ", which is \"" + known->numeric + "\"; correct it or leave it out");
    }
  }
  rules.currencyNumeric = numeric ? *numeric : known->numeric;
  rules.decimals = decimals ? readDecimals(*decimals) : known->decimals;
  if (rules.decimals > 3) {
    throw std::invalid_argument("sale.currency: " + rules.currency + " has " + std::to_string(rules.decimals) +
                                " decimals and a lane counts at most 3; choose the lane's currency again");
  }
}

}  // namespace

std::set<std::string> PricingRules::taxClassCodes() const {
  std::set<std::string> codes;
  for (const auto& taxClass : taxClasses) codes.insert(taxClass.code);
  return codes;
}

const TaxClass* PricingRules::findTaxClass(const std::string& code) const {
  for (const auto& taxClass : taxClasses) {
    if (taxClass.code == code) return &taxClass;
  }
  return nullptr;
}

PricingRules defaultPricingRules() {
  PricingRules rules;
  rules.taxClasses = {
      {"A", 1300, true, "VAT 13%", "增值税 13%"},
      {"B", 900, true, "VAT 9%", "增值税 9%"},
      {"C", 0, true, "Tax exempt", "免税"},
  };
  return rules;
}

possdk::Result<PricingRules> loadPricingRules(const Config& config) {
  PricingRules rules = defaultPricingRules();
  try {
    readCurrency(config, rules);
    if (auto classes = config.section("sale.tax_classes")) rules.taxClasses = readTaxClasses(*classes);
    if (auto rounding = config.section("sale.cash_rounding")) rules.cashRounding = readCashRounding(*rounding);
  } catch (const std::invalid_argument& e) {
    return possdk::Result<PricingRules>::fail(std::string(e.what()) + kFix);
  }
  return rules;
}

Money lineTax(Money net, const TaxClass& taxClass) {
  const auto denominator = taxClass.inclusive ? kBasisPointsWhole + taxClass.rateBp : kBasisPointsWhole;
  return Money::minor(mulDivRound(net.minorUnits(), taxClass.rateBp, denominator));
}

Money roundCash(Money amount, const CashRounding& rounding) {
  const std::int64_t step = rounding.step;
  const std::int64_t units = amount.minorUnits();
  if (step <= 1) return amount;
  std::int64_t steps = 0;
  switch (rounding.mode) {
    case CashRounding::Mode::Nearest: steps = mulDivRound(units, 1, step); break;
    case CashRounding::Mode::Down: steps = units / step; break;  // C++ division truncates toward zero
    case CashRounding::Mode::Up: steps = units / step + (units % step > 0 ? 1 : 0) - (units % step < 0 ? 1 : 0); break;
  }
  return Money::minor(steps * step);
}

}  // namespace poscore::sale
