#pragma once
#include <vector>

#include "possdk/sql.hpp"

namespace poscore::catalog {

// The "catalog" scope's migrations: catalog_products and catalog_barcodes.
const std::vector<possdk::Migration>& catalogMigrations();

// The name indexes the lookup dialog's search uses: a bulk import drops them and builds them again
// at the end, sorting once instead of inserting a million names one by one.
struct NameIndex {
  const char* name;
  const char* create;
};
inline constexpr NameIndex kNameIndexes[] = {
    {"catalog_products_name_en", "CREATE INDEX catalog_products_name_en ON catalog_products(name_en)"},
    {"catalog_products_name_zh", "CREATE INDEX catalog_products_name_zh ON catalog_products(name_zh)"},
};

}  // namespace poscore::catalog
