#pragma once
#include "possdk/device.hpp"

namespace weighing {

// Drives the EAS exit gate on a simulator `sim:eas-gate*` or a serial port whose settings say
// "protocol": "eas-gate"; the probe asks STATUS? and wants READY.
class EasGateDriver final : public possdk::DeviceDriver {
 public:
  std::string name() const override { return "eas-gate"; }
  int priority() const override { return 10; }
  bool matches(const possdk::DeviceInfo& info) const override;
  bool supported(possdk::Transport& transport) override;
  std::unique_ptr<possdk::Device> create(std::unique_ptr<possdk::Transport> transport) override;
};

}  // namespace weighing
