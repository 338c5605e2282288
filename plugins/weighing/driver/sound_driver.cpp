#include "driver/sound_driver.hpp"

#include "driver/sound_device.hpp"

namespace weighing {

bool SoundDriver::matches(const possdk::DeviceInfo& info) const {
  return info.transport == possdk::TransportKind::Simulator && info.id.rfind("sim:sound", 0) == 0;
}

std::unique_ptr<possdk::Device> SoundDriver::create(std::unique_ptr<possdk::Transport> transport) {
  return std::make_unique<SoundDevice>(std::move(transport));
}

}  // namespace weighing
