#pragma once
#include <memory>
#include <vector>

#include "possdk/device.hpp"

namespace weighing {

// Every driver this plugin brings, for Plugin::init to register: the HID and Toledo scales, the
// EAS deactivator and gate, and the sound device.
std::vector<std::shared_ptr<possdk::DeviceDriver>> weighingDrivers();

}  // namespace weighing
