#include "poscore/devices/device_report.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <ctime>

namespace poscore {

std::string transportName(possdk::TransportKind kind) {
  switch (kind) {
    case possdk::TransportKind::Usb:
      return "usb";
    case possdk::TransportKind::Serial:
      return "serial";
    case possdk::TransportKind::Tcp:
      return "tcp";
    case possdk::TransportKind::Simulator:
      return "simulator";
    case possdk::TransportKind::KeyboardWedge:
      return "keyboard-wedge";
    case possdk::TransportKind::Camera:
      return "camera";
  }
  return "unknown";
}

std::string stateName(possdk::DeviceState state) {
  switch (state) {
    case possdk::DeviceState::Closed:
      return "closed";
    case possdk::DeviceState::Idle:
      return "idle";
    case possdk::DeviceState::Busy:
      return "busy";
    case possdk::DeviceState::Error:
      return "error";
  }
  return "unknown";
}

std::string eventKindName(possdk::DeviceEventKind kind) {
  switch (kind) {
    case possdk::DeviceEventKind::Data:
      return "Data";
    case possdk::DeviceEventKind::StatusUpdate:
      return "StatusUpdate";
    case possdk::DeviceEventKind::Error:
      return "Error";
  }
  return "Unknown";
}

namespace {

constexpr std::size_t kColumns = 6;
using Row = std::array<std::string, kColumns>;

Row rowOf(const possdk::DeviceStatus& d) {
  return {d.info.id,
          transportName(d.info.transport),
          d.driver.empty() ? "-" : d.driver,
          d.claimant.empty() ? "-" : d.claimant,
          stateName(d.state),
          d.info.description};
}

std::string formatRows(const std::vector<Row>& rows) {
  std::array<std::size_t, kColumns> width{};
  for (const auto& row : rows) {
    for (std::size_t c = 0; c < kColumns; ++c) width[c] = std::max(width[c], row[c].size());
  }
  std::string out;
  for (const auto& row : rows) {
    std::string line;
    for (std::size_t c = 0; c < kColumns; ++c) {
      line += row[c];
      if (c + 1 < kColumns) line += std::string(width[c] - row[c].size() + 2, ' ');
    }
    out += line + "\n";
  }
  return out;
}

}  // namespace

std::string formatDeviceTable(const std::vector<possdk::DeviceStatus>& devices, const std::string& usbState) {
  std::vector<Row> rows{{"ID", "TRANSPORT", "DRIVER", "CLAIMANT", "STATE", "DESCRIPTION"}};
  for (const auto& d : devices) rows.push_back(rowOf(d));
  std::string out = formatRows(rows);
  if (devices.empty()) out += "(no devices found)\n";
  for (const auto& d : devices) {
    if (!d.error.empty()) out += d.info.id + ": " + d.error + "\n";
  }
  return out + usbState + "\n";
}

std::string formatDeviceEvent(const possdk::DeviceEvent& event, std::chrono::system_clock::time_point at) {
  const std::time_t seconds = std::chrono::system_clock::to_time_t(at);
  const auto millis = std::chrono::duration_cast<std::chrono::milliseconds>(at.time_since_epoch()).count() % 1000;
  std::tm local{};
  localtime_r(&seconds, &local);
  char stamp[32];
  std::snprintf(stamp, sizeof stamp, "%02d:%02d:%02d.%03d", local.tm_hour, local.tm_min, local.tm_sec,
                static_cast<int>(millis));
  std::string line = std::string(stamp) + " " + event.deviceId + " " + eventKindName(event.kind) + " " + event.name;
  if (!event.payload.empty()) line += " " + event.payload;
  return line;
}

}  // namespace poscore
