#pragma once
#include <Poco/JSON/Object.h>

#include <cstdint>
#include <string>

#include "possdk/device.hpp"

namespace weighing {

// JSON at the edge of this plugin's devices: the arguments a command takes, the parameters the
// settings give a device (DeviceInfo.params, all text), and the payloads its events carry.

// The arguments of `command` as an object; "" counts as {}. `device` names the device in errors.
possdk::Result<Poco::JSON::Object::Ptr> commandArgs(const std::string& device, const std::string& command,
                                                    const std::string& argsJson);

// DeviceInfo.params[key] as a whole number within [min, max], `fallback` when it is not set.
possdk::Result<std::int64_t> integerParam(const possdk::DeviceInfo& info, const std::string& key,
                                          std::int64_t fallback, std::int64_t min, std::int64_t max);

std::string jsonText(const Poco::JSON::Object& object);

}  // namespace weighing
