#pragma once
#include <vector>

#include "possdk/sql.hpp"

namespace poscore {

// The host's own tables in the lane database, applied under the scope "host" when it opens.
const std::vector<possdk::Migration>& hostMigrations();

}  // namespace poscore
