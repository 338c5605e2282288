#include <iomanip>
#include <sstream>

#include "element_string.hpp"
#include "poscore/barcode/decode.hpp"

namespace poscore::barcode {
namespace {

std::string isoDate(const std::chrono::year_month_day& date) {
  std::ostringstream text;
  text << std::setfill('0') << std::setw(4) << static_cast<int>(date.year()) << '-' << std::setw(2)
       << static_cast<unsigned>(date.month()) << '-' << std::setw(2) << static_cast<unsigned>(date.day());
  return text.str();
}

// GS separators are invisible on a terminal; support staff need to see where they were.
std::string visible(const std::string& code) {
  std::string text;
  for (char c : code) text += c == kGroupSeparator ? std::string("<GS>") : std::string(1, c);
  return text;
}

std::string measureNote(const VariableMeasure& measure) {
  return "variable-measure code, prefix " + measure.prefix + ", item reference " + measure.itemReference +
         (measure.verifier ? std::string(", verifier digit ") + *measure.verifier + " (correct)" : std::string()) +
         "; the catalog holds the item under the code with verifier and value digits zeroed";
}

}  // namespace

std::string Decoded::describe(int currencyDecimals) const {
  std::ostringstream out;
  auto line = [&out](std::string_view label, const std::string& value) {
    out << std::left << std::setw(16) << label << value << '\n';
  };
  line("symbology", std::string(symbologyName(symbology)));
  line("code", visible(code));
  line("GTIN", gtin);
  line("lookup key", lookupKey);
  if (variableMeasure) line("", measureNote(*variableMeasure));
  if (price) line("embedded price", formatMoney(*price, currencyDecimals));
  if (weightGrams) line("weight", std::to_string(*weightGrams) + " g");
  if (amountPayable) {
    line("amount payable", formatMoney(*amountPayable, currencyDecimals) + " (ISO 4217 " + amountCurrency.value_or("?") + ")");
  }
  if (batch) line("batch", *batch);
  if (bestBefore) line("best before", isoDate(*bestBefore));
  if (expiry) line("expiry", isoDate(*expiry));
  if (!elements.empty()) {
    out << "application identifiers\n";
    for (const auto& element : elements) {
      out << "  " << std::left << std::setw(7) << "(" + element.ai + ")" << std::setw(22) << element.value
          << element.meaning << '\n';
    }
  }
  return out.str();
}

}  // namespace poscore::barcode
