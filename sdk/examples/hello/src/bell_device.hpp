#pragma once
#include <possdk/device.hpp>

#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace hello {

// One hello bell. A reader thread turns the bell's lines into UnifiedPOS events.
class BellDevice final : public possdk::Device {
 public:
  explicit BellDevice(std::unique_ptr<possdk::Transport> transport);
  ~BellDevice() override;

  const possdk::DeviceInfo& info() const override { return transport_->info(); }
  std::string kind() const override { return "bell"; }
  possdk::Status open(possdk::DeviceEventSink sink) override;
  possdk::Status enable() override;
  void disable() override;
  void close() override;
  possdk::Status execute(const std::string& command, const std::string& argsJson) override;

 private:
  void readLoop();
  void onLine(const std::string& line);
  void emit(possdk::DeviceEventKind kind, const std::string& name, const std::string& payload);

  std::unique_ptr<possdk::Transport> transport_;
  possdk::DeviceEventSink sink_;
  std::mutex writeMutex_;
  std::atomic<bool> enabled_{false};
  std::atomic<bool> running_{false};
  std::atomic<int> presses_{0};
  std::thread reader_;
};

}  // namespace hello
