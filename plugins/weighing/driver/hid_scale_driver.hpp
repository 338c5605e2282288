#pragma once
#include <cstdint>
#include <span>

#include "possdk/device.hpp"

namespace weighing {

// USB HID POS scales. The transport does not expose the HID usage page (0x8D), so a scale is
// recognised by its vendor and product ids (a table, as data) or by the settings' protocol
// "hid-scale" for a model the table does not know.
class HidScaleDriver final : public possdk::DeviceDriver {
 public:
  std::string name() const override { return "weighing-hid-scale"; }
  int priority() const override { return 20; }
  bool matches(const possdk::DeviceInfo& info) const override;
  // A scale that sends a report within the probe time must send a well-formed one; a scale that
  // only reports changes may stay silent and is accepted on its ids.
  bool supported(possdk::Transport& transport) override;
  std::unique_ptr<possdk::Device> create(std::unique_ptr<possdk::Transport> transport) override;
};

struct UsbScaleModel {
  std::uint16_t vendorId;
  std::uint16_t productId;
  const char* name;
};

// The USB scales known to speak the HID POS weight report.
std::span<const UsbScaleModel> knownHidScales();

}  // namespace weighing
