#pragma once
// Fakes and helpers shared by the device tests: a driver and device that log what the host
// does to them, an in-memory transport and device source, temporary folders, and waiting for
// a condition with a generous deadline instead of asserting how long anything takes.
#include <atomic>
#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "poscore/devices/device_manager.hpp"
#include "poscore/devices/device_source.hpp"
#include "poscore/dispatcher.hpp"
#include "possdk/device.hpp"
#include "temp_dir.hpp"

namespace devtest {

constexpr auto kDeadline = std::chrono::seconds(20);

// Pumps `dispatcher` (when given) until `condition` holds or the deadline passes.
bool waitUntil(const std::function<bool()>& condition, poscore::QueueDispatcher* dispatcher = nullptr);

using postest::TempDir;

// Thread-safe record of calls, e.g. "B.supported(open)", "sim:a.enable".
class CallLog {
 public:
  void add(std::string entry);
  std::vector<std::string> entries() const;
  bool contains(const std::string& entry) const;
  void clear();

 private:
  mutable std::mutex mutex_;
  std::vector<std::string> entries_;
};

enum class Throws { Nowhere, InMatches, InSupported, InCreate };

class FakeDevice final : public possdk::Device {
 public:
  FakeDevice(std::string logName, std::unique_ptr<possdk::Transport> transport, std::shared_ptr<CallLog> log);
  ~FakeDevice() override;
  const possdk::DeviceInfo& info() const override { return transport_->info(); }
  std::string kind() const override { return "fake"; }
  possdk::Status open(possdk::DeviceEventSink sink) override;
  possdk::Status enable() override;
  void disable() override;
  void close() override;
  possdk::Status execute(const std::string& command, const std::string& argsJson) override;

  // Emits from the calling thread, as a device's reader thread would.
  void emit(possdk::DeviceEventKind kind, const std::string& name, const std::string& payload = "{}");
  // Emits `count` Data events "tick" {"n": i} from a thread of its own; disable() joins it.
  void emitFromThread(int count);
  possdk::Transport& transport() { return *transport_; }
  std::function<void()> onExecute;

 private:
  void join();
  std::string name_;
  std::unique_ptr<possdk::Transport> transport_;
  std::shared_ptr<CallLog> log_;
  std::mutex mutex_;
  possdk::DeviceEventSink sink_;
  std::thread emitter_;
};

struct DriverSpec {
  std::string name = "fake";
  int priority = 0;
  std::string idPrefix = "sim:";  // matches() is true for ids starting with it
  bool supported = true;
  Throws throws = Throws::Nowhere;
};

class FakeDriver final : public possdk::DeviceDriver {
 public:
  FakeDriver(DriverSpec spec, std::shared_ptr<CallLog> log);
  std::string name() const override { return spec_.name; }
  int priority() const override { return spec_.priority; }
  bool matches(const possdk::DeviceInfo& info) const override;
  bool supported(possdk::Transport& transport) override;
  std::unique_ptr<possdk::Device> create(std::unique_ptr<possdk::Transport> transport) override;
  // The device most recently created (owned by the host's claim).
  FakeDevice* lastDevice() const { return last_; }

 private:
  DriverSpec spec_;
  std::shared_ptr<CallLog> log_;
  FakeDevice* last_ = nullptr;
};

// Always opens; keeps what is written.
class FakeTransport final : public possdk::Transport {
 public:
  explicit FakeTransport(possdk::DeviceInfo info) : info_(std::move(info)) {}
  const possdk::DeviceInfo& info() const override { return info_; }
  possdk::Status open() override;
  void close() override { open_ = false; }
  bool isOpen() const override { return open_; }
  possdk::Status write(std::span<const std::uint8_t> bytes) override;
  possdk::Result<std::size_t> read(std::span<std::uint8_t> buf, std::chrono::milliseconds timeout) override;

 private:
  possdk::DeviceInfo info_;
  bool open_ = false;
};

// A bus whose devices the test plugs and unplugs.
class FakeSource final : public poscore::DeviceSource {
 public:
  std::vector<possdk::DeviceInfo> enumerate() override;
  std::unique_ptr<possdk::Transport> transportFor(const possdk::DeviceInfo& info) override;
  void watch(std::function<void()> changed) override;
  void plug(const std::string& id);
  void unplug(const std::string& id);
  // What a hotplug thread does when the bus changes.
  void fireChanged();

 private:
  mutable std::mutex mutex_;
  std::vector<possdk::DeviceInfo> devices_;
  std::function<void()> changed_;
};

possdk::DeviceInfo usbInfo(const std::string& id);

// A config with one simulator per id, each playing an empty script, and no USB.
poscore::DeviceConfig simulatorConfig(const TempDir& dir, const std::vector<std::string>& ids);

// Collects delivered events in order.
struct EventRecorder {
  std::vector<possdk::DeviceEvent> events;
  std::function<void(const possdk::DeviceEvent&)> sink() {
    return [this](const possdk::DeviceEvent& e) { events.push_back(e); };
  }
};

}  // namespace devtest
