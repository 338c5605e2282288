#include "driver/drivers.hpp"

#include "driver/eas_deactivator_driver.hpp"
#include "driver/eas_gate_driver.hpp"
#include "driver/hid_scale_driver.hpp"
#include "driver/sound_driver.hpp"
#include "driver/toledo_driver.hpp"

namespace weighing {

std::vector<std::shared_ptr<possdk::DeviceDriver>> weighingDrivers() {
  std::vector<std::shared_ptr<possdk::DeviceDriver>> drivers;
  // EAS and sound
  drivers.push_back(std::make_shared<EasDeactivatorDriver>());
  drivers.push_back(std::make_shared<EasGateDriver>());
  drivers.push_back(std::make_shared<SoundDriver>());
  // Scales
  drivers.push_back(std::make_shared<HidScaleDriver>());
  drivers.push_back(std::make_shared<ToledoDriver>());
  return drivers;
}

}  // namespace weighing
