#pragma once
#include <sqlite3.h>

#include "possdk/sql.hpp"

// possdk::SqlValue to and from SQLite's own value types, one to one: null, 64-bit integer, text,
// blob. The lane database and pos-server's SQLite engine both bind and read through these.
namespace poscore::sqlite {

// Binds `value` to parameter `index` (1-based); `lifetime` is SQLITE_STATIC when the caller's value
// outlives the statement's run, SQLITE_TRANSIENT when SQLite must copy it. SQLite's result code.
int bindValue(sqlite3_stmt* stmt, int index, const possdk::SqlValue& value, sqlite3_destructor_type lifetime);

// Column `index` of the current row. A floating-point value is refused: amounts and weights are
// integers, so a REAL here is a query or schema to fix.
possdk::Result<possdk::SqlValue> columnValue(sqlite3_stmt* stmt, int index);

}  // namespace poscore::sqlite
