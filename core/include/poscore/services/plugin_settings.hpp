#pragma once
#include <string>

#include "poscore/services/config.hpp"
#include "poscore/services/lane_db.hpp"
#include "possdk/settings.hpp"

namespace poscore {

// "plugins.<id>.<key>", or why `key` is not a valid key: the prefix is what keeps one plugin out
// of another's settings, so the key may not escape it. pos-server's read-only settings use it too.
possdk::Result<std::string> pluginSettingKey(const std::string& pluginId, const std::string& key);

// A plugin's settings: "plugins.<id>.<key>", values set at run time (lane database) first, then
// the settings file.
class PluginSettings final : public possdk::Settings {
 public:
  PluginSettings(const Config& config, LaneDb& db, std::string pluginId);
  std::optional<std::string> get(const std::string& key) const override;
  possdk::Status set(const std::string& key, const std::string& value) override;

 private:
  const Config& config_;
  LaneDb& db_;
  std::string pluginId_;
};

}  // namespace poscore
