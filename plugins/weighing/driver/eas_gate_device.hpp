#pragma once
#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "possdk/device.hpp"

namespace weighing {

// The EAS exit gate (eas_gate_protocol.hpp). A reader thread turns its lines into events:
// "ALARM" -> `eas.alarm` (Data, {"count":n}), "OK" -> `eas.quiet` (StatusUpdate), garbage ->
// one `eas.garbage` Error per line with what arrived ({"line","hex","message"}; blank lines are
// skipped), after which reading goes on. `silence` tells the gate to stop sounding.
class EasGateDevice final : public possdk::Device {
 public:
  explicit EasGateDevice(std::unique_ptr<possdk::Transport> transport);
  ~EasGateDevice() override;

  const possdk::DeviceInfo& info() const override { return transport_->info(); }
  std::string kind() const override { return "eas-gate"; }
  possdk::Status open(possdk::DeviceEventSink sink) override;
  possdk::Status enable() override;
  void disable() override;
  void close() override;
  possdk::Status execute(const std::string& command, const std::string& argsJson) override;

 private:
  void readLoop();
  void onLine(const std::string& line);
  void reportGarbage(const std::string& bytes);
  void emit(possdk::DeviceEventKind kind, const std::string& name, const std::string& payload);

  std::unique_ptr<possdk::Transport> transport_;
  possdk::DeviceEventSink sink_;
  std::mutex writeMutex_;
  std::atomic<bool> enabled_{false};
  std::atomic<bool> running_{false};
  int alarms_ = 0;  // reader thread only
  std::thread reader_;
};

}  // namespace weighing
