#pragma once
#include "possdk/device.hpp"

namespace weighing {

// The sound device: a `sim:sound*` entry of the settings (its script may have no steps), whose
// params choose the output (sound_output.hpp). There is nothing to probe.
class SoundDriver final : public possdk::DeviceDriver {
 public:
  std::string name() const override { return "espeak-sound"; }
  int priority() const override { return 10; }
  bool matches(const possdk::DeviceInfo& info) const override;
  bool supported(possdk::Transport& transport) override { return matches(transport.info()); }
  std::unique_ptr<possdk::Device> create(std::unique_ptr<possdk::Transport> transport) override;
};

}  // namespace weighing
