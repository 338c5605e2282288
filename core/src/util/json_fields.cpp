#include "json_fields.hpp"

#include <stdexcept>

namespace poscore::json {

std::string keyPath(const std::string& where, std::string_view key) {
  // A top-level key of a file reads "file.json: key", a nested one "devices.serial[1].baud".
  const bool fileLevel = !where.empty() && where.back() == ':';
  return where + (fileLevel ? " " : ".") + std::string(key);
}

void fail(const std::string& where, std::string_view key, const std::string& expected) {
  throw std::invalid_argument(keyPath(where, key) + ": expected " + expected);
}

void refuseUnknownKeys(const Poco::JSON::Object& object, std::initializer_list<std::string_view> known,
                       const std::string& where) {
  for (const auto& [key, value] : object) {
    bool isKnown = false;
    std::string list;
    for (auto k : known) {
      isKnown = isKnown || k == key;
      list += (list.empty() ? "" : ", ") + std::string(k);
    }
    if (!isKnown) {
      throw std::invalid_argument(keyPath(where, key) + ": unknown key; expected one of " + list);
    }
  }
}

std::optional<std::string> optionalString(const Poco::JSON::Object& object, const std::string& key,
                                          const std::string& where) {
  if (!object.has(key)) return std::nullopt;
  const auto value = object.get(key);
  if (!value.isString()) fail(where, key, "a string");
  return value.extract<std::string>();
}

std::string requiredString(const Poco::JSON::Object& object, const std::string& key, const std::string& where) {
  auto value = optionalString(object, key, where);
  if (!value || value->empty()) fail(where, key, "a non-empty string (it is required)");
  return *value;
}

std::optional<bool> optionalBool(const Poco::JSON::Object& object, const std::string& key, const std::string& where) {
  if (!object.has(key)) return std::nullopt;
  const auto value = object.get(key);
  if (!value.isBoolean()) fail(where, key, "true or false");
  return value.convert<bool>();
}

std::optional<std::int64_t> optionalInteger(const Poco::JSON::Object& object, const std::string& key,
                                            const std::string& where) {
  if (!object.has(key)) return std::nullopt;
  const auto value = object.get(key);
  // Poco counts a boolean as an integer; a setting written as true is not a number.
  if (!value.isInteger() || value.isBoolean()) fail(where, key, "a whole number");
  return value.convert<std::int64_t>();
}

std::optional<std::string> optionalScalarText(const Poco::JSON::Object& object, const std::string& key,
                                              const std::string& where) {
  if (!object.has(key)) return std::nullopt;
  const auto value = object.get(key);
  if (!value.isString() && !value.isNumeric() && !value.isBoolean())
    fail(where, key, "a number, a string or true/false");
  return value.convert<std::string>();
}

Poco::JSON::Array::Ptr optionalArray(const Poco::JSON::Object& object, const std::string& key,
                                     const std::string& where) {
  if (!object.has(key)) return nullptr;
  auto array = object.getArray(key);
  if (!array) fail(where, key, "an array");
  return array;
}

Poco::JSON::Object::Ptr objectAt(const Poco::JSON::Array& array, std::size_t index, const std::string& where) {
  auto object = array.getObject(static_cast<unsigned>(index));
  if (!object) {
    throw std::invalid_argument(where + "[" + std::to_string(index) + "]: expected an object");
  }
  return object;
}

}  // namespace poscore::json
