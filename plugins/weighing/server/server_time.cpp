#include "server/server_time.hpp"

#include <ctime>

namespace weighing::server {
namespace {

std::string formatUtc(std::int64_t seconds, const char* format) {
  const auto t = static_cast<std::time_t>(seconds);
  std::tm parts{};
  gmtime_r(&t, &parts);
  char text[32];
  const auto size = std::strftime(text, sizeof text, format, &parts);
  return std::string(text, size);
}

}  // namespace

std::int64_t epochSeconds(std::chrono::system_clock::time_point at) {
  return std::chrono::duration_cast<std::chrono::seconds>(at.time_since_epoch()).count();
}

std::string isoUtc(std::int64_t seconds) { return formatUtc(seconds, "%Y-%m-%dT%H:%M:%SZ"); }
std::string dayStamp(std::int64_t seconds) { return formatUtc(seconds, "%Y%m%d"); }

}  // namespace weighing::server
