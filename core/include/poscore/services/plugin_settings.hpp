#pragma once
#include <string>

#include "poscore/services/config.hpp"
#include "poscore/services/lane_db.hpp"
#include "possdk/settings.hpp"

namespace poscore {

// A plugin's settings: "plugins.<id>.<key>", values set at run time (lane database) first, then
// the settings file.
class PluginSettings final : public possdk::Settings {
 public:
  PluginSettings(const Config& config, LaneDb& db, std::string pluginId);
  std::optional<std::string> get(const std::string& key) const override;
  possdk::Status set(const std::string& key, const std::string& value) override;

 private:
  possdk::Result<std::string> fullKey(const std::string& key) const;
  const Config& config_;
  LaneDb& db_;
  std::string pluginId_;
};

}  // namespace poscore
