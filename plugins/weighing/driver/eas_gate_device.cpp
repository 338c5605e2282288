#include "driver/eas_gate_device.hpp"

#include <array>
#include <cstdio>

#include "driver/device_json.hpp"
#include "driver/eas_gate_protocol.hpp"

namespace weighing {

namespace {

std::string hexOf(const std::string& bytes) {
  std::string hex;
  for (unsigned char c : bytes) {
    std::array<char, 4> two{};
    std::snprintf(two.data(), two.size(), "%02x", c);
    if (!hex.empty()) hex += ' ';
    hex += two.data();
  }
  return hex;
}

// Printable ASCII as it is, anything else as '?', so the message stays readable (and valid JSON
// text) whatever noise arrived; the exact bytes go beside it as hex.
std::string printable(const std::string& bytes) {
  std::string text = bytes;
  for (auto& c : text) {
    if (c < 0x20 || c > 0x7e) c = '?';
  }
  return text;
}

}  // namespace

EasGateDevice::EasGateDevice(std::unique_ptr<possdk::Transport> transport) : transport_(std::move(transport)) {}

EasGateDevice::~EasGateDevice() { close(); }

possdk::Status EasGateDevice::open(possdk::DeviceEventSink sink) {
  sink_ = std::move(sink);
  if (!transport_->isOpen()) {
    if (auto s = transport_->open(); !s) return s;
  }
  running_ = true;
  reader_ = std::thread([this] { readLoop(); });
  return possdk::Status::ok();
}

possdk::Status EasGateDevice::enable() {
  enabled_ = true;
  return possdk::Status::ok();
}

void EasGateDevice::disable() { enabled_ = false; }

void EasGateDevice::close() {
  running_ = false;
  if (reader_.joinable()) reader_.join();
  if (transport_->isOpen()) transport_->close();
}

possdk::Status EasGateDevice::execute(const std::string& command, const std::string&) {
  if (command != "silence") {
    return possdk::Status::fail("EAS gate " + info().id + ": unknown command '" + command + "'; it knows: silence");
  }
  const std::string line = gate::kSilence;
  std::lock_guard lock(writeMutex_);
  return transport_->write({reinterpret_cast<const std::uint8_t*>(line.data()), line.size()});
}

void EasGateDevice::readLoop() {
  std::string pending;
  std::array<std::uint8_t, 128> buf{};
  while (running_) {
    auto n = transport_->read(buf, std::chrono::milliseconds(100));
    if (!n) {
      Poco::JSON::Object payload;
      payload.set("reason", n.error());
      emit(possdk::DeviceEventKind::Error, "offline", jsonText(payload));
      return;
    }
    pending.append(reinterpret_cast<const char*>(buf.data()), n.value());
    for (auto end = pending.find(gate::kEnd); end != std::string::npos; end = pending.find(gate::kEnd)) {
      onLine(pending.substr(0, end));
      pending.erase(0, end + 2);
    }
    // Keep a trailing CR: it may be the first half of the next CR LF.
    const std::size_t keep = !pending.empty() && pending.back() == '\r' ? 1 : 0;
    if (pending.size() > gate::kLongestLine + keep) {
      reportGarbage(pending.substr(0, pending.size() - keep));
      pending.erase(0, pending.size() - keep);
    }
  }
}

void EasGateDevice::onLine(const std::string& line) {
  if (line.empty()) return;  // a blank line says nothing, and follows dropped noise
  if (line == gate::kAlarm) {
    ++alarms_;
    if (enabled_) emit(possdk::DeviceEventKind::Data, "eas.alarm", "{\"count\":" + std::to_string(alarms_) + "}");
  } else if (line == gate::kOk) {
    if (enabled_) emit(possdk::DeviceEventKind::StatusUpdate, "eas.quiet", "{}");
  } else if (line != gate::kReady) {
    reportGarbage(line);
  }
}

void EasGateDevice::reportGarbage(const std::string& bytes) {
  Poco::JSON::Object payload;
  payload.set("line", printable(bytes));
  payload.set("hex", hexOf(bytes));
  payload.set("message", "the gate sent '" + printable(bytes) +
                             "', which is not ALARM, OK or READY; check its cable and that it speaks this line protocol");
  emit(possdk::DeviceEventKind::Error, "eas.garbage", jsonText(payload));
}

void EasGateDevice::emit(possdk::DeviceEventKind kind, const std::string& name, const std::string& payload) {
  if (sink_) sink_({info().id, kind, name, payload});
}

}  // namespace weighing
