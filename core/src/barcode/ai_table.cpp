#include "poscore/barcode/ai_table.hpp"

#include <algorithm>
#include <array>

namespace poscore::barcode {
namespace {

using C = AiCharset;
using U = AiUse;

// The AIs a lane reads (GS1 General Specifications, section 3). Fixed lengths are those GS1
// predefines by the AI's first two digits, so no separator follows them.
constexpr std::array<AiDefinition, 14> kTable{{
    {"01", false, 0, true, 14, C::Numeric, U::Gtin, "GTIN of the trade item"},
    {"10", false, 0, false, 20, C::Alphanumeric, U::Batch, "batch or lot number"},
    {"11", false, 0, true, 6, C::Numeric, U::OtherDate, "production date (YYMMDD)"},
    {"13", false, 0, true, 6, C::Numeric, U::OtherDate, "packaging date (YYMMDD)"},
    {"15", false, 0, true, 6, C::Numeric, U::BestBefore, "best before date (YYMMDD)"},
    {"16", false, 0, true, 6, C::Numeric, U::OtherDate, "sell by date (YYMMDD)"},
    {"17", false, 0, true, 6, C::Numeric, U::Expiry, "expiration date (YYMMDD)"},
    {"21", false, 0, false, 20, C::Alphanumeric, U::Text, "serial number"},
    {"30", false, 0, false, 8, C::Numeric, U::Count, "variable count of items"},
    {"37", false, 0, false, 8, C::Numeric, U::Count, "count of trade items contained"},
    {"310", true, 5, true, 6, C::Numeric, U::NetWeightKg, "net weight (kg)"},
    {"320", true, 5, true, 6, C::Numeric, U::NetWeightLb, "net weight (lb)"},
    {"392", true, 9, false, 15, C::Numeric, U::AmountPayable, "amount payable, lane currency"},
    {"393", true, 9, false, 18, C::Numeric, U::AmountPayableIso, "amount payable with ISO currency"},
}};

}  // namespace

// A scan that ends after the start of a known AI is matched to it, so that the refusal says the
// code was cut short rather than that the AI is unknown.
const AiDefinition* findAi(std::string_view data) {
  for (const auto& definition : kTable) {
    const auto compared = std::min(data.size(), definition.ai.size());
    if (compared > 0 && data.substr(0, compared) == definition.ai.substr(0, compared)) return &definition;
  }
  return nullptr;
}

std::size_t aiLength(const AiDefinition& definition) { return definition.ai.size() + (definition.decimalsDigit ? 1 : 0); }

}  // namespace poscore::barcode
