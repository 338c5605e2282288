#include "sqlite_values.hpp"

#include <string>
#include <type_traits>

namespace posserver::db::detail {
namespace {

int bindOne(sqlite3_stmt* stmt, int index, const possdk::SqlValue& value) {
  return std::visit(
      [&](const auto& v) {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, std::nullptr_t>) {
          return sqlite3_bind_null(stmt, index);
        } else if constexpr (std::is_same_v<T, std::int64_t>) {
          return sqlite3_bind_int64(stmt, index, v);
        } else if constexpr (std::is_same_v<T, std::string>) {
          return sqlite3_bind_text64(stmt, index, v.data(), v.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
        } else {
          // An empty blob must stay a blob: a null data pointer would bind NULL.
          if (v.empty()) return sqlite3_bind_zeroblob(stmt, index, 0);
          return sqlite3_bind_blob64(stmt, index, v.data(), v.size(), SQLITE_TRANSIENT);
        }
      },
      value);
}

}  // namespace

possdk::Status bindSqliteParams(sqlite3_stmt* stmt, const possdk::SqlRow& params) {
  for (std::size_t i = 0; i < params.size(); ++i) {
    if (bindOne(stmt, static_cast<int>(i + 1), params[i]) != SQLITE_OK) {
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
    switch (sqlite3_column_type(stmt, c)) {
      case SQLITE_NULL:
        row.emplace_back(nullptr);
        break;
      case SQLITE_INTEGER:
        row.emplace_back(static_cast<std::int64_t>(sqlite3_column_int64(stmt, c)));
        break;
      case SQLITE_TEXT: {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, c));
        const auto size = static_cast<std::size_t>(sqlite3_column_bytes(stmt, c));
        row.emplace_back(text ? std::string(text, size) : std::string());
        break;
      }
      case SQLITE_BLOB: {
        const auto* bytes = static_cast<const std::uint8_t*>(sqlite3_column_blob(stmt, c));
        row.emplace_back(std::vector<std::uint8_t>(bytes, bytes + sqlite3_column_bytes(stmt, c)));
        break;
      }
      default:
        // Amounts are integers; a real number here is a query to fix (CAST(... AS INTEGER)).
        return possdk::Result<possdk::SqlRow>::fail("column '" + std::string(sqlite3_column_name(stmt, c)) +
                                                    "' is a floating-point number; amounts are integers, "
                                                    "cast it to INTEGER in the query");
    }
  }
  return row;
}

}  // namespace posserver::db::detail
