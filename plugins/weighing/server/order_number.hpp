#pragma once
// Order numbers, W<yyyymmdd>-<nnnn> per store and UTC day: one upsert moves the day's counter, so
// concurrent payments each get their own number on both databases.
#include <cstdint>
#include <string>

#include "possdk/sql.hpp"

namespace weighing::server {

std::string nextOrderNo(possdk::Sql& tx, const std::string& storeId, std::int64_t epochSeconds);

}  // namespace weighing::server
