#pragma once
// A product of the server's catalog (core's catalog_barcodes and catalog_products, the JSON the
// lanes read) as an order line needs it.
#include <cstdint>
#include <string>

#include "possdk/sql.hpp"

namespace weighing::server {

struct CatalogItem {
  std::string sku;
  std::string barcode;  // the GTIN-14 key
  std::string nameEn;
  std::string nameZh;
  std::int64_t priceMinor = 0;
  bool soldByWeight = false;
  std::int64_t expectedGrams = 0;
  std::int64_t spreadGrams = 0;
  bool eas = false;
};

// 404 product_unknown naming the code when the catalog has no product under its GTIN-14.
CatalogItem catalogItemByCode(possdk::Sql& sql, const std::string& code, const std::string& field);
bool catalogHasSku(possdk::Sql& sql, const std::string& sku);

}  // namespace weighing::server
