#include "poscore/barcode/decode_settings.hpp"

#include <set>
#include <stdexcept>

#include "../util/json_fields.hpp"
#include "digits.hpp"
#include "poscore/sale/tax_rules.hpp"
#include "poscore/services/config.hpp"

namespace poscore::barcode {
namespace {

const std::string kSection = "barcodes";

MeasureKind measureKind(const std::string& text, const std::string& where) {
  if (text == "price") return MeasureKind::Price;
  if (text == "weight") return MeasureKind::Weight;
  if (text == "none") return MeasureKind::None;
  json::fail(where, "value", "\"price\", \"weight\" or \"none\"");
}

int boundedInteger(const Poco::JSON::Object& object, const std::string& key, const std::string& where, int fallback,
                   int low, int high) {
  const auto value = json::optionalInteger(object, key, where).value_or(fallback);
  if (value < low || value > high) {
    json::fail(where, key, "a whole number from " + std::to_string(low) + " to " + std::to_string(high));
  }
  return static_cast<int>(value);
}

bool isRestrictedPrefix(const std::string& prefix) {
  return prefix.size() == 2 && allDigits(prefix) && (prefix == "02" || prefix[0] == '2');
}

VariableMeasureLayout readLayout(const Poco::JSON::Object& object, const std::string& where) {
  json::refuseUnknownKeys(object, {"prefix", "item_digits", "value", "value_digits", "decimals", "verifier"}, where);
  VariableMeasureLayout layout;
  layout.prefix = json::requiredString(object, "prefix", where);
  if (!isRestrictedPrefix(layout.prefix)) json::fail(where, "prefix", "\"02\" or \"20\" to \"29\" (GS1 restricted circulation)");
  layout.kind = measureKind(json::requiredString(object, "value", where), where);
  const bool none = layout.kind == MeasureKind::None;
  layout.itemDigits = boundedInteger(object, "item_digits", where, none ? 10 : 5, 1, 10);
  layout.valueDigits = boundedInteger(object, "value_digits", where, none ? 0 : 5, none ? 0 : 1, none ? 0 : 9);
  layout.decimals = boundedInteger(object, "decimals", where, layout.kind == MeasureKind::Weight ? 3 : 2, 0, 6);
  layout.verifier = json::optionalBool(object, "verifier", where).value_or(false);
  if (layout.verifier && layout.valueDigits != 4 && layout.valueDigits != 5) {
    json::fail(where, "verifier", "false: GS1 defines a verifier digit for 4- and 5-digit values only");
  }
  if (layout.itemDigits + (layout.verifier ? 1 : 0) + layout.valueDigits != 10) {
    json::fail(where, "item_digits",
               "item_digits + value_digits (+1 with a verifier) to make 10, the digits between prefix and check "
               "digit; they make " +
                   std::to_string(layout.itemDigits + (layout.verifier ? 1 : 0) + layout.valueDigits));
  }
  return layout;
}

// Configured layouts replace the defaults of their prefixes.
void readLayouts(const Poco::JSON::Object& section, DecodeSettings& settings) {
  const auto array = json::optionalArray(section, "variable_measure", kSection);
  if (!array) return;
  const auto where = json::keyPath(kSection, "variable_measure");
  std::set<std::string> prefixes;
  for (std::size_t i = 0; i < array->size(); ++i) {
    const auto itemWhere = where + "[" + std::to_string(i) + "]";
    auto layout = readLayout(*json::objectAt(*array, i, where), itemWhere);
    if (!prefixes.insert(layout.prefix).second) json::fail(itemWhere, "prefix", "a prefix not given twice");
    std::erase_if(settings.variableMeasure, [&](const auto& known) { return known.prefix == layout.prefix; });
    settings.variableMeasure.push_back(std::move(layout));
  }
}

}  // namespace

std::vector<VariableMeasureLayout> defaultVariableMeasureLayouts() {
  std::vector<VariableMeasureLayout> layouts{{"02", 5, MeasureKind::Price, 4, 2, true}};
  for (char second = '0'; second <= '7'; ++second) {
    layouts.push_back({std::string("2") + second, 5, MeasureKind::Price, 5, 2, false});
  }
  layouts.push_back({"28", 4, MeasureKind::Price, 5, 2, true});
  layouts.push_back({"29", 5, MeasureKind::Weight, 5, 3, false});
  return layouts;
}

possdk::Result<DecodeSettings> loadDecodeSettings(const Config& config, const sale::PricingRules& pricing,
                                                  std::shared_ptr<const possdk::Clock> clock) {
  DecodeSettings settings;
  if (clock) settings.clock = std::move(clock);
  settings.currencyDecimals = pricing.decimals;
  settings.currencyNumeric = pricing.currencyNumeric;
  const auto section = config.section(kSection);
  if (section.isNull()) return settings;
  try {
    json::refuseUnknownKeys(*section, {"variable_measure", "eight_digit_zero_one_is_upce"}, kSection);
    readLayouts(*section, settings);
    settings.eightDigitZeroOneIsUpcE =
        json::optionalBool(*section, "eight_digit_zero_one_is_upce", kSection).value_or(settings.eightDigitZeroOneIsUpcE);
  } catch (const std::invalid_argument& e) {
    return possdk::Result<DecodeSettings>::fail(std::string("barcode settings: ") + e.what() +
                                                "; fix the lane settings file");
  }
  return settings;
}

}  // namespace poscore::barcode
