#pragma once
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>

#include "driver/job_thread.hpp"
#include "possdk/device.hpp"

namespace weighing {

// The relay and the bounds of its pulse, from DeviceInfo.params (pulses in milliseconds).
struct RelayParams {
  std::int64_t channel = 1;          // "channel": the relay the pad is wired to, 1..8
  std::int64_t defaultMs = 500;      // "pulse_ms": when `deactivate` gives no "ms"
  std::int64_t minMs = 50;           // shorter pulses do not reliably fire the pad
  std::int64_t maxMs = 3000;         // "max_pulse_ms": a longer one is refused (the pad overheats)
};

// The EAS deactivator pad on an LCUS relay board (lcus_relay_protocol.hpp). `deactivate {"ms":N}`
// closes the relay for N ms on the device's own thread and then emits `eas.deactivated`
// (StatusUpdate, {"ms":N}); a failed write emits the Error `eas.relay_failed`. Opening sends the
// relay an "open" frame, so a pad left closed by a crash is switched off.
class EasDeactivatorDevice final : public possdk::Device {
 public:
  // Holds the relay closed for the pulse; the default waits on the clock and ends early when the
  // device closes. Tests pass one that records the length instead of waiting.
  using Hold = std::function<void(std::chrono::milliseconds)>;

  explicit EasDeactivatorDevice(std::unique_ptr<possdk::Transport> transport, Hold hold = {});
  ~EasDeactivatorDevice() override;

  const possdk::DeviceInfo& info() const override { return transport_->info(); }
  std::string kind() const override { return "eas-deactivator"; }
  possdk::Status open(possdk::DeviceEventSink sink) override;
  possdk::Status enable() override { return possdk::Status::ok(); }
  void disable() override {}
  void close() override;
  possdk::Status execute(const std::string& command, const std::string& argsJson) override;

 private:
  possdk::Status setRelay(bool closed);
  void pulse(std::chrono::milliseconds ms);
  void emit(possdk::DeviceEventKind kind, const std::string& name, const std::string& payload);

  std::unique_ptr<possdk::Transport> transport_;
  Hold hold_;
  RelayParams params_;
  possdk::DeviceEventSink sink_;
  std::mutex writeMutex_;
  JobThread worker_;
};

// Reads RelayParams from the device's params, each checked against its range.
possdk::Result<RelayParams> relayParams(const possdk::DeviceInfo& info);

}  // namespace weighing
