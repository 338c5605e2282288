#include "poscore/catalog/product_json.hpp"

#include <stdexcept>

#include "../util/json_fields.hpp"
#include "poscore/catalog/product_rules.hpp"

namespace poscore::catalog {
namespace {

std::vector<std::string> barcodesOf(const Poco::JSON::Object& object, const std::string& where) {
  std::vector<std::string> keys;
  auto array = json::optionalArray(object, column::kBarcodes, where);
  if (!array) return keys;
  for (std::size_t i = 0; i < array->size(); ++i) {
    const auto value = array->get(static_cast<unsigned>(i));
    if (!value.isString()) json::fail(where, std::string(column::kBarcodes) + "[" + std::to_string(i) + "]", "a GTIN-14 as text");
    keys.push_back(value.extract<std::string>());
  }
  return keys;
}

SaleUnit unitOf(const Poco::JSON::Object& object, const std::string& where) {
  const auto unit = json::requiredString(object, column::kUnit, where);
  if (unit == "each") return SaleUnit::Each;
  if (unit == "weight") return SaleUnit::Weight;
  json::fail(where, column::kUnit, "\"each\" or \"weight\"");
}

std::int64_t requiredInteger(const Poco::JSON::Object& object, const char* key, const std::string& where) {
  auto value = json::optionalInteger(object, key, where);
  if (!value) json::fail(where, key, "a whole number");
  return *value;
}

}  // namespace

possdk::Result<Product> productFromApiJson(const Poco::JSON::Object& object, const std::string& where) {
  try {
    json::refuseUnknownKeys(object,
                            {column::kSku, column::kBarcodes, column::kNameEn, column::kNameZh, column::kPrice,
                             column::kTaxClass, column::kUnit, column::kTare, column::kExpectedWeight,
                             column::kWeightSpread, column::kEas, column::kAgeRestricted},
                            where);
    Product p;
    p.sku = json::requiredString(object, column::kSku, where);
    p.barcodes = barcodesOf(object, where);
    p.nameEn = json::requiredString(object, column::kNameEn, where);
    p.nameZh = json::optionalString(object, column::kNameZh, where).value_or("");
    p.price = Money::minor(requiredInteger(object, column::kPrice, where));
    p.taxClass = json::requiredString(object, column::kTaxClass, where);
    p.unit = unitOf(object, where);
    p.tareGrams = json::optionalInteger(object, column::kTare, where).value_or(0);
    p.expectedWeightGrams = json::optionalInteger(object, column::kExpectedWeight, where).value_or(0);
    p.weightSpreadGrams = json::optionalInteger(object, column::kWeightSpread, where).value_or(0);
    p.easTagged = json::optionalBool(object, column::kEas, where).value_or(false);
    p.ageRestricted = json::optionalBool(object, column::kAgeRestricted, where).value_or(false);
    return p;
  } catch (const std::invalid_argument& e) {
    return possdk::Result<Product>::fail(e.what());
  }
}

}  // namespace poscore::catalog
