#include "test_support.hpp"

#include <stdlib.h>

#include <algorithm>
#include <fstream>
#include <stdexcept>

namespace devtest {

bool waitUntil(const std::function<bool()>& condition, poscore::QueueDispatcher* dispatcher) {
  const auto end = std::chrono::steady_clock::now() + kDeadline;
  for (;;) {
    if (dispatcher) dispatcher->drain();
    if (condition()) return true;
    if (std::chrono::steady_clock::now() > end) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
}

void CallLog::add(std::string entry) {
  std::lock_guard lock(mutex_);
  entries_.push_back(std::move(entry));
}

std::vector<std::string> CallLog::entries() const {
  std::lock_guard lock(mutex_);
  return entries_;
}

bool CallLog::contains(const std::string& entry) const {
  auto all = entries();
  return std::find(all.begin(), all.end(), entry) != all.end();
}

void CallLog::clear() {
  std::lock_guard lock(mutex_);
  entries_.clear();
}

FakeDevice::FakeDevice(std::string logName, std::unique_ptr<possdk::Transport> transport, std::shared_ptr<CallLog> log)
    : name_(std::move(logName)), transport_(std::move(transport)), log_(std::move(log)) {}

FakeDevice::~FakeDevice() { join(); }

possdk::Status FakeDevice::open(possdk::DeviceEventSink sink) {
  log_->add(name_ + ".open");
  {
    std::lock_guard lock(mutex_);
    sink_ = std::move(sink);
  }
  return transport_->open();
}

possdk::Status FakeDevice::enable() {
  log_->add(name_ + ".enable");
  return possdk::Status::ok();
}

void FakeDevice::disable() {
  log_->add(name_ + ".disable");
  join();
}

void FakeDevice::close() {
  log_->add(name_ + ".close");
  transport_->close();
}

possdk::Status FakeDevice::execute(const std::string& command, const std::string&) {
  log_->add(name_ + ".execute " + command);
  if (onExecute) onExecute();
  return possdk::Status::ok();
}

void FakeDevice::emit(possdk::DeviceEventKind kind, const std::string& name, const std::string& payload) {
  possdk::DeviceEventSink sink;
  {
    std::lock_guard lock(mutex_);
    sink = sink_;
  }
  if (sink) sink({transport_->info().id, kind, name, payload});
}

void FakeDevice::emitFromThread(int count) {
  join();
  emitter_ = std::thread([this, count] {
    for (int i = 0; i < count; ++i) {
      emit(possdk::DeviceEventKind::Data, "tick", "{\"n\":" + std::to_string(i) + "}");
    }
  });
}

void FakeDevice::join() {
  if (emitter_.joinable()) emitter_.join();
}

FakeDriver::FakeDriver(DriverSpec spec, std::shared_ptr<CallLog> log) : spec_(std::move(spec)), log_(std::move(log)) {}

bool FakeDriver::matches(const possdk::DeviceInfo& info) const {
  log_->add(spec_.name + ".matches");
  if (spec_.throws == Throws::InMatches) throw std::runtime_error("matches exploded");
  return info.id.rfind(spec_.idPrefix, 0) == 0;
}

bool FakeDriver::supported(possdk::Transport& transport) {
  log_->add(spec_.name + ".supported(" + (transport.isOpen() ? "open" : "closed") + ")");
  if (spec_.throws == Throws::InSupported) throw std::runtime_error("probe exploded");
  return spec_.supported;
}

std::unique_ptr<possdk::Device> FakeDriver::create(std::unique_ptr<possdk::Transport> transport) {
  log_->add(spec_.name + ".create");
  if (spec_.throws == Throws::InCreate) throw std::runtime_error("create exploded");
  auto device = std::make_unique<FakeDevice>(transport->info().id, std::move(transport), log_);
  last_ = device.get();
  return device;
}

possdk::Status FakeTransport::open() {
  open_ = true;
  return possdk::Status::ok();
}

possdk::Status FakeTransport::write(std::span<const std::uint8_t>) { return possdk::Status::ok(); }

possdk::Result<std::size_t> FakeTransport::read(std::span<std::uint8_t>, std::chrono::milliseconds) {
  return std::size_t{0};
}

std::vector<possdk::DeviceInfo> FakeSource::enumerate() {
  std::lock_guard lock(mutex_);
  return devices_;
}

std::unique_ptr<possdk::Transport> FakeSource::transportFor(const possdk::DeviceInfo& info) {
  return std::make_unique<FakeTransport>(info);
}

void FakeSource::watch(std::function<void()> changed) {
  std::lock_guard lock(mutex_);
  changed_ = std::move(changed);
}

void FakeSource::plug(const std::string& id) {
  std::lock_guard lock(mutex_);
  devices_.push_back(usbInfo(id));
}

void FakeSource::unplug(const std::string& id) {
  std::lock_guard lock(mutex_);
  std::erase_if(devices_, [&](const possdk::DeviceInfo& d) { return d.id == id; });
}

void FakeSource::fireChanged() {
  std::function<void()> changed;
  {
    std::lock_guard lock(mutex_);
    changed = changed_;
  }
  if (changed) changed();
}

possdk::DeviceInfo usbInfo(const std::string& id) {
  possdk::DeviceInfo info;
  info.id = id;
  info.transport = possdk::TransportKind::Usb;
  info.description = "fake USB device";
  return info;
}

poscore::DeviceConfig simulatorConfig(const TempDir& dir, const std::vector<std::string>& ids) {
  poscore::DeviceConfig config;
  config.usb = false;
  const auto script = dir.write("empty.json", R"({"steps": []})");
  for (const auto& id : ids) {
    possdk::DeviceInfo info;
    info.id = id;
    info.transport = possdk::TransportKind::Simulator;
    info.path = script.string();
    info.description = "test simulator " + id;
    config.simulators.push_back(info);
  }
  return config;
}

}  // namespace devtest
