#pragma once
#include <string>

#include "poscore/services/config.hpp"
#include "possdk/settings.hpp"

namespace posserver::modules {

// A plugin's settings on the server: "plugins.<id>.<key>" of the server's settings file. The
// server keeps no run-time overrides, so set() says where to change a setting instead.
class ServerPluginSettings final : public possdk::Settings {
 public:
  ServerPluginSettings(const poscore::Config& config, std::string pluginId)
      : config_(config), pluginId_(std::move(pluginId)) {}
  std::optional<std::string> get(const std::string& key) const override;
  possdk::Status set(const std::string& key, const std::string& value) override;

 private:
  const poscore::Config& config_;
  std::string pluginId_;
};

}  // namespace posserver::modules
