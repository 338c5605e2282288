#include "driver/drivers.hpp"

namespace weighing {

std::vector<std::shared_ptr<possdk::DeviceDriver>> weighingDrivers() {
  std::vector<std::shared_ptr<possdk::DeviceDriver>> drivers;
  return drivers;
}

}  // namespace weighing
