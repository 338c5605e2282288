#include "poscore/services/iso_time.hpp"

#include <Poco/DateTime.h>
#include <Poco/DateTimeFormatter.h>
#include <Poco/Timestamp.h>

#include <regex>

namespace poscore {
namespace {

Poco::Timestamp timestampOf(std::chrono::system_clock::time_point at) {
  return Poco::Timestamp(std::chrono::duration_cast<std::chrono::microseconds>(at.time_since_epoch()).count());
}

}  // namespace

std::string isoUtc(std::chrono::system_clock::time_point at) {
  return Poco::DateTimeFormatter::format(timestampOf(at), "%Y-%m-%dT%H:%M:%S.%iZ");
}

std::string isoUtcSeconds(std::chrono::system_clock::time_point at) {
  return Poco::DateTimeFormatter::format(timestampOf(at), "%Y-%m-%dT%H:%M:%SZ");
}

std::optional<std::chrono::system_clock::time_point> parseIsoUtc(const std::string& text) {
  // The shape first: Poco's DateTimeParser is lenient (short fields, trailing text, offsets).
  static const std::regex shape(R"((\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?Z)");
  std::smatch parts;
  if (!std::regex_match(text, parts, shape)) return std::nullopt;
  const int year = std::stoi(parts[1]), month = std::stoi(parts[2]), day = std::stoi(parts[3]);
  const int hour = std::stoi(parts[4]), minute = std::stoi(parts[5]), second = std::stoi(parts[6]);
  if (!Poco::DateTime::isValid(year, month, day, hour, minute, second)) return std::nullopt;
  const auto fraction = (parts[7].str() + "000000").substr(0, 6);  // microseconds
  const Poco::DateTime at(year, month, day, hour, minute, second);
  return std::chrono::system_clock::time_point{std::chrono::microseconds(at.timestamp().epochMicroseconds()) +
                                               std::chrono::microseconds(std::stoll(fraction))};
}

}  // namespace poscore
