// parseDeviceConfig: the "devices" section of the lane settings.
#include <set>
#include <stdexcept>

#include "../util/json_fields.hpp"
#include "poscore/devices/device_manager.hpp"
#include "poscore/devices/serial_params.hpp"

namespace poscore {

namespace {

using Poco::JSON::Object;

std::string itemPath(const std::string& list, std::size_t index) {
  return "devices." + list + "[" + std::to_string(index) + "]";
}

// Driver-facing protocol parameters are data: "protocol" names the protocol a driver looks for,
// "params" carries anything else the driver reads (units, addresses), as text.
void readProtocolParams(const Object& item, const std::string& where, possdk::DeviceInfo& info) {
  if (auto protocol = json::optionalString(item, "protocol", where)) info.params["protocol"] = *protocol;
  if (!item.has("params")) return;
  auto params = item.getObject("params");
  if (!params) json::fail(where, "params", "an object of protocol parameters, e.g. {\"unit\": \"g\"}");
  const auto paramsWhere = json::keyPath(where, "params");
  for (const auto& [key, value] : *params) {
    if (info.params.count(key) != 0 || item.has(key)) {
      json::fail(paramsWhere, key, "to be set once, beside \"params\" rather than inside it");
    }
    info.params[key] = *json::optionalScalarText(*params, key, paramsWhere);
  }
}

possdk::DeviceInfo serialPort(const Object& item, const std::string& where) {
  json::refuseUnknownKeys(item, {"path", "baud", "data_bits", "parity", "stop_bits", "name", "protocol", "params"},
                          where);
  possdk::DeviceInfo info;
  info.transport = possdk::TransportKind::Serial;
  info.path = json::requiredString(item, "path", where);
  info.id = "serial:" + info.path;
  info.description = json::optionalString(item, "name", where).value_or("serial port " + info.path);
  info.params = {{"baud", "9600"}, {"data_bits", "8"}, {"parity", "none"}, {"stop_bits", "1"}};
  for (const char* key : {"baud", "data_bits", "parity", "stop_bits"}) {
    auto value = json::optionalScalarText(item, key, where);
    if (!value) continue;
    if (auto expected = serialParamExpectation(key, *value)) json::fail(where, key, *expected);
    info.params[key] = *value;
  }
  readProtocolParams(item, where, info);
  return info;
}

possdk::DeviceInfo tcpEndpoint(const Object& item, const std::string& where) {
  json::refuseUnknownKeys(item, {"host", "port", "name", "connect_timeout_ms", "protocol", "params"}, where);
  possdk::DeviceInfo info;
  info.transport = possdk::TransportKind::Tcp;
  const auto host = json::requiredString(item, "host", where);
  const auto port = json::optionalInteger(item, "port", where).value_or(9100);
  if (port < 1 || port > 65535) json::fail(where, "port", "a port number 1..65535");
  info.path = host + ":" + std::to_string(port);
  info.id = "tcp:" + info.path;
  info.description = json::optionalString(item, "name", where).value_or("TCP device at " + info.path);
  if (auto timeout = json::optionalInteger(item, "connect_timeout_ms", where)) {
    if (*timeout < 1 || *timeout > 60000) json::fail(where, "connect_timeout_ms", "1..60000 milliseconds");
    info.params["connect_timeout_ms"] = std::to_string(*timeout);
  }
  readProtocolParams(item, where, info);
  return info;
}

possdk::DeviceInfo simulator(const Object& item, const std::string& where, const std::filesystem::path& baseDir) {
  json::refuseUnknownKeys(item, {"id", "script", "name", "protocol", "params"}, where);
  possdk::DeviceInfo info;
  info.transport = possdk::TransportKind::Simulator;
  info.id = json::requiredString(item, "id", where);
  if (info.id.rfind("sim:", 0) != 0 || info.id.size() == 4) json::fail(where, "id", "an id like \"sim:hello-bell\"");
  const std::filesystem::path script = json::requiredString(item, "script", where);
  info.path = (script.is_absolute() ? script : baseDir / script).lexically_normal().string();
  info.description =
      json::optionalString(item, "name", where).value_or("simulator playing " + script.filename().string());
  readProtocolParams(item, where, info);
  return info;
}

template <typename Read>
std::vector<possdk::DeviceInfo> readList(const Object& devices, const std::string& list, std::set<std::string>& ids,
                                         Read read) {
  std::vector<possdk::DeviceInfo> result;
  auto array = json::optionalArray(devices, list, "devices");
  if (!array) return result;
  for (std::size_t i = 0; i < array->size(); ++i) {
    const auto where = itemPath(list, i);
    auto info = read(*json::objectAt(*array, i, "devices." + list), where);
    if (!ids.insert(info.id).second) {
      throw std::invalid_argument(where + ": device '" + info.id + "' is listed twice; keep one entry");
    }
    result.push_back(std::move(info));
  }
  return result;
}

}  // namespace

DeviceConfig parseDeviceConfig(const Poco::JSON::Object& devices, const std::filesystem::path& baseDir) {
  json::refuseUnknownKeys(devices, {"usb", "serial", "tcp", "simulators"}, "devices");
  DeviceConfig config;
  std::set<std::string> ids;
  config.usb = json::optionalBool(devices, "usb", "devices").value_or(true);
  config.serial = readList(devices, "serial", ids, serialPort);
  config.tcp = readList(devices, "tcp", ids, tcpEndpoint);
  config.simulators = readList(devices, "simulators", ids, [&](const Object& item, const std::string& where) {
    return simulator(item, where, baseDir);
  });
  return config;
}

}  // namespace poscore
