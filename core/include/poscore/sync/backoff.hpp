#pragma once
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace poscore::sync {

// Exponential backoff with full jitter: after the n-th failed attempt the next one waits a random
// time from 0 to min(cap, base * 2^(n-1)), so lanes that lost the server together do not come back
// together.
struct BackoffPolicy {
  std::chrono::milliseconds base{1000};
  std::chrono::milliseconds cap{60000};
};

// The longest wait after `failedAttempts` (1 or more) failures.
std::chrono::milliseconds backoffCeiling(std::int64_t failedAttempts, const BackoffPolicy& policy = {});

// The wait itself: `random` (any 64-bit value, uniformly drawn) picks a point from 0 to the ceiling.
std::chrono::milliseconds backoffDelay(std::int64_t failedAttempts, std::uint64_t random, const BackoffPolicy& policy = {});

// The server never makes a lane wait longer than this, whatever its Retry-After says.
inline constexpr std::chrono::seconds kMaxRetryAfter{3600};

// A Retry-After header in delta-seconds ("120") or as an HTTP date, as a wait from `now`, capped at
// kMaxRetryAfter; nullopt when it is neither (the lane then backs off as for any other failure).
std::optional<std::chrono::milliseconds> parseRetryAfter(const std::string& value, std::chrono::system_clock::time_point now);

}  // namespace poscore::sync
