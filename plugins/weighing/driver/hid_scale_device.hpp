#pragma once
#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "driver/scale_reading.hpp"
#include "possdk/device.hpp"

namespace weighing {

// A USB HID POS scale. A reader thread takes the weight reports from the interrupt IN endpoint
// and emits one event per change of reading. The first report after open is dropped: scales such
// as the Dymo M10 send the reading they held before the host listened. A read failure (unplug)
// emits "offline" and ends the thread; the host closes and reopens the device when it returns.
class HidScaleDevice final : public possdk::Device {
 public:
  explicit HidScaleDevice(std::unique_ptr<possdk::Transport> transport);
  ~HidScaleDevice() override;

  const possdk::DeviceInfo& info() const override { return transport_->info(); }
  std::string kind() const override { return "scale"; }
  possdk::Status open(possdk::DeviceEventSink sink) override;
  possdk::Status enable() override;
  void disable() override;
  void close() override;
  // "zero": sends the scale control report (info().params "zero_report", hex; default "02 02":
  // report id 2, bit "Zero Scale"). "tare" is refused: the HID POS scale has no tare control.
  possdk::Status execute(const std::string& command, const std::string& argsJson) override;

 private:
  void readLoop();
  void onReport(std::span<const std::uint8_t> report);
  void emit(const ScaleReading& reading);

  std::unique_ptr<possdk::Transport> transport_;
  possdk::DeviceEventSink sink_;
  std::mutex transportMutex_;
  std::atomic<bool> enabled_{false};
  std::atomic<bool> running_{false};
  std::thread reader_;
  bool staleDropped_ = false;              // reader thread only
  std::optional<ScaleReading> last_;       // reader thread only
};

}  // namespace weighing
