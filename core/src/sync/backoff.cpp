#include "poscore/sync/backoff.hpp"

#include <Poco/DateTimeFormat.h>
#include <Poco/DateTimeFormatter.h>
#include <Poco/DateTimeParser.h>
#include <Poco/NumberParser.h>

#include <algorithm>

namespace poscore::sync {

std::chrono::milliseconds backoffCeiling(std::int64_t failedAttempts, const BackoffPolicy& policy) {
  // Doubling stops once the cap is reached, long before the shift could overflow.
  auto ceiling = policy.base;
  for (std::int64_t n = 1; n < failedAttempts && ceiling < policy.cap; ++n) ceiling *= 2;
  return std::min(ceiling, policy.cap);
}

std::chrono::milliseconds backoffDelay(std::int64_t failedAttempts, std::uint64_t random, const BackoffPolicy& policy) {
  const auto ceiling = static_cast<std::uint64_t>(backoffCeiling(failedAttempts, policy).count());
  return std::chrono::milliseconds(static_cast<std::int64_t>(random % (ceiling + 1)));
}

std::optional<std::chrono::milliseconds> parseRetryAfter(const std::string& value, std::chrono::system_clock::time_point now) {
  std::chrono::milliseconds wait{};
  unsigned seconds = 0;
  Poco::DateTime date;
  int zone = 0;
  if (Poco::NumberParser::tryParseUnsigned(value, seconds)) {
    wait = std::chrono::seconds(seconds);
  } else if (Poco::DateTimeParser::tryParse(Poco::DateTimeFormat::HTTP_FORMAT, value, date, zone) &&
             // Poco's parser is lenient ("soon" parses); writing the date back shows whether it was one.
             zone == 0 && Poco::DateTimeFormatter::format(date, Poco::DateTimeFormat::HTTP_FORMAT) == value) {
    const std::chrono::system_clock::time_point at{std::chrono::microseconds(date.timestamp().epochMicroseconds())};
    wait = std::max(std::chrono::milliseconds(0), std::chrono::duration_cast<std::chrono::milliseconds>(at - now));
  } else {
    return std::nullopt;
  }
  return std::min<std::chrono::milliseconds>(wait, kMaxRetryAfter);
}

}  // namespace poscore::sync
