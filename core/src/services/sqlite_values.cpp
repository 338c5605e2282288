#include "poscore/services/sqlite_values.hpp"

#include <cstdint>
#include <string>
#include <type_traits>

namespace poscore::sqlite {

int bindValue(sqlite3_stmt* stmt, int index, const possdk::SqlValue& value, sqlite3_destructor_type lifetime) {
  return std::visit(
      [&](const auto& v) {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, std::nullptr_t>) {
          return sqlite3_bind_null(stmt, index);
        } else if constexpr (std::is_same_v<T, std::int64_t>) {
          return sqlite3_bind_int64(stmt, index, v);
        } else if constexpr (std::is_same_v<T, std::string>) {
          return sqlite3_bind_text64(stmt, index, v.data(), v.size(), lifetime, SQLITE_UTF8);
        } else if (v.empty()) {
          // An empty blob bound from a null pointer would read back as NULL.
          return sqlite3_bind_zeroblob(stmt, index, 0);
        } else {
          return sqlite3_bind_blob64(stmt, index, v.data(), v.size(), lifetime);
        }
      },
      value);
}

possdk::Result<possdk::SqlValue> columnValue(sqlite3_stmt* stmt, int index) {
  switch (sqlite3_column_type(stmt, index)) {
    case SQLITE_INTEGER:
      return possdk::SqlValue{static_cast<std::int64_t>(sqlite3_column_int64(stmt, index))};
    case SQLITE_TEXT: {
      const auto* text = sqlite3_column_text(stmt, index);
      auto size = static_cast<std::size_t>(sqlite3_column_bytes(stmt, index));
      return possdk::SqlValue{text ? std::string(reinterpret_cast<const char*>(text), size) : std::string()};
    }
    case SQLITE_BLOB: {
      const auto* data = static_cast<const std::uint8_t*>(sqlite3_column_blob(stmt, index));
      auto size = static_cast<std::size_t>(sqlite3_column_bytes(stmt, index));
      return possdk::SqlValue{std::vector<std::uint8_t>(data, data + size)};
    }
    case SQLITE_NULL:
      return possdk::SqlValue{nullptr};
    default:
      return possdk::Result<possdk::SqlValue>::fail(
          std::string("column '") + sqlite3_column_name(stmt, index) +
          "' holds a floating-point value; store amounts and weights as integers (minor units, grams), "
          "or CAST(... AS INTEGER) in the query");
  }
}

}  // namespace poscore::sqlite
