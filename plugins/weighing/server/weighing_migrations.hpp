#pragma once
#include <vector>

#include "possdk/sql.hpp"

namespace weighing::server {

// The module's tables on pos-server, SQLite and PostgreSQL alike.
std::vector<possdk::Migration> weighingMigrations();

}  // namespace weighing::server
