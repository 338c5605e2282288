#include "driver/drivers.hpp"

#include "driver/hid_scale_driver.hpp"
#include "driver/toledo_driver.hpp"

namespace weighing {

std::vector<std::shared_ptr<possdk::DeviceDriver>> weighingDrivers() {
  std::vector<std::shared_ptr<possdk::DeviceDriver>> drivers;
  // Scales
  drivers.push_back(std::make_shared<HidScaleDriver>());
  drivers.push_back(std::make_shared<ToledoDriver>());
  return drivers;
}

}  // namespace weighing
