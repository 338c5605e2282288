#include "json_answer.hpp"

#include <Poco/DateTime.h>
#include <Poco/DateTimeFormat.h>
#include <Poco/DateTimeFormatter.h>
#include <Poco/JSON/Stringifier.h>
#include <Poco/Timestamp.h>

#include <chrono>
#include <regex>
#include <sstream>
#include <stdexcept>

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

std::string isoSeconds(std::int64_t seconds) {
  const auto at = Poco::Timestamp::fromEpochTime(static_cast<std::time_t>(seconds));
  return Poco::DateTimeFormatter::format(at, "%Y-%m-%dT%H:%M:%SZ");
}

std::optional<std::int64_t> parseIsoSeconds(const std::string& text) {
  // Strict shape first: DateTimeParser accepts far more than the API promises to take.
  static const std::regex shape(R"((\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?Z)");
  std::smatch parts;
  if (!std::regex_match(text, parts, shape)) return std::nullopt;
  const int year = std::stoi(parts[1]), month = std::stoi(parts[2]), day = std::stoi(parts[3]);
  const int hour = std::stoi(parts[4]), minute = std::stoi(parts[5]), second = std::stoi(parts[6]);
  if (!Poco::DateTime::isValid(year, month, day, hour, minute, second)) return std::nullopt;
  const Poco::DateTime at(year, month, day, hour, minute, second);
  return static_cast<std::int64_t>(at.timestamp().epochTime());
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
