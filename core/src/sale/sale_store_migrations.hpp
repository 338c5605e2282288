#pragma once
#include <vector>

#include "possdk/sql.hpp"

namespace poscore::sale {

// The sale store's tables, migration scope "sales".
const std::vector<possdk::Migration>& saleStoreMigrations();

}  // namespace poscore::sale
