#include "server_plugin_settings.hpp"

#include "poscore/services/log.hpp"
#include "poscore/services/plugin_settings.hpp"

namespace posserver::modules {

std::optional<std::string> ServerPluginSettings::get(const std::string& key) const {
  const auto full = poscore::pluginSettingKey(pluginId_, key);
  if (!full) {
    poscore::LogSink::instance().write(possdk::LogLevel::Error, pluginId_, full.error());
    return std::nullopt;
  }
  return config_.get(full.value());
}

possdk::Status ServerPluginSettings::set(const std::string& key, const std::string&) {
  const auto full = poscore::pluginSettingKey(pluginId_, key);
  if (!full) return possdk::Status::fail(full.error());
  return possdk::Status::fail("setting " + full.value() + " cannot be changed by pos-server's plugin " + pluginId_ +
                              ": the server's settings are read only; set it in the server's settings file");
}

}  // namespace posserver::modules
