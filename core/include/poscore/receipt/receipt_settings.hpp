#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "poscore/receipt/receipt_doc.hpp"
#include "poscore/sale/tax_rules.hpp"
#include "poscore/services/config.hpp"
#include "possdk/status.hpp"

namespace poscore::receipt {

enum class ReceiptLanguages { English, Chinese, Both };

// How a tax class reads on the receipt. An inclusive class's tax is already in the prices
// ("VAT 13% incl."); an exclusive one is added to the total.
struct TaxClassLabel {
  std::string labelEn;
  std::string labelZh;
  bool inclusive = true;
};

struct ReceiptSettings {
  int columns = kColumns80mm;
  ReceiptLanguages languages = ReceiptLanguages::English;
  std::string storeName;
  std::string storeAddress;
  std::vector<std::string> footer;  // lines, centred
  int currencyDecimals = 2;  // of the lane currency (PricingRules::decimals)
  // The wall-clock offset receipts print times in; nullopt: the lane machine's own time zone.
  std::optional<int> utcOffsetMinutes;
  // By class code, from the lane's tax classes; a class not listed prints its code, inclusive.
  std::map<std::string, TaxClassLabel> taxClasses;
};

// Reads, with their defaults:
//   receipt.paper               "80mm" (42 columns) or "58mm" (32 columns); default 80mm
//   receipt.columns             16..64, overrides the paper's column count
//   receipt.languages           "en", "zh" or "both"; default "en"
//   receipt.footer              text; "\n" separates lines
//   receipt.utc_offset_minutes  -840..840; default: the machine's time zone
//   store.name, store.address   the header
// The currency decimals and the tax classes' labels and inclusive flags come from `pricing`
// (loadPricingRules, keys "sale.*"), so a receipt states the taxes the sale was priced with.
// Fails naming the key, the value and what it may be.
possdk::Result<ReceiptSettings> receiptSettingsFrom(const Config& config, const sale::PricingRules& pricing);

}  // namespace poscore::receipt
