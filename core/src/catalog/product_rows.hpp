#pragma once
#include <string>

#include "poscore/catalog/product.hpp"
#include "possdk/sql.hpp"

namespace poscore::catalog {

// SELECT of every product column, its barcodes joined with '|' last, FROM catalog_products p:
// callers add their JOIN, WHERE and ORDER BY.
// A literal, so other files' constants built from it at start-up never see it unset.
inline constexpr const char kSelectProduct[] =
    "SELECT p.id, p.sku, p.name_en, p.name_zh, p.price_minor, p.tax_class, p.unit, p.tare_g,"
    " p.expected_weight_g, p.weight_spread_g, p.eas, p.age_restricted,"
    " (SELECT group_concat(b.gtin14, '|') FROM catalog_barcodes b WHERE b.product_id = p.id)"
    " FROM catalog_products p";

// The columns a write of a product gives, and the clause by which a write over an existing sku
// updates that product, keeping its id (and so the sale lines that refer to it).
inline constexpr const char kWrittenColumns[] =
    "sku, name_en, name_zh, price_minor, tax_class, unit, tare_g, expected_weight_g, weight_spread_g, eas,"
    " age_restricted";
inline constexpr const char kUpdateBySku[] =
    " ON CONFLICT(sku) DO UPDATE SET name_en = excluded.name_en, name_zh = excluded.name_zh,"
    " price_minor = excluded.price_minor, tax_class = excluded.tax_class, unit = excluded.unit,"
    " tare_g = excluded.tare_g, expected_weight_g = excluded.expected_weight_g,"
    " weight_spread_g = excluded.weight_spread_g, eas = excluded.eas, age_restricted = excluded.age_restricted";

// A row of kSelectProduct as a Product (barcodes sorted). Fails naming the column when a value has
// the wrong type, which only a damaged database would give.
possdk::Result<Product> productFromRow(const possdk::SqlRow& row);

std::string unitName(SaleUnit unit);

}  // namespace poscore::catalog
