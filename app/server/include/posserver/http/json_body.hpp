#pragma once
#include <Poco/JSON/Object.h>

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace posserver::http {

// A request body (or a nested object of one) with typed, named access. Every accessor throws
// ApiError 422 naming the field with its path ("upserts[3].price"): missing_field when a required
// field is absent or null, invalid_field for a wrong type or a value out of range (saying what was
// expected and what came). Numbers must be integers: 10.5, 1e3 and "10" are refused.
class JsonBody {
 public:
  // Throws ApiError 400 "malformed_json" (with line and column) when `text` is not one JSON object.
  static JsonBody parse(const std::string& text);

  std::string requireString(const std::string& field, std::size_t maxLength) const;  // non-empty
  std::optional<std::string> optionalString(const std::string& field, std::size_t maxLength) const;
  std::int64_t requireInt(const std::string& field, std::int64_t min, std::int64_t max) const;
  std::optional<std::int64_t> optionalInt(const std::string& field, std::int64_t min, std::int64_t max) const;
  bool optionalBool(const std::string& field, bool fallback) const;
  JsonBody requireObject(const std::string& field) const;
  std::vector<JsonBody> optionalObjects(const std::string& field, std::size_t maxItems) const;
  std::vector<std::string> optionalStrings(const std::string& field, std::size_t maxItems, std::size_t maxLength) const;
  bool has(const std::string& field) const;
  // Throws unknown_field for the first field not in `known`.
  void allowOnly(std::initializer_list<std::string_view> known) const;

  const Poco::JSON::Object::Ptr& object() const { return object_; }
  // The field's full name for messages: "upserts[3].price".
  std::string nameOf(const std::string& field) const;

 private:
  JsonBody(Poco::JSON::Object::Ptr object, std::string prefix);
  Poco::JSON::Object::Ptr object_;
  std::string prefix_;
};

}  // namespace posserver::http
