#include "configured_devices.hpp"

#include "poscore/devices/serial_transport.hpp"
#include "poscore/devices/sim_transport.hpp"
#include "poscore/devices/tcp_transport.hpp"

namespace poscore {

ConfiguredDevices::ConfiguredDevices(const DeviceConfig& config) {
  for (const auto* group : {&config.serial, &config.tcp, &config.simulators}) {
    devices_.insert(devices_.end(), group->begin(), group->end());
  }
}

std::unique_ptr<possdk::Transport> ConfiguredDevices::transportFor(const possdk::DeviceInfo& info) {
  switch (info.transport) {
    case possdk::TransportKind::Serial:
      return std::make_unique<SerialTransport>(info);
    case possdk::TransportKind::Tcp:
      return std::make_unique<TcpTransport>(info);
    case possdk::TransportKind::Simulator:
      return std::make_unique<SimTransport>(info);
    default:
      return nullptr;
  }
}

}  // namespace poscore
