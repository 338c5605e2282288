#include "lane_database.hpp"

#include "headless_session.hpp"

namespace posctl {

poscore::Config laneConfig(const GlobalOptions& options) {
  const auto ro = runtimeOptions(options);
  return ro.configFile.empty() ? poscore::Config::empty() : poscore::Config::load(ro.configFile);
}

std::unique_ptr<poscore::LaneDb> openLaneDb(const GlobalOptions& options) {
  return std::make_unique<poscore::LaneDb>(
      poscore::laneDbFileIn(poscore::dataDirOf(runtimeOptions(options), laneConfig(options))));
}

}  // namespace posctl
