#include "lane_database.hpp"

#include "headless_session.hpp"

namespace posctl {

std::unique_ptr<poscore::LaneDb> openLaneDb(const GlobalOptions& options) {
  const auto ro = runtimeOptions(options);
  const auto config = ro.configFile.empty() ? poscore::Config::empty() : poscore::Config::load(ro.configFile);
  return std::make_unique<poscore::LaneDb>(poscore::laneDbFileIn(poscore::dataDirOf(ro, config)));
}

}  // namespace posctl
