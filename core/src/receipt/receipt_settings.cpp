#include "poscore/receipt/receipt_settings.hpp"

#include <charconv>

namespace poscore::receipt {

namespace {

using R = possdk::Result<ReceiptSettings>;

std::string refusal(const std::string& key, const std::string& value, const std::string& allowed) {
  return "setting " + key + " = \"" + value + "\" is not valid; it must be " + allowed;
}

// Reads an integer setting within [low, high]; nullopt when absent, an error text when bad.
std::optional<int> intSetting(const Config& config, const std::string& key, int low, int high, std::string& error) {
  const auto text = config.get(key);
  if (!text) return std::nullopt;
  int value = 0;
  const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), value);
  if (ec != std::errc{} || end != text->data() + text->size() || value < low || value > high) {
    error = refusal(key, *text, "a whole number from " + std::to_string(low) + " to " + std::to_string(high));
    return std::nullopt;
  }
  return value;
}

std::vector<std::string> linesOf(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (auto nl = text.find('\n'); nl != std::string::npos; nl = text.find('\n', start)) {
    lines.push_back(text.substr(start, nl - start));
    start = nl + 1;
  }
  lines.push_back(text.substr(start));
  return lines;
}

std::map<std::string, TaxClassLabel> taxLabelsOf(const sale::PricingRules& pricing) {
  std::map<std::string, TaxClassLabel> labels;
  for (const auto& taxClass : pricing.taxClasses) {
    labels.emplace(taxClass.code, TaxClassLabel{taxClass.labelEn, taxClass.labelZh, taxClass.inclusive});
  }
  return labels;
}

}  // namespace

R receiptSettingsFrom(const Config& config, const sale::PricingRules& pricing) {
  ReceiptSettings s;
  const auto paper = config.get("receipt.paper").value_or("80mm");
  if (paper != "80mm" && paper != "58mm") return R::fail(refusal("receipt.paper", paper, "\"80mm\" or \"58mm\""));
  s.columns = paper == "58mm" ? kColumns58mm : kColumns80mm;

  const auto languages = config.get("receipt.languages").value_or("en");
  if (languages == "en") {
    s.languages = ReceiptLanguages::English;
  } else if (languages == "zh") {
    s.languages = ReceiptLanguages::Chinese;
  } else if (languages == "both") {
    s.languages = ReceiptLanguages::Both;
  } else {
    return R::fail(refusal("receipt.languages", languages, "\"en\", \"zh\" or \"both\""));
  }

  std::string error;
  if (auto columns = intSetting(config, "receipt.columns", 16, 64, error)) s.columns = *columns;
  s.utcOffsetMinutes = intSetting(config, "receipt.utc_offset_minutes", -840, 840, error);
  if (!error.empty()) return R::fail(error);
  s.currencyDecimals = pricing.decimals;
  s.taxClasses = taxLabelsOf(pricing);

  s.storeName = config.get("store.name").value_or("");
  s.storeAddress = config.get("store.address").value_or("");
  if (auto footer = config.get("receipt.footer")) s.footer = linesOf(*footer);
  return s;
}

}  // namespace poscore::receipt
