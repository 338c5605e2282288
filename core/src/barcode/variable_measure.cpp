#include "variable_measure.hpp"

#include "measures.hpp"
#include "poscore/barcode/gtin.hpp"
#include "poscore/barcode/price_verifier.hpp"

namespace poscore::barcode {
namespace {

std::string lookupKey(std::string_view ean13, const VariableMeasureLayout& layout) {
  const auto itemEnd = 2 + static_cast<std::size_t>(layout.itemDigits);
  const std::string body = std::string(ean13.substr(0, itemEnd)) + std::string(12 - itemEnd, '0');
  return "0" + body + *gs1CheckDigit(body);
}

}  // namespace

const VariableMeasureLayout* variableMeasureLayout(std::string_view ean13, const DecodeSettings& settings) {
  if (ean13.size() != 13) return nullptr;
  const auto prefix = ean13.substr(0, 2);
  for (const auto& layout : settings.variableMeasure) {
    if (layout.prefix == prefix) return &layout;
  }
  return nullptr;
}

possdk::Status readVariableMeasure(std::string_view ean13, const VariableMeasureLayout& layout,
                                   const DecodeSettings& settings, Decoded& decoded) {
  const auto item = static_cast<std::size_t>(layout.itemDigits);
  const auto valueStart = 2 + item + (layout.verifier ? 1 : 0);
  const auto value = ean13.substr(valueStart, static_cast<std::size_t>(layout.valueDigits));
  VariableMeasure measure{std::string(ean13.substr(0, 2)), std::string(ean13.substr(2, item)), std::nullopt};
  if (layout.verifier) {
    const char found = ean13[2 + item];
    const char expected = *priceVerifierDigit(value);
    if (found != expected) {
      return possdk::Status::fail(
          "variable-measure code " + std::string(ean13) + " is refused: its " + (layout.kind == MeasureKind::Weight ? "weight" : "price") +
          " verifier digit (position " + std::to_string(valueStart) + ") is " + found + " but the value " +
          std::string(value) + " gives " + expected + ", so it was misread or misprinted; rescan the item, or key "
          "the item and its " + (layout.kind == MeasureKind::Weight ? "weight" : "price") + " from the label");
    }
    measure.verifier = found;
  }
  if (layout.kind == MeasureKind::Price) {
    decoded.price = moneyFromValue(digitsValue(value), layout.decimals, settings.currencyDecimals);
  } else if (layout.kind == MeasureKind::Weight) {
    decoded.weightGrams = gramsFromKilograms(digitsValue(value), layout.decimals);
  }
  decoded.lookupKey = layout.kind == MeasureKind::None ? decoded.gtin : lookupKey(ean13, layout);
  decoded.variableMeasure = std::move(measure);
  return possdk::Status::ok();
}

}  // namespace poscore::barcode
