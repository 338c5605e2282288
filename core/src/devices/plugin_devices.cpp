#include "plugin_devices.hpp"

#include "poscore/devices/device_pattern.hpp"

namespace poscore {

PluginDevices::PluginDevices(std::shared_ptr<DeviceHub> hub, std::string pluginId,
                             std::vector<std::string> allowedPatterns)
    : hub_(std::move(hub)), pluginId_(std::move(pluginId)), allowedPatterns_(std::move(allowedPatterns)) {}

void PluginDevices::registerDriver(std::shared_ptr<possdk::DeviceDriver> driver) {
  hub_->registerDriver(pluginId_, std::move(driver));
}

std::vector<possdk::DeviceStatus> PluginDevices::list() const { return hub_->list(); }

bool PluginDevices::allowed(const std::string& deviceId) const {
  for (const auto& pattern : allowedPatterns_) {
    if (matchesDevicePattern(pattern, deviceId)) return true;
  }
  return false;
}

possdk::Result<std::shared_ptr<possdk::DeviceHandle>> PluginDevices::claim(
    const std::string& deviceId, std::function<void(const possdk::DeviceEvent&)> onEvent) {
  if (!allowed(deviceId)) {
    return possdk::Result<std::shared_ptr<possdk::DeviceHandle>>::fail(
        "plugin '" + pluginId_ + "' may not claim device '" + deviceId +
        "': its manifest does not declare it; add a matching pattern (e.g. \"" +
        deviceId.substr(0, deviceId.find('@')) + "\") to \"devices\" in its plugin.json");
  }
  return hub_->claim(pluginId_, deviceId, std::move(onEvent));
}

}  // namespace poscore
