#pragma once
#include <functional>
#include <memory>
#include <vector>

#include "possdk/transport.hpp"

namespace poscore {

// Where devices come from: a bus that enumerates (USB) or the settings (serial, TCP,
// simulators). A source makes the transports for its own devices.
class DeviceSource {
 public:
  virtual ~DeviceSource() = default;
  virtual std::vector<possdk::DeviceInfo> enumerate() = 0;
  // A closed transport for one of the devices enumerate() returned.
  virtual std::unique_ptr<possdk::Transport> transportFor(const possdk::DeviceInfo& info) = 0;
  // Starts calling `changed`, from the source's own thread, when devices come or go. Sources
  // without hotplug never call it.
  virtual void watch(std::function<void()> changed) { (void)changed; }
  // Stops watching; once it returns, `changed` is not running and will not be called again.
  virtual void unwatch() {}
};

}  // namespace poscore
