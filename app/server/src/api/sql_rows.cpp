#include "sql_rows.hpp"

#include <exception>
#include <stdexcept>
#include <string>

namespace posserver::api {

void inTransaction(db::Database& database, const std::function<void(possdk::Sql&)>& work) {
  std::exception_ptr refused;
  const auto status = database.transaction([&](possdk::Sql& sql) {
    try {
      work(sql);
      return possdk::Status::ok();
    } catch (...) {
      refused = std::current_exception();
      return possdk::Status::fail("rolled back");
    }
  });
  if (refused) std::rethrow_exception(refused);
  if (!status) throw std::runtime_error("the transaction did not commit: " + status.error());
}

std::vector<possdk::SqlRow> rowsOf(possdk::Sql& sql, const std::string& statement, const possdk::SqlRow& params) {
  auto result = sql.query(statement, params);
  if (!result) throw std::runtime_error(result.error());
  return std::move(result.value());
}

std::int64_t execOf(possdk::Sql& sql, const std::string& statement, const possdk::SqlRow& params) {
  auto result = sql.exec(statement, params);
  if (!result) throw std::runtime_error(result.error());
  return result.value();
}

std::int64_t intAt(const possdk::SqlRow& row, std::size_t column) {
  const auto value = optionalIntAt(row, column);
  if (!value) throw std::runtime_error("column " + std::to_string(column) + " is not an integer");
  return *value;
}

std::string textAt(const possdk::SqlRow& row, std::size_t column) {
  auto value = optionalTextAt(row, column);
  if (!value) throw std::runtime_error("column " + std::to_string(column) + " is not text");
  return std::move(*value);
}

std::optional<std::int64_t> optionalIntAt(const possdk::SqlRow& row, std::size_t column) {
  if (const auto* value = std::get_if<std::int64_t>(&row.at(column))) return *value;
  return std::nullopt;
}

std::optional<std::string> optionalTextAt(const possdk::SqlRow& row, std::size_t column) {
  if (const auto* value = std::get_if<std::string>(&row.at(column))) return *value;
  return std::nullopt;
}

possdk::SqlValue orNull(const std::optional<std::string>& value) {
  if (value) return *value;
  return nullptr;
}

possdk::SqlValue orNull(const std::optional<std::int64_t>& value) {
  if (value) return *value;
  return nullptr;
}

}  // namespace posserver::api
