#include "poscore/catalog/product_json.hpp"

#include <Poco/JSON/Array.h>

#include <algorithm>
#include <stdexcept>

#include "../util/json_fields.hpp"
#include "poscore/barcode/gtin.hpp"
#include "poscore/catalog/product_rules.hpp"

namespace poscore::catalog {
namespace {

constexpr std::size_t kMaxBarcodes = 16;
constexpr std::size_t kMaxTaxClassLength = 8;

struct Refused {
  ProductJsonRefusal::Kind kind;
  std::string field;
  std::string message;
};

[[noreturn]] void refuse(const std::string& where, const std::string& key, const std::string& why) {
  const auto field = json::keyPath(where, key);
  throw Refused{ProductJsonRefusal::Kind::Invalid, field, field + ": " + why};
}

// json_fields' reads, with the refusal naming its field and telling missing from misfit.
template <typename Read>
auto field(const Poco::JSON::Object& object, const std::string& key, const std::string& where, Read read) {
  try {
    return read(object, key, where);
  } catch (const std::invalid_argument& e) {
    const bool missing = !object.has(key) || object.isNull(key);
    throw Refused{missing ? ProductJsonRefusal::Kind::Missing : ProductJsonRefusal::Kind::Invalid, json::keyPath(where, key),
                  e.what()};
  }
}

void refuseUnknownKeys(const Poco::JSON::Object& object, const std::string& where) {
  static const std::vector<std::string> known{column::kSku,   column::kBarcodes,       column::kNameEn,
                                              column::kNameZh, column::kPrice,         column::kTaxClass,
                                              column::kUnit,  column::kTare,           column::kExpectedWeight,
                                              column::kWeightSpread, column::kEas,     column::kAgeRestricted};
  for (const auto& [key, value] : object) {
    if (std::find(known.begin(), known.end(), key) == known.end()) {
      const auto name = json::keyPath(where, key);
      throw Refused{ProductJsonRefusal::Kind::Unknown, name, name + ": unknown key; a product has sku, barcodes, name_en, "
                                                                    "name_zh, price, tax_class, unit, tare_g, expected_weight_g, "
                                                                    "weight_spread_g, eas and age_restricted"};
    }
  }
}

std::vector<std::string> barcodesOf(const Poco::JSON::Object& object, const std::string& where) {
  std::vector<std::string> keys;
  const auto array = field(object, column::kBarcodes, where, json::optionalArray);
  if (!array) return keys;
  if (array->size() > kMaxBarcodes) refuse(where, column::kBarcodes, "expected at most " + std::to_string(kMaxBarcodes) + " barcodes");
  for (std::size_t i = 0; i < array->size(); ++i) {
    const auto name = std::string(column::kBarcodes) + "[" + std::to_string(i) + "]";
    const auto value = array->get(static_cast<unsigned>(i));
    const auto code = value.isString() ? value.extract<std::string>() : std::string();
    const auto key = barcode::toGtin14(code);
    if (!key) refuse(where, name, "expected an EAN-8, UPC-A, EAN-13 or GTIN-14 with a valid check digit; got \"" + code + "\"");
    if (std::find(keys.begin(), keys.end(), *key) != keys.end()) refuse(where, name, "repeats an earlier barcode; list each once");
    keys.push_back(*key);
  }
  return keys;
}

std::string taxClassOf(const Poco::JSON::Object& object, const std::string& where) {
  auto code = field(object, column::kTaxClass, where, json::requiredString);
  const bool plain = code.size() <= kMaxTaxClassLength && std::all_of(code.begin(), code.end(), [](char c) {
                       return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
                     });
  if (!plain) refuse(where, column::kTaxClass, "expected a tax class code of 1 to 8 of A-Z and 0-9 (\"A\"); got \"" + code + "\"");
  return code;
}

SaleUnit unitOf(const Poco::JSON::Object& object, const std::string& where) {
  const auto unit = field(object, column::kUnit, where, json::requiredString);
  if (unit == "each") return SaleUnit::Each;
  if (unit == "weight") return SaleUnit::Weight;
  refuse(where, column::kUnit, "expected \"each\" or \"weight\"; got \"" + unit + "\"");
}

std::int64_t requiredInteger(const Poco::JSON::Object& object, const char* key, const std::string& where) {
  const auto value = field(object, key, where, json::optionalInteger);
  if (!value) throw Refused{ProductJsonRefusal::Kind::Missing, json::keyPath(where, key), json::keyPath(where, key) + ": expected a whole number (it is required)"};
  return *value;
}

Product productOf(const Poco::JSON::Object& object, const std::string& where) {
  refuseUnknownKeys(object, where);
  Product p;
  p.sku = field(object, column::kSku, where, json::requiredString);
  p.barcodes = barcodesOf(object, where);
  p.nameEn = field(object, column::kNameEn, where, json::requiredString);
  p.nameZh = field(object, column::kNameZh, where, json::requiredString);
  p.price = Money::minor(requiredInteger(object, column::kPrice, where));
  p.taxClass = taxClassOf(object, where);
  p.unit = unitOf(object, where);
  const auto grams = [&](const char* key) { return field(object, key, where, json::optionalInteger).value_or(0); };
  p.tareGrams = grams(column::kTare);
  p.expectedWeightGrams = grams(column::kExpectedWeight);
  p.weightSpreadGrams = grams(column::kWeightSpread);
  p.easTagged = field(object, column::kEas, where, json::optionalBool).value_or(false);
  p.ageRestricted = field(object, column::kAgeRestricted, where, json::optionalBool).value_or(false);
  if (const auto issues = checkProduct(p); !issues.empty()) {
    refuse(where, issues.front().column, issues.front().reason + "; " + issues.front().fix);
  }
  return p;
}

}  // namespace

possdk::Result<Product> productFromApiJson(const Poco::JSON::Object& object, const std::string& where,
                                           ProductJsonRefusal* refusal) {
  try {
    return productOf(object, where);
  } catch (const Refused& refused) {
    if (refusal) *refusal = {refused.kind, refused.field};
    return possdk::Result<Product>::fail(refused.message);
  }
}

Poco::JSON::Object::Ptr productToApiJson(const Product& product) {
  namespace col = column;
  Poco::JSON::Object::Ptr json = new Poco::JSON::Object;
  Poco::JSON::Array::Ptr barcodes = new Poco::JSON::Array;
  for (const auto& key : product.barcodes) barcodes->add(key);
  json->set(col::kSku, product.sku);
  json->set(col::kBarcodes, barcodes);
  json->set(col::kNameEn, product.nameEn);
  json->set(col::kNameZh, product.nameZh);
  json->set(col::kPrice, static_cast<Poco::Int64>(product.price.minorUnits()));
  json->set(col::kTaxClass, product.taxClass);
  json->set(col::kUnit, product.unit == SaleUnit::Weight ? "weight" : "each");
  json->set(col::kTare, static_cast<Poco::Int64>(product.tareGrams));
  json->set(col::kExpectedWeight, static_cast<Poco::Int64>(product.expectedWeightGrams));
  json->set(col::kWeightSpread, static_cast<Poco::Int64>(product.weightSpreadGrams));
  json->set(col::kEas, product.easTagged);
  json->set(col::kAgeRestricted, product.ageRestricted);
  return json;
}

}  // namespace poscore::catalog
