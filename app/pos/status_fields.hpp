#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "modes.hpp"
#include "possdk/device.hpp"
#include "shell_text.hpp"

namespace pos {

// What the status bar reports, gathered from the Runtime at one moment.
struct StatusSnapshot {
  std::vector<possdk::DeviceStatus> devices;
  std::string usb;
  std::size_t backlog = 0;     // outbox entries still to send
  std::size_t rejected = 0;    // outbox entries the server refused
  bool online = false;         // the sync client's last round reached the server
  Mode mode = Mode::Counter;
  std::string language;
  std::string theme;
};

enum StatusField { kDevicesField, kUsbField, kServerField, kModeField, kLanguageField, kThemeField, kStatusFieldCount };

// The status bar's texts, one per StatusField, in the current language.
std::vector<std::string> statusFields(const StatusSnapshot& snapshot, const Translate& tr);

}  // namespace pos
