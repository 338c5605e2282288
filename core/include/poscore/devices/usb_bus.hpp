#pragma once
#include <atomic>
#include <map>
#include <mutex>
#include <string>
#include <thread>

#include "poscore/devices/device_source.hpp"
#include "poscore/devices/usb_context.hpp"

struct libusb_device;

namespace poscore {

// The USB devices libusb sees, with hotplug where libusb supports it. On a machine without a
// USB bus (or where libusb cannot start) it lists nothing and state() says why.
class UsbBus final : public DeviceSource {
 public:
  UsbBus();
  ~UsbBus() override;
  UsbBus(const UsbBus&) = delete;
  UsbBus& operator=(const UsbBus&) = delete;

  // "3 USB devices", or "no USB: <why>".
  std::string state() const;

  std::vector<possdk::DeviceInfo> enumerate() override;
  std::unique_ptr<possdk::Transport> transportFor(const possdk::DeviceInfo& info) override;
  void watch(std::function<void()> changed) override;
  void unwatch() override;

 private:
  std::string describe(libusb_device* device, const std::string& id);
  void handleEvents();

  UsbContext context_;
  std::string unavailable_;  // why there is no USB, empty when there is
  mutable std::mutex mutex_;
  std::size_t lastCount_ = 0;                        // devices other than hubs at the last look
  bool sawBus_ = false;                              // a bus has at least its root hub
  std::map<std::string, std::string> descriptions_;  // by id: product strings cost an open
  std::function<void()> changed_;
  std::atomic<bool> stopping_{false};
  std::atomic<bool> pending_{false};
  int hotplugHandle_ = 0;
  std::thread events_;
};

}  // namespace poscore
