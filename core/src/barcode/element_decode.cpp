#include "element_decode.hpp"

#include <set>

#include "check_digit_refusal.hpp"
#include "measures.hpp"
#include "poscore/barcode/gs1_date.hpp"
#include "poscore/barcode/gtin.hpp"

namespace poscore::barcode {
namespace {

using Outcome = possdk::Result<Decoded>;

std::chrono::year currentYear(const DecodeSettings& settings) {
  return std::chrono::year_month_day{std::chrono::floor<std::chrono::days>(settings.clock->now())}.year();
}

int decimalsOf(const RawElement& element) { return element.ai.back() - '0'; }

// Applies one element; a failure is the reason in a few words, placed by the caller.
possdk::Status apply(const RawElement& element, const DecodeSettings& settings, Decoded& decoded) {
  const auto& value = element.value;
  switch (element.definition->use) {
    case AiUse::Gtin: {
      const char expected = *gs1CheckDigit(std::string_view(value).substr(0, 13));
      if (value.back() != expected) return possdk::Status::fail(checkDigitProblem("GTIN " + value, value.back(), expected));
      decoded.gtin = value;
      decoded.lookupKey = value;
      return possdk::Status::ok();
    }
    case AiUse::Batch:
      decoded.batch = value;
      return possdk::Status::ok();
    case AiUse::BestBefore:
    case AiUse::Expiry:
    case AiUse::OtherDate: {
      auto date = parseGs1Date(value, currentYear(settings));
      if (!date) return possdk::Status::fail(value + " is not a date: " + date.error());
      if (element.definition->use == AiUse::BestBefore) decoded.bestBefore = date.value();
      if (element.definition->use == AiUse::Expiry) decoded.expiry = date.value();
      return possdk::Status::ok();
    }
    case AiUse::NetWeightKg:
      decoded.weightGrams = gramsFromKilograms(digitsValue(value), decimalsOf(element));
      return possdk::Status::ok();
    case AiUse::NetWeightLb:
      decoded.weightGrams = gramsFromPounds(digitsValue(value), decimalsOf(element));
      return possdk::Status::ok();
    case AiUse::AmountPayable:
    case AiUse::AmountPayableIso: {
      const bool iso = element.definition->use == AiUse::AmountPayableIso;
      const auto currency = iso ? value.substr(0, 3) : settings.currencyNumeric;
      const auto amount = iso ? value.substr(3) : value;
      if (amount.empty()) return possdk::Status::fail("the value holds a currency but no amount");
      if (currency != settings.currencyNumeric) {
        return possdk::Status::fail("the amount is in currency " + currency + " but the lane sells in " +
                                    settings.currencyNumeric + " (key the price instead)");
      }
      const auto money = moneyFromValue(digitsValue(amount), decimalsOf(element), settings.currencyDecimals);
      if (money.minorUnits() > kMaxAmountMinor) return possdk::Status::fail("the amount is beyond what a lane takes");
      decoded.amountPayable = money;
      decoded.amountCurrency = currency;
      return possdk::Status::ok();
    }
    case AiUse::Text:
    case AiUse::Count:
      return possdk::Status::ok();
  }
  return possdk::Status::ok();
}

// Two AIs that fill the same field (a weight in kg and in lb, 392n and 393n) would leave the
// price to whichever came last.
std::string fieldOf(AiUse use) {
  switch (use) {
    case AiUse::NetWeightKg:
    case AiUse::NetWeightLb:
      return "net weight";
    case AiUse::AmountPayable:
    case AiUse::AmountPayableIso:
      return "amount payable";
    default:
      return "";
  }
}

}  // namespace

Outcome decodeElements(const std::vector<RawElement>& elements, Symbology symbology, std::string_view code,
                       const DecodeSettings& settings) {
  Decoded decoded;
  decoded.symbology = symbology;
  decoded.code = std::string(code);
  std::set<std::string> seen;
  for (const auto& element : elements) {
    const auto field = fieldOf(element.definition->use);
    const auto key = field.empty() ? std::string(element.definition->ai) : field;
    if (!seen.insert(key).second) {
      return Outcome::fail(elementRefusal(element.position, element.ai,
                                          "the code holds the " + (field.empty() ? "AI" : field) + " twice"));
    }
    if (auto applied = apply(element, settings, decoded); !applied) {
      return Outcome::fail(elementRefusal(element.position, element.ai, applied.error()));
    }
    decoded.elements.push_back({element.ai, element.value, std::string(element.definition->meaning)});
  }
  if (decoded.gtin.empty()) {
    return Outcome::fail("GS1 code " + decoded.code +
                         " holds no GTIN (AI 01), so there is no item to sell; scan the item's other barcode, or "
                         "key its code");
  }
  return decoded;
}

}  // namespace poscore::barcode
