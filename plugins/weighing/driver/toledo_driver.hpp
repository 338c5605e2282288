#pragma once
#include "possdk/device.hpp"

namespace weighing {

// Mettler Toledo 8217 scales on serial ports whose settings say protocol "mt8217", and serial
// ports named without a protocol (`--serial PATH`), which are probed: the driver asks for the
// weight and takes the port only if a well-formed 8217 reply comes back in time.
class ToledoDriver final : public possdk::DeviceDriver {
 public:
  std::string name() const override { return "weighing-toledo-8217"; }
  int priority() const override { return 20; }
  bool matches(const possdk::DeviceInfo& info) const override;
  bool supported(possdk::Transport& transport) override;
  std::unique_ptr<possdk::Device> create(std::unique_ptr<possdk::Transport> transport) override;
};

}  // namespace weighing
