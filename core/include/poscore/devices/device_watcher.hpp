#pragma once
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>

#include "poscore/devices/device_manager.hpp"

namespace poscore {

// Claims every free device that has a driver and prints each event as a line (posctl devices
// watch). Devices that appear later are claimed when the manager reports a change.
class DeviceWatcher {
 public:
  // `print` runs on the thread that drains the manager's dispatcher.
  DeviceWatcher(DeviceManager& devices, std::string claimant, std::function<void(const std::string&)> print);

  // Claims what it has not tried yet; a device it could not claim is reported once.
  void claimAvailable();
  // Ids of the devices it holds.
  std::set<std::string> watching() const;

 private:
  struct State {
    DeviceManager& devices;
    std::string claimant;
    std::function<void(const std::string&)> print;
    std::map<std::string, std::shared_ptr<possdk::DeviceHandle>> handles;
    std::set<std::string> tried;
  };
  static void claimAvailable(State& state);

  std::shared_ptr<State> state_;
};

}  // namespace poscore
