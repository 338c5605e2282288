#include "poscore/services/plugin_settings.hpp"

#include <algorithm>

#include "poscore/services/log.hpp"

namespace poscore {
namespace {

bool isKeyChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-';
}

}  // namespace

possdk::Result<std::string> pluginSettingKey(const std::string& pluginId, const std::string& key) {
  if (key.empty() || !std::all_of(key.begin(), key.end(), isKeyChar)) {
    return possdk::Result<std::string>::fail("setting key '" + key + "' of plugin " + pluginId +
                                             " is not valid: use lower-case letters, digits, '_', '-' and '.'");
  }
  return "plugins." + pluginId + "." + key;
}

PluginSettings::PluginSettings(const Config& config, LaneDb& db, std::string pluginId)
    : config_(config), db_(db), pluginId_(std::move(pluginId)) {}

// Exceptions never cross into plugin code: a bad key or an unreadable database is logged and reads
// as unset, and set() says why it failed.
std::optional<std::string> PluginSettings::get(const std::string& key) const {
  const auto full = pluginSettingKey(pluginId_, key);
  if (!full) {
    LogSink::instance().write(possdk::LogLevel::Error, pluginId_, full.error());
    return std::nullopt;
  }
  auto stored = db_.query("SELECT value FROM settings_overrides WHERE key = ?", {full.value()});
  if (!stored) {
    LogSink::instance().write(possdk::LogLevel::Error, pluginId_,
                              "cannot read setting " + full.value() + ": " + stored.error());
  } else if (!stored.value().empty()) {
    if (const auto* text = std::get_if<std::string>(&stored.value()[0][0])) return *text;
  }
  return config_.get(full.value());
}

possdk::Status PluginSettings::set(const std::string& key, const std::string& value) {
  const auto full = pluginSettingKey(pluginId_, key);
  if (!full) return possdk::Status::fail(full.error());
  auto written = db_.exec(
      "INSERT INTO settings_overrides(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
      {full.value(), value});
  if (!written) return possdk::Status::fail("cannot save setting " + full.value() + ": " + written.error());
  return possdk::Status::ok();
}

}  // namespace poscore
