#include "sqlite_values.hpp"

#include <string>

#include "poscore/services/sqlite_values.hpp"

namespace posserver::db::detail {

possdk::Status bindSqliteParams(sqlite3_stmt* stmt, const possdk::SqlRow& params) {
  for (std::size_t i = 0; i < params.size(); ++i) {
    if (poscore::sqlite::bindValue(stmt, static_cast<int>(i + 1), params[i], SQLITE_TRANSIENT) != SQLITE_OK) {
      return possdk::Status::fail("cannot bind parameter " + std::to_string(i + 1));
    }
  }
  return possdk::Status::ok();
}

possdk::Result<possdk::SqlRow> readSqliteRow(sqlite3_stmt* stmt) {
  possdk::SqlRow row;
  const int columns = sqlite3_column_count(stmt);
  row.reserve(static_cast<std::size_t>(columns));
  for (int c = 0; c < columns; ++c) {
    auto value = poscore::sqlite::columnValue(stmt, c);
    if (!value) return possdk::Result<possdk::SqlRow>::fail(value.error());
    row.push_back(std::move(value.value()));
  }
  return row;
}

}  // namespace posserver::db::detail
