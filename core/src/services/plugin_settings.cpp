#include "poscore/services/plugin_settings.hpp"

#include <algorithm>
#include <stdexcept>

namespace poscore {
namespace {

bool isKeyChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-';
}

}  // namespace

PluginSettings::PluginSettings(const Config& config, LaneDb& db, std::string pluginId)
    : config_(config), db_(db), pluginId_(std::move(pluginId)) {}

std::optional<std::string> PluginSettings::get(const std::string& key) const {
  const std::string full = fullKey(key);
  auto stored = db_.query("SELECT value FROM settings_overrides WHERE key = ?", {full});
  if (!stored) throw std::runtime_error("cannot read setting " + full + ": " + stored.error());
  if (!stored.value().empty()) {
    if (const auto* text = std::get_if<std::string>(&stored.value()[0][0])) return *text;
  }
  return config_.get(full);
}

void PluginSettings::set(const std::string& key, const std::string& value) {
  const std::string full = fullKey(key);
  auto written = db_.exec(
      "INSERT INTO settings_overrides(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
      {full, value});
  if (!written) throw std::runtime_error("cannot save setting " + full + ": " + written.error());
}

// The prefix is what keeps one plugin out of another's settings, so the key may not escape it.
std::string PluginSettings::fullKey(const std::string& key) const {
  if (key.empty() || !std::all_of(key.begin(), key.end(), isKeyChar)) {
    throw std::invalid_argument("setting key '" + key + "' of plugin " + pluginId_ +
                                " is not valid: use lower-case letters, digits, '_', '-' and '.'");
  }
  return "plugins." + pluginId_ + "." + key;
}

}  // namespace poscore
