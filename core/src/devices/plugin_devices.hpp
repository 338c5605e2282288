#pragma once
#include <memory>
#include <string>
#include <vector>

#include "poscore/devices/device_hub.hpp"

namespace poscore {

// The Devices service one plugin sees: its drivers are registered under its id, and it may
// claim only devices its manifest declares in "devices".
class PluginDevices final : public possdk::Devices {
 public:
  PluginDevices(std::shared_ptr<DeviceHub> hub, std::string pluginId, std::vector<std::string> allowedPatterns);

  void registerDriver(std::shared_ptr<possdk::DeviceDriver> driver) override;
  std::vector<possdk::DeviceStatus> list() const override;
  possdk::Result<std::shared_ptr<possdk::DeviceHandle>> claim(
      const std::string& deviceId, std::function<void(const possdk::DeviceEvent&)> onEvent) override;

 private:
  bool allowed(const std::string& deviceId) const;

  std::shared_ptr<DeviceHub> hub_;
  std::string pluginId_;
  std::vector<std::string> allowedPatterns_;
};

}  // namespace poscore
