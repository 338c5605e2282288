#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "possdk/device.hpp"

namespace poscore {

// The driver a device got, with whatever went wrong on the way ("driver 'x' threw ...").
struct DriverChoice {
  std::shared_ptr<possdk::DeviceDriver> driver;  // null: none matched and said yes
  std::string name;
  std::string owner;     // plugin id
  std::string problems;  // empty when nothing went wrong
  bool retry = false;    // the transport would not open; probe again on the next scan
};

// Drivers by owner plugin. For a device, the candidates are the drivers whose matches() is
// true, highest priority first, ties in registration order; the first whose supported() probe
// says yes drives it.
class DriverRegistry {
 public:
  using TransportMaker = std::function<std::unique_ptr<possdk::Transport>()>;

  void add(const std::string& ownerPluginId, std::shared_ptr<possdk::DeviceDriver> driver);
  void removeOwnedBy(const std::string& ownerPluginId);
  // Changes whenever a driver is added or removed, so devices probed before are probed again.
  std::uint64_t generation() const;
  // Opens a transport from `makeTransport` for each probe and closes it after.
  DriverChoice choose(const possdk::DeviceInfo& info, const TransportMaker& makeTransport) const;

 private:
  struct Registered {
    std::shared_ptr<possdk::DeviceDriver> driver;
    std::string name;
    std::string owner;
    int priority = 0;
  };
  std::vector<Registered> candidates(const possdk::DeviceInfo& info, std::string& problems) const;

  mutable std::mutex mutex_;
  std::vector<Registered> drivers_;
  std::uint64_t generation_ = 0;
};

// "driver 'hid-scale' of plugin 'weighing'", the way every message names a driver.
std::string describeDriver(const std::string& name, const std::string& owner);

}  // namespace poscore
