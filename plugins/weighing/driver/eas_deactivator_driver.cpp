#include "driver/eas_deactivator_driver.hpp"

#include "driver/eas_deactivator_device.hpp"
#include "driver/lcus_relay_protocol.hpp"

namespace weighing {

bool EasDeactivatorDriver::matches(const possdk::DeviceInfo& info) const {
  if (info.transport != possdk::TransportKind::Serial && info.transport != possdk::TransportKind::Simulator) {
    return false;
  }
  auto protocol = info.params.find("protocol");
  return protocol != info.params.end() && protocol->second == lcus::kProtocol;
}

bool EasDeactivatorDriver::supported(possdk::Transport& transport) { return matches(transport.info()); }

std::unique_ptr<possdk::Device> EasDeactivatorDriver::create(std::unique_ptr<possdk::Transport> transport) {
  return std::make_unique<EasDeactivatorDevice>(std::move(transport));
}

}  // namespace weighing
