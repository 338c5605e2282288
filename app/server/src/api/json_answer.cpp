#include "json_answer.hpp"

#include <Poco/JSON/Stringifier.h>

#include <chrono>
#include <sstream>
#include <stdexcept>

#include "poscore/services/iso_time.hpp"

namespace posserver::api {

http::Response jsonAnswer(int status, const Poco::JSON::Object::Ptr& body) {
  std::ostringstream text;
  Poco::JSON::Stringifier::stringify(body, text);
  http::Response response;
  response.status = status;
  response.body = text.str();
  return response;
}

Poco::JSON::Object::Ptr wrap(const std::string& name, const Poco::JSON::Object::Ptr& inner) {
  Poco::JSON::Object::Ptr outer = new Poco::JSON::Object;
  outer->set(name, inner);
  return outer;
}

std::int64_t unixSeconds(const possdk::Clock& clock) {
  return std::chrono::duration_cast<std::chrono::seconds>(clock.now().time_since_epoch()).count();
}

// Whole seconds in the database, poscore's ISO helpers at the edge.
std::string isoSeconds(std::int64_t seconds) {
  return poscore::isoUtcSeconds(std::chrono::system_clock::time_point{std::chrono::seconds(seconds)});
}

std::optional<std::int64_t> parseIsoSeconds(const std::string& text) {
  const auto at = poscore::parseIsoUtc(text);
  if (!at) return std::nullopt;
  return std::chrono::floor<std::chrono::seconds>(at->time_since_epoch()).count();
}

Poco::Dynamic::Var isoOrNull(const std::optional<std::int64_t>& seconds) {
  if (seconds) return isoSeconds(*seconds);
  return {};
}

Poco::Dynamic::Var orJsonNull(const std::optional<std::string>& text) {
  if (text) return *text;
  return {};
}

Poco::Dynamic::Var orJsonNull(const std::optional<std::int64_t>& number) {
  if (number) return static_cast<Poco::Int64>(*number);
  return {};
}

const http::Caller& callerOf(const http::Request& request) {
  if (!request.caller) throw std::logic_error("route " + request.route + " ran without a caller");
  return *request.caller;
}

}  // namespace posserver::api
