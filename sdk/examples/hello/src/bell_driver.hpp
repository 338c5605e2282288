#pragma once
#include <possdk/device.hpp>

namespace hello {

// Drives the hello bell on a simulator or a serial port whose settings say protocol "hello-bell".
class BellDriver final : public possdk::DeviceDriver {
 public:
  std::string name() const override { return "hello-bell"; }
  int priority() const override { return 10; }
  bool matches(const possdk::DeviceInfo& info) const override;
  bool supported(possdk::Transport& transport) override;
  std::unique_ptr<possdk::Device> create(std::unique_ptr<possdk::Transport> transport) override;
};

}  // namespace hello
