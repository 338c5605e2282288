#include "product_json.hpp"

#include <Poco/JSON/Array.h>

#include "poscore/catalog/product_rules.hpp"

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
