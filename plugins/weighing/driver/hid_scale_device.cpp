#include "driver/hid_scale_device.hpp"

#include <array>
#include <chrono>

#include "driver/hex_bytes.hpp"
#include "driver/hid_scale_report.hpp"

namespace weighing {

namespace {
constexpr auto kReadSlice = std::chrono::milliseconds(100);  // how soon close() is noticed
constexpr const char* kDefaultZeroReport = "02 02";
}  // namespace

HidScaleDevice::HidScaleDevice(std::unique_ptr<possdk::Transport> transport) : transport_(std::move(transport)) {}

HidScaleDevice::~HidScaleDevice() { close(); }

possdk::Status HidScaleDevice::open(possdk::DeviceEventSink sink) {
  close();
  sink_ = std::move(sink);
  if (auto s = transport_->open(); !s) return s;
  staleDropped_ = false;
  last_.reset();
  running_ = true;
  reader_ = std::thread([this] { readLoop(); });
  return possdk::Status::ok();
}

possdk::Status HidScaleDevice::enable() {
  enabled_ = true;
  return possdk::Status::ok();
}

void HidScaleDevice::disable() { enabled_ = false; }

void HidScaleDevice::close() {
  running_ = false;
  if (reader_.joinable()) reader_.join();
  std::lock_guard lock(transportMutex_);
  if (transport_->isOpen()) transport_->close();
}

possdk::Status HidScaleDevice::execute(const std::string& command, const std::string&) {
  if (command == "tare") {
    return possdk::Status::fail("HID scale " + info().id + ": tare: a HID POS scale has no tare control; use zero");
  }
  if (command != "zero") {
    return possdk::Status::fail("HID scale " + info().id + ": unknown command '" + command + "'; it knows: zero");
  }
  const auto param = info().params.find("zero_report");
  const auto bytes = parseHexBytes(param == info().params.end() ? kDefaultZeroReport : param->second);
  if (!bytes) return possdk::Status::fail("HID scale " + info().id + ": parameter zero_report: " + bytes.error());
  std::lock_guard lock(transportMutex_);
  if (!transport_->isOpen()) return possdk::Status::fail("HID scale " + info().id + " is offline; plug it in again");
  return transport_->write(bytes.value());
}

void HidScaleDevice::readLoop() {
  std::array<std::uint8_t, 64> buf{};
  while (running_) {
    possdk::Result<std::size_t> n = std::size_t{0};
    {
      std::lock_guard lock(transportMutex_);
      n = transport_->read(buf, kReadSlice);
    }
    if (!n) {
      ScaleReading offline;
      offline.status = ScaleStatus::Offline;
      offline.detail = n.error();
      emit(offline);
      return;
    }
    if (n.value() > 0) onReport({buf.data(), n.value()});
  }
}

void HidScaleDevice::onReport(std::span<const std::uint8_t> report) {
  if (!report.empty() && report[0] != kHidWeightReportId) return;  // other reports are not readings
  if (!staleDropped_) {
    staleDropped_ = true;
    return;
  }
  auto parsed = parseHidWeightReport(report);
  ScaleReading reading;
  if (parsed) {
    reading = parsed.value();
  } else {
    reading.status = ScaleStatus::Fault;
    reading.detail = parsed.error();
  }
  // Not remembered while disabled, so enabling delivers the reading of the moment.
  if (!enabled_) return;
  if (last_ && last_->status == reading.status && last_->milligrams == reading.milligrams &&
      last_->detail == reading.detail) {
    return;
  }
  last_ = reading;
  emit(reading);
}

void HidScaleDevice::emit(const ScaleReading& reading) {
  // UnifiedPOS: a disabled device raises no data events, but going offline is always told.
  if (!enabled_ && reading.status != ScaleStatus::Offline) return;
  if (sink_) sink_(toEvent(info().id, reading));
}

}  // namespace weighing
