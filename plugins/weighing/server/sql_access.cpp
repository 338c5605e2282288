#include "server/sql_access.hpp"

#include <variant>

namespace weighing::server {

std::vector<possdk::SqlRow> rowsOf(possdk::Sql& sql, const std::string& query, const possdk::SqlRow& params) {
  auto rows = sql.query(query, params);
  if (!rows) throw DbFailure(rows.error());
  return std::move(rows.value());
}

std::int64_t execOf(possdk::Sql& sql, const std::string& statement, const possdk::SqlRow& params) {
  auto changed = sql.exec(statement, params);
  if (!changed) throw DbFailure(changed.error());
  return changed.value();
}

std::int64_t intOf(const possdk::SqlValue& value) {
  if (const auto* n = std::get_if<std::int64_t>(&value)) return *n;
  if (const auto* s = std::get_if<std::string>(&value)) return std::stoll(*s);
  return 0;
}

std::string textOf(const possdk::SqlValue& value) {
  if (const auto* s = std::get_if<std::string>(&value)) return *s;
  if (const auto* n = std::get_if<std::int64_t>(&value)) return std::to_string(*n);
  return "";
}

std::vector<unsigned char> bytesOf(const possdk::SqlValue& value) {
  if (const auto* b = std::get_if<std::vector<std::uint8_t>>(&value)) return {b->begin(), b->end()};
  if (const auto* s = std::get_if<std::string>(&value)) return {s->begin(), s->end()};
  return {};
}

}  // namespace weighing::server
