#include "iso_time.hpp"

#include <Poco/DateTime.h>
#include <Poco/DateTimeFormatter.h>
#include <Poco/DateTimeParser.h>
#include <Poco/Timestamp.h>

namespace poscore {

std::string isoUtc(std::chrono::system_clock::time_point at) {
  const auto micros = std::chrono::duration_cast<std::chrono::microseconds>(at.time_since_epoch()).count();
  return Poco::DateTimeFormatter::format(Poco::Timestamp(micros), "%Y-%m-%dT%H:%M:%S.%iZ");
}

std::optional<std::chrono::system_clock::time_point> parseIsoUtc(const std::string& text) {
  Poco::DateTime parsed;
  int zone = 0;
  if (!Poco::DateTimeParser::tryParse("%Y-%m-%dT%H:%M:%S.%iZ", text, parsed, zone)) return std::nullopt;
  const std::chrono::system_clock::time_point at{std::chrono::microseconds(parsed.timestamp().epochMicroseconds())};
  // Poco's parser is lenient (short fields, trailing text); writing it back shows whether it was exact.
  if (isoUtc(at) != text) return std::nullopt;
  return at;
}

}  // namespace poscore
