#include "catalog_schema.hpp"

#include <string>

namespace poscore::catalog {

// Barcodes are a table of their own, keyed by GTIN-14 without a rowid: a scan is one B-tree search
// on the key, and one product may carry several codes (pack sizes, old labels). The CHECKs repeat
// checkProduct()'s rules so a stray write cannot store what the import would refuse. Names compare
// without ASCII case so the lookup dialog's prefix search can use their indexes.
const std::vector<possdk::Migration>& catalogMigrations() {
  static const std::vector<possdk::Migration> steps{
      {1, "products and barcodes", R"sql(
CREATE TABLE catalog_products(
  id INTEGER PRIMARY KEY,
  sku TEXT NOT NULL UNIQUE CHECK(length(sku) > 0),
  name_en TEXT NOT NULL COLLATE NOCASE,
  name_zh TEXT NOT NULL COLLATE NOCASE,
  price_minor INTEGER NOT NULL CHECK(price_minor BETWEEN 0 AND 1000000000),
  tax_class TEXT NOT NULL CHECK(length(tax_class) > 0),
  unit TEXT NOT NULL CHECK(unit IN ('each', 'weight')),
  tare_g INTEGER NOT NULL DEFAULT 0 CHECK(tare_g BETWEEN 0 AND 1000000),
  expected_weight_g INTEGER NOT NULL DEFAULT 0 CHECK(expected_weight_g BETWEEN 0 AND 1000000),
  weight_spread_g INTEGER NOT NULL DEFAULT 0 CHECK(weight_spread_g BETWEEN 0 AND 1000000),
  eas INTEGER NOT NULL DEFAULT 0 CHECK(eas IN (0, 1)),
  age_restricted INTEGER NOT NULL DEFAULT 0 CHECK(age_restricted IN (0, 1)));
CREATE TABLE catalog_barcodes(
  gtin14 TEXT PRIMARY KEY CHECK(length(gtin14) = 14),
  product_id INTEGER NOT NULL REFERENCES catalog_products(id) ON DELETE CASCADE) WITHOUT ROWID;
CREATE INDEX catalog_barcodes_product ON catalog_barcodes(product_id);
)sql" + std::string(kNameIndexes[0].create) + ";\n" + kNameIndexes[1].create},
  };
  return steps;
}

}  // namespace poscore::catalog
