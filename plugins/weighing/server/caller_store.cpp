#include "server/caller_store.hpp"

#include <charconv>

#include "server/api_failure.hpp"
#include "server/sql_access.hpp"

namespace weighing::server {

std::string storeOfDevice(possdk::Sql& sql, const std::string& deviceId) {
  std::int64_t id = 0;
  const auto [end, ec] = std::from_chars(deviceId.data(), deviceId.data() + deviceId.size(), id);
  const auto rows = ec == std::errc{} && end == deviceId.data() + deviceId.size()
                        ? rowsOf(sql, "SELECT store_id FROM devices WHERE id = ?", {id})
                        : std::vector<possdk::SqlRow>{};
  if (rows.empty()) throw ApiFailure(403, "forbidden", "", "device " + deviceId + " is not enrolled in a store");
  return textOf(rows[0][0]);
}

}  // namespace weighing::server
