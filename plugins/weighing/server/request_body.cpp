#include "server/request_body.hpp"

#include <Poco/JSON/Parser.h>

#include <algorithm>
#include <cctype>

#include "server/api_failure.hpp"

namespace weighing::server {
namespace {

ApiFailure invalid(const std::string& field, const std::string& message) {
  return ApiFailure(422, "invalid_field", field, message);
}

}  // namespace

bool isPlainChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '.' || c == '_' || c == ':' || c == '-';
}

RequestBody::RequestBody(const std::string& text, std::initializer_list<const char*> known, std::string prefix)
    : prefix_(std::move(prefix)) {
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
    object_ = new Poco::JSON::Object;
    return;
  }
  Poco::Dynamic::Var parsed;
  try {
    parsed = Poco::JSON::Parser().parse(text);
  } catch (const Poco::Exception& e) {
    throw ApiFailure(400, "malformed_json", "", "the body is not JSON: " + e.displayText());
  }
  if (parsed.type() != typeid(Poco::JSON::Object::Ptr)) {
    throw ApiFailure(400, "malformed_json", "", "the body must be one JSON object");
  }
  object_ = parsed.extract<Poco::JSON::Object::Ptr>();
  refuseUnknown(known);
}

RequestBody::RequestBody(Poco::JSON::Object::Ptr object, std::initializer_list<const char*> known, std::string prefix)
    : object_(std::move(object)), prefix_(std::move(prefix)) {
  refuseUnknown(known);
}

void RequestBody::refuseUnknown(std::initializer_list<const char*> known) const {
  for (const auto& [name, value] : *object_) {
    if (std::none_of(known.begin(), known.end(), [&](const char* k) { return name == k; })) {
      throw ApiFailure(422, "unknown_field", path(name), path(name) + " is not a field of this request");
    }
  }
}

std::optional<std::int64_t> RequestBody::optionalInteger(const std::string& name, std::int64_t min,
                                                         std::int64_t max) const {
  if (!object_->has(name) || object_->isNull(name)) return std::nullopt;
  const auto value = object_->get(name);
  const auto range = " from " + std::to_string(min) + " to " + std::to_string(max);
  if (!value.isInteger() || value.isString()) {
    throw invalid(path(name), path(name) + " must be a whole number" + range + "; got " + value.toString());
  }
  const auto n = value.convert<std::int64_t>();
  if (n < min || n > max) throw invalid(path(name), path(name) + " must be" + range + "; got " + std::to_string(n));
  return n;
}

std::int64_t RequestBody::integer(const std::string& name, std::int64_t min, std::int64_t max) const {
  auto n = optionalInteger(name, min, max);
  if (!n) throw ApiFailure(422, "missing_field", path(name), path(name) + " is required");
  return *n;
}

std::optional<std::string> RequestBody::optionalText(const std::string& name, std::size_t maxLength,
                                                     const std::function<bool(char)>& allowed,
                                                     const std::string& what) const {
  if (!object_->has(name) || object_->isNull(name)) return std::nullopt;
  const auto value = object_->get(name);
  const auto rule = path(name) + " must be 1 to " + std::to_string(maxLength) + " " + what;
  if (!value.isString()) throw invalid(path(name), rule + "; got " + value.toString());
  const auto text = value.extract<std::string>();
  if (text.empty() || text.size() > maxLength || !std::all_of(text.begin(), text.end(), allowed)) {
    throw invalid(path(name), rule + "; got \"" + text + "\"");
  }
  return text;
}

std::string RequestBody::text(const std::string& name, std::size_t maxLength, const std::function<bool(char)>& allowed,
                              const std::string& what) const {
  auto text = optionalText(name, maxLength, allowed, what);
  if (!text) throw ApiFailure(422, "missing_field", path(name), path(name) + " is required");
  return *text;
}

Poco::JSON::Array::Ptr RequestBody::array(const std::string& name, std::size_t minSize, std::size_t maxSize) const {
  if (!object_->has(name)) throw ApiFailure(422, "missing_field", path(name), path(name) + " is required");
  auto list = object_->getArray(name);
  const auto rule = path(name) + " must be a list of " + std::to_string(minSize) + " to " + std::to_string(maxSize);
  if (!list) throw invalid(path(name), rule);
  if (list->size() < minSize || list->size() > maxSize) {
    throw invalid(path(name), rule + "; got " + std::to_string(list->size()));
  }
  return list;
}

}  // namespace weighing::server
