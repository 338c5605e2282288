#include "iso_time.hpp"

#include <Poco/DateTimeFormatter.h>
#include <Poco/Timestamp.h>

namespace poscore {

std::string isoUtc(std::chrono::system_clock::time_point at) {
  const auto micros = std::chrono::duration_cast<std::chrono::microseconds>(at.time_since_epoch()).count();
  return Poco::DateTimeFormatter::format(Poco::Timestamp(micros), "%Y-%m-%dT%H:%M:%S.%iZ");
}

}  // namespace poscore
