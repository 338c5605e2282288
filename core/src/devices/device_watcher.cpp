#include "poscore/devices/device_watcher.hpp"

#include "poscore/devices/device_report.hpp"

namespace poscore {

DeviceWatcher::DeviceWatcher(DeviceManager& devices, std::string claimant,
                             std::function<void(const std::string&)> print)
    : state_(std::make_shared<State>(State{devices, std::move(claimant), std::move(print), {}, {}})) {
  // The manager keeps its handlers for its whole life; this one outlives the watcher harmlessly.
  devices.onChange([weak = std::weak_ptr<State>(state_)] {
    if (auto state = weak.lock()) claimAvailable(*state);
  });
}

void DeviceWatcher::claimAvailable() { claimAvailable(*state_); }

void DeviceWatcher::claimAvailable(State& state) {
  for (const auto& device : state.devices.list()) {
    const auto& id = device.info.id;
    if (device.driver.empty() || !device.claimant.empty() || !state.tried.insert(id).second) continue;
    auto print = state.print;
    auto claimed = state.devices.claim(state.claimant, id, [print](const possdk::DeviceEvent& event) {
      print(formatDeviceEvent(event, std::chrono::system_clock::now()));
    });
    if (claimed) {
      state.handles[id] = claimed.value();
    } else {
      state.print(id + ": not watched: " + claimed.error());
    }
  }
}

std::set<std::string> DeviceWatcher::watching() const {
  std::set<std::string> ids;
  for (const auto& [id, handle] : state_->handles) ids.insert(id);
  return ids;
}

}  // namespace poscore
