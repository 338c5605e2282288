#pragma once
#include "poscore/devices/device_manager.hpp"
#include "poscore/devices/device_source.hpp"

namespace poscore {

// The serial ports, TCP endpoints and simulators the settings (and --serial) name. They are
// always listed; whether they answer shows when a driver probes them.
class ConfiguredDevices final : public DeviceSource {
 public:
  explicit ConfiguredDevices(const DeviceConfig& config);
  std::vector<possdk::DeviceInfo> enumerate() override { return devices_; }
  std::unique_ptr<possdk::Transport> transportFor(const possdk::DeviceInfo& info) override;

 private:
  std::vector<possdk::DeviceInfo> devices_;
};

}  // namespace poscore
