#include "bell_device.hpp"

#include <array>

#include "bell_protocol.hpp"

namespace hello {

BellDevice::BellDevice(std::unique_ptr<possdk::Transport> transport) : transport_(std::move(transport)) {}

BellDevice::~BellDevice() { close(); }

possdk::Status BellDevice::open(possdk::DeviceEventSink sink) {
  sink_ = std::move(sink);
  if (!transport_->isOpen()) {
    if (auto s = transport_->open(); !s) return s;
  }
  running_ = true;
  reader_ = std::thread([this] { readLoop(); });
  return possdk::Status::ok();
}

possdk::Status BellDevice::enable() {
  enabled_ = true;
  return possdk::Status::ok();
}

void BellDevice::disable() { enabled_ = false; }

void BellDevice::close() {
  running_ = false;
  if (reader_.joinable()) reader_.join();
  if (transport_->isOpen()) transport_->close();
}

possdk::Status BellDevice::execute(const std::string& command, const std::string&) {
  if (command != "ring") {
    return possdk::Status::fail("hello bell " + info().id + ": unknown command '" + command + "'; it knows: ring");
  }
  const std::string ring = bell::kRing;
  std::lock_guard lock(writeMutex_);
  return transport_->write({reinterpret_cast<const std::uint8_t*>(ring.data()), ring.size()});
}

void BellDevice::readLoop() {
  std::string pending;
  std::array<std::uint8_t, 128> buf{};
  while (running_) {
    auto n = transport_->read(buf, std::chrono::milliseconds(100));
    if (!n) {
      emit(possdk::DeviceEventKind::Error, "offline", "{\"reason\":\"read failed\"}");
      return;
    }
    pending.append(reinterpret_cast<const char*>(buf.data()), n.value());
    for (auto end = pending.find("\r\n"); end != std::string::npos; end = pending.find("\r\n")) {
      onLine(pending.substr(0, end));
      pending.erase(0, end + 2);
    }
  }
}

void BellDevice::onLine(const std::string& line) {
  if (!enabled_) return;  // UnifiedPOS: a disabled device raises no data events
  if (line == bell::kPress) {
    emit(possdk::DeviceEventKind::Data, "button.pressed", "{\"count\":" + std::to_string(++presses_) + "}");
  } else if (line == bell::kAck) {
    emit(possdk::DeviceEventKind::StatusUpdate, "bell.rang", "{}");
  }
}

void BellDevice::emit(possdk::DeviceEventKind kind, const std::string& name, const std::string& payload) {
  if (sink_) sink_({info().id, kind, name, payload});
}

}  // namespace hello
