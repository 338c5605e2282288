#pragma once
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

// Typed reads from JSON objects for settings and simulator scripts. `where` is the path of the
// object ("devices.serial[1]", "bell.json: steps[2]"); every error names `where.key` and what is
// expected, as std::invalid_argument.
namespace poscore::json {

std::string keyPath(const std::string& where, std::string_view key);
[[noreturn]] void fail(const std::string& where, std::string_view key, const std::string& expected);

// A typo in a key must not silently drop a setting.
void refuseUnknownKeys(const Poco::JSON::Object& object, std::initializer_list<std::string_view> known,
                       const std::string& where);

std::optional<std::string> optionalString(const Poco::JSON::Object& object, const std::string& key,
                                          const std::string& where);
std::string requiredString(const Poco::JSON::Object& object, const std::string& key, const std::string& where);
std::optional<bool> optionalBool(const Poco::JSON::Object& object, const std::string& key, const std::string& where);
std::optional<std::int64_t> optionalInteger(const Poco::JSON::Object& object, const std::string& key,
                                            const std::string& where);
// A number, string or boolean as text, for values checked by their own rules (baud, parity).
std::optional<std::string> optionalScalarText(const Poco::JSON::Object& object, const std::string& key,
                                              const std::string& where);
// Null when the key is absent.
Poco::JSON::Array::Ptr optionalArray(const Poco::JSON::Object& object, const std::string& key,
                                     const std::string& where);
Poco::JSON::Object::Ptr objectAt(const Poco::JSON::Array& array, std::size_t index, const std::string& where);

}  // namespace poscore::json
