#include "product_json.hpp"

#include <Poco/JSON/Array.h>

#include <algorithm>
#include <cctype>

#include "poscore/barcode/gtin.hpp"
#include "poscore/catalog/product_rules.hpp"
#include "poscore/money/money.hpp"
#include "posserver/http/api.hpp"

namespace posserver::api {
namespace col = poscore::catalog::column;
using poscore::catalog::Product;
using poscore::catalog::SaleUnit;

const char* const kProductSchema =
    R"({"type":"object","additionalProperties":false,"required":["sku","name_en","name_zh","price","tax_class","unit"],)"
    R"("properties":{"sku":{"type":"string","maxLength":40},"barcodes":{"type":"array","maxItems":16,)"
    R"("items":{"type":"string","pattern":"^[0-9]{8,14}$"}},"name_en":{"type":"string","maxLength":120},)"
    R"("name_zh":{"type":"string","maxLength":120},"price":{"type":"integer","minimum":0,"maximum":1000000000},)"
    R"("tax_class":{"type":"string","pattern":"^[A-Z0-9]{1,8}$"},"unit":{"enum":["each","weight"]},)"
    R"("tare_g":{"type":"integer","minimum":0,"maximum":1000000},)"
    R"("expected_weight_g":{"type":"integer","minimum":0,"maximum":1000000},)"
    R"("weight_spread_g":{"type":"integer","minimum":0,"maximum":1000000},)"
    R"("eas":{"type":"boolean"},"age_restricted":{"type":"boolean"}}})";

namespace {

constexpr std::size_t kMaxBarcodes = 16;
constexpr std::size_t kMaxTaxClassLength = 8;

[[noreturn]] void invalid(const http::JsonBody& body, const std::string& field, const std::string& why) {
  const auto name = body.nameOf(field);
  throw http::ApiError(422, "invalid_field", name, name + " " + why);
}

std::vector<std::string> barcodesOf(const http::JsonBody& body) {
  std::vector<std::string> keys;
  const auto codes = body.optionalStrings(col::kBarcodes, kMaxBarcodes, 14);
  for (std::size_t i = 0; i < codes.size(); ++i) {
    const auto key = poscore::barcode::toGtin14(codes[i]);
    const auto field = std::string(col::kBarcodes) + "[" + std::to_string(i) + "]";
    if (!key) invalid(body, field, "must be an EAN-8, UPC-A, EAN-13 or GTIN-14 with a valid check digit; got \"" + codes[i] + "\"");
    if (std::find(keys.begin(), keys.end(), *key) != keys.end()) invalid(body, field, "repeats an earlier barcode; list each once");
    keys.push_back(*key);
  }
  return keys;
}

std::string taxClassOf(const http::JsonBody& body) {
  auto code = body.requireString(col::kTaxClass, kMaxTaxClassLength);
  const bool plain = std::all_of(code.begin(), code.end(), [](char c) {
    return std::isupper(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c));
  });
  if (!plain) invalid(body, col::kTaxClass, "must be a tax class code of A-Z and 0-9 (\"A\"); got \"" + code + "\"");
  return code;
}

SaleUnit unitOf(const http::JsonBody& body) {
  const auto unit = body.requireString(col::kUnit, 8);
  if (unit == "each") return SaleUnit::Each;
  if (unit == "weight") return SaleUnit::Weight;
  invalid(body, col::kUnit, "must be \"each\" or \"weight\"; got \"" + unit + "\"");
}

}  // namespace

Product productFromJson(const http::JsonBody& body) {
  body.allowOnly({col::kSku, col::kBarcodes, col::kNameEn, col::kNameZh, col::kPrice, col::kTaxClass, col::kUnit,
                  col::kTare, col::kExpectedWeight, col::kWeightSpread, col::kEas, col::kAgeRestricted});
  Product product;
  product.sku = body.requireString(col::kSku, poscore::catalog::kMaxSkuLength);
  product.barcodes = barcodesOf(body);
  product.nameEn = body.requireString(col::kNameEn, poscore::catalog::kMaxNameLength);
  product.nameZh = body.requireString(col::kNameZh, poscore::catalog::kMaxNameLength);
  product.price = poscore::Money::minor(body.requireInt(col::kPrice, 0, poscore::kMaxAmountMinor));
  product.taxClass = taxClassOf(body);
  product.unit = unitOf(body);
  const auto grams = [&](const char* field) { return body.optionalInt(field, 0, poscore::catalog::kMaxGrams).value_or(0); };
  product.tareGrams = grams(col::kTare);
  product.expectedWeightGrams = grams(col::kExpectedWeight);
  product.weightSpreadGrams = grams(col::kWeightSpread);
  product.easTagged = body.optionalBool(col::kEas, false);
  product.ageRestricted = body.optionalBool(col::kAgeRestricted, false);
  // The lane's own rules on top of the types: names as UTF-8 text, the sku's characters, and so on.
  if (const auto issues = poscore::catalog::checkProduct(product); !issues.empty()) {
    invalid(body, issues.front().column, "is refused: " + issues.front().reason + "; " + issues.front().fix);
  }
  return product;
}

Poco::JSON::Object::Ptr productToJson(const Product& product) {
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

}  // namespace posserver::api
