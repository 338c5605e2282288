#pragma once
#include <memory>

#include "commands.hpp"
#include "poscore/services/lane_db.hpp"

namespace posctl {

// The lane database named by the global options, opened without starting plugins or devices.
std::unique_ptr<poscore::LaneDb> openLaneDb(const GlobalOptions& options);

}  // namespace posctl
