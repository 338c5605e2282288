#include "server/order_number.hpp"

#include <cstdio>

#include "server/server_time.hpp"
#include "server/sql_access.hpp"

namespace weighing::server {

std::string nextOrderNo(possdk::Sql& tx, const std::string& storeId, std::int64_t epochSeconds) {
  const auto day = dayStamp(epochSeconds);
  const auto rows = rowsOf(tx,
                           "INSERT INTO weighing_order_numbers (store_id, day, last_no) VALUES (?, ?, 1) "
                           "ON CONFLICT (store_id, day) DO UPDATE SET last_no = weighing_order_numbers.last_no + 1 "
                           "RETURNING last_no",
                           {storeId, day});
  if (rows.empty()) throw DbFailure("the order number counter gave no number");
  char number[16];
  std::snprintf(number, sizeof number, "%04lld", static_cast<long long>(intOf(rows[0][0])));
  return "W" + day + "-" + number;
}

}  // namespace weighing::server
