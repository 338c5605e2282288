#include "server/catalog_item.hpp"

#include <Poco/JSON/Parser.h>

#include "server/api_failure.hpp"
#include "server/gtin_code.hpp"
#include "server/sql_access.hpp"

namespace weighing::server {
namespace {

std::int64_t numberOr(const Poco::JSON::Object::Ptr& product, const std::string& name, std::int64_t fallback) {
  return product->has(name) && !product->isNull(name) ? product->getValue<std::int64_t>(name) : fallback;
}

}  // namespace

CatalogItem catalogItemByCode(possdk::Sql& sql, const std::string& code, const std::string& field) {
  const auto gtin = gtin14Of(code, field);
  const auto rows = rowsOf(sql, "SELECT p.sku, p.product FROM catalog_barcodes b JOIN catalog_products p ON p.sku = b.sku "
                                "WHERE b.barcode = ?",
                           {gtin});
  if (rows.empty()) {
    throw ApiFailure(404, "product_unknown", field,
                     "no product of the store's catalog has the code " + code + "; ask staff to check the item");
  }
  // The server published this JSON through core's product reader, so its fields are there and valid.
  const auto product = Poco::JSON::Parser().parse(textOf(rows[0][1])).extract<Poco::JSON::Object::Ptr>();
  CatalogItem item;
  item.sku = textOf(rows[0][0]);
  item.barcode = gtin;
  item.nameEn = product->optValue<std::string>("name_en", "");
  item.nameZh = product->optValue<std::string>("name_zh", "");
  item.priceMinor = numberOr(product, "price", 0);
  item.soldByWeight = product->optValue<std::string>("unit", "each") == "weight";
  item.expectedGrams = numberOr(product, "expected_weight_g", 0);
  item.spreadGrams = numberOr(product, "weight_spread_g", 0);
  item.eas = product->optValue<bool>("eas", false);
  return item;
}

bool catalogHasSku(possdk::Sql& sql, const std::string& sku) {
  return !rowsOf(sql, "SELECT 1 FROM catalog_products WHERE sku = ?", {sku}).empty();
}

}  // namespace weighing::server
