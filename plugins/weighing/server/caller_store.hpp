#pragma once
// The store of the calling device, from core's devices table: orders are numbered per store, and a
// lane verifies only its own store's orders.
#include <string>

#include "possdk/sql.hpp"

namespace weighing::server {

std::string storeOfDevice(possdk::Sql& sql, const std::string& deviceId);

}  // namespace weighing::server
