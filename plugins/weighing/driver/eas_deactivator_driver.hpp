#pragma once
#include "possdk/device.hpp"

namespace weighing {

// Drives an EAS deactivator pad on an LCUS relay board, on a serial port or simulator whose
// settings say "protocol": "lcus-relay". The board never answers, so there is nothing to probe:
// the settings are the only honest evidence, and supported() writes nothing (a probe frame would
// fire the pad).
class EasDeactivatorDriver final : public possdk::DeviceDriver {
 public:
  std::string name() const override { return "eas-lcus-relay"; }
  int priority() const override { return 10; }
  bool matches(const possdk::DeviceInfo& info) const override;
  bool supported(possdk::Transport& transport) override;
  std::unique_ptr<possdk::Device> create(std::unique_ptr<possdk::Transport> transport) override;
};

}  // namespace weighing
