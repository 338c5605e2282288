#pragma once
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "poscore/dispatcher.hpp"
#include "possdk/device.hpp"

namespace Poco::JSON {
class Object;
}

namespace poscore {

// Devices the lane should look for besides what USB enumeration finds, from the "devices" section
// of the settings file.
struct DeviceConfig {
  bool usb = true;
  std::vector<possdk::DeviceInfo> serial;
  std::vector<possdk::DeviceInfo> tcp;
  std::vector<possdk::DeviceInfo> simulators;
};

// Reads the "devices" section; relative simulator script paths resolve against baseDir.
// Throws std::invalid_argument naming the offending key and what is expected.
DeviceConfig parseDeviceConfig(const Poco::JSON::Object& devices, const std::filesystem::path& baseDir);

// Finds devices on every transport, gives each the best driver that matches and probes it, and
// arbitrates claims (UnifiedPOS). Events from devices reach claimants through the dispatcher.
class DeviceManager {
 public:
  DeviceManager(Dispatcher& dispatcher, DeviceConfig config);
  ~DeviceManager();
  DeviceManager(const DeviceManager&) = delete;
  DeviceManager& operator=(const DeviceManager&) = delete;

  void registerDriver(const std::string& ownerPluginId, std::shared_ptr<possdk::DeviceDriver> driver);
  // A plugin that failed or is going away takes its drivers with it.
  void forgetDriversOf(const std::string& ownerPluginId);
  // Stops hotplug and event delivery, before the plugins holding devices are destroyed. Idempotent.
  void shutdown();
  // Enumerates every transport and matches drivers to devices not claimed yet. Safe to call again.
  void scan();
  std::vector<possdk::DeviceStatus> list() const;
  possdk::Result<std::shared_ptr<possdk::DeviceHandle>> claim(
      const std::string& claimant, const std::string& deviceId,
      std::function<void(const possdk::DeviceEvent&)> onEvent);
  // The Devices service for one plugin: it may claim only ids matching the patterns its manifest
  // declares ("usb:0eb8:f000", "serial:*", "sim:hello*").
  std::unique_ptr<possdk::Devices> facadeFor(const std::string& pluginId,
                                             std::vector<std::string> allowedPatterns);
  // Called on the UI thread whenever the list or a state changes (status bar, posctl watch).
  void onChange(std::function<void()> handler);
  // "3 USB devices", or "no USB: <why>" on machines without a USB bus.
  std::string usbState() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace poscore
