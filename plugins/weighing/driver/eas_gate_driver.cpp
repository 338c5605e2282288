#include "driver/eas_gate_driver.hpp"

#include <array>
#include <string>

#include "driver/eas_gate_device.hpp"
#include "driver/eas_gate_protocol.hpp"

namespace weighing {

bool EasGateDriver::matches(const possdk::DeviceInfo& info) const {
  if (info.transport == possdk::TransportKind::Simulator) return info.id.rfind(gate::kSimPrefix, 0) == 0;
  auto protocol = info.params.find("protocol");
  return info.transport == possdk::TransportKind::Serial && protocol != info.params.end() &&
         protocol->second == gate::kProtocol;
}

bool EasGateDriver::supported(possdk::Transport& transport) {
  const std::string status = gate::kStatus;
  if (!transport.write({reinterpret_cast<const std::uint8_t*>(status.data()), status.size()})) return false;
  const std::string ready = std::string(gate::kReady) + gate::kEnd;
  std::string reply;
  std::array<std::uint8_t, 64> buf{};
  for (int tries = 0; tries < 5 && reply.find(ready) == std::string::npos; ++tries) {
    auto n = transport.read(buf, std::chrono::milliseconds(200));
    if (!n) return false;
    reply.append(reinterpret_cast<const char*>(buf.data()), n.value());
  }
  return reply.find(ready) != std::string::npos;
}

std::unique_ptr<possdk::Device> EasGateDriver::create(std::unique_ptr<possdk::Transport> transport) {
  return std::make_unique<EasGateDevice>(std::move(transport));
}

}  // namespace weighing
