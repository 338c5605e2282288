#include "poscore/devices/device_manager.hpp"

#include "configured_devices.hpp"
#include "plugin_devices.hpp"
#include "poscore/devices/device_hub.hpp"
#include "poscore/devices/usb_bus.hpp"

namespace poscore {

struct DeviceManager::Impl {
  std::shared_ptr<DeviceHub> hub;
  const UsbBus* usb = nullptr;  // owned by the hub as one of its sources; null when USB is off
};

DeviceManager::DeviceManager(Dispatcher& dispatcher, DeviceConfig config) : impl_(std::make_unique<Impl>()) {
  std::vector<std::unique_ptr<DeviceSource>> sources;
  if (config.usb) {
    auto usb = std::make_unique<UsbBus>();
    impl_->usb = usb.get();
    sources.push_back(std::move(usb));
  }
  sources.push_back(std::make_unique<ConfiguredDevices>(config));
  impl_->hub = DeviceHub::create(dispatcher, std::move(sources));
}

DeviceManager::~DeviceManager() { shutdown(); }

void DeviceManager::shutdown() { impl_->hub->shutdown(); }

void DeviceManager::forgetDriversOf(const std::string& ownerPluginId) { impl_->hub->forgetDriversOf(ownerPluginId); }

void DeviceManager::registerDriver(const std::string& ownerPluginId, std::shared_ptr<possdk::DeviceDriver> driver) {
  impl_->hub->registerDriver(ownerPluginId, std::move(driver));
}

void DeviceManager::scan() { impl_->hub->scan(); }

std::vector<possdk::DeviceStatus> DeviceManager::list() const { return impl_->hub->list(); }

possdk::Result<std::shared_ptr<possdk::DeviceHandle>> DeviceManager::claim(
    const std::string& claimant, const std::string& deviceId, std::function<void(const possdk::DeviceEvent&)> onEvent) {
  return impl_->hub->claim(claimant, deviceId, std::move(onEvent));
}

std::unique_ptr<possdk::Devices> DeviceManager::facadeFor(const std::string& pluginId,
                                                          std::vector<std::string> allowedPatterns) {
  return std::make_unique<PluginDevices>(impl_->hub, pluginId, std::move(allowedPatterns));
}

void DeviceManager::onChange(std::function<void()> handler) { impl_->hub->onChange(std::move(handler)); }

std::string DeviceManager::usbState() const {
  return impl_->usb ? impl_->usb->state() : "no USB: turned off in the settings (devices.usb is false)";
}

}  // namespace poscore
