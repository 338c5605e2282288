#pragma once
// A request's JSON body as the server's API reads one: an object, integers only where numbers are
// wanted, no field the route does not know. Each refusal names the field and what it must be.
#include <Poco/JSON/Object.h>

#include <cstdint>
#include <functional>
#include <initializer_list>
#include <optional>
#include <string>

namespace weighing::server {

class RequestBody {
 public:
  // An empty body reads as {}; anything else must be one JSON object (400 malformed_json).
  RequestBody(const std::string& text, std::initializer_list<const char*> known, std::string prefix = "");
  RequestBody(Poco::JSON::Object::Ptr object, std::initializer_list<const char*> known, std::string prefix);

  std::int64_t integer(const std::string& name, std::int64_t min, std::int64_t max) const;
  std::optional<std::int64_t> optionalInteger(const std::string& name, std::int64_t min, std::int64_t max) const;
  // 1..maxLength characters, each accepted by `allowed`; `what` says which in the message.
  std::string text(const std::string& name, std::size_t maxLength, const std::function<bool(char)>& allowed,
                   const std::string& what) const;
  std::optional<std::string> optionalText(const std::string& name, std::size_t maxLength,
                                          const std::function<bool(char)>& allowed, const std::string& what) const;
  Poco::JSON::Array::Ptr array(const std::string& name, std::size_t minSize, std::size_t maxSize) const;
  const Poco::JSON::Object::Ptr& object() const { return object_; }

 private:
  void refuseUnknown(std::initializer_list<const char*> known) const;
  std::string path(const std::string& name) const { return prefix_ + name; }

  Poco::JSON::Object::Ptr object_;
  std::string prefix_;
};

// Characters of references, skus and keys: A-Z a-z 0-9 . _ : -
bool isPlainChar(char c);

}  // namespace weighing::server
