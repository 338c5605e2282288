#pragma once
#include <memory>

#include "commands.hpp"
#include "poscore/services/config.hpp"
#include "poscore/services/lane_db.hpp"

namespace posctl {

// The lane's settings named by the global options; empty settings when no file is given.
poscore::Config laneConfig(const GlobalOptions& options);

// The lane database named by the global options, opened without starting plugins or devices.
std::unique_ptr<poscore::LaneDb> openLaneDb(const GlobalOptions& options);

}  // namespace posctl
