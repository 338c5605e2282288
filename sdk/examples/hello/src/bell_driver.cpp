#include "bell_driver.hpp"

#include <array>
#include <string>

#include "bell_device.hpp"
#include "bell_protocol.hpp"

namespace hello {

bool BellDriver::matches(const possdk::DeviceInfo& info) const {
  if (info.transport == possdk::TransportKind::Simulator) return info.id.rfind("sim:hello", 0) == 0;
  const auto protocol = info.params.find("protocol");
  return info.transport == possdk::TransportKind::Serial && protocol != info.params.end() &&
         protocol->second == "hello-bell";
}

bool BellDriver::supported(possdk::Transport& transport) {
  const std::string ping = bell::kPing;
  if (!transport.write({reinterpret_cast<const std::uint8_t*>(ping.data()), ping.size()})) return false;
  std::string reply;
  std::array<std::uint8_t, 64> buf{};
  for (int tries = 0; tries < 5 && reply.find(bell::kPong) == std::string::npos; ++tries) {
    auto n = transport.read(buf, std::chrono::milliseconds(200));
    if (!n) return false;
    reply.append(reinterpret_cast<const char*>(buf.data()), n.value());
  }
  return reply.find(bell::kPong) != std::string::npos;
}

std::unique_ptr<possdk::Device> BellDriver::create(std::unique_ptr<possdk::Transport> transport) {
  return std::make_unique<BellDevice>(std::move(transport));
}

}  // namespace hello
