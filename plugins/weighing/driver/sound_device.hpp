#pragma once
#include <memory>
#include <string>

#include "driver/job_thread.hpp"
#include "driver/sound_output.hpp"
#include "possdk/device.hpp"

namespace weighing {

// Spoken prompts. `say {"text":"...","lang":"zh"|"en"}` checks its arguments and that a prompt
// can be played, then synthesises and plays it on the device's own thread, and emits
// `sound.played` (StatusUpdate, the output's payload, e.g. {"file":"..."}) or the Error
// `sound.failed` ({"message":"..."}). The output comes from the params (soundOutputFor) on open.
class SoundDevice final : public possdk::Device {
 public:
  static constexpr std::size_t kLongestText = 500;  // bytes of UTF-8: a prompt, not a speech

  explicit SoundDevice(std::unique_ptr<possdk::Transport> transport);
  ~SoundDevice() override;

  const possdk::DeviceInfo& info() const override { return transport_->info(); }
  std::string kind() const override { return "sound"; }
  possdk::Status open(possdk::DeviceEventSink sink) override;
  possdk::Status enable() override { return possdk::Status::ok(); }
  void disable() override {}
  void close() override;
  possdk::Status execute(const std::string& command, const std::string& argsJson) override;

 private:
  void say(const std::string& text, const std::string& lang, const std::string& voice);
  void emit(possdk::DeviceEventKind kind, const std::string& name, const std::string& payload);

  std::unique_ptr<possdk::Transport> transport_;
  std::unique_ptr<SoundOutput> output_;  // used by the worker only, once open
  possdk::DeviceEventSink sink_;
  JobThread worker_;
};

}  // namespace weighing
