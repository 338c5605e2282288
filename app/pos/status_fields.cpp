#include "status_fields.hpp"

namespace pos {

namespace {

std::string stateName(possdk::DeviceState state, const Translate& tr) {
  switch (state) {
    case possdk::DeviceState::Idle: return tr("idle");
    case possdk::DeviceState::Busy: return tr("busy");
    case possdk::DeviceState::Error: return tr("error");
    case possdk::DeviceState::Closed: break;
  }
  return tr("closed");
}

std::string devicesText(const std::vector<possdk::DeviceStatus>& devices, const Translate& tr) {
  if (devices.empty()) return tr("No devices");
  std::string text;
  for (const auto& d : devices) {
    const std::string name = d.info.description.empty() ? d.info.id : d.info.description;
    text += (text.empty() ? "" : "  |  ") + name + ": " + stateName(d.state, tr);
  }
  return text;
}

std::string languageName(const std::string& language) {
  // Each language is named in itself, so a reader can find their own whatever is showing.
  return language == "zh_CN" ? "简体中文" : "English";
}

// "Online", then what waits and what the server refused, when there is any.
std::string serverText(const StatusSnapshot& s, const Translate& tr) {
  std::string text = s.online ? tr("Online") : tr("Offline");
  if (s.backlog > 0) text += " · " + fill(tr("{count} to send"), {{"count", std::to_string(s.backlog)}});
  if (s.rejected > 0) text += " · " + fill(tr("{count} refused"), {{"count", std::to_string(s.rejected)}});
  return text;
}

}  // namespace

std::vector<std::string> statusFields(const StatusSnapshot& s, const Translate& tr) {
  std::vector<std::string> fields(kStatusFieldCount);
  fields[kDevicesField] = devicesText(s.devices, tr);
  fields[kUsbField] = s.usb;
  fields[kServerField] = serverText(s, tr);
  fields[kModeField] = fill(tr("Mode: {mode}"), {{"mode", modeName(s.mode, tr)}});
  fields[kLanguageField] = languageName(s.language);
  fields[kThemeField] = fill(tr("Theme: {theme}"), {{"theme", s.theme}});
  return fields;
}

}  // namespace pos
