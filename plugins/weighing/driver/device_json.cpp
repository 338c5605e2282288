#include "driver/device_json.hpp"

#include <Poco/JSON/JSONException.h>
#include <Poco/JSON/Parser.h>

#include <charconv>
#include <sstream>

namespace weighing {

possdk::Result<Poco::JSON::Object::Ptr> commandArgs(const std::string& device, const std::string& command,
                                                    const std::string& argsJson) {
  const std::string where = device + " " + command + ": ";
  if (argsJson.find_first_not_of(" \t\r\n") == std::string::npos) return Poco::JSON::Object::Ptr(new Poco::JSON::Object);
  try {
    auto parsed = Poco::JSON::Parser().parse(argsJson);
    auto object = parsed.extract<Poco::JSON::Object::Ptr>();
    if (object) return object;
  } catch (const Poco::BadCastException&) {
    // not an object: answered below
  } catch (const Poco::Exception& e) {
    return possdk::Result<Poco::JSON::Object::Ptr>::fail(where + "arguments are not valid JSON (" + e.displayText() +
                                                         "); send an object such as {}");
  }
  return possdk::Result<Poco::JSON::Object::Ptr>::fail(where + "arguments must be a JSON object, got '" + argsJson + "'");
}

possdk::Result<std::int64_t> integerParam(const possdk::DeviceInfo& info, const std::string& key,
                                          std::int64_t fallback, std::int64_t min, std::int64_t max) {
  auto it = info.params.find(key);
  if (it == info.params.end()) return fallback;
  const std::string& text = it->second;
  std::int64_t value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value < min || value > max) {
    return possdk::Result<std::int64_t>::fail(info.id + ": params." + key + " is '" + text + "', expected a whole number " +
                                              std::to_string(min) + ".." + std::to_string(max) +
                                              "; fix it in the devices section of the settings");
  }
  return value;
}

std::string jsonText(const Poco::JSON::Object& object) {
  std::ostringstream out;
  object.stringify(out);
  return out.str();
}

}  // namespace weighing
