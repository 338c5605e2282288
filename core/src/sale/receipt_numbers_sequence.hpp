#pragma once
#include <string>

#include "possdk/sql.hpp"

namespace poscore::sale {

// Moves the lane's receipt sequence on by one inside the caller's transaction and returns the
// formatted number; rolled back with it, so numbers stay gap-free.
possdk::Result<std::string> takeReceiptNo(possdk::Sql& sql, const std::string& laneId);

}  // namespace poscore::sale
