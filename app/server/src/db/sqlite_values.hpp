#pragma once
#include <sqlite3.h>

#include "possdk/sql.hpp"

// possdk::SqlValue to and from SQLite's own value types, one to one: null, 64-bit integer, text, blob.
namespace posserver::db::detail {

possdk::Status bindSqliteParams(sqlite3_stmt* stmt, const possdk::SqlRow& params);
possdk::Result<possdk::SqlRow> readSqliteRow(sqlite3_stmt* stmt);

}  // namespace posserver::db::detail
