#pragma once
#include <vector>

#include "possdk/sql.hpp"

namespace poscore::journal {

// The journal's tables, migration scope "journal".
const std::vector<possdk::Migration>& journalMigrations();

}  // namespace poscore::journal
