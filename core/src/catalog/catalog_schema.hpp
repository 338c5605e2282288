#pragma once
#include <vector>

#include "possdk/sql.hpp"

namespace poscore::catalog {

// The "catalog" scope's migrations: catalog_products and catalog_barcodes.
const std::vector<possdk::Migration>& catalogMigrations();

}  // namespace poscore::catalog
