#pragma once
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>

#include "possdk/sql.hpp"

// Typed reads of one cell of a query's row. A cell of the wrong type means the schema and the code
// disagree; it throws std::runtime_error naming the column, for the caller to turn into a failure.
namespace poscore::sql {

inline const possdk::SqlValue& cell(const possdk::SqlRow& row, std::size_t column) {
  if (column >= row.size()) throw std::runtime_error("column " + std::to_string(column) + " is missing from the row");
  return row[column];
}

inline std::int64_t integer(const possdk::SqlRow& row, std::size_t column) {
  if (const auto* value = std::get_if<std::int64_t>(&cell(row, column))) return *value;
  throw std::runtime_error("column " + std::to_string(column) + " should hold an integer");
}

inline std::string text(const possdk::SqlRow& row, std::size_t column) {
  if (const auto* value = std::get_if<std::string>(&cell(row, column))) return *value;
  throw std::runtime_error("column " + std::to_string(column) + " should hold text");
}

inline std::optional<std::int64_t> optionalInteger(const possdk::SqlRow& row, std::size_t column) {
  if (std::holds_alternative<std::nullptr_t>(cell(row, column))) return std::nullopt;
  return integer(row, column);
}

inline std::optional<std::string> optionalText(const possdk::SqlRow& row, std::size_t column) {
  if (std::holds_alternative<std::nullptr_t>(cell(row, column))) return std::nullopt;
  return text(row, column);
}

// NULL for an absent value, so optional fields keep "absent" apart from zero or "".
inline possdk::SqlValue orNull(const std::optional<std::int64_t>& value) {
  return value ? possdk::SqlValue{*value} : possdk::SqlValue{nullptr};
}
inline possdk::SqlValue orNull(const std::optional<std::string>& value) {
  return value ? possdk::SqlValue{*value} : possdk::SqlValue{nullptr};
}

}  // namespace poscore::sql
