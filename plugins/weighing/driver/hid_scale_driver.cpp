#include "driver/hid_scale_driver.hpp"

#include <array>
#include <chrono>

#include "driver/hid_scale_device.hpp"
#include "driver/hid_scale_report.hpp"

namespace weighing {

namespace {

constexpr std::array kModels{
    UsbScaleModel{0x0922, 0x8003, "Dymo M10"},
    UsbScaleModel{0x0922, 0x8004, "Dymo M25"},
    UsbScaleModel{0x0922, 0x8009, "Dymo S250"},
    UsbScaleModel{0x1446, 0x6a73, "Stamps.com Model 510"},
    UsbScaleModel{0x2474, 0x0550, "Stamps.com 5 lb"},
    UsbScaleModel{0x2474, 0x3550, "Stamps.com 35 lb"},
    UsbScaleModel{0x7b7c, 0x0100, "Elane UParcel 30 lb"},
    UsbScaleModel{0x0eb8, 0xf000, "Mettler Toledo PS60"},
};

constexpr auto kProbeTime = std::chrono::milliseconds(300);

}  // namespace

std::span<const UsbScaleModel> knownHidScales() { return kModels; }

bool HidScaleDriver::matches(const possdk::DeviceInfo& info) const {
  if (info.transport != possdk::TransportKind::Usb) return false;
  const auto protocol = info.params.find("protocol");
  if (protocol != info.params.end()) return protocol->second == "hid-scale";
  for (const auto& model : kModels) {
    if (model.vendorId == info.vendorId && model.productId == info.productId) return true;
  }
  return false;
}

bool HidScaleDriver::supported(possdk::Transport& transport) {
  std::array<std::uint8_t, 64> buf{};
  auto n = transport.read(buf, kProbeTime);
  if (!n) return false;
  if (n.value() == 0) return true;
  return parseHidWeightReport(std::span(buf.data(), n.value())).isOk();
}

std::unique_ptr<possdk::Device> HidScaleDriver::create(std::unique_ptr<possdk::Transport> transport) {
  return std::make_unique<HidScaleDevice>(std::move(transport));
}

}  // namespace weighing
