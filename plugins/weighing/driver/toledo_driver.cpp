#include "driver/toledo_driver.hpp"

#include <array>
#include <chrono>

#include "driver/toledo_device.hpp"
#include "driver/toledo_protocol.hpp"

namespace weighing {

namespace {
constexpr auto kProbeTimeout = std::chrono::milliseconds(500);
constexpr auto kReadSlice = std::chrono::milliseconds(50);
}  // namespace

bool ToledoDriver::matches(const possdk::DeviceInfo& info) const {
  if (info.transport != possdk::TransportKind::Serial) return false;
  const auto protocol = info.params.find("protocol");
  return protocol == info.params.end() || protocol->second == "mt8217";
}

bool ToledoDriver::supported(possdk::Transport& transport) {
  const auto weigh = toledo::encodeCommand(toledo::kWeigh, toledo::sevenBitPort(transport.info().params));
  if (!transport.write({reinterpret_cast<const std::uint8_t*>(weigh.data()), weigh.size()})) return false;
  toledo::FrameReader frames;
  std::array<std::uint8_t, 64> buf{};
  const auto deadline = std::chrono::steady_clock::now() + kProbeTimeout;
  while (std::chrono::steady_clock::now() < deadline) {
    auto n = transport.read(buf, kReadSlice);
    if (!n) return false;
    const auto cut = frames.add(toledo::stripParity({reinterpret_cast<const char*>(buf.data()), n.value()}));
    if (!cut.frames.empty()) return toledo::parseFrame(cut.frames.front()).isOk();
    if (cut.error) return false;
  }
  return false;
}

std::unique_ptr<possdk::Device> ToledoDriver::create(std::unique_ptr<possdk::Transport> transport) {
  return std::make_unique<ToledoDevice>(std::move(transport));
}

}  // namespace weighing
