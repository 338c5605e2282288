#pragma once
#include <cstdint>
#include <map>
#include <stdexcept>
#include <string>
#include <variant>

#include "possdk/sql.hpp"

namespace postest {

inline std::int64_t countRows(possdk::Sql& sql, const std::string& table) {
  auto rows = sql.query("SELECT COUNT(*) FROM " + table);
  if (!rows) throw std::runtime_error(rows.error());
  return std::get<std::int64_t>(rows.value().at(0).at(0));
}

// Rows in every core table of pos-server, and the values that change in place, to show that a
// refused request wrote nothing.
inline std::map<std::string, std::int64_t> coreTableCounts(possdk::Sql& sql) {
  std::map<std::string, std::int64_t> counts;
  for (const char* table : {"stores", "devices", "enrolment_codes", "catalog_changes", "sales", "members",
                            "points_balances", "points_ledger"}) {
    counts[table] = countRows(sql, table);
  }
  const auto single = [&sql](const std::string& query) {
    auto rows = sql.query(query);
    if (!rows) throw std::runtime_error(rows.error());
    return std::get<std::int64_t>(rows.value().at(0).at(0));
  };
  counts["catalog_head.version"] = single("SELECT version FROM catalog_head");
  counts["points_balances.sum"] = single("SELECT COALESCE(SUM(balance), 0) FROM points_balances");
  counts["enrolment_codes.used"] = single("SELECT COUNT(*) FROM enrolment_codes WHERE used_at IS NOT NULL");
  return counts;
}

}  // namespace postest
