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

// A row of kSelectProduct as a Product (barcodes sorted). Fails naming the column when a value has
// the wrong type, which only a damaged database would give.
possdk::Result<Product> productFromRow(const possdk::SqlRow& row);

std::string unitName(SaleUnit unit);

}  // namespace poscore::catalog
