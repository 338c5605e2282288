#include "posserver/http/json_body.hpp"

#include <Poco/Exception.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>

#include <algorithm>
#include <sstream>

#include "posserver/http/api.hpp"
#include "poscore/util/utf8.hpp"
#include "poscore/util/text_position.hpp"

namespace posserver::http {
namespace {

using Poco::Dynamic::Var;

// Deeper nesting than any request of ours has is refused before it can exhaust the stack.
constexpr std::size_t kMaxDepth = 32;

// A value as it came, for messages: strings quoted and cut short, everything else as JSON.
std::string describe(const Var& value) {
  if (value.isEmpty()) return "null";
  if (value.isString()) {
    auto text = value.extract<std::string>();
    const auto length = poscore::utf8CodePoints(text);
    if (!length) return "a string that is not UTF-8";
    if (*length > 40) text = poscore::utf8Prefix(text, 40) + "...";
    return "\"" + text + "\"";
  }
  if (value.type() == typeid(Poco::JSON::Object::Ptr)) return "an object";
  if (value.type() == typeid(Poco::JSON::Array::Ptr)) return "an array";
  return value.convert<std::string>();
}

bool isInteger(const Var& value) {
  return value.isInteger() && !value.isBoolean();
}

ApiError invalid(const std::string& name, const std::string& expected, const Var& got) {
  return ApiError(422, "invalid_field", name, name + " must be " + expected + "; got " + describe(got));
}

ApiError missing(const std::string& name, const std::string& expected) {
  return ApiError(422, "missing_field", name, name + " is required: give " + expected);
}

std::string rangeText(std::int64_t min, std::int64_t max) {
  return "a whole number from " + std::to_string(min) + " to " + std::to_string(max);
}

std::string lengthText(std::size_t maxLength) {
  return "a string of 1 to " + std::to_string(maxLength) + " characters";
}

std::string checkedString(const std::string& name, const Var& value, std::size_t maxLength, bool allowEmpty) {
  if (!value.isString()) throw invalid(name, lengthText(maxLength), value);
  auto text = value.extract<std::string>();
  const auto length = poscore::utf8CodePoints(text);
  if (!length) {
    throw ApiError(422, "invalid_field", name, name + " is not valid UTF-8 text; send UTF-8");
  }
  if ((*length == 0 && !allowEmpty) || *length > maxLength) throw invalid(name, lengthText(maxLength), value);
  return text;
}

std::int64_t checkedInt(const std::string& name, const Var& value, std::int64_t min, std::int64_t max) {
  if (!isInteger(value)) throw invalid(name, rangeText(min, max), value);
  // Unsigned values past int64 cannot be in any range we take.
  if (!value.isSigned() && value.extract<Poco::UInt64>() > static_cast<Poco::UInt64>(max)) {
    throw invalid(name, rangeText(min, max), value);
  }
  const auto number = value.convert<Poco::Int64>();
  if (number < min || number > max) throw invalid(name, rangeText(min, max), value);
  return number;
}

Poco::JSON::Array::Ptr checkedArray(const std::string& name, const Var& value, std::size_t maxItems,
                                    const std::string& itemsText) {
  const auto expected = "an array of at most " + std::to_string(maxItems) + " " + itemsText;
  if (value.type() != typeid(Poco::JSON::Array::Ptr)) throw invalid(name, expected, value);
  auto array = value.extract<Poco::JSON::Array::Ptr>();
  if (array->size() > maxItems) {
    throw ApiError(422, "invalid_field", name,
                   name + " must be " + expected + "; got " + std::to_string(array->size()) + " items");
  }
  return array;
}

}  // namespace

JsonBody::JsonBody(Poco::JSON::Object::Ptr object, std::string prefix)
    : object_(std::move(object)), prefix_(std::move(prefix)) {}

JsonBody JsonBody::parse(const std::string& text) {
  if (const auto bad = poscore::firstInvalidUtf8(text)) {
    throw ApiError(400, "malformed_json", "",
                   "the body is not valid UTF-8 at " + poscore::lineAndColumn(text, *bad) + "; send UTF-8 JSON");
  }
  Var parsed;
  // Parsed from a stream so that, on failure, the bytes consumed tell where the fault is.
  std::istringstream stream(text);
  try {
    Poco::JSON::Parser parser;
    parser.setDepth(kMaxDepth);
    parsed = parser.parse(stream);
  } catch (const std::exception& e) {
    stream.clear();
    const auto consumed = std::max<std::streamoff>(stream.tellg(), 1);
    const auto reason = dynamic_cast<const Poco::Exception*>(&e) ? dynamic_cast<const Poco::Exception&>(e).message()
                                                                 : std::string(e.what());
    throw ApiError(400, "malformed_json", "",
                   "the body is not JSON at " + poscore::lineAndColumn(text, static_cast<std::size_t>(consumed - 1)) + ": " +
                       reason + "; send one JSON object");
  }
  if (parsed.type() != typeid(Poco::JSON::Object::Ptr)) {
    throw ApiError(400, "malformed_json", "", "the body must be one JSON object; got " + describe(parsed));
  }
  return JsonBody(parsed.extract<Poco::JSON::Object::Ptr>(), "");
}

std::string JsonBody::nameOf(const std::string& field) const { return prefix_ + field; }

bool JsonBody::has(const std::string& field) const { return object_->has(field) && !object_->isNull(field); }

std::string JsonBody::requireString(const std::string& field, std::size_t maxLength) const {
  if (!has(field)) throw missing(nameOf(field), lengthText(maxLength));
  return checkedString(nameOf(field), object_->get(field), maxLength, false);
}

std::optional<std::string> JsonBody::optionalString(const std::string& field, std::size_t maxLength) const {
  if (!has(field)) return std::nullopt;
  return checkedString(nameOf(field), object_->get(field), maxLength, false);
}

std::int64_t JsonBody::requireInt(const std::string& field, std::int64_t min, std::int64_t max) const {
  if (!has(field)) throw missing(nameOf(field), rangeText(min, max));
  return checkedInt(nameOf(field), object_->get(field), min, max);
}

std::optional<std::int64_t> JsonBody::optionalInt(const std::string& field, std::int64_t min, std::int64_t max) const {
  if (!has(field)) return std::nullopt;
  return checkedInt(nameOf(field), object_->get(field), min, max);
}

bool JsonBody::optionalBool(const std::string& field, bool fallback) const {
  if (!has(field)) return fallback;
  const auto value = object_->get(field);
  if (!value.isBoolean()) throw invalid(nameOf(field), "true or false", value);
  return value.extract<bool>();
}

JsonBody JsonBody::requireObject(const std::string& field) const {
  if (!has(field)) throw missing(nameOf(field), "an object");
  const auto value = object_->get(field);
  if (value.type() != typeid(Poco::JSON::Object::Ptr)) throw invalid(nameOf(field), "an object", value);
  return JsonBody(value.extract<Poco::JSON::Object::Ptr>(), nameOf(field) + ".");
}

std::vector<JsonBody> JsonBody::optionalObjects(const std::string& field, std::size_t maxItems) const {
  std::vector<JsonBody> items;
  if (!has(field)) return items;
  const auto array = checkedArray(nameOf(field), object_->get(field), maxItems, "objects");
  for (std::size_t i = 0; i < array->size(); ++i) {
    const auto item = array->get(static_cast<unsigned>(i));
    const auto itemName = nameOf(field) + "[" + std::to_string(i) + "]";
    if (item.type() != typeid(Poco::JSON::Object::Ptr)) throw invalid(itemName, "an object", item);
    items.push_back(JsonBody(item.extract<Poco::JSON::Object::Ptr>(), itemName + "."));
  }
  return items;
}

std::vector<std::string> JsonBody::optionalStrings(const std::string& field, std::size_t maxItems,
                                                   std::size_t maxLength) const {
  std::vector<std::string> items;
  if (!has(field)) return items;
  const auto array = checkedArray(nameOf(field), object_->get(field), maxItems, "strings");
  for (std::size_t i = 0; i < array->size(); ++i) {
    const auto itemName = nameOf(field) + "[" + std::to_string(i) + "]";
    items.push_back(checkedString(itemName, array->get(static_cast<unsigned>(i)), maxLength, false));
  }
  return items;
}

void JsonBody::allowOnly(std::initializer_list<std::string_view> known) const {
  for (const auto& [name, value] : *object_) {
    if (std::find(known.begin(), known.end(), name) == known.end()) {
      std::string list;
      for (const auto& k : known) list += (list.empty() ? "" : ", ") + std::string(k);
      throw ApiError(422, "unknown_field", nameOf(name),
                     nameOf(name) + " is not a field here; the fields are: " + list);
    }
  }
}

}  // namespace posserver::http
